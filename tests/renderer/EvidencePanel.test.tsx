import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiProvider } from '../../src/renderer/apiContext';
import { CaseDetailView } from '../../src/renderer/features/detail/CaseDetailView';
import { setupI18n } from '../../src/renderer/i18n/setupI18n';
import { evidenceMaxBytes } from '../../src/shared/domain/evidenceFiles';
import { exeBytes, pdfBytes, pngBytes } from '../support/evidenceBytes';
import { realBridge } from '../support/realBridge';
import { createCase } from './syncFixtures';

type Backend = ReturnType<typeof realBridge>;
let backend: Backend | null = null;
afterEach(() => {
  backend?.close();
  backend = null;
});

function renderCase(b: Backend, caseId: string, locale: 'zh-CN' | 'en' = 'zh-CN') {
  render(
    <ApiProvider value={b.api}>
      <I18nextProvider i18n={setupI18n(locale)}>
        <CaseDetailView caseId={caseId} onClose={vi.fn()} onOpenCustomer={vi.fn()} />
      </I18nextProvider>
    </ApiProvider>,
  );
}

const fileOf = (bytes: Uint8Array, name: string, type: string) => new File([new Uint8Array(bytes)], name, { type });

describe('evidence on the case detail', () => {
  it('attaches a photo and a receipt, lists them with size, who and when, shows the photo inline, and removes one without losing it', async () => {
    backend = realBridge();
    const { id } = await createCase(backend, '外壳破损');
    renderCase(backend, id);
    const user = userEvent.setup();
    const section = await screen.findByRole('region', { name: '投诉凭证' });
    expect(await within(section).findByText('这张工单还没有凭证。')).toBeTruthy();
    const chooser = within(section).getByLabelText('选择文件');
    await user.upload(chooser, fileOf(pngBytes(2048), '破损照片.png', 'image/png'));
    expect(await within(section).findByText('已添加：破损照片.png')).toBeTruthy();
    await user.upload(chooser, fileOf(pdfBytes(), '购物小票.pdf', 'application/pdf'));
    const list = await within(section).findByRole('list', { name: '凭证列表' });
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(2));
    expect(within(list).getByText('破损照片.png')).toBeTruthy();
    expect(within(list).getByText(/2 KB/)).toBeTruthy();
    expect(within(list).getAllByText(/测试坐席 添加于/)).toHaveLength(2);

    const photo = within(list).getAllByRole('listitem')[0]!;
    await user.click(within(photo).getByRole('button', { name: '查看' }));
    const image = await within(section).findByRole('img', { name: '破损照片.png' });
    expect(image.getAttribute('src')).toBe(`data:image/png;base64,${pngBytes(2048).toString('base64')}`);

    await user.click(within(photo).getByRole('button', { name: '移除' }));
    await user.click(within(photo).getByRole('button', { name: '确认移除' }));
    expect(await within(photo).findByText(/已于 .* 移除（记录保留）/)).toBeTruthy();
    expect(within(photo).queryByRole('button', { name: '查看' })).toBeNull();
    // The timeline shows both facts once the case reloads.
    expect(await screen.findAllByText('移除凭证')).not.toHaveLength(0);
    const rows = backend.services.rawDb().prepare('SELECT file_name, removed_at IS NOT NULL AS removed FROM case_evidence ORDER BY added_at, id').all();
    expect(rows).toEqual([
      { file_name: '破损照片.png', removed: 1 },
      { file_name: '购物小票.pdf', removed: 0 },
    ]);
  });

  it('refuses a renamed program and a file over 10 MB in words, and stores nothing', async () => {
    backend = realBridge();
    const { id } = await createCase(backend, '外壳破损');
    renderCase(backend, id);
    const user = userEvent.setup({ applyAccept: false });
    const section = await screen.findByRole('region', { name: '投诉凭证' });
    const chooser = within(section).getByLabelText('选择文件');
    await user.upload(chooser, fileOf(exeBytes(), 'photo.png', 'image/png'));
    expect((await within(section).findByRole('alert')).textContent).toContain('只能添加 JPEG、PNG、WebP 图片或 PDF 文件');
    const big = fileOf(new Uint8Array(1), 'big.png', 'image/png');
    Object.defineProperty(big, 'size', { value: evidenceMaxBytes + 1 });
    await user.upload(chooser, big);
    await waitFor(() => expect(within(section).getByRole('alert').textContent).toContain('文件超过 10 MB'));
    expect(backend.services.rawDb().prepare('SELECT count(*) AS n FROM case_evidence').get()).toEqual({ n: 0 });
  });
});
