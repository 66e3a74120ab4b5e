import { act, render } from '@testing-library/react';
import { useEffect } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StageSlot } from '../../src/renderer/features/call/StageSlot';

afterEach(() => vi.useRealTimers());

let mounts = 0;
function Stage() {
  useEffect(() => void mounts++, []);
  return <input aria-label="stage field" />;
}

describe('a stage slot of the call screen', () => {
  it('renders a stage not shown only when the window is idle, hidden and out of the accessibility tree', () => {
    vi.useFakeTimers();
    const { container } = render(
      <StageSlot active={false}>
        <Stage />
      </StageSlot>,
    );
    const slot = container.querySelector('.stage-slot')!;
    expect(slot.children.length).toBe(0);
    act(() => vi.runAllTimers());
    expect(slot.querySelector('input')).not.toBeNull();
    expect(slot.hasAttribute('hidden')).toBe(true);
    expect(slot.getAttribute('aria-hidden')).toBe('true');
  });

  it('keeps a stage rendered once shown, even when it is left before the window was idle', () => {
    vi.useFakeTimers();
    mounts = 0;
    const slot = (active: boolean) => (
      <StageSlot active={active}>
        <Stage />
      </StageSlot>
    );
    const { container, rerender } = render(slot(false));
    rerender(slot(true));
    rerender(slot(false));
    expect(container.querySelector('.stage-slot[hidden] input')).not.toBeNull();
    act(() => vi.runAllTimers());
    rerender(slot(true));
    expect(container.querySelector('.stage-slot:not([hidden]) input')).not.toBeNull();
    expect(mounts).toBe(1);
  });
});
