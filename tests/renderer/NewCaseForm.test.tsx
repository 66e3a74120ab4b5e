import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from './renderApp';

let cleanupBackend: (() => void) | null = null;
afterEach(() => cleanupBackend?.());

async function setup(options?: Parameters<typeof renderApp>[0]) {
  const app = await renderApp(options);
  cleanupBackend = app.backend.close;
  return app;
}

function casesInFile(dbPath: string): number {
  const db = new BetterSqlite3(dbPath, { readonly: true });
  const { n } = db.prepare('SELECT count(*) AS n FROM cases').get() as { n: number };
  db.close();
  return n;
}

describe('creating a case from the form', () => {
  it('saves the case and shows it in the list with the phone masked (zh-CN by default)', async () => {
    const user = userEvent.setup();
    const { backend } = await setup();
    expect(await screen.findByText('还没有工单。在左侧填写客户信息，即可创建第一张工单。')).toBeTruthy();

    await user.type(screen.getByLabelText('客户姓名'), '王女士');
    await user.type(screen.getByLabelText('联系电话'), '13812345678');
    await user.selectOptions(screen.getByLabelText('来访渠道'), '在线咨询');
    await user.type(screen.getByLabelText('问题摘要'), '空调遥控器失灵');
    await user.click(screen.getByRole('button', { name: '创建工单' }));

    const status = await screen.findByRole('status');
    expect(status.textContent).toMatch(/^工单 BR01-\d{8}-[0-9A-Z]{10}-0001 已保存到本机$/);
    const table = await screen.findByRole('table', { name: '工单列表' });
    const row = within(table).getByText('空调遥控器失灵').closest('tr')!;
    expect(within(row).getByText('王女士')).toBeTruthy();
    expect(within(row).getByText('138****5678')).toBeTruthy();
    expect(within(row).getByText('在线咨询')).toBeTruthy();
    expect(within(row).getByText('新建')).toBeTruthy();
    expect(screen.getByTestId('case-total').textContent).toBe('共 1 张');
    expect((screen.getByLabelText('客户姓名') as HTMLInputElement).value).toBe('');
    expect(casesInFile(backend.services.dbPath)).toBe(1);
  });

  it('marks each invalid field with a translated message and saves nothing', async () => {
    const user = userEvent.setup();
    const { backend } = await setup();
    await user.type(screen.getByLabelText('联系电话'), 'abc');
    await user.click(screen.getByRole('button', { name: '创建工单' }));

    const name = screen.getByLabelText('客户姓名');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(name.getAttribute('aria-describedby')!)!.textContent).toBe('此项必填');
    const phone = screen.getByLabelText('联系电话');
    expect(document.getElementById(phone.getAttribute('aria-describedby')!)!.textContent).toBe('请输入有效号码：手机号、带区号的座机或 +86 开头的号码');
    expect(screen.getByLabelText('问题摘要').getAttribute('aria-invalid')).toBe('true');
    expect(casesInFile(backend.services.dbPath)).toBe(0);

    await user.type(screen.getByLabelText('客户姓名'), '张');
    expect(screen.getByLabelText('客户姓名').getAttribute('aria-invalid')).toBeNull();
  });

  it('submits with Ctrl+Enter and focuses the form with Ctrl+N', async () => {
    const user = userEvent.setup();
    await setup();
    await user.keyboard('{Control>}n{/Control}');
    expect(document.activeElement).toBe(screen.getByLabelText('客户姓名'));
    await user.keyboard('刘先生');
    await user.type(screen.getByLabelText('联系电话'), '010-6234-5678');
    await user.type(screen.getByLabelText('问题摘要'), '发票抬头写错');
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(await screen.findByText('发票抬头写错')).toBeTruthy();
    expect(screen.getByText('010****5678')).toBeTruthy();
  });
});

describe('language', () => {
  it('follows an English OS and switches to Chinese on request, remembering the choice', async () => {
    const user = userEvent.setup();
    const { backend } = await setup({ osLocale: 'en-GB' });
    expect(await screen.findByRole('heading', { name: 'New case' })).toBeTruthy();
    expect(screen.getByText('No cases yet. Fill in the customer’s details on the left to create the first one.')).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('Language'), '简体中文');
    expect(await screen.findByRole('heading', { name: '新建工单' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('zh-CN');
    await waitFor(() => expect(backend.settingsBackend.value).toMatchObject({ locale: 'zh-CN' }));
  });
});
