import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { MainServices } from '../../src/main/services';
import { eventually } from '../support/noticeListener';
import { serverDesktop, serverWithOrg, signIn } from '../support/serverDesktops';
import { Desktop, chromiumSuite } from './harness';

const suite = chromiumSuite('agentdesk-e2e-scratch-');
const { temp } = suite;
async function pageOn(services: MainServices, dir: string) {
  const desktop = new Desktop(dir, 'zh-CN', { signedIn: null });
  desktop.services.close();
  desktop.services = services;
  return desktop.open(suite.browser, suite.url);
}
describe('scratch', () => {
  let server: Awaited<ReturnType<typeof serverWithOrg>>;
  beforeAll(async () => { server = await serverWithOrg(); });
  afterAll(async () => { await server?.close(); });
  it('header', async () => {
    const leadDir = join(temp.dir, 'lead-data');
    mkdirSync(leadDir);
    const leadDesk = serverDesktop(leadDir, server.url);
    await signIn(leadDesk, '1002');
    await eventually(() => leadDesk.sync().live(), 30_000, 'live');
    const lead = await pageOn(leadDesk, join(temp.dir, 'lead-page'));
    await lead.page.getByRole('button', { name: '团队看板' }).waitFor();
    await lead.page.screenshot({ path: '/tmp/header-lead.png' });
    const agentDesk = serverDesktop(join(temp.dir, 'a'), server.url);
    await signIn(agentDesk, '1001');
    const agent = await pageOn(agentDesk, join(temp.dir, 'agent-page'));
    await agent.page.getByRole('heading', { name: '工单列表' }).waitFor();
    await agent.page.screenshot({ path: '/tmp/header-agent.png' });
  }, 120_000);
});
