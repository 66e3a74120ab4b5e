import { render, waitFor } from '@testing-library/react';
import type { AgentDeskApi } from '../../src/shared/api';
import { App } from '../../src/renderer/App';
import { setupI18n } from '../../src/renderer/i18n/setupI18n';
import { realBridge } from '../support/realBridge';

/**
 * Renders the whole app against real main-side services on a temp SQLite file (`overrides`: bridge
 * verbs that need what a test cannot have, e.g. a sync server; `prepare`: fills the store before the UI reads it).
 * The desktop is standalone with a local agent signed in unless `signedIn`/`actor` say otherwise
 * (see realBridge); it resolves once the sign-in gate has decided what to show.
 */
export async function renderApp(options: Parameters<typeof realBridge>[0] = {}, overrides: Partial<AgentDeskApi> = {}, prepare?: (backend: ReturnType<typeof realBridge>) => unknown) {
  const backend = realBridge(options);
  await prepare?.(backend);
  const info = await backend.api.getAppInfo();
  if (!info.ok) throw new Error(info.error.message);
  const i18n = setupI18n(info.value.locale);
  const view = render(<App api={{ ...backend.api, ...overrides }} i18n={i18n} info={info.value} />);
  await waitFor(() => {
    if (view.container.querySelector('.access-loading')) throw new Error('the sign-in gate is still asking who is signed in');
  }, { timeout: 30_000 });
  return { ...view, backend, i18n };
}
