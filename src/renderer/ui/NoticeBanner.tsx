import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgentDeskApi, Notice } from '../../shared/api';

/**
 * What main had to tell the agent once (a reset settings file, a background feature that did not
 * start, a window reloaded after a crash): taken at start and whenever main says more are waiting,
 * shown as banners until dismissed.
 */
export function NoticeBanner({ api }: { api: Pick<AgentDeskApi, 'takeNotices' | 'onNotices'> }) {
  const { t } = useTranslation();
  const [notices, setNotices] = useState<Notice[]>([]);

  useEffect(() => {
    let live = true;
    const take = async () => {
      const reply = await api.takeNotices();
      if (live && reply.ok && reply.value.length > 0) setNotices((shown) => [...shown, ...reply.value]);
    };
    void take();
    const stop = api.onNotices(() => void take());
    return () => {
      live = false;
      stop();
    };
  }, [api]);

  if (notices.length === 0) return null;
  const text = (notice: Notice) => {
    switch (notice.code) {
      case 'settingsReset':
        return notice.detail ? t('desktop.notices.settingsReset', { detail: notice.detail }) : t('desktop.notices.settingsResetNoCopy');
      case 'serviceFailed':
        return t('desktop.notices.serviceFailed', { service: t(`desktop.notices.services.${notice.detail ?? ''}`, { defaultValue: notice.detail ?? '' }) });
      case 'windowRecovered':
        return t('desktop.notices.windowRecovered');
    }
  };
  return (
    <section className="notices" aria-label={t('desktop.notices.label')}>
      {notices.map((notice, index) => (
        <p key={`${notice.code}-${notice.at}-${index}`} className="warning-banner notice" role="status">
          <span>{text(notice)}</span>
          <button type="button" className="small secondary" onClick={() => setNotices((shown) => shown.filter((_, i) => i !== index))}>
            {t('desktop.notices.dismiss')}
          </button>
        </p>
      ))}
    </section>
  );
}
