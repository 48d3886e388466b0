// The run's environment is injected: the clock every time budget and the stale-run rule read, the budgets, the hooks.
import { APPS_SCRIPT_BUDGETS, appsScriptEnv, runEnv, type RunEnv } from '../../../src/server/run/env';
import { busyMessage, loadRun, type RunState } from '../../../src/server/run/state';
import type { LineOutcome } from '../../../src/engine/history';
import { book, contacts, exec, HEAD, testServer } from '../helpers';

const rows = (n: number) => [HEAD, ...Array.from({ length: n }, (_, i) => [`P${i}`, `p${i}@x.com`, '', ''])];

describe('appsScriptEnv', () => {
  it("is Date.now and today's budgets", () => {
    const env = appsScriptEnv();
    expect(env.budgets).toEqual({ chunkRows: 1000, sliceMs: 25_000, menuMs: 240_000, staleMs: 390_000 });
    expect(env.budgets).toEqual(APPS_SCRIPT_BUDGETS);
    const before = Date.now();
    const t = env.now();
    expect(t).toBeGreaterThanOrEqual(before);
    expect(t).toBeLessThanOrEqual(Date.now());
    expect(env.crm).toBeUndefined();
    expect(env.fault).toBeUndefined();
    expect(env.onOutcome).toBeUndefined();
  });

  it('runEnv replaces what it is given and keeps the rest', () => {
    const env = runEnv({ budgets: { chunkRows: 3 } });
    expect(env.budgets).toEqual({ ...APPS_SCRIPT_BUDGETS, chunkRows: 3 });
    // Each environment owns its budgets: changing one changes no other.
    env.budgets.sliceMs = 1;
    expect(runEnv().budgets.sliceMs).toBe(25_000);
    expect(APPS_SCRIPT_BUDGETS.sliceMs).toBe(25_000);
  });
});

describe("the run reads the environment's clock", () => {
  it('the stale-run rule: interrupted when the clock is past the heartbeat by more than staleMs', () => {
    const state = { kind: 'import', user: 'u@x.com', startedAt: '2025-01-31 14:05:09', heartbeat: 1_000 } as RunState;
    const at = (t: number): RunEnv => runEnv({ now: () => t });
    // Date.now() is decades past this heartbeat; only the environment's clock counts.
    expect(busyMessage(at(1_000 + 390_000), state)).toMatch(/Wait for it to finish\.$/);
    expect(busyMessage(at(1_000 + 390_001), state)).toMatch(/It was interrupted: choose "Resume" to finish it\.$/);
    expect(busyMessage(runEnv({ now: () => 1_000, budgets: { staleMs: 0 } }), { ...state, heartbeat: 999 })).toMatch(/interrupted/);
  });

  it('a frozen clock never ends a slice: one call finishes the import, and the heartbeat is its time', () => {
    const tb = book(rows(9));
    const env = runEnv({ now: () => 5_000, budgets: { chunkRows: 2, sliceMs: 1 } });
    const p = exec(tb, () => testServer(env).startImport());
    expect(p).toMatchObject({ status: 'Completed', done: 9, total: 9 });
    expect(contacts(tb)).toHaveLength(9);
  });

  it('a clock that jumps past the slice after each read ends every call after one chunk, and saves its time', () => {
    const tb = book(rows(9));
    let t = 0;
    const env = runEnv({ now: () => (t += 3_600_000), budgets: { chunkRows: 2 } });
    const api = testServer(env);
    const p = exec(tb, () => api.startImport());
    expect(p).toMatchObject({ status: 'Processing', done: 2, total: 9 });
    const saved = exec(tb, () => loadRun())!;
    expect(saved.heartbeat).toBeGreaterThan(0);
    expect(saved.heartbeat).toBeLessThanOrEqual(t);
    expect(saved.heartbeat % 3_600_000).toBe(0); // a reading of the modelled clock, not of Date.now()
    let last = p;
    for (let i = 0; i < 10 && last.status === 'Processing'; i++) last = exec(tb, () => api.continueRun(p.runId));
    expect(last).toMatchObject({ status: 'Completed', done: 9 });
    expect(contacts(tb)).toHaveLength(9);
  });
});

describe('the hooks', () => {
  it('onOutcome receives every row once per chunk written, and fault is called at each named point', () => {
    const tb = book(rows(5));
    const outcomes: LineOutcome[] = [];
    const points: string[] = [];
    const env = runEnv({
      budgets: { chunkRows: 2 },
      onOutcome: (o) => outcomes.push(o),
      fault: (point, chunk) => void points.push(`${point}:${chunk}`),
    });
    exec(tb, () => testServer(env).runToEnd('import'));
    expect(outcomes.map((o) => [o.line, o.action])).toEqual([2, 3, 4, 5, 6].map((l) => [l, 'created']));
    expect(points).toEqual(['after-destination:0', 'after-history:0', 'after-destination:1', 'after-history:1', 'after-destination:2', 'after-history:2']);
  });
});
