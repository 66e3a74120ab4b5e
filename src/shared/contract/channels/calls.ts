/** Channels of the calls slice: the call in progress, its draft and wrap-up. Import-free, so the preload bundles it without zod. */
export const callsChannels = {
  saveWrapUp: 'call:saveWrapUp',
  saveCallDraft: 'call:saveDraft',
  openCallDraft: 'call:openDraft',
  discardCallDraft: 'call:discardDraft',
  finishCall: 'call:finish',
} as const;
