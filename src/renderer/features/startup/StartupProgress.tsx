import { useTranslation } from 'react-i18next';
import type { StartupStep } from '../../../shared/contract/startup';

/** The first screen: which step of opening the store is running, and how far along. */
export function StartupProgress({ step, percent }: { step: StartupStep; percent: number }) {
  const { t } = useTranslation();
  return (
    <main className="startup-screen">
      <section className="startup-card" aria-labelledby="startup-title">
        <h1 id="startup-title">{t('startup.title')}</h1>
        <div className="startup-progress" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-label={t(`startup.steps.${step}`)}>
          <div style={{ width: `${percent}%` }} />
        </div>
        <p className="startup-step" role="status">
          <span>{t(`startup.steps.${step}`)}</span>
          <span>{t('startup.percent', { percent })}</span>
        </p>
        {step === 'checking' && <p className="muted">{t('startup.bigStoreHint')}</p>}
      </section>
    </main>
  );
}
