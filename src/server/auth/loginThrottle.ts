/**
 * Slows password guessing without letting a guesser lock anyone out. Failed sign-ins are counted
 * per address and agent number, and per address over all numbers, within `windowMs`:
 *
 * - after `maxPerNumber` failures for one number from one address, that address may not try that
 *   number until the window has passed — the agent signing in from their own desktop still can;
 * - after `maxPerAddress` failures from one address over any numbers (someone trying many agents),
 *   that address may not sign in at all until the window has passed.
 *
 * A success clears the count for its address and number, not the address's total (a guesser with
 * one valid account cannot reset their budget). Kept in the process (each app process counts its
 * own attempts; behind a load balancer the limit is per process, which still bounds guessing). The
 * address is the peer's (fastify `request.ip`): behind a proxy, set fastify's `trustProxy`.
 */
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly maxPerNumber = 10,
    private readonly windowMs = 5 * 60_000,
    private readonly maxPerAddress = 50,
  ) {}

  /** Milliseconds until this address may try this number again; 0 when it may try now. */
  retryAfter(number: string, address: string, now: number): number {
    const pair = this.recent(pairKey(address, number), now);
    const all = this.recent(addressKey(address), now);
    const waits = [0];
    if (pair.length >= this.maxPerNumber) waits.push(pair[pair.length - this.maxPerNumber]! + this.windowMs - now);
    if (all.length >= this.maxPerAddress) waits.push(all[all.length - this.maxPerAddress]! + this.windowMs - now);
    return Math.max(...waits);
  }

  failed(number: string, address: string, now: number): void {
    for (const key of [pairKey(address, number), addressKey(address)]) {
      const times = [...this.recent(key, now), now];
      this.failures.delete(key); // re-inserted last: the map stays in least-recently-failed order
      this.failures.set(key, times);
    }
    while (this.failures.size > 100_000) this.failures.delete(this.failures.keys().next().value!);
  }

  succeeded(number: string, address: string): void {
    this.failures.delete(pairKey(address, number));
  }

  private recent(key: string, now: number): number[] {
    return (this.failures.get(key) ?? []).filter((at) => at > now - this.windowMs);
  }
}

const pairKey = (address: string, number: string) => `n\u0000${address}\u0000${number}`;
const addressKey = (address: string) => `a\u0000${address}`;
