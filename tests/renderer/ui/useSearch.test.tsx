import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AgentDeskApi } from '../../../src/shared/api';
import type { SearchHit } from '../../../src/shared/schemas/search';
import { ApiProvider } from '../../../src/renderer/apiContext';
import { useSearch } from '../../../src/renderer/ui/useSearch';

const hit = (id: string) => ({ id, kind: 'article', title: [{ text: id, hit: true }], detail: [], snippet: [] }) as unknown as SearchHit;

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('useSearch', () => {
  it('asks once per pause in typing, with the scope given, and clears on blank text', async () => {
    const search = vi.fn(async (query: { text: string }) => ({ ok: true as const, value: [hit(query.text)] }));
    const api = { search } as unknown as AgentDeskApi;
    const wrapper = ({ children }: { children: ReactNode }) => <ApiProvider value={api}>{children}</ApiProvider>;
    const { result, rerender } = renderHook(({ text }) => useSearch(text, { kinds: ['article'], limit: 6 }), { wrapper, initialProps: { text: '' } });
    expect(result.current).toEqual({ hits: null, error: null });
    rerender({ text: '退' });
    rerender({ text: '退货' });
    await act(async () => vi.advanceTimersByTime(120));
    expect(search).toHaveBeenCalledTimes(1);
    expect(search).toHaveBeenCalledWith({ text: '退货', kinds: ['article'], limit: 6 });
    expect(result.current.hits?.map((h) => h.id)).toEqual(['退货']);
    rerender({ text: ' ' });
    expect(result.current).toEqual({ hits: null, error: null });
  });

  it('keeps the last hits when an answer fails, and says why', async () => {
    const search = vi.fn().mockResolvedValueOnce({ ok: true, value: [hit('a')] }).mockResolvedValueOnce({ ok: false, error: { code: 'internal', message: 'x' } });
    const api = { search } as unknown as AgentDeskApi;
    const wrapper = ({ children }: { children: ReactNode }) => <ApiProvider value={api}>{children}</ApiProvider>;
    const { result, rerender } = renderHook(({ text }) => useSearch(text), { wrapper, initialProps: { text: 'a' } });
    await act(async () => vi.advanceTimersByTime(120));
    rerender({ text: 'ab' });
    await act(async () => vi.advanceTimersByTime(120));
    expect(search).toHaveBeenLastCalledWith({ text: 'ab' });
    expect(result.current.hits?.map((h) => h.id)).toEqual(['a']);
    expect(result.current.error?.code).toBe('internal');
  });
});
