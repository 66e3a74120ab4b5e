/** `A | B | C` to `A & B & C`. */
type UnionToIntersection<U> = (U extends unknown ? (slice: U) => void : never) extends (slice: infer I) => void ? I : never;

/** One object holding every slice's entries, typed as all of them at once. */
export type Merged<Slices> = UnionToIntersection<Slices[keyof Slices]>;

/**
 * Merges the feature slices (verb → channel, or verb → schema and reply) into one map. Import-free,
 * like the channel slices, so the sandboxed preload can bundle it without zod.
 */
export function mergeSlices<Slices extends Record<string, object>>(slices: Slices): Merged<Slices> {
  return Object.assign({}, ...Object.values(slices)) as Merged<Slices>;
}
