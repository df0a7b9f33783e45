// A growing delay after wrong passphrases (security-and-architecture.md P5, OWASP DA2): the
// first three attempts are free, then 2, 4, 8 … seconds, capped at five minutes. Argon2id
// already makes each guess cost ~0.6 s; the delay stops a person trying a list by hand.

export const FREE_ATTEMPTS = 3;
export const MAX_DELAY_SECONDS = 300;

export class UnlockThrottle {
  private failures = 0;
  private blockedUntil = 0;
  private readonly now: () => number;

  constructor(now: () => number = Date.now) {
    this.now = now;
  }

  /** Seconds to wait before the next attempt is accepted (0 = now). */
  retryAfterSeconds(): number {
    return Math.max(0, Math.ceil((this.blockedUntil - this.now()) / 1000));
  }

  recordFailure(): void {
    this.failures++;
    if (this.failures >= FREE_ATTEMPTS) {
      const delay = Math.min(MAX_DELAY_SECONDS, 2 ** (this.failures - FREE_ATTEMPTS + 1));
      this.blockedUntil = this.now() + delay * 1000;
    }
  }

  recordSuccess(): void {
    this.failures = 0;
    this.blockedUntil = 0;
  }
}
