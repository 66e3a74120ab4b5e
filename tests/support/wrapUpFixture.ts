import { wrapUpInput } from '../../src/shared/schemas/caseActions';

/** A whole wrap-up of a five-minute after-sales call that started at `startedAt`. */
export function sampleWrapUp(caseId: string, startedAt: number, overrides: Record<string, unknown> = {}) {
  return wrapUpInput.parse({
    caseId,
    call: {
      channel: 'phone',
      startedAt,
      endedAt: startedAt + 300_000,
      talkSeconds: 270,
      acwSeconds: 45,
      disposition: 'resolved',
      stages: ['greet', 'confirm', 'solve', 'followUp', 'record'].map((stage, i) => ({ stage, completedAt: startedAt + (i + 1) * 60_000 })),
    },
    category: 'afterSalesRepair',
    resolution: '指导客户调平机身后不再漏水',
    status: 'resolved',
    satisfaction: { score: 5, comment: '很耐心' },
    followUp: { kind: 'callback', dueAt: startedAt + 86_400_000, note: '确认是否还漏水' },
    notes: ['已发送维修指引'],
    ...overrides,
  });
}
