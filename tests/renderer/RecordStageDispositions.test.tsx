import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiProvider } from '../../src/renderer/apiContext';
import { RecordStage } from '../../src/renderer/features/call/RecordStage';
import { setupI18n } from '../../src/renderer/i18n/setupI18n';
import { newCallDraft } from '../../src/shared/domain/callFlow';
import { builtInDispositionsPolicy, offeredDispositions } from '../../src/shared/domain/policies/dispositionsPolicy';
import type { CallDraft } from '../../src/shared/schemas/callDraft';
import { realBridge } from '../support/realBridge';

let backend: ReturnType<typeof realBridge> | null = null;
afterEach(() => {
  backend?.close();
  backend = null;
});

const refund = { code: 'refundPromised', means: 'resolvedWithFollowUp' as const, labels: { 'zh-CN': '已承诺退款', en: 'Refund promised' }, active: true };
const offered = [...offeredDispositions(builtInDispositionsPolicy).filter((c) => c.code !== 'dropped'), refund];

function renderStage(draft: CallDraft, locale: 'zh-CN' | 'en') {
  backend = realBridge();
  let current = draft;
  const update = (change: (d: CallDraft) => CallDraft) => void (current = change(current));
  render(
    <ApiProvider value={backend.api}>
      <I18nextProvider i18n={setupI18n(locale)}>
        <RecordStage draft={draft} update={update} offered={offered} />
      </I18nextProvider>
    </ApiProvider>,
  );
  return () => current;
}

describe('the record stage’s disposition codes', () => {
  it('offers the codes given, labelled in the interface language, and stores the chosen code', async () => {
    const latest = renderStage(newCallDraft({ id: 'd1', now: 1, channel: 'phone', callerNumber: null }), 'en');
    const select = screen.getByLabelText('Disposition code');
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['Choose', 'Resolved', 'Resolved, follow-up due', 'Escalated', 'Transferred', 'Callback arranged', 'Information only', 'Refund promised']);
    await userEvent.setup().selectOptions(select, 'Refund promised');
    expect(latest().record.disposition).toBe('refundPromised');
  });

  it('keeps showing a code chosen before it was retired', () => {
    renderStage({ ...newCallDraft({ id: 'd2', now: 1, channel: 'phone', callerNumber: null }), record: { disposition: 'dropped', notes: '' } }, 'zh-CN');
    const select = screen.getByLabelText<HTMLSelectElement>('处理结果代码');
    expect(select.value).toBe('dropped');
    expect(within(select).getByRole('option', { name: '通话中断' })).toBeTruthy();
  });
});
