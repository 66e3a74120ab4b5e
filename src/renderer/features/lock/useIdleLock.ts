import { useCallback, useEffect, useRef, useState } from 'react';

const activityEvents = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;

/**
 * Locks after `minutes` without keyboard or pointer input (0: never), except while `paused`
 * (an agent on a call may not touch the keyboard for a while). Ctrl+L locks at once.
 */
export function useIdleLock(minutes: number, paused: boolean): { locked: boolean; lockNow(): void; unlock(): void } {
  const [locked, setLocked] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const arm = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (minutes > 0 && !paused) timer.current = setTimeout(() => setLocked(true), minutes * 60_000);
  }, [minutes, paused]);

  useEffect(() => {
    if (locked) return;
    arm();
    const onActivity = () => arm();
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'l') {
        event.preventDefault();
        setLocked(true);
      }
    };
    for (const name of activityEvents) window.addEventListener(name, onActivity, { passive: true });
    window.addEventListener('keydown', onKey);
    return () => {
      for (const name of activityEvents) window.removeEventListener(name, onActivity);
      window.removeEventListener('keydown', onKey);
      if (timer.current) clearTimeout(timer.current);
    };
  }, [arm, locked]);

  // Stable, so a subscription (the OS lock event in App.tsx) need not be renewed on every render.
  const lockNow = useCallback(() => setLocked(true), []);
  return { locked, lockNow, unlock: () => setLocked(false) };
}
