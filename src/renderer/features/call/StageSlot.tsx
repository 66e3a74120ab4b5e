import { memo, type ReactNode } from 'react';
import './callFlow.css';

/**
 * One stage's part of the call screen, kept rendered while another stage is shown, so that a
 * stage change only shows and hides (`npm run bench -- call`): a hidden slot keeps `hidden` with
 * `content-visibility: hidden` (callFlow.css), so the browser keeps its layout, and it is out of the
 * accessibility tree and the tab order. It does not render again while it stays hidden, and renders
 * the call as it then is when shown. What was typed in a stage is still there when the agent comes back.
 */
export const StageSlot = memo(
  function StageSlot({ active, children }: { active: boolean; children: ReactNode }) {
    return (
      <div className="stage-slot" hidden={!active} aria-hidden={!active || undefined}>
        {children}
      </div>
    );
  },
  (before, after) => !before.active && !after.active,
);
