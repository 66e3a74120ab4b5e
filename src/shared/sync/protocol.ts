import { z } from 'zod';

/**
 * The sync wire protocol (see docs/sync.md). A desktop pushes its outbox in batches of intent
 * mutations, each carrying the row effects it had locally, and pulls pages of changed rows.
 */
export const MAX_PUSH_MUTATIONS = 500;
export const MAX_PUSH_BYTES = 1_000_000;
export const MAX_PULL_LIMIT = 5_000;

const scalar = z.union([z.string().max(200_000), z.number().finite(), z.null()]);

/**
 * A string from a desktop that may reach the database: PostgreSQL refuses the NUL character in
 * text, so it is refused here (400 naming the field) rather than failing as a 500 later.
 */
const clean = (schema: z.ZodString) => schema.refine((s) => !s.includes('\u0000'), 'contains a NUL character');
const pushedScalar = z.union([clean(z.string().max(200_000)), z.number().finite(), z.null()]);

/** One row written by a mutation: inserted whole (`i`) or some fields updated (`u`, with the values they replaced in `o`). */
export const rowEffectSchema = z.object({
  t: clean(z.string().min(1).max(64)),
  k: clean(z.string().min(1).max(300)),
  op: z.enum(['i', 'u']),
  f: z.record(clean(z.string().max(64)), pushedScalar),
  o: z.record(clean(z.string().max(64)), pushedScalar).optional(),
});
export type RowEffect = z.infer<typeof rowEffectSchema>;

export const pushedMutationSchema = z.object({
  /** The client's outbox sequence: contiguous from 1 per client. */
  seq: z.number().int().positive(),
  id: z.uuid(),
  name: clean(z.string().min(1).max(64)),
  args: z.unknown(),
  hlc: z.string().regex(/^\d{15}-\d{5}-[\w-]{1,64}$/),
  effects: z.array(rowEffectSchema).max(500),
});
export type PushedMutation = z.infer<typeof pushedMutationSchema>;

/** A desktop store's device secret: 32 random bytes in hex, made once per store; the server keeps only its hash. */
export const deviceSecretSchema = z.string().regex(/^[0-9a-f]{64}$/);

/** A server database's identity: random, made when the database is created (a restored backup keeps it). */
const serverIdSchema = z.string().regex(/^[\w-]{1,64}$/);

export const pushRequestSchema = z.object({
  clientId: z.string().regex(/^[\w-]{1,64}$/),
  /** Proves the push comes from the device that registered the client id (403 `clientIdTaken` otherwise). */
  deviceSecret: deviceSecretSchema.optional(),
  /** The server the desktop synced with before; another server refuses the batch (409 `serverChanged`). */
  serverId: serverIdSchema.optional(),
  mutations: z
    .array(pushedMutationSchema)
    .min(1)
    .max(MAX_PUSH_MUTATIONS)
    .superRefine((mutations, ctx) => {
      // One mutation id, and one seq, once per batch: the same one twice is a malformed batch.
      const ids = new Set<string>();
      const seqs = new Set<number>();
      mutations.forEach((m, i) => {
        if (ids.has(m.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: 'mutation id repeated in this batch' });
        if (seqs.has(m.seq)) ctx.addIssue({ code: 'custom', path: [i, 'seq'], message: 'seq repeated in this batch' });
        ids.add(m.id);
        seqs.add(m.seq);
      });
    }),
});
export type PushRequest = z.infer<typeof pushRequestSchema>;

export const mutationResultSchema = z.object({
  seq: z.number().int().positive(),
  status: z.enum(['applied', 'duplicate', 'rejected']),
  reason: z.string().optional(),
});
export type MutationResult = z.infer<typeof mutationResultSchema>;

export const pushResponseSchema = z.object({
  results: z.array(mutationResultSchema),
  /** The highest seq the server holds for this client. */
  lastSeq: z.number().int().min(0),
  /** The server database's identity. Optional on the wire only for servers older than it. */
  serverId: serverIdSchema.optional(),
});
export type PushResponse = z.infer<typeof pushResponseSchema>;

