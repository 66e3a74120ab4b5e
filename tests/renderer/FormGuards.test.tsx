import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { defaultCalendar } from '../../src/shared/domain/businessCalendar';
import type { GuardKept } from '../../src/shared/domain/phraseGuard';
import { setupI18n } from '../../src/renderer/i18n/setupI18n';
import { DateField, DateTimeField } from '../../src/renderer/ui/DateTimeField';
import { TextField } from '../../src/renderer/ui/fields';
import { GuardedTextArea } from '../../src/renderer/ui/GuardedTextArea';

const SH = 'Asia/Shanghai';
const at = (y: number, mo: number, d: number, h: number, mi = 0) => Date.UTC(y, mo - 1, d, h - 8, mi);

function inLocale(ui: React.ReactNode, locale: 'zh-CN' | 'en' = 'zh-CN') {
  return render(<I18nextProvider i18n={setupI18n(locale)}>{ui}</I18nextProvider>);
}

function Text({ max, initial = '' }: { max: number; initial?: string }) {
  const [value, setValue] = useState(initial);
  return <TextField label="摘要" value={value} maxLength={max} onChange={setValue} />;
}

describe('length limits: no silent truncation', () => {
  it('shows a counter from 80 % of the limit, and says when the limit is reached', async () => {
    inLocale(<Text max={10} />);
    const user = userEvent.setup();
    const box = screen.getByLabelText('摘要') as HTMLInputElement;
    await user.type(box, '一二三四五六七');
    expect(screen.queryByText('7/10')).toBeNull();
    await user.type(box, '八');
    expect(screen.getByText('8/10')).toBeTruthy();
    expect(box.getAttribute('aria-describedby')).toBeTruthy();
    await user.type(box, '九十');
    expect(screen.getByText(/10\/10 · 已到 10 字上限/)).toBeTruthy();
  });

  it('pastes what fits at the cursor and says how much of a long paste was cut', async () => {
    inLocale(<Text max={10} initial="开头" />);
    const user = userEvent.setup();
    const box = screen.getByLabelText('摘要') as HTMLInputElement;
    await user.click(box);
    box.setSelectionRange(2, 2);
    await user.paste('甲乙丙丁戊己庚辛壬癸子丑');
    expect(box.value).toBe('开头甲乙丙丁戊己庚辛');
    expect(screen.getByRole('alert').textContent).toBe('粘贴的内容超出 10 字上限，末尾 4 字没有粘贴进来。');
    // Editing again clears the message.
    await user.type(box, '{Backspace}');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('lets a paste that fits through untouched', async () => {
    inLocale(<Text max={10} />);
    const user = userEvent.setup();
    await user.click(screen.getByLabelText('摘要'));
    await user.paste('短句');
    expect((screen.getByLabelText('摘要') as HTMLInputElement).value).toBe('短句');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

function Guarded({ onKept }: { onKept(kept: GuardKept[]): void }) {
  const [value, setValue] = useState('');
  const [kept, setKept] = useState<GuardKept[]>([]);
  return (
    <GuardedTextArea
      label="通话备注"
      value={value}
      onChange={setValue}
      maxLength={500}
      keep={{
        field: 'record.notes',
        kept,
        onChange: (next) => {
          setKept(next);
          onKept(next);
        },
      }}
    />
  );
}

describe('the phrase guard in a customer-facing field', () => {
  it('offers whole-sentence replacements for the flagged clause', async () => {
    inLocale(<Guarded onKept={() => {}} />);
    const user = userEvent.setup();
    const box = screen.getByLabelText('通话备注') as HTMLTextAreaElement;
    await user.type(box, '好的，这个我们不负责。');
    const flag = screen.getByText('“我们不负责” · 推诿搪塞').closest('li')!;
    expect(flag.textContent).toContain('把“这个我们不负责”整句换成：');
    await user.click(within(flag).getByRole('button', { name: '这件事由我来帮您对接相关部门，并跟进到处理完毕' }));
    expect(box.value).toBe('好的，这件事由我来帮您对接相关部门，并跟进到处理完毕。');
  });

  it('keeps flagged text only with a reason, refusing an empty one with a clear message', async () => {
    const onKept = vi.fn();
    inLocale(<Guarded onKept={onKept} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('通话备注'), '肯定给您全额退款');
    expect(screen.getByText('保存前请处理标出的用语：换成建议说法，或保留原文并写明原因。')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '保留原文…' }));
    await user.click(screen.getByRole('button', { name: '确认保留' }));
    expect(screen.getByRole('alert').textContent).toBe('请写明保留原文的原因（至少 4 个字）');
    expect(screen.getByRole('textbox', { name: '保留原因' }).getAttribute('aria-invalid')).toBe('true');
    expect(onKept).not.toHaveBeenCalled();
    await user.type(screen.getByRole('textbox', { name: '保留原因' }), '主管已批准全额退款{Enter}');
    expect(onKept).toHaveBeenLastCalledWith([{ field: 'record.notes', ruleId: 'zh.refundPromise', phrase: '肯定*退款', category: 'overPromise', reason: '主管已批准全额退款' }]);
    expect(screen.getByText('已保留原文 · 原因：主管已批准全额退款')).toBeTruthy();
    expect(screen.queryByText(/保存前请处理/)).toBeNull();
    await user.click(screen.getByRole('button', { name: '撤销保留' }));
    expect(onKept).toHaveBeenLastCalledWith([]);
  });
});

function WhenHost({ now, onChange }: { now: number; onChange(v: number | null): void }) {
  const [value, setValue] = useState<number | null>(null);
  return (
    <DateTimeField
      label="回访时间"
      value={value}
      timeZone={SH}
      notBefore={now}
      quickPicks={{ now, calendar: defaultCalendar }}
      onChange={(v) => {
        setValue(v);
        onChange(v);
      }}
    />
  );
}

const When = ({ now, onChange, locale = 'zh-CN' }: { now: number; onChange(v: number | null): void; locale?: 'zh-CN' | 'en' }) => inLocale(<WhenHost now={now} onChange={onChange} />, locale);

describe('the date-time field', () => {
  const thursday = at(2026, 12, 3, 15, 20);

  it('reads and writes zh-CN dates as 2026/12/05 10:00, never mm/dd/yyyy', async () => {
    const onChange = vi.fn();
    function Host() {
      const [value, setValue] = useState<number | null>(null);
      return (
        <DateTimeField
          label="回访时间"
          value={value}
          timeZone={SH}
          onChange={(v) => {
            setValue(v);
            onChange(v);
          }}
        />
      );
    }
    inLocale(<Host />);
    const user = userEvent.setup();
    const box = screen.getByLabelText('回访时间') as HTMLInputElement;
    expect(box.type).toBe('text');
    expect(box.placeholder).toBe('2026/12/05 14:30');
    expect(screen.getByText('格式：年/月/日 时:分（24 小时制），如 2026/12/05 14:30')).toBeTruthy();
    await user.type(box, '2026-12-5 9:05{Enter}');
    expect(onChange).toHaveBeenLastCalledWith(at(2026, 12, 5, 9, 5));
    expect(box.value).toBe('2026/12/05 09:05');
    expect(box.value).not.toMatch(/\d{2}\/\d{2}\/\d{4}/);
  });

  it('refuses what it cannot read with a clear message and keeps the value', async () => {
    const onChange = vi.fn();
    When({ now: thursday, onChange });
    const user = userEvent.setup();
    const box = screen.getByLabelText('回访时间');
    await user.type(box, '12/05/2026 10:00');
    await user.tab();
    expect(screen.getByRole('alert').textContent).toBe('无法识别，请按 2026/12/05 14:30 这样的格式填写');
    expect(box.getAttribute('aria-invalid')).toBe('true');
    await user.clear(box);
    await user.type(box, '2026/02/30 10:00{Enter}');
    expect(screen.getByRole('alert').textContent).toBe('日期不存在，请检查月份和日期');
    await user.clear(box);
    await user.type(box, '2026/12/01 10:00{Enter}');
    expect(screen.getByRole('alert').textContent).toBe('这个时间已经过去，请选择以后的时间');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('offers the callback quick picks, "tomorrow" following the business calendar', async () => {
    const onChange = vi.fn();
    When({ now: thursday, onChange });
    const user = userEvent.setup();
    const picks = screen.getByRole('group', { name: '快捷选择' });
    await user.click(within(picks).getByRole('button', { name: '15 分钟后' }));
    expect(onChange).toHaveBeenLastCalledWith(thursday + 15 * 60_000);
    expect((screen.getByLabelText('回访时间') as HTMLInputElement).value).toBe('2026/12/03 15:35');
    await user.click(within(picks).getByRole('button', { name: '1 小时后' }));
    expect(onChange).toHaveBeenLastCalledWith(thursday + 3_600_000);
    await user.click(within(picks).getByRole('button', { name: '明天 10:00' }));
    expect(onChange).toHaveBeenLastCalledWith(at(2026, 12, 4, 10));
  });

  it('names the next working day when tomorrow is not one', () => {
    When({ now: at(2026, 12, 4, 17), onChange: () => {} });
    expect(screen.getByRole('button', { name: '下个工作日 12/07 10:00' })).toBeTruthy();
  });

  it('steps the part under the caret with the arrow keys', async () => {
    const onChange = vi.fn();
    When({ now: thursday, onChange });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: '明天 10:00' }));
    const box = screen.getByLabelText('回访时间') as HTMLInputElement;
    box.focus();
    box.setSelectionRange(12, 12);
    fireEvent.keyDown(box, { key: 'ArrowUp' });
    expect(box.value).toBe('2026/12/04 11:00');
    expect(onChange).toHaveBeenLastCalledWith(at(2026, 12, 4, 11));
    box.setSelectionRange(16, 16);
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(box.value).toBe('2026/12/04 10:55');
  });

  it('writes English as 2026-12-05 10:00', async () => {
    When({ now: thursday, onChange: () => {}, locale: 'en' });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Tomorrow 10:00' }));
    expect((screen.getByLabelText('回访时间') as HTMLInputElement).value).toBe('2026-12-04 10:00');
  });
});

describe('the date field', () => {
  it('takes a day in the interface format and refuses one outside its range', async () => {
    const onChange = vi.fn();
    function Host() {
      const [value, setValue] = useState('');
      return (
        <DateField
          label="开始日期"
          value={value}
          min="2026-11-01"
          onChange={(v) => {
            setValue(v);
            onChange(v);
          }}
        />
      );
    }
    inLocale(<Host />);
    const user = userEvent.setup();
    const box = screen.getByLabelText('开始日期') as HTMLInputElement;
    await user.type(box, '2026年11月16日{Enter}');
    expect(onChange).toHaveBeenLastCalledWith('2026-11-16');
    expect(box.value).toBe('2026/11/16');
    await user.clear(box);
    await user.type(box, '2026/10/31{Enter}');
    expect(screen.getByRole('alert').textContent).toBe('不能早于 2026/11/01');
    act(() => box.blur());
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
