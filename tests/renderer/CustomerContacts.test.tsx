import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiProvider } from '../../src/renderer/apiContext';
import { Customer360View } from '../../src/renderer/features/customers/Customer360View';
import { setupI18n } from '../../src/renderer/i18n/setupI18n';
import { realBridge } from '../support/realBridge';
import { renderApp } from './renderApp';

type Backend = ReturnType<typeof realBridge>;
let backend: Backend | null = null;
let closeApp: (() => void) | null = null;
afterEach(() => {
  backend?.close();
  backend = null;
  closeApp?.();
  closeApp = null;
});

const raw = (b: Backend) => b.services.rawDb();

async function seed(b: Backend): Promise<string> {
  const created = await b.api.createCase({ customerName: '周女士', customerPhone: '13700001111', channel: 'phone', subject: '洗衣机漏水' });
  if (!created.ok) throw new Error(created.error.message);
  return (raw(b).prepare('SELECT customer_id FROM cases WHERE id = ?').get(created.value.id) as { customer_id: string }).customer_id;
}

async function openView(b: Backend, customerId: string, locale: 'zh-CN' | 'en' = 'zh-CN') {
  render(
    <ApiProvider value={b.api}>
      <I18nextProvider i18n={setupI18n(locale)}>
        <Customer360View customerId={customerId} onClose={vi.fn()} onOpenCase={vi.fn()} />
      </I18nextProvider>
    </ApiProvider>,
  );
  return within(await screen.findByRole('region', { name: locale === 'en' ? 'Profile' : '基本信息' }));
}

const row = (b: Backend, customerId: string) => raw(b).prepare('SELECT phone, email, address FROM customers WHERE id = ?').get(customerId);

