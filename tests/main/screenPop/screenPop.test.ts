import { afterEach, describe, expect, it } from 'vitest';
import { screenPopNumber } from '../../../src/main/screenPop/screenPopNumber';
import { realBridge } from '../../support/realBridge';

describe('finding the caller number in a link or command line', () => {
  it.each([
    [['agentdesk://call?number=13812345678'], '13812345678'],
    [['AgentDesk://call/?number=%2B86%20138%201234%205678'], '+8613812345678'],
    [['agentdesk:call?number=010-6234-5678'], '01062345678'],
    [['/opt/AgentDesk/agentdesk', '--no-sandbox', 'agentdesk://call?number=13812345678'], '13812345678'],
    [['agentdesk.exe', '--call=13812345678'], '13812345678'],
    [['agentdesk.exe', '--call', '021 5888 6666'], '02158886666'],
  ])('%j → %s', (argv, number) => {
    expect(screenPopNumber(argv)).toBe(number);
  });

  it.each([[[]], [['agentdesk']], [['agentdesk://call']], [['agentdesk://call?number=hello']], [['agentdesk://open?number=13812345678']], [['agentdesk://call?number=1;rm -rf /']], [['--call']], [['agentdesk://%%%']]])(
    'finds nothing in %j',
    (argv) => {
      expect(screenPopNumber(argv)).toBeNull();
    },
  );
});

describe('screen pop lookup', () => {
  let app: ReturnType<typeof realBridge>;
  afterEach(() => app.close());

  it('finds the customer by any of their numbers, with or without +86, masked; an unknown number finds nobody', async () => {
    app = realBridge({ now: () => 1_790_000_000_000 });
    await app.api.createCase({ customerName: '吴女士', customerPhone: '13812345678', channel: 'phone', subject: '咨询保修' });
    expect(app.services.screenPop('+8613812345678')).toEqual({
      number: '+8613812345678',
      receivedAt: 1_790_000_000_000,
      matches: [expect.objectContaining({ name: '吴女士', phoneMasked: '138****5678' })],
    });
    expect(JSON.stringify(app.services.screenPop('13812345678').matches)).not.toContain('13812345678');
    expect(app.services.screenPop('13900000000').matches).toEqual([]);
  });
});
