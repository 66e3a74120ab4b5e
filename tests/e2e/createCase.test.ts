import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/tempDir';
import { Desktop, chromiumSuite, screenshotPath } from './harness';

const suite = chromiumSuite('agentdesk-e2e-');
const { temp } = suite;

describe('end to end in Chromium', () => {
  it('creates a case through the UI; the row is in the SQLite file and survives a restart', async () => {
    const desktop = new Desktop(temp.dir);
    const { page, errors } = await desktop.open(suite.browser, suite.url);

    await page.getByText('还没有工单。').waitFor();
    await page.getByLabel('客户姓名').fill('陈女士');
    await page.getByLabel('联系电话').fill('139 8888 6666');
    await page.getByLabel('来访渠道').selectOption({ label: '电话' });
    await page.getByRole('textbox', { name: '问题摘要', exact: true }).fill('洗衣机脱水时噪音很大');
    await page.getByRole('button', { name: '创建工单' }).click();

    await page.getByRole('status').filter({ hasText: '已保存到本机' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: '洗衣机脱水时噪音很大' });
    await expect.poll(() => row.textContent()).toContain('139****6666');
    await page.screenshot({ path: screenshotPath('create-case.zh-CN.png') });

    const db = new BetterSqlite3(desktop.services.dbPath, { readonly: true });
    const stored = db
      .prepare('SELECT c.number, c.subject, c.channel, c.status, cu.name, cu.phone FROM cases c JOIN customers cu ON cu.id = c.customer_id')
      .all() as { number: string }[];
    const pending = db.prepare("SELECT name FROM outbox WHERE state = 'pending' ORDER BY seq").all();
    db.close();
    expect(stored).toEqual([{ number: expect.stringMatching(/^BR01-\d{8}-[0-9A-Z]{10}-0001$/), subject: '洗衣机脱水时噪音很大', channel: 'phone', status: 'new', name: '陈女士', phone: '13988886666' }]);
    expect(pending).toEqual([{ name: 'customer.create' }, { name: 'case.create' }]);
    expect(await row.textContent()).toContain(stored[0]!.number);

    desktop.restart();
    await page.reload();
    await expect.poll(() => page.getByRole('row').filter({ hasText: '洗衣机脱水时噪音很大' }).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
    desktop.services.close();
  });

  it('shows translated field errors for bad input and writes nothing; switching to English keeps working', async () => {
    const dir = makeTempDir('agentdesk-e2e-');
    const desktop = new Desktop(dir.dir);
    const { page, errors } = await desktop.open(suite.browser, suite.url);
    await page.getByLabel('联系电话').fill('not-a-phone');
    await page.getByRole('button', { name: '创建工单' }).click();
    await page.getByText('请输入有效号码：手机号、带区号的座机或 +86 开头的号码').waitFor();
    expect(await page.getByText('此项必填').count()).toBe(2);

    await page.getByLabel('界面语言').selectOption('en');
    await page.getByRole('heading', { name: 'New case' }).waitFor();
    await page.getByText('Enter a valid number: mobile, landline with area code, or +86…').waitFor();
    await page.screenshot({ path: screenshotPath('validation.en.png') });

    const db = new BetterSqlite3(desktop.services.dbPath, { readonly: true });
    expect(db.prepare('SELECT count(*) AS n FROM cases').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM outbox').get()).toEqual({ n: 0 });
    db.close();
    expect(errors).toEqual([]);
    await page.close();
    desktop.services.close();
    dir.cleanup();
  });
});
