import { describe, expect, it } from 'vitest';
import { restorableBounds, type SavedBounds } from '../../../src/main/window/windowBounds';
import { windowBackground } from '../../../src/main/window/windowBackground';

const laptop = { x: 0, y: 0, width: 1920, height: 1040 };
const rightMonitor = { x: 1920, y: 0, width: 2560, height: 1400 };
const saved = (overrides: Partial<SavedBounds> = {}): SavedBounds => ({ x: 100, y: 80, width: 1280, height: 800, maximized: false, ...overrides });

describe('restoring the window where it was (windowBounds.ts)', () => {
  it('restores bounds that lie on a display as they were', () => {
    expect(restorableBounds(saved(), [laptop])).toEqual(saved());
    expect(restorableBounds(saved({ x: 2200, maximized: true }), [laptop, rightMonitor])).toEqual(saved({ x: 2200, maximized: true }));
  });

  it('forgets bounds on a monitor that is no longer there: the window opens centred instead', () => {
    expect(restorableBounds(saved({ x: 2200 }), [laptop])).toBeNull();
    expect(restorableBounds(saved({ x: -3000, y: 200 }), [laptop])).toBeNull();
    expect(restorableBounds(saved({ y: 5000 }), [laptop, rightMonitor])).toBeNull();
  });

  it('needs the title bar on a display, not just a corner of the window', () => {
    // Only the bottom 30 px of the window on screen: its title bar is above the display.
    expect(restorableBounds(saved({ y: -770 }), [laptop])).toBeNull();
    // Only 50 px of the title bar on screen horizontally: too little to grab.
    expect(restorableBounds(saved({ x: 1870 }), [laptop])).toBeNull();
  });

  it('shrinks a window larger than its display into it, and moves it fully onto it', () => {
    expect(restorableBounds(saved({ x: 10, y: 10, width: 2400, height: 1300 }), [laptop])).toEqual(saved({ x: 0, y: 0, width: 1920, height: 1040 }));
    expect(restorableBounds(saved({ x: 1500, y: 100 }), [laptop])).toEqual(saved({ x: 640, y: 100 }));
  });

  it('has nothing to restore on a first start, or with no displays reported', () => {
    expect(restorableBounds(null, [laptop])).toBeNull();
    expect(restorableBounds(saved(), [])).toBeNull();
  });
});

describe('the window background before the first paint (windowBackground.ts)', () => {
  it('is dark for the dark theme and for "system" on a dark system, light otherwise', () => {
    expect(windowBackground('dark', false)).toBe('#15181e');
    expect(windowBackground('system', true)).toBe('#15181e');
    expect(windowBackground('system', false)).toBe('#f4f6f9');
    expect(windowBackground('light', true)).toBe('#f4f6f9');
  });
});