export const pullRequestSchema = z.object({
  clientId: z.string().regex(/^[\w-]{1,64}$/),
  cursor: z.number().int().min(0),
  /**
   * The mark the server gave with `cursor`: when its history at that change number has a
   * different mark (restored from a backup, numbers reused) or ends before it, the server pulls
   * from 0 instead and says `restarted`. Absent: the cursor is trusted (desktops older than it).
   */
  cursorMark: z.string().regex(/^[\w-]{0,64}$/).optional(),
  serverId: serverIdSchema.optional(),
  limit: z.number().int().min(1).max(MAX_PULL_LIMIT).default(1_000),
});
export type PullRequest = z.infer<typeof pullRequestSchema>;

/** A row as the server holds it now: every column. */
export const pulledRowSchema = z.object({
  t: z.string(),
  k: z.string(),
  f: z.record(z.string(), scalar),
});
export type PulledRow = z.infer<typeof pulledRowSchema>;

export const pullResponseSchema = z.object({
  changes: z.array(pulledRowSchema),
  nextCursor: z.number().int().min(0),
  hasMore: z.boolean(),
  /** The mark of `nextCursor`'s place in the server's history: send it back with the cursor. */
  cursorMark: z.string().optional(),
  /** The server could not vouch for the cursor sent: this page starts again from 0. */
  restarted: z.boolean().optional(),
  /** The highest seq the server holds for this client: below what the desktop was told means a restored server. */
  lastSeq: z.number().int().min(0).optional(),
  /** The server's highest change number (its history position). */
  highWater: z.number().int().min(0).optional(),
  serverId: serverIdSchema.optional(),
});
export type PullResponse = z.infer<typeof pullResponseSchema>;

/** Why the server refused a mutation: shown to the agent, translated. */
export const rejectionReasons = [
  'unknownTable',
  'invalidRow',
  'forbiddenBranch',
  'forbiddenRole',
  'appendOnly',
  'statusConflict',
  'missingParent',
] as const;
export type RejectionReason = (typeof rejectionReasons)[number];

export const loginRequestSchema = z.object({
  number: clean(z.string().min(1).max(32)),
  password: clean(z.string().min(1).max(200)),
  /** The desktop's client id and device secret: a sign-in through that device registers the agent on it. */
  clientId: z.string().regex(/^[\w-]{1,64}$/).optional(),
  deviceSecret: deviceSecretSchema.optional(),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const loginResponseSchema = z.object({
  token: z.string(),
  /** The id of the key the token is signed with (see `GET /auth/key`). */
  kid: z.string(),
  expiresAt: z.number(),
  agent: z.object({
    id: z.string(),
    number: z.string(),
    name: z.string(),
    role: z.enum(['agent', 'lead', 'admin']),
    branchId: z.string(),
    teamId: z.string().nullable(),
  }),
});
export type LoginResponse = z.infer<typeof loginResponseSchema>;

/** Every error the server answers with: `{error: {code, message}}` and an HTTP status. */
export const serverErrorSchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

/**
 * First sync of an empty desktop: `POST /sync/snapshot` answers every row the agent may see up to
 * the server's history position at the time of the request, as NDJSON (one line each): first a
 * `SnapshotHeader`, then lines each holding a JSON array of `PulledRow`s (one page), in change
 * order, last a `SnapshotEnd`. The
 * desktop loads it in bulk and pulls on from `cursor` as usual: a row changed while the snapshot
 * was sent is past `cursor`, so the ordinary pull brings it (nothing lost, nothing twice).
 */
export const snapshotRequestSchema = z.object({
  clientId: z.string().regex(/^[\w-]{1,64}$/),
  serverId: serverIdSchema.optional(),
});
export type SnapshotRequest = z.infer<typeof snapshotRequestSchema>;

export const snapshotHeaderSchema = z.object({
  snapshot: z.literal(1),
  /** The history position the snapshot covers: pull on from here. */
  cursor: z.number().int().min(0),
  cursorMark: z.string().regex(/^[\w-]{0,64}$/),
  serverId: serverIdSchema,
  lastSeq: z.number().int().min(0),
});
export type SnapshotHeader = z.infer<typeof snapshotHeaderSchema>;

/** The last line: how many rows came before it (a cut-off download is never loaded). */
export const snapshotEndSchema = z.object({ end: z.literal(true), rows: z.number().int().min(0) });
export type SnapshotEnd = z.infer<typeof snapshotEndSchema>;
