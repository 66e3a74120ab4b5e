/** Channels of the support slice. Import-free, so the preload bundles it without zod. */
export const supportChannels = {
  exportDiagnostics: 'support:exportDiagnostics',
  reportRendererCrash: 'support:reportRendererCrash',
} as const;
