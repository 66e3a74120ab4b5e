import { useTranslation } from 'react-i18next';
import type { ScriptLine } from '../../../shared/domain/scripts/scriptTypes';
import { fillLine, lineText, type PlaceholderValues } from '../../../shared/domain/scripts/fillScript';
import './callFlow.css';

/** The script line the agent says before an act (a transfer, an escalation), filled as the dialog is typed. */
export function SayFirst({ line, values }: { line: ScriptLine | undefined; values: PlaceholderValues }) {
  const { t } = useTranslation();
  if (!line) return null;
  return (
    <blockquote className="say-first">
      <span className="muted">{t('callFlow.sayFirst')}</span> {lineText(fillLine(line.text, values), t('call.blank'))}
    </blockquote>
  );
}
