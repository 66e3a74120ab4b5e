import { z } from 'zod';
import type { supportChannels } from './channels/support';
import { none, type SliceContract } from './slice';

/** What the renderer's error boundary reports: bounded, so a runaway page cannot fill the disk. */
export const rendererCrashReport = z.strictObject({
  message: z.string().max(2_000, 'tooLong'),
  stack: z.string().max(16_000, 'tooLong').optional(),
  componentStack: z.string().max(16_000, 'tooLong').optional(),
});

/** The support slice. */
export const supportContract = {
  /** Writes a support file (versions, store health, sync state, redacted log tail; no customer data); returns its path. */
  exportDiagnostics: { request: none, reply: {} as { path: string } },
  /** The renderer caught an error while drawing (ErrorBoundary): logged redacted and kept as a crash record for diagnostics. */
  reportRendererCrash: { request: rendererCrashReport, reply: {} as { recorded: boolean } },
} satisfies SliceContract<typeof supportChannels>;
