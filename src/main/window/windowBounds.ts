import type { Settings } from '../../shared/schemas/settings';

export type SavedBounds = NonNullable<Settings['windowBounds']>;

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** How much of the window's top strip (its title bar) must lie on a display for the window to be reachable. */
const GRIP_WIDTH = 120;
const GRIP_HEIGHT = 40;

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

/**
 * The saved window bounds, if they can be restored: the window's title bar must lie on one of the
 * displays there are now (a monitor unplugged since, a laptop off its dock), so the agent can
 * always grab and move it. A window larger than that display is shrunk to fit its work area.
 * `null`: open at the default size, centred on the primary display. Maximized-ness is kept.
 */
export function restorableBounds(saved: SavedBounds | null, workAreas: readonly Rectangle[]): SavedBounds | null {
  if (!saved) return null;
  const titleBar: Rectangle = { x: saved.x, y: saved.y, width: saved.width, height: GRIP_HEIGHT };
  const display = workAreas.find((area) => {
    const seen = overlap(titleBar, area);
    return seen.width >= Math.min(GRIP_WIDTH, saved.width) && seen.height >= Math.min(GRIP_HEIGHT, titleBar.height);
  });
  if (!display) return null;
  const width = Math.min(saved.width, display.width);
  const height = Math.min(saved.height, display.height);
  // Shrunk: keep it inside the display it is on.
  const x = Math.min(Math.max(saved.x, display.x), display.x + display.width - width);
  const y = Math.min(Math.max(saved.y, display.y), display.y + display.height - height);
  return { ...saved, x, y, width, height };
}
