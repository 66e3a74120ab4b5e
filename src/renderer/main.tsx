import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { bridgeFromWindow } from './api';
import { App } from './App';
import { resolveTheme } from './features/shell/useTheme';
import { StartupGate } from './features/startup/StartupGate';
import { setupI18n } from './i18n/setupI18n';
import './styles.css';

async function boot(): Promise<void> {
  const container = document.getElementById('root')!;
  const api = bridgeFromWindow();
  // Answered from the first second, while the store is still opening (issue 20): the startup screen shows progress.
  const startup = await api.getStartupState();
  if (!startup.ok) {
    container.textContent = `AgentDesk 无法启动 / cannot start: ${startup.error.message}`;
    return;
  }
  const i18n = setupI18n(startup.value.locale);
  // The startup screen in the chosen theme already (the shell keeps it in step afterwards).
  const systemDark = typeof window.matchMedia === 'function' && window.matchMedia('(prefers-color-scheme: dark)').matches;
  document.documentElement.dataset.theme = resolveTheme(startup.value.theme, systemDark);
  createRoot(container).render(
    <StrictMode>
      <StartupGate api={api} i18n={i18n} initial={startup.value.state} renderApp={(info) => <App api={api} i18n={i18n} info={info} theme={startup.value.theme} />} />
    </StrictMode>,
  );
}

void boot();