describe('contacts in customer 360', () => {
  it('adds a second phone from the keyboard, makes it the main one and removes the old one; numbers stay masked', async () => {
    const b = (backend = realBridge());
    const customerId = await seed(b);
    const profile = await openView(b, customerId);
    const user = userEvent.setup();

    await user.click(profile.getByRole('button', { name: '＋ 添加号码' }));
    const form = profile.getByRole('form', { name: '添加号码' });
    expect(document.activeElement).toBe(within(form).getByLabelText('号码'));
    await user.selectOptions(within(form).getByLabelText('类型'), '单位');
    await user.type(within(form).getByLabelText('号码'), '021-6888 1234{Enter}');
    expect((await profile.findByRole('status')).textContent).toBe('号码已添加。');
    expect(profile.getByText('021****1234')).toBeTruthy();
    expect(profile.getByText('单位')).toBeTruthy();

    await user.click(profile.getByRole('button', { name: '把 021****1234 设为主号码' }));
    expect((await profile.findByRole('status')).textContent).toBe('021****1234 现在是主号码。');
    expect(row(b, customerId)).toMatchObject({ phone: '02168881234' });
    await user.click(profile.getByRole('button', { name: '移除 137****1111' }));
    await waitFor(() => expect(profile.queryByText('137****1111')).toBeNull(), { timeout: 30_000 });
    expect(profile.getByRole('status').textContent).toBe('已移除号码 137****1111。');
    expect(raw(b).prepare('SELECT phone, removed FROM customer_phones WHERE customer_id = ? ORDER BY phone').all(customerId)).toEqual([
      { phone: '02168881234', removed: 0 },
      { phone: '13700001111', removed: 1 },
    ]);
    expect(document.body.textContent).not.toContain('02168881234');
  });

  it('refuses a duplicate or malformed number in words under the field, and Escape closes the form without saving', async () => {
    const b = (backend = realBridge());
    const customerId = await seed(b);
    const profile = await openView(b, customerId);
    const user = userEvent.setup();
    const before = raw(b).prepare('SELECT count(*) AS n FROM outbox').get();

    await user.click(profile.getByRole('button', { name: '＋ 添加号码' }));
    const field = profile.getByLabelText('号码');
    await user.type(field, '12ab{Enter}');
    expect(document.getElementById(field.getAttribute('aria-describedby')!)!.textContent).toBe('请输入有效号码：手机号、带区号的座机或 +86 开头的号码');
    await user.clear(field);
    await user.type(field, '+86 137 0000 1111{Enter}');
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'), { timeout: 30_000 });
    expect(document.getElementById(field.getAttribute('aria-describedby')!)!.textContent).toBe('这位客户已经登记过这个号码');
    await user.keyboard('{Escape}');
    expect(profile.queryByRole('form', { name: '添加号码' })).toBeNull();
    expect(raw(b).prepare('SELECT count(*) AS n FROM outbox').get()).toEqual(before);
  });

  it('adds, changes and clears the email and address; a bad email is refused; the last contact cannot go', async () => {
    const b = (backend = realBridge());
    const customerId = await seed(b);
    const profile = await openView(b, customerId);
    const user = userEvent.setup();

    await user.click(profile.getByRole('button', { name: '添加邮箱' }));
    const email = profile.getByLabelText('新的邮箱');
    expect(document.activeElement).toBe(email);
    await user.type(email, 'zhou.min@{Enter}');
    expect(document.getElementById(email.getAttribute('aria-describedby')!)!.textContent).toBe('邮箱格式不对，应类似 name@example.com');
    await user.type(email, 'example.com{Enter}');
    expect((await profile.findByRole('status')).textContent).toBe('邮箱已更新。');
    expect(profile.getByText('z*******@example.com')).toBeTruthy();

    await user.click(profile.getByRole('button', { name: '添加地址' }));
    await user.type(profile.getByLabelText('新的地址'), '上海{Enter}');
    expect(profile.getByText('地址太短，请写到街道门牌')).toBeTruthy();
    await user.clear(profile.getByLabelText('新的地址'));
    await user.type(profile.getByLabelText('新的地址'), '上海市浦东新区世纪大道100号{Enter}');
    expect((await profile.findByRole('status')).textContent).toBe('地址已更新。');
    expect(profile.getByText('上海市浦东新****')).toBeTruthy();
    expect(row(b, customerId)).toEqual({ phone: '13700001111', email: 'zhou.min@example.com', address: '上海市浦东新区世纪大道100号' });

    // Phone gone (the email remains), then the email cannot go too.
    await user.click(profile.getByRole('button', { name: '移除 137****1111' }));
    expect(await profile.findByText('（可只留邮箱）')).toBeTruthy();
    await user.click(profile.getByRole('button', { name: '修改邮箱' }));
    await user.click(profile.getByRole('button', { name: '删除邮箱' }));
    expect(await profile.findByText('客户至少要留一种联系方式：电话或邮箱')).toBeTruthy();
    expect(row(b, customerId)).toMatchObject({ phone: '', email: 'zhou.min@example.com' });
  });

  it('reveals another phone with a reason, audited; in English the editors pass an axe scan', async () => {
    const b = (backend = realBridge({ osLocale: 'en-US' }));
    const customerId = await seed(b);
    const added = await b.api.addCustomerPhone({ customerId, phone: '13900002222', label: 'home' });
    expect(added.ok).toBe(true);
    const profile = await openView(b, customerId, 'en');
    const user = userEvent.setup();
    await user.click(profile.getByRole('button', { name: 'Show the full number 139****2222' }));
    await user.type(profile.getByLabelText('Reason (at least two characters, written to the audit log)'), 'call back{Enter}');
    expect(await profile.findByText('13900002222')).toBeTruthy();
    expect(raw(b).prepare('SELECT field, reason FROM audit_log').all()).toEqual([{ field: 'phone', reason: 'call back' }]);

    await user.click(profile.getByRole('button', { name: '+ Add a number' }));
    await user.click(profile.getByRole('button', { name: 'Add an address' }));
    const panel = screen.getByRole('complementary');
    const results = await axe.run(panel, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
  });
});

describe('a new case without a phone', () => {
  it('is created with an email only; with neither the form names both fields and saves nothing', async () => {
    const user = userEvent.setup();
    const app = await renderApp();
    closeApp = app.backend.close;
    await user.type(screen.getByLabelText('客户姓名'), '林女士');
    await user.selectOptions(screen.getByLabelText('来访渠道'), '邮件');
    await user.type(screen.getByLabelText('问题摘要'), '发票没收到');
    await user.click(screen.getByRole('button', { name: '创建工单' }));
    for (const label of ['联系电话', '电子邮箱']) {
      const field = screen.getByLabelText(label);
      expect(field.getAttribute('aria-invalid')).toBe('true');
      expect(document.getElementById(field.getAttribute('aria-describedby')!)!.textContent).toBe('客户至少要留一种联系方式：电话或邮箱');
    }
    expect((app.backend.services.rawDb().prepare('SELECT count(*) AS n FROM cases').get() as { n: number }).n).toBe(0);

    await user.type(screen.getByLabelText('电子邮箱'), 'Lin.Na@example.com');
    expect(screen.getByLabelText('联系电话').getAttribute('aria-invalid')).toBeNull();
    await user.click(screen.getByRole('button', { name: '创建工单' }));
    expect((await screen.findByRole('status')).textContent).toMatch(/^工单 .+ 已保存到本机$/);
    expect(app.backend.services.rawDb().prepare('SELECT name, phone, email FROM customers').all()).toEqual([{ name: '林女士', phone: '', email: 'lin.na@example.com' }]);
  });
});
