// Counts every public Apps Script service call made through the test bed, by "Class.method".
export class CallCounter {
  private counts = new Map<string, number>();
  /** Set to false to stop counting (e.g. while a test seeds a sheet through the public API). */
  enabled = true;

  inc(name: string, n = 1): void {
    if (!this.enabled) return;
    this.counts.set(name, (this.counts.get(name) ?? 0) + n);
  }

  /** Calls of one method, e.g. get('Range.getValues'). */
  get(name: string): number {
    return this.counts.get(name) ?? 0;
  }

  /** Sum of all calls, or of the calls whose name starts with `prefix` (e.g. 'Range.' or 'UrlFetchApp'). */
  total(prefix = ''): number {
    let t = 0;
    for (const [k, v] of this.counts) if (k.startsWith(prefix)) t += v;
    return t;
  }

  /** A sorted plain-object copy: { 'Range.getValues': 3, ... }. */
  snapshot(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const k of [...this.counts.keys()].sort()) out[k] = this.counts.get(k)!;
    return out;
  }

  reset(): void {
    this.counts.clear();
  }

  /** Runs fn and returns the calls it made (the counter keeps counting across). */
  measure<T>(fn: () => T): { result: T; calls: Record<string, number>; total: number } {
    const before = new Map(this.counts);
    const result = fn();
    const calls: Record<string, number> = {};
    let total = 0;
    for (const [k, v] of this.counts) {
      const d = v - (before.get(k) ?? 0);
      if (d > 0) {
        calls[k] = d;
        total += d;
      }
    }
    return { result, calls, total };
  }
}
