import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { insertPolicyRow } from '../../src/main/store/policies/policyRows';
import { ApiProvider } from '../../src/renderer/apiContext';
import { CaseDetailView } from '../../src/renderer/features/detail/CaseDetailView';
import { setupI18n } from '../../src/renderer/i18n/setupI18n';
import { builtInDispositionsPolicy, type DispositionsPolicy } from '../../src/shared/domain/policies/dispositionsPolicy';
import { realBridge } from '../support/realBridge';
import { sampleWrapUp } from '../support/wrapUpFixture';
import { createCase } from './syncFixtures';

type Backend = ReturnType<typeof realBridge>;
let backend: Backend | null = null;
afterEach(() => {
  backend?.close();
  backend = null;
});

const HOUR = 3_600_000;
const refund = { code: 'refundPromised', means: 'resolvedWithFollowUp' as const, labels: { 'zh-CN': '已承诺退款', en: 'Refund promised' }, active: true };
const v2: DispositionsPolicy = { codes: [...builtInDispositionsPolicy.codes, refund] };
const v3: DispositionsPolicy = { codes: [...builtInDispositionsPolicy.codes, { ...refund, active: false, labels: { 'zh-CN': '退款（已停用）', en: 'Refund (retired)' } }] };

/** A case with three calls: a built-in code, a code a later version retired and renamed, and a code no version here knows. */
async function caseWithCalls(b: Backend): Promise<string> {
  const now = Date.now();
  const db = b.services.rawDb();
  insertPolicyRow(db as never, { id: 'dispositions-2', kind: 'dispositions', version: 2, effectiveFrom: now - 10 * HOUR, body: v2, teamId: null, authorId: null, createdAt: now - 10 * HOUR, note: '' });
  insertPolicyRow(db as never, { id: 'dispositions-3', kind: 'dispositions', version: 3, effectiveFrom: now - HOUR, body: v3, teamId: null, authorId: null, createdAt: now - HOUR, note: '' });
  const { id } = await createCase(b, '洗衣机漏水');
  const calls: [number, string][] = [
    [now - 8 * HOUR, 'resolved'],
    [now - 6 * HOUR, 'refundPromised'],
    [now - 4 * HOUR, 'resolved'],
  ];
  for (const [startedAt, disposition] of calls) {
    const reply = await b.api.saveWrapUp(sampleWrapUp(id, startedAt, { call: { ...sampleWrapUp(id, startedAt).call, disposition } }));
    if (!reply.ok) throw new Error(reply.error.message);
  }
  // A call pulled from a desktop whose newer policy this one has not pulled yet.
  db.prepare('UPDATE calls SET disposition = ? WHERE started_at = ?').run('warrantyCheck', now - 4 * HOUR);
  return id;
}

function renderView(b: Backend, caseId: string, locale: 'zh-CN' | 'en') {
  render(
    <ApiProvider value={b.api}>
      <I18nextProvider i18n={setupI18n(locale)}>
        <CaseDetailView caseId={caseId} onClose={vi.fn()} onOpenCustomer={vi.fn()} />
      </I18nextProvider>
    </ApiProvider>,
  );
}

describe('a stored disposition code on screen', () => {
  it('reads as the newest version’s label (a retired code keeps its name), the built-in term, else the code itself', async () => {
    backend = realBridge();
    const caseId = await caseWithCalls(backend);
    renderView(backend, caseId, 'zh-CN');
    const calls = await screen.findByRole('region', { name: /通话记录/ });
    await within(calls).findByText(/结果：退款（已停用）/);
    expect(within(calls).getByText(/结果：已解决/)).toBeTruthy();
    expect(within(calls).getByText(/结果：warrantyCheck/)).toBeTruthy();
  });

  it('in English too', async () => {
    backend = realBridge({ osLocale: 'en' });
    const caseId = await caseWithCalls(backend);
    renderView(backend, caseId, 'en');
    await screen.findByText(/outcome: Refund \(retired\)/);
    expect(screen.getByText(/outcome: Resolved/)).toBeTruthy();
    expect(screen.getByText(/outcome: warrantyCheck/)).toBeTruthy();
  });
});
