import { z } from 'zod';

export const locales = ['zh-CN', 'en'] as const;
export type Locale = (typeof locales)[number];

export const themes = ['system', 'light', 'dark'] as const;
export type Theme = (typeof themes)[number];

/** Loopback hosts, where plain http is allowed for the sync server (a server on this computer). */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return host === 'localhost' || host === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/** The sync server's address: https, or http only on loopback (127.0.0.0/8, ::1, localhost). */
export const serverUrlSchema = z
  .url({ protocol: /^https?$/ })
  .refine((url) => {
    // (src/shared has no URL global) scheme, optional user info, then the host: [v6] or name.
    const parts = /^(https?):\/\/(?:[^@/?#]*@)?(\[[^\]]*\]|[^:/?#]*)/i.exec(url);
    return !!parts && (parts[1]!.toLowerCase() === 'https' || isLoopbackHost(parts[2]!));
  }, 'httpsRequired');

const fields = {
  locale: z.enum(locales).nullable(),
  branchCode: z.string().regex(/^[A-Z0-9]{2,8}$/, 'invalid'),
  serverUrl: serverUrlSchema.nullable(),
  /** Said in the greeting; empty: the call screen leaves a visible blank. */
  companyName: z.string().trim().max(40, 'tooLong'),
  agentName: z.string().trim().max(32, 'tooLong'),
  agentNumber: z.string().trim().regex(/^[0-9A-Za-z-]{0,12}$/, 'invalid'),
  theme: z.enum(themes, 'invalidChoice'),
  /** Minutes without input before the screen locks; 0: never. */
  lockAfterMinutes: z.number({ error: 'invalidType' }).int('invalid').min(0, 'invalid').max(240, 'invalid'),
  /** Where the main window was, restored at the next start. */
  windowBounds: z
    .strictObject({
      x: z.number().int().min(-100_000).max(100_000),
      y: z.number().int().min(-100_000).max(100_000),
      width: z.number().int().min(960).max(20_000),
      height: z.number().int().min(600).max(20_000),
      maximized: z.boolean(),
    })
    .nullable(),
  /** Updates come only from the organisation's own server (branch offices have no public internet), and only when switched on. */
  autoUpdate: z.boolean({ error: 'invalidType' }),
  updateUrl: z.url({ protocol: /^https$/, error: 'invalid' }).nullable(),
  /** Backups of the store (issue 20): every N hours, kept N days, in this folder (null: `<data>/backups`). */
  backupEveryHours: z.number({ error: 'invalidType' }).int('invalid').min(1, 'invalid').max(24 * 7, 'invalid'),
  backupKeepDays: z.number({ error: 'invalidType' }).int('invalid').min(1, 'invalid').max(365, 'invalid'),
  backupFolder: z
    .string()
    .trim()
    .max(500, 'tooLong')
    .regex(/^(\/|[A-Za-z]:[\\/]|\\\\)/, 'invalid')
    .nullable(),
  /** The local telephony endpoint (main/telephony): off by default; 127.0.0.1 only, on this port, with this token. */
  telephonyEnabled: z.boolean({ error: 'invalidType' }),
  telephonyPort: z.number({ error: 'invalidType' }).int('invalid').min(1024, 'invalid').max(65535, 'invalid'),
  /** Empty until generated; the endpoint does not start without one. */
  telephonyToken: z.string({ error: 'invalidType' }).regex(/^$|^[A-Za-z0-9_-]{24,128}$/, 'invalid'),
  /** While a caller is on hold, the call screen prompts the agent to come back to them this often. */
  holdPromptSeconds: z.number({ error: 'invalidType' }).int('invalid').min(10, 'invalid').max(600, 'invalid'),
};

export const settingsSchema = z.strictObject({
  locale: fields.locale.default(null),
  branchCode: fields.branchCode.default('BR01'),
  serverUrl: fields.serverUrl.default(null),
  companyName: fields.companyName.default(''),
  agentName: fields.agentName.default(''),
  agentNumber: fields.agentNumber.default(''),
  theme: fields.theme.default('system'),
  lockAfterMinutes: fields.lockAfterMinutes.default(15),
  windowBounds: fields.windowBounds.default(null),
  autoUpdate: fields.autoUpdate.default(false),
  updateUrl: fields.updateUrl.default(null),
  backupEveryHours: fields.backupEveryHours.default(24),
  backupKeepDays: fields.backupKeepDays.default(14),
  backupFolder: fields.backupFolder.default(null),
  telephonyEnabled: fields.telephonyEnabled.default(false),
  telephonyPort: fields.telephonyPort.default(17455),
  telephonyToken: fields.telephonyToken.default(''),
  holdPromptSeconds: fields.holdPromptSeconds.default(45),
});
export type Settings = z.infer<typeof settingsSchema>;

/** A change to some settings. Built without defaults: a missing field means "leave as is". */
export const settingsPatch = z.strictObject(fields).partial();
export type SettingsPatch = z.input<typeof settingsPatch>;

/** The OS locale decides when the user has not chosen: English for English systems, Chinese otherwise. */
export function resolveLocale(chosen: Locale | null, osLocale: string): Locale {
  if (chosen) return chosen;
  return osLocale.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
}
