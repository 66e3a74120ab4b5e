import { describe, expect, it } from 'vitest';
import { formatDurationWords } from '../../src/shared/domain/durationWords';

const D = 86_400;
const H = 3_600;

describe('durations in words (team view waits, report durations)', () => {
  it('a team-view wait of 785576 minutes reads in days and hours, not raw minutes', () => {
    expect(formatDurationWords(785_576 * 60, 'zh-CN', 'minute')).toBe('545天12小时');
    expect(formatDurationWords(785_576 * 60, 'en', 'minute')).toBe('545 d 12 h');
  });

  it('shows the two largest units, the smaller cut (not rounded up)', () => {
    expect(formatDurationWords(3 * D + 4 * H + 59 * 60 + 59, 'zh-CN')).toBe('3天4小时');
    expect(formatDurationWords(2 * D + 4 * H, 'en')).toBe('2 d 4 h');
    expect(formatDurationWords(2 * H + 5 * 60 + 30, 'zh-CN')).toBe('2小时5分钟');
    expect(formatDurationWords(2 * H + 5 * 60 + 30, 'en')).toBe('2 h 5 min');
    expect(formatDurationWords(405, 'zh-CN')).toBe('6分钟45秒');
    expect(formatDurationWords(405, 'en')).toBe('6 min 45 s');
    expect(formatDurationWords(45, 'zh-CN')).toBe('45秒');
    expect(formatDurationWords(45, 'en')).toBe('45 s');
  });

  it('leaves out a second unit that is zero', () => {
    expect(formatDurationWords(3 * D, 'zh-CN')).toBe('3天');
    expect(formatDurationWords(2 * H + 20, 'en')).toBe('2 h');
    expect(formatDurationWords(60, 'zh-CN')).toBe('1分钟');
  });

  it('rounds to whole seconds; zero, negative and broken input read sensibly', () => {
    expect(formatDurationWords(0, 'zh-CN')).toBe('0秒');
    expect(formatDurationWords(0.4, 'en')).toBe('0 s');
    expect(formatDurationWords(59.6, 'en')).toBe('1 min');
    expect(formatDurationWords(-405, 'en')).toBe('6 min 45 s');
    expect(formatDurationWords(Number.NaN, 'zh-CN')).toBe('0秒');
  });

  it('to the minute: under a minute says so instead of a stale seconds count', () => {
    expect(formatDurationWords(30, 'zh-CN', 'minute')).toBe('不到1分钟');
    expect(formatDurationWords(30, 'en', 'minute')).toBe('< 1 min');
    expect(formatDurationWords(H + 2 * 60 + 5, 'zh-CN', 'minute')).toBe('1小时2分钟');
    expect(formatDurationWords(12 * 60 + 59, 'en', 'minute')).toBe('12 min');
  });
});
