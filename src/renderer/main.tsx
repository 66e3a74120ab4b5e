import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { bridgeFromWindow } from './api';
import { App } from './App';
import { setupI18n } from './i18n/setupI18n';
import { resolveTheme } from './features/shell/useTheme';
import './styles.css';

async function boot(): Promise<void> {
  const container = document.getElementById('root')!;
  const api = bridgeFromWindow();
  const info = await api.getAppInfo();
  if (!info.ok) {
    container.textContent = `AgentDesk 无法启动 / cannot start: ${info.error.message}`;
    return;
  }
  const i18n = setupI18n(info.value.locale);
  // The theme before the first paint: a dark setting never shows a light page first.
  const settings = await api.getSettings();
  const theme = settings.ok ? settings.value.theme : 'system';
  document.documentElement.dataset.theme = resolveTheme(theme, typeof window.matchMedia === 'function' && window.matchMedia('(prefers-color-scheme: dark)').matches);
  createRoot(container).render(
    <StrictMode>
      <App api={api} i18n={i18n} info={info.value} theme={theme} />
    </StrictMode>,
  );
}

void boot();
