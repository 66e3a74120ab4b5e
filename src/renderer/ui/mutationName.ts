import type { TFunction } from 'i18next';

/** "case.setFields" → "修改工单"; a name this version does not know shows as it is. */
export function mutationName(t: TFunction, name: string): string {
  return /^[a-zA-Z]+\.[a-zA-Z]+$/.test(name) ? t(`sync.mutations.${name}`, { defaultValue: name }) : name;
}
