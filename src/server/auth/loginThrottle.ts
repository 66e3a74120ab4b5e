/**
 * Slows password guessing: after `maxFailures` failed sign-ins for one agent number within
 * `windowMs`, further attempts for that number are refused until the window has passed. Kept in
 * the process (each app process counts its own attempts; behind a load balancer the limit is per
 * process, which still bounds guessing).
 */
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly maxFailures = 10,
    private readonly windowMs = 5 * 60_000,
  ) {}

  /** Milliseconds until this number may try again; 0 when it may try now. */
  retryAfter(number: string, now: number): number {
    const recent = this.recent(number, now);
    return recent.length >= this.maxFailures ? recent[0]! + this.windowMs - now : 0;
  }

  failed(number: string, now: number): void {
    this.failures.set(number, [...this.recent(number, now), now]);
    if (this.failures.size > 100_000) this.failures.delete(this.failures.keys().next().value!);
  }

  succeeded(number: string): void {
    this.failures.delete(number);
  }

  private recent(number: string, now: number): number[] {
    return (this.failures.get(number) ?? []).filter((at) => at > now - this.windowMs);
  }
}
