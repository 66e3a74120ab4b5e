/** Channels of the evidence slice (photos and receipts on a case). Import-free, so the preload bundles it without zod. */
export const evidenceChannels = {
  listEvidence: 'evidence:list',
  attachEvidence: 'evidence:attach',
  openEvidence: 'evidence:open',
  removeEvidence: 'evidence:remove',
} as const;
