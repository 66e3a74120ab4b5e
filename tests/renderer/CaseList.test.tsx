import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { CaseList } from '../../src/renderer/features/cases/CaseList';
import { createCasesStore } from '../../src/renderer/features/cases/casesStore';
import { setupI18n } from '../../src/renderer/i18n/setupI18n';
import { realBridge } from '../support/realBridge';

let backend: ReturnType<typeof realBridge>;
afterEach(() => backend.close());

describe('the case list', () => {
  it('pages through the store 50 rows at a time with "load more"', async () => {
    let clock = Date.UTC(2026, 10, 22, 1);
    backend = realBridge({ now: () => (clock += 1000) });
    for (let i = 0; i < 60; i++) {
      const r = await backend.api.createCase({ customerName: `客户${i}`, customerPhone: `1380000${String(i).padStart(4, '0')}`, channel: 'email', subject: `问题 ${i}` });
      expect(r.ok).toBe(true);
    }
    const store = createCasesStore(backend.api);
    await store.getState().refresh();
    const user = userEvent.setup();
    render(
      <I18nextProvider i18n={setupI18n('en')}>
        <CaseList store={store} />
      </I18nextProvider>,
    );
    const table = screen.getByRole('table', { name: 'Cases' });
    expect(within(table).getAllByRole('row')).toHaveLength(51); // header + 50
    expect(within(table).getAllByRole('row')[1]!.textContent).toContain('问题 59');
    expect(screen.getByTestId('case-total').textContent).toBe('60 in all');
    await user.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await within(table).findByText('问题 0')).toBeTruthy();
    expect(within(table).getAllByRole('row')).toHaveLength(61);
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
    expect(within(table).getAllByText('Email')).toHaveLength(60);
  });

  it('shows a translated error when the store cannot be read', async () => {
    backend = realBridge();
    const store = createCasesStore({ ...backend.api, listCases: async () => ({ ok: false, error: { code: 'storage', message: 'disk I/O error' } }) });
    await store.getState().refresh();
    render(
      <I18nextProvider i18n={setupI18n('zh-CN')}>
        <CaseList store={store} />
      </I18nextProvider>,
    );
    expect(screen.getByRole('alert').textContent).toBe('本地数据库暂时无法访问，数据未改动。请稍后重试，或联系技术支持。');
  });
});
