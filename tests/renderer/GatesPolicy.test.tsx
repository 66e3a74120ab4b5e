import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { PolicyRecord } from '../../src/shared/domain/policies/policyRecords';
import { testAdmin } from '../support/testAccounts';
import { renderApp } from './renderApp';

let app: Awaited<ReturnType<typeof renderApp>>;
afterEach(() => app.backend.close());

describe('stage requirements on the policy screen', () => {
  it('an admin turns the satisfaction survey off, sees the change listed, and publishes version 2', async () => {
    app = await renderApp({ signedIn: testAdmin });
    const user = userEvent.setup();
    await user.click(within(screen.getByRole('navigation', { name: '工作区' })).getByRole('button', { name: '规则设置' }));
    const section = await screen.findByRole('region', { name: '阶段要求' });
    const publish = within(section).getByRole('button', { name: '发布阶段要求新版本' }) as HTMLButtonElement;
    expect(publish.disabled).toBe(true);
    const survey = within(section).getByRole('checkbox', { name: /跟进：询问满意度/ }) as HTMLInputElement;
    expect(survey.checked).toBe(true);
    await user.click(survey);
    expect(within(section).getByText('关闭：跟进：询问满意度')).toBeTruthy();
    await user.click(publish);
    await within(section).findByText(/已发布第 2 版/);
    const reply = (await app.backend.api.listPolicies()) as { ok: true; value: PolicyRecord[] };
    const gates = reply.value.filter((p) => p.kind === 'stageGates') as PolicyRecord<'stageGates'>[];
    expect(gates.map((g) => [g.version, g.body.requireSurvey, g.body.requireVerified])).toEqual([
      [1, true, true],
      [2, false, true],
    ]);
  });
});
