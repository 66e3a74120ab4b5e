import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../ui/useApiQuery';
import { useNow } from '../../ui/useNow';
import { MyEvaluations } from './MyEvaluations';
import { QueuePanel } from './QueuePanel';
import { ReportPanel } from './ReportPanel';
import { ScoreCallView } from './ScoreCallView';
import './quality.css';

type Tab = 'mine' | 'queue' | 'report';

/** Quality evaluation (质检): every agent sees their own reviews; leads also the queue of calls to score and the report. */
export function QualityWorkspace() {
  const { t } = useTranslation();
  const now = useNow(60_000);
  // Leads only: an agent's desktop is refused the queue, and sees their own reviews alone.
  const lead = useApiQuery((api) => api.qualityReport({ from: 0, to: 1 }), []);
  const isLead = lead.state === 'loaded';
  const [tab, setTab] = useState<Tab | null>(null);
  const [scoring, setScoring] = useState<string | null>(null);
  const shown: Tab = tab ?? (isLead ? 'queue' : 'mine');
  const tabs: Tab[] = isLead ? ['queue', 'report', 'mine'] : ['mine'];
  return (
    <div className="quality-workspace">
      {tabs.length > 1 && (
        <nav className="quality-tabs" aria-label={t('quality.tabs.label')}>
          {tabs.map((x) => (
            <button
              key={x}
              type="button"
              aria-current={x === shown ? 'page' : undefined}
              onClick={() => {
                setTab(x);
                setScoring(null);
              }}
            >
              {t(`quality.tabs.${x}`)}
            </button>
          ))}
        </nav>
      )}
      {shown === 'queue' && isLead ? (
        scoring ? (
          <ScoreCallView callId={scoring} onBack={() => setScoring(null)} />
        ) : (
          <QueuePanel now={now} onScore={setScoring} />
        )
      ) : shown === 'report' && isLead ? (
        <ReportPanel now={now} />
      ) : (
        <MyEvaluations now={now} />
      )}
    </div>
  );
}
