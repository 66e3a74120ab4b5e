import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimelineEvent } from '../../../shared/schemas/caseDetail';
import { TimelineItem } from './TimelineItem';

/** Events shown at first and added per "show more": a 500-event case opens as fast as a short one. */
export const TIMELINE_PAGE = 100;

/** The case's history, newest first, a page at a time. */
export function CaseTimeline({ events, total }: { events: TimelineEvent[]; total: number }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(TIMELINE_PAGE);
  const visible = events.slice(0, shown);
  const hidden = events.length - visible.length;
  return (
    <section className="case-section" aria-labelledby="case-timeline-title">
      <h3 id="case-timeline-title">{t('caseDetail.timeline.title')}</h3>
      {events.length === 0 ? (
        <p className="muted">{t('caseDetail.timeline.empty')}</p>
      ) : (
        <>
          <p className="muted small-print">{t('caseDetail.timeline.count', { total })}</p>
          <ol className="timeline case-timeline" reversed aria-labelledby="case-timeline-title">
            {visible.map((event) => (
              <TimelineItem key={event.id} event={event} />
            ))}
          </ol>
          {hidden > 0 && (
            <button type="button" className="secondary" onClick={() => setShown((n) => n + TIMELINE_PAGE)}>
              {t('caseDetail.timeline.showMore', { count: Math.min(hidden, TIMELINE_PAGE) })}
            </button>
          )}
          {hidden === 0 && total > events.length && <p className="muted small-print">{t('caseDetail.timeline.notLoaded', { count: total - events.length })}</p>}
        </>
      )}
    </section>
  );
}
