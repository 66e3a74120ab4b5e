import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { bridgeFromWindow } from './api';
import { App } from './App';
import { setupI18n } from './i18n/setupI18n';
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
  createRoot(container).render(
    <StrictMode>
      <App api={api} i18n={i18n} info={info.value} />
    </StrictMode>,
  );
}

void boot();
