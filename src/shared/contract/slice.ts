import { z } from 'zod';

/** One verb of a feature slice: the zod schema its request must pass, and its reply type. */
export interface VerbSpec {
  request: z.ZodType;
  reply: unknown;
}

/** A feature slice's contract: a `VerbSpec` for exactly the verbs of its channel list. */
export type SliceContract<Channels> = { [V in keyof Channels]: VerbSpec };

/** The request of a verb that takes none. */
export const none = z.undefined();
