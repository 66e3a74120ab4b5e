import BetterSqlite3 from 'better-sqlite3';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sha256Of } from '../../src/main/evidence/evidenceFileStore';
import { exeBytes, pdfBytes, picturePng } from '../support/evidenceBytes';
import { Desktop, chromiumSuite, screenshotPath } from './harness';

const suite = chromiumSuite('agentdesk-e2e-evidence-');
const { temp } = suite;
const SHOTS = '/work/shots/evidence';

function shot(name: string): string {
  return screenshotPath(name);
}

function keep(name: string): void {
  mkdirSync(SHOTS, { recursive: true });
  copyFileSync(screenshotPath(name), `${SHOTS}/${name}`);
}

describe('complaint evidence end to end in Chromium', () => {
  it('attaches a photo and a receipt from the case detail, shows the photo, offers the PDF, refuses a renamed program, removes one and keeps its record', async () => {
    const desktop = new Desktop(`${temp.dir}/evidence`, 'zh-CN');
    await desktop.services.dispatch('case:create', { customerName: '刘芳', customerPhone: '13700002222', channel: 'phone', subject: '洗衣机外壳运输破损，投诉' });
    const { page, errors } = await desktop.open(suite.browser, suite.url);
    await page.getByRole('row', { name: /洗衣机外壳运输破损/ }).click();
    const panel = page.getByRole('region', { name: '投诉凭证' });
    await panel.getByText('这张工单还没有凭证。').waitFor();
    const chooser = panel.getByLabel('选择文件');

    const photo = picturePng();
    await chooser.setInputFiles({ name: '外壳破损.png', mimeType: 'image/png', buffer: photo });
    await panel.getByText('已添加：外壳破损.png').waitFor();
    await chooser.setInputFiles({ name: '购物小票.pdf', mimeType: 'application/pdf', buffer: pdfBytes('order 2026-1123') });
    await panel.getByText('已添加：购物小票.pdf').waitFor();

    // A program renamed to .png is refused in words; nothing is stored.
    await chooser.setInputFiles({ name: '照片.png', mimeType: 'image/png', buffer: exeBytes() });
    await panel.getByRole('alert').getByText(/只能添加 JPEG、PNG、WebP 图片或 PDF 文件/).waitFor();
    await page.screenshot({ path: shot('evidence-refused.zh-CN.png'), fullPage: true });
    keep('evidence-refused.zh-CN.png');

    const list = panel.getByRole('list', { name: '凭证列表' });
    const photoRow = list.getByRole('listitem').filter({ hasText: '外壳破损.png' });
    await photoRow.getByRole('button', { name: '查看' }).click();
    const image = panel.getByRole('img', { name: '外壳破损.png' });
    await image.waitFor();
    await page.waitForFunction(() => [...document.querySelectorAll('.evidence-preview img')].every((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0), undefined, { timeout: 30_000 });
    await panel.scrollIntoViewIfNeeded();
    await page.screenshot({ path: shot('evidence-photo.zh-CN.png'), fullPage: true });
    keep('evidence-photo.zh-CN.png');

    const receiptRow = list.getByRole('listitem').filter({ hasText: '购物小票.pdf' });
    await receiptRow.getByRole('button', { name: '查看' }).click();
    const save = panel.getByRole('link', { name: /保存 PDF/ });
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), save.click()]);
    expect(download.suggestedFilename()).toBe('购物小票.pdf');
    expect(readFileSync((await download.path())!)).toEqual(pdfBytes('order 2026-1123'));

    await photoRow.getByRole('button', { name: '移除' }).click();
    await photoRow.getByRole('button', { name: '确认移除' }).click();
    await photoRow.getByText(/移除（记录保留）/).waitFor();
    await page.getByText('移除凭证').first().waitFor();
    await page.screenshot({ path: shot('evidence-removed.zh-CN.png'), fullPage: true });
    keep('evidence-removed.zh-CN.png');

    const db = new BetterSqlite3(desktop.services.dbPath, { readonly: true });
    const rows = db.prepare('SELECT file_name AS name, media_type AS type, size_bytes AS size, sha256, removed_at IS NOT NULL AS removed FROM case_evidence ORDER BY added_at, id').all();
    const kinds = db.prepare("SELECT kind FROM timeline_events WHERE kind LIKE 'evidence%' ORDER BY at, id").pluck().all();
    db.close();
    expect(rows).toEqual([
      { name: '外壳破损.png', type: 'image/png', size: photo.length, sha256: sha256Of(photo), removed: 1 },
      { name: '购物小票.pdf', type: 'application/pdf', size: pdfBytes('order 2026-1123').length, sha256: sha256Of(pdfBytes('order 2026-1123')), removed: 0 },
    ]);
    expect(kinds).toEqual(['evidenceAdded', 'evidenceAdded', 'evidenceRemoved']);
    // The removed photo's bytes are still in the data directory.
    expect(readFileSync(`${desktop.userDataDir}/evidence/${sha256Of(photo).slice(0, 2)}/${sha256Of(photo)}`)).toEqual(photo);
    expect(errors).toEqual([]);
    desktop.services.close();
  });
});
