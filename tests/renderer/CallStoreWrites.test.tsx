import { waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCallStore } from '../../src/renderer/features/call/callStore';
import { realBridge } from '../support/realBridge';

let backend: ReturnType<typeof realBridge>;
afterEach(() => {
  vi.restoreAllMocks();
  backend.close();
});

/** A call store on the real main side, counting the drafts written, with the page's frames run by hand. */
async function storeAtGreet() {
  backend = realBridge();
  let written = 0;
  const api = { ...backend.api, saveCallDraft: (input: Parameters<typeof backend.api.saveCallDraft>[0]) => (written++, backend.api.saveCallDraft(input)) };
  const frames: FrameRequestCallback[] = [];
  vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => frames.push(callback));
  vi.spyOn(window, 'cancelAnimationFrame').mockImplementation((id) => void (frames[id - 1] = () => {}));
  const store = createCallStore(api);
  store.getState().start({ channel: 'phone' });
  await store.getState().flush();
  store.getState().update((d) => ({ ...d, caller: { mode: 'anonymous' } }));
  const runFrame = () => frames.splice(0).forEach((callback) => callback(performance.now()));
  return { store, written: () => written, runFrame };
}

describe('when the call store writes a stage move to main', () => {
  it('not in the keypress nor before the frame that draws the new stage, but right after it', async () => {
    const { store, written, runFrame } = await storeAtGreet();
    const before = written();
    expect(store.getState().complete()).toBe(true);
    expect(store.getState().draft?.stage).toBe('confirm');
    expect(store.getState().saveState).toBe('pending');
    await Promise.resolve();
    expect(written()).toBe(before);
    runFrame(); // the frame that draws confirm
    await new Promise((done) => setTimeout(done, 0));
    expect(written()).toBe(before);
    runFrame(); // the frame after it: confirm is on screen
    await waitFor(() => expect(store.getState().saveState).toBe('saved'));
    expect(written()).toBe(before + 1);
    const stored = await backend.api.openCallDraft();
    expect(stored.ok && stored.value?.stage).toBe('confirm');
  });

  it('in a window that draws no frames (hidden, minimized), still, without waiting for a frame', async () => {
    const { store, written } = await storeAtGreet();
    const before = written();
    store.getState().complete();
    await waitFor(() => expect(written()).toBe(before + 1), { timeout: 10_000 });
    await waitFor(() => expect(store.getState().saveState).toBe('saved'));
    const stored = await backend.api.openCallDraft();
    expect(stored.ok && stored.value?.stage).toBe('confirm');
  });
});
