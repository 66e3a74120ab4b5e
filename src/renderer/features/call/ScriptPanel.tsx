import { useTranslation } from 'react-i18next';
import { channelScriptFor } from '../../../shared/domain/scripts/channelScripts';
import { fillLine, type Placeholder } from '../../../shared/domain/scripts/fillScript';
import { lineContextOf, linesFor } from '../../../shared/domain/scripts/scriptAudience';
import type { Script } from '../../../shared/domain/scripts/scriptTypes';
import type { CallDraft } from '../../../shared/schemas/callDraft';
import type { Locale } from '../../../shared/schemas/settings';

/**
 * The script for the call's scenario and stage, placeholders filled from what the call knows;
 * a value not known yet shows as a visible blank, never as a raw {token}. The checklist ticks are
 * part of the draft. `scripts`: those in force (an admin's edits in place of the built-in).
 */
export function ScriptPanel({ draft, locale, scripts, values, onTick }: { draft: CallDraft; locale: Locale; scripts: readonly Script[]; values: Partial<Record<Placeholder, string | null>>; onTick(id: string, done: boolean): void }) {
  const { t } = useTranslation();
  const stage = channelScriptFor(draft.scenario, draft.channel, locale, scripts).stages[draft.stage];
  const lines = linesFor(stage.lines, lineContextOf(draft));
  return (
    <section className="panel script-panel" aria-labelledby="script-title">
      <h3 id="script-title">
        {t('call.script')} · {t(`terms.scenarios.${draft.scenario}`)} · {t(`call.stages.${draft.stage}`)}
      </h3>
      <ol className="script-lines">
        {lines.map((line) => (
          <li key={line.id}>
            {fillLine(line.text, values).map((part, i) =>
              part.kind === 'text' ? (
                <span key={i}>{part.text}</span>
              ) : part.kind === 'value' ? (
                <strong key={i} className="filled">
                  {part.text}
                </strong>
              ) : (
                <span key={i} className="blank" title={part.name}>
                  {t('call.blank')}
                </span>
              ),
            )}
          </li>
        ))}
      </ol>
      {stage.checklist.length > 0 && (
        <fieldset className="checklist">
          <legend>{t('call.checklist')}</legend>
          {stage.checklist.map((item) => (
            <label key={item.id} className="check">
              <input type="checkbox" checked={draft.checklist[`${draft.stage}.${item.id}`] ?? false} onChange={(e) => onTick(`${draft.stage}.${item.id}`, e.target.checked)} />
              {item.text}
            </label>
          ))}
        </fieldset>
      )}
    </section>
  );
}
