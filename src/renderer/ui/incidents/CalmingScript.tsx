import { useTranslation } from 'react-i18next';
import type { IncidentKind } from '../../../shared/domain/incidents';

/** What the agent can say to calm a customer during an incident of this kind. */
export function CalmingScript({ kind }: { kind: IncidentKind }) {
  const { t } = useTranslation();
  return (
    <section className="calming-script" aria-labelledby={`calming-${kind}`}>
      <h4 id={`calming-${kind}`}>{t('incidents.calmingTitle', { kind: t(`incidents.kinds.${kind}`) })}</h4>
      <blockquote>{t(`incidents.calming.${kind}`)}</blockquote>
    </section>
  );
}
