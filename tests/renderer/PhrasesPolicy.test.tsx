import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { insertPolicyRow } from '../../src/main/store/policies/policyRows';
import { ApiProvider } from '../../src/renderer/apiContext';
import { setupI18n } from '../../src/renderer/i18n/setupI18n';
import { GuardedTextArea } from '../../src/renderer/ui/GuardedTextArea';
import { GuardRulesProvider } from '../../src/renderer/ui/guardRules';
import { defaultGuardRules } from '../../src/shared/domain/phraseGuard';
import type { PolicyRecord } from '../../src/shared/domain/policies/policyRecords';
import { realBridge } from '../support/realBridge';
import { testAdmin } from '../support/testAccounts';
import { renderApp } from './renderApp';

let app: Awaited<ReturnType<typeof renderApp>> | undefined;
let backend: ReturnType<typeof realBridge> | undefined;
afterEach(() => {
  app?.backend.close();
  backend?.close();
  app = backend = undefined;
});

const phrasesOf = (records: readonly PolicyRecord[]) => records.filter((p) => p.kind === 'phrases') as PolicyRecord<'phrases'>[];

describe('the forbidden-phrase list as a policy', () => {
  it('an admin adds a rule, tries it in the test box, and publishes the list as version 2', async () => {
    app = await renderApp({ signedIn: testAdmin });
    const user = userEvent.setup();
    await user.click(within(screen.getByRole('navigation', { name: '工作区' })).getByRole('button', { name: '规则设置' }));
    const section = await screen.findByRole('region', { name: '不当用语' });
    const publish = within(section).getByRole('button', { name: '发布新版用语清单' }) as HTMLButtonElement;
    expect(publish.disabled).toBe(true);
    await user.click(within(section).getByRole('button', { name: '新增规则' }));
    const rules = within(section).getAllByRole('listitem').filter((li) => li.getAttribute('aria-label')?.startsWith('规则 zh.custom'));
    const rule = rules[rules.length - 1]!;
    // A new rule with no phrase yet: said at the field, nothing can be published.
    expect(within(rule).getAllByRole('alert')[0]!.textContent).toBe('此项必填');
    expect(publish.disabled).toBe(true);
    await user.click(within(rule).getByLabelText(/^不当说法/));
    await user.paste('爱买不买');
    await user.click(within(rule).getByLabelText(/^建议的替代说法/));
    await user.paste('您可以再比较一下，有任何问题随时联系我们');
    await user.click(within(section).getByLabelText('试一试'));
    await user.paste('反正爱买不买');
    expect(within(section).getByText(/“爱买不买” · 消极表达/)).toBeTruthy();
    expect(within(section).getByText('将发布：新增 1 条，删除 0 条，修改 0 条。')).toBeTruthy();
    await user.click(publish);
    await within(section).findByText(/已发布第 2 版/);
    const published = phrasesOf((await app.backend.api.listPolicies() as { ok: true; value: PolicyRecord[] }).value);
    expect(published.map((p) => p.version)).toEqual([1, 2]);
    expect(published[1]!.body.rules.find((r) => r.phrases.includes('爱买不买'))).toMatchObject({ locale: 'zh-CN', reason: 'negative', alternatives: ['您可以再比较一下，有任何问题随时联系我们'] });
  });

  it('a guarded field flags what the list in force flags, not the built-in list', async () => {
    backend = realBridge();
    const rules = [...defaultGuardRules.filter((r) => r.id !== 'zh.unknown'), { id: 'zh.takeItOrLeave', locale: 'zh-CN' as const, reason: 'negative' as const, phrases: ['爱买不买'], alternatives: ['您可以再比较一下'] }];
    insertPolicyRow(backend.services.rawDb() as never, { id: 'phrases-2', kind: 'phrases', version: 2, effectiveFrom: 0, body: { rules }, teamId: null, authorId: null, createdAt: 0, note: '' });
    function Field() {
      const [text, setText] = useState('');
      return <GuardedTextArea label="备注" value={text} onChange={setText} />;
    }
    render(
      <ApiProvider value={backend.api}>
        <I18nextProvider i18n={setupI18n('zh-CN')}>
          <GuardRulesProvider>
            <Field />
          </GuardRulesProvider>
        </I18nextProvider>
      </ApiProvider>,
    );
    const user = userEvent.setup();
    await user.click(screen.getByLabelText('备注'));
    await user.paste('爱买不买，我也不知道');
    await waitFor(() => expect(screen.getByText(/“爱买不买” · 消极表达/)).toBeTruthy());
    // 不知道 was taken out of the list in force.
    expect(screen.queryByText(/“不知道”/)).toBeNull();
  });
});
