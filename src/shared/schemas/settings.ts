import { z } from 'zod';

export const locales = ['zh-CN', 'en'] as const;
export type Locale = (typeof locales)[number];

const fields = {
  locale: z.enum(locales).nullable(),
  branchCode: z.string().regex(/^[A-Z0-9]{2,8}$/, 'invalid'),
  serverUrl: z.url({ protocol: /^https?$/ }).nullable(),
  /** Said in the greeting; empty: the call screen leaves a visible blank. */
  companyName: z.string().trim().max(40, 'tooLong'),
  agentName: z.string().trim().max(32, 'tooLong'),
  agentNumber: z.string().trim().regex(/^[0-9A-Za-z-]{0,12}$/, 'invalid'),
};

export const settingsSchema = z.strictObject({
  locale: fields.locale.default(null),
  branchCode: fields.branchCode.default('BR01'),
  serverUrl: fields.serverUrl.default(null),
  companyName: fields.companyName.default(''),
  agentName: fields.agentName.default(''),
  agentNumber: fields.agentNumber.default(''),
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
