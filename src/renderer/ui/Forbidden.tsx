import { useTranslation } from 'react-i18next';

/** What a lead screen shows an agent whose role may not see it: its title, and why not. */
export function Forbidden({ titleId, title }: { titleId: string; title: string }) {
  const { t } = useTranslation();
  return (
    <section className="panel lead-screen" aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      <p role="alert" className="error-banner">
        {t('lead.forbidden')}
      </p>
    </section>
  );
}
