import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { AgentDeskApi } from '../../../src/shared/api';
import type { Result } from '../../../src/shared/result';
import { ApiProvider } from '../../../src/renderer/apiContext';
import { useApiQuery } from '../../../src/renderer/ui/useApiQuery';

/** Answers handed out by the test, in the order it chooses. */
function pending() {
  const answers: ((reply: Result<{ id: string; name: string }>) => void)[] = [];
  const ask = vi.fn((_api: AgentDeskApi, _id: string) => new Promise<Result<{ id: string; name: string }>>((resolve) => answers.push(resolve)));
  return { answers, ask };
}

const wrapper = ({ children }: { children: ReactNode }) => <ApiProvider value={{} as AgentDeskApi}>{children}</ApiProvider>;

describe('useApiQuery', () => {
  it('shows loading, then the value; a failure, then the value again on retry', async () => {
    const { answers, ask } = pending();
    const { result } = renderHook(() => useApiQuery((api) => ask(api, 'a'), []), { wrapper });
    expect(result.current.state).toBe('loading');
    await act(async () => answers[0]!({ ok: false, error: { code: 'internal', message: 'disk' } }));
    expect(result.current).toMatchObject({ state: 'failed', error: { code: 'internal' } });
    act(() => result.current.retry());
    expect(result.current.state).toBe('loading');
    await act(async () => answers[1]!({ ok: true, value: { id: 'a', name: 'A' } }));
    expect(result.current).toMatchObject({ state: 'loaded', value: { id: 'a', name: 'A' } });
    expect(ask).toHaveBeenCalledTimes(2);
  });

  it('drops the answer to a question since replaced', async () => {
    const { answers, ask } = pending();
    const { result, rerender } = renderHook(({ id }) => useApiQuery((api) => ask(api, id), [id]), { wrapper, initialProps: { id: 'a' } });
    rerender({ id: 'b' });
    await act(async () => answers[1]!({ ok: true, value: { id: 'b', name: 'B' } }));
    await act(async () => answers[0]!({ ok: true, value: { id: 'a', name: 'A' } }));
    expect(result.current).toMatchObject({ state: 'loaded', value: { id: 'b' } });
  });

  it('keeps the value on screen while the same record is asked again, and shows what set() is given', async () => {
    const { answers, ask } = pending();
    const { result, rerender } = renderHook(({ id }) => useApiQuery((api) => ask(api, id), [id], (shown) => shown.id === id), { wrapper, initialProps: { id: 'a' } });
    await act(async () => answers[0]!({ ok: true, value: { id: 'a', name: 'A' } }));
    act(() => result.current.retry());
    expect(result.current).toMatchObject({ state: 'loaded', value: { name: 'A' } });
    act(() => result.current.set({ id: 'a', name: 'A2' }));
    expect(result.current).toMatchObject({ state: 'loaded', value: { name: 'A2' } });
    rerender({ id: 'b' });
    expect(result.current.state).toBe('loading');
  });
});
