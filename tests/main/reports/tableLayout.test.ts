import { describe, expect, it } from 'vitest';
import { columnWidths, wrapText } from '../../../src/main/reports/export/tableLayout';

const chars = (text: string) => Array.from(text).length;

describe('PDF table layout', () => {
  it('gives every column its natural width when they fit, sharing the spare width', () => {
    expect(columnWidths([10, 20, 10], 80)).toEqual([20, 40, 20]);
  });

  it('keeps narrow columns whole and lets the widest share what is left', () => {
    // A case number (22), a date (16), a count (3) and a long subject (60) in 70 units.
    const widths = columnWidths([22, 16, 3, 60], 70);
    expect(widths.slice(0, 3)).toEqual([22, 16, 3]);
    expect(widths[3]).toBe(29);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(70);
    // Too little room even for the narrow ones: equal shares, nothing wider than the page.
    expect(columnWidths([30, 30, 30], 60)).toEqual([20, 20, 20]);
  });

  it('keeps the columns that must stay whole (case numbers, dates) and wraps the others', () => {
    // Case number 40, customer 30, date 30, team 40 in 120: the text columns share 50.
    expect(columnWidths([40, 30, 30, 40], 120, [true, false, true, false])).toEqual([40, 25, 30, 25]);
    // The whole columns alone are too wide: every column is shared out alike.
    expect(columnWidths([80, 10, 80], 120, [true, false, true])).toEqual([55, 10, 55]);
  });

  it('wraps text without losing a character: Chinese anywhere, English between words', () => {
    expect(wrapText('华南大区售后服务中心投诉处理二组', 6, chars)).toEqual(['华南大区售后', '服务中心投诉', '处理二组']);
    expect(wrapText('Average handle time (talk + after-call work)', 20, chars)).toEqual(['Average handle time', '(talk + after-call', 'work)']);
    expect(wrapText('SH01-20261116-AAA-0007', 30, chars)).toEqual(['SH01-20261116-AAA-0007']);
    // A word longer than the line is broken inside, never cut.
    const broken = wrapText('GZTH01-20261116-K7Q-012345', 10, chars);
    expect(broken.join('')).toBe('GZTH01-20261116-K7Q-012345');
    expect(broken.every((line) => chars(line) <= 10)).toBe(true);
    expect(wrapText('', 10, chars)).toEqual(['']);
  });
});
