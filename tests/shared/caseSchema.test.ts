import { describe, expect, it } from 'vitest';
import { newCaseInput } from '../../src/shared/schemas/case';
import { resolveLocale, settingsSchema } from '../../src/shared/schemas/settings';
import { toFieldIssues } from '../../src/shared/validation';

const valid = { customerName: '王女士', customerPhone: '138 1234 5678', channel: 'phone', subject: '洗衣机不能脱水' };

function issuesOf(input: unknown) {
  const result = newCaseInput.safeParse(input);
  return result.success ? [] : toFieldIssues(result.error);
}

describe('new case input', () => {
  it('accepts a complete case and normalises the phone number', () => {
    expect(newCaseInput.parse(valid)).toEqual({ ...valid, customerPhone: '13812345678' });
    expect(newCaseInput.parse({ ...valid, customerPhone: '010-6234-5678' }).customerPhone).toBe('01062345678');
    expect(newCaseInput.parse({ ...valid, customerPhone: '+86 138 1234 5678' }).customerPhone).toBe('+8613812345678');
  });

  it('names each missing field as required', () => {
    expect(issuesOf({})).toEqual([
      { path: 'customerName', key: 'required' },
      { path: 'channel', key: 'invalidChoice' },
      { path: 'subject', key: 'required' },
      { path: 'customerPhone', key: 'required' },
    ]);
    expect(issuesOf({ ...valid, customerName: '   ' })).toEqual([{ path: 'customerName', key: 'required' }]);
  });

  it('refuses invalid phone numbers, over-long text, unknown channels, wrong types and extra fields', () => {
    expect(issuesOf({ ...valid, customerPhone: 'call me' })).toEqual([{ path: 'customerPhone', key: 'invalidPhone' }]);
    expect(issuesOf({ ...valid, customerPhone: '123' })).toEqual([{ path: 'customerPhone', key: 'invalidPhone' }]);
    expect(issuesOf({ ...valid, customerPhone: '1'.repeat(22) })).toEqual([{ path: 'customerPhone', key: 'invalidPhone' }]);
    expect(issuesOf({ ...valid, subject: '长'.repeat(201) })).toEqual([{ path: 'subject', key: 'tooLong' }]);
    expect(issuesOf({ ...valid, channel: 'fax' })).toEqual([{ path: 'channel', key: 'invalidChoice' }]);
    expect(issuesOf({ ...valid, subject: 42 })).toEqual([{ path: 'subject', key: 'invalidType' }]);
    expect(issuesOf({ ...valid, admin: true })).toEqual([{ path: '', key: 'unknownField' }]);
  });

  it('takes an email instead of a phone, except for a phone case, and names both when neither is given', () => {
    const email = { customerName: '林女士', channel: 'email', subject: '发票没收到' };
    expect(newCaseInput.parse({ ...email, customerEmail: ' Lin.Na@Example.com ', customerPhone: '' })).toEqual({ ...email, customerEmail: 'lin.na@example.com', customerPhone: '' });
    expect(issuesOf({ ...email, customerEmail: 'lin.na@' })).toEqual([{ path: 'customerEmail', key: 'invalidEmail' }]);
    expect(issuesOf({ ...email, customerPhone: '  ', customerEmail: '' })).toEqual([
      { path: 'customerPhone', key: 'contactRequired' },
      { path: 'customerEmail', key: 'contactRequired' },
    ]);
    expect(issuesOf({ ...email, channel: 'phone', customerEmail: 'lin.na@example.com' })).toEqual([{ path: 'customerPhone', key: 'required' }]);
  });
});

describe('settings', () => {
  it('defaults to no chosen locale, branch BR01, no sync server, a 15-minute screen lock and no auto-update', () => {
    expect(settingsSchema.parse({})).toEqual({
      locale: null,
      branchCode: 'BR01',
      serverUrl: null,
      companyName: '',
      agentName: '',
      agentNumber: '',
      theme: 'system',
      lockAfterMinutes: 15,
      windowBounds: null,
      autoUpdate: false,
      updateUrl: null,
      backupEveryHours: 24,
      backupKeepDays: 14,
      backupFolder: null,
      telephonyEnabled: false,
      telephonyPort: 17455,
      telephonyToken: '',
      holdPromptSeconds: 45,
    });
  });
  it('takes a backup folder only as an absolute path, and backup periods only in range', () => {
    expect(settingsSchema.safeParse({ backupFolder: '/srv/agentdesk-backups' }).success).toBe(true);
    expect(settingsSchema.safeParse({ backupFolder: 'D:\\AgentDesk\\backups' }).success).toBe(true);
    expect(settingsSchema.safeParse({ backupFolder: 'backups' }).success).toBe(false);
    expect(settingsSchema.safeParse({ backupEveryHours: 0 }).success).toBe(false);
    expect(settingsSchema.safeParse({ backupKeepDays: 1000 }).success).toBe(false);
  });
  it('follows the OS locale until the user chooses: English systems get English, all others Chinese', () => {
    expect(resolveLocale(null, 'en-US')).toBe('en');
    expect(resolveLocale(null, 'zh-CN')).toBe('zh-CN');
    expect(resolveLocale(null, 'zh-TW')).toBe('zh-CN');
    expect(resolveLocale(null, 'fr')).toBe('zh-CN');
    expect(resolveLocale('en', 'zh-CN')).toBe('en');
  });
});
