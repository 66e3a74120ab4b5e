import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiProvider } from '../../src/renderer/apiContext';
import { SearchBox } from '../../src/renderer/features/search/SearchBox';
import { setupI18n } from '../../src/renderer/i18n/setupI18n';
import { realBridge } from '../support/realBridge';

let backend: ReturnType<typeof realBridge>;
afterEach(() => backend.close());

async function renderSearch(locale: 'zh-CN' | 'en') {
  backend = realBridge();
  for (const [customerName, customerPhone, subject] of [
    ['王建国', '13812345678', '冰箱申请退货'],
    ['李娜', '13987654321', '洗衣机退货运费'],
  ] as const) {
    expect((await backend.api.createCase({ customerName, customerPhone, channel: 'phone', subject })).ok).toBe(true);
  }
  const onOpen = vi.fn();
  render(
    <ApiProvider value={backend.api}>
      <I18nextProvider i18n={setupI18n(locale)}>
        <SearchBox onOpen={onOpen} />
      </I18nextProvider>
    </ApiProvider>,
  );
  return { onOpen, user: userEvent.setup() };
}

describe('the search box', () => {
  it('searches as the agent types, marks the hits, and opens the chosen result with the keyboard', async () => {
    const { onOpen, user } = await renderSearch('zh-CN');
    await user.keyboard('{Control>}k{/Control}');
    const box = screen.getByRole('combobox', { name: '搜索工单、客户和知识库' });
    expect(document.activeElement).toBe(box);
    await user.type(box, '退货');
    const options = await screen.findAllByRole('option');
    expect(options).toHaveLength(2);
    expect(options[0]!.querySelector('mark')?.textContent).toBe('退货');
    expect(options[1]!.textContent).toContain('138****5678');
    expect(options[0]!.getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{ArrowDown}{Enter}');
    expect(onOpen).toHaveBeenCalledWith(expect.objectContaining({ kind: 'case', title: [{ text: '冰箱申请', hit: false }, { text: '退货', hit: true }] }));
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('says so when nothing matches, in the chosen language', async () => {
    const { user } = await renderSearch('en');
    await user.type(screen.getByRole('combobox'), 'microwave');
    expect(await screen.findByText('No cases, customers or articles match “microwave”')).toBeTruthy();
  });
});
