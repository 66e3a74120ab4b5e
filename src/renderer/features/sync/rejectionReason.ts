import type { TFunction } from 'i18next';
import { rejectionReasons, type RejectionReason } from '../../../shared/sync/protocol';

const isReason = (code: string): code is RejectionReason => (rejectionReasons as readonly string[]).includes(code);

/** "forbiddenBranch: case … is in branch …" → the translated reason, and the rest as detail for support. */
export function explainRejection(t: TFunction, reason: string): { text: string; detail: string } {
  const match = /^([A-Za-z]+)(?::\s*([\s\S]*))?$/.exec(reason.trim());
  const code = match?.[1] ?? '';
  if (!isReason(code)) return { text: t('sync.rejected.reasons.unknown'), detail: reason.trim() };
  return { text: t(`sync.rejected.reasons.${code}`), detail: (match?.[2] ?? '').trim() };
}
