import { memo, useEffect, useState, type ReactNode } from 'react';
import './callFlow.css';

const whenIdle = (work: () => void): (() => void) => {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(work);
    return () => cancelIdleCallback(id);
  }
  const timer = setTimeout(work, 1);
  return () => clearTimeout(timer);
};

/**
 * One stage's part of the call screen, kept rendered while another stage is shown, so that a
 * stage change only shows and hides (`npm run bench -- call`): a hidden slot keeps `hidden` with
 * `content-visibility: hidden` (callFlow.css), so the browser keeps its layout, and it is out of the
 * accessibility tree and the tab order. It does not render again while it stays hidden, and renders
 * the call as it then is when shown; what was typed in a stage is still there on coming back.
 * A stage not shown yet is first rendered when the window is idle, not while the call screen opens.
 */
export const StageSlot = memo(
  function StageSlot({ active, children }: { active: boolean; children: ReactNode }) {
    const [prepared, setPrepared] = useState(active);
    // Once shown, a stage stays rendered even if it is left before the window was idle.
    if (active && !prepared) setPrepared(true);
    useEffect(() => (prepared ? undefined : whenIdle(() => setPrepared(true))), [prepared]);
    return (
      <div className="stage-slot" hidden={!active} aria-hidden={!active || undefined}>
        {prepared && children}
      </div>
    );
  },
  (before, after) => !before.active && !after.active,
);
