// A sliding-window rate limiter as data: "at most `limit` requests in any `windowMs`". It computes waits;
// it never sleeps. HighLevel allows 100 requests per 10 seconds per location.

export class SlidingWindow {
  private sent: number[] = [];
  constructor(
    readonly limit: number,
    readonly windowMs: number,
  ) {
    if (!(limit >= 1) || !(windowMs >= 0)) throw new Error('SlidingWindow needs limit >= 1 and windowMs >= 0');
  }

  private prune(now: number): void {
    const from = now - this.windowMs;
    let i = 0;
    while (i < this.sent.length && this.sent[i] <= from) i++;
    if (i) this.sent.splice(0, i);
  }

  /** How many requests may start at `now`. */
  capacity(now: number): number {
    this.prune(now);
    return Math.max(0, this.limit - this.sent.length);
  }

  /** Milliseconds until at least `n` requests may start (0 when they may start now). */
  waitFor(n: number, now: number): number {
    this.prune(now);
    const need = Math.min(n, this.limit);
    const over = this.sent.length + need - this.limit;
    if (over <= 0) return 0;
    // The `over`-th oldest send must leave the window.
    return Math.max(0, this.sent[over - 1] + this.windowMs - now + 1);
  }

  record(n: number, now: number): void {
    for (let i = 0; i < n; i++) this.sent.push(now);
  }
}
