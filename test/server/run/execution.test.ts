// A run worked in many executions (the sidebar's slices) does not validate every earlier row again in each one: the
// duplicate check's memory is saved in the document cache and restored, with the same verdicts as one execution.
import { splitUtf8 } from '../../../src/server/util';
import { SheetValidator } from '../../../src/engine/validate';
import { book, exec, values, serverForEachTest } from '../helpers';
import type { InputCell } from '../../../testbed';

const { env, api } = serverForEachTest();

function people(n: number): InputCell[][] {
  const rows: InputCell[][] = [['Name', 'Email', 'Phone']];
  for (let i = 0; i < n; i++) {
    // Every 7th row repeats an email from far back (another slice), every 11th a phone.
    const email = i % 7 === 6 ? `p${i - 6 * (1 + (i % 3))}@x.com` : `p${i}@x.com`;
    const phone = i % 11 === 10 ? `+1415555${String(1000 + i - 10).padStart(4, '0')}` : `+1415555${String(1000 + i).padStart(4, '0')}`;
    rows.push([`P${i}`, i % 13 === 12 ? 'bad@' : email, phone]);
  }
  return rows;
}

/** The whole import, one chunk per execution (as the sidebar drives it). */
function sliced(tb: ReturnType<typeof book>, between: () => void = () => undefined) {
  const saved = env.budgets.sliceMs;
  env.budgets.sliceMs = 0;
  try {
    let p = exec(tb, () => api.startImport());
    let n = 1;
    while (p.status === 'Processing') {
      between();
      const id = p.runId;
      p = exec(tb, () => api.continueRun(id));
      n++;
    }
    return { p, executions: n };
  } finally {
    env.budgets.sliceMs = saved;
  }
}

describe('the duplicate check across executions', () => {
  const N = 120;
  const statusCol = (tb: ReturnType<typeof book>) => values(tb, 'People').map((r) => String(r[3]).replace(/C-[0-9A-Z]+/g, 'C-…'));

  it('gives the same statuses, History and counts as one execution, validating each row once', () => {
    const one = book(people(N));
    env.budgets.chunkRows = 10;
    const p1 = exec(one, () => api.runToEnd('import'));
    const tb = book(people(N));
    env.budgets.chunkRows = 10;
    const spy = jest.spyOn(SheetValidator.prototype, 'addRow');
    try {
      const { p, executions } = sliced(tb);
      expect(executions).toBe(12);
      expect(p.result).toMatchObject({ total: N, created: p1.result!.created, errors: p1.result!.errors });
      expect(p1.result!.errors).toBeGreaterThan(20);
      expect(statusCol(tb)).toEqual(statusCol(one));
      expect(statusCol(tb).filter((s) => String(s).startsWith('Duplicate of line')).length).toBeGreaterThan(10);
      // Each data row was validated once (the first chunk's 20 sample rows aside): not again in every execution.
      expect(spy.mock.calls.length).toBe(N);
    } finally {
      spy.mockRestore();
    }
    // Contact IDs and the summary row's Started/Finished clock times differ between the two runs by design.
    const historyRows = (bed: typeof tb) =>
      values(bed, 'History')
        .slice(2)
        .map((r) => r.slice(1, 9).join('|').replace(/C-[0-9A-Z]+/g, 'C-…').replace(/\d{4}-\d\d-\d\d \d\d:\d\d:\d\d/g, '<time>'))
        .filter((r) => !r.startsWith('|'))
        .sort();
    expect(historyRows(tb)).toEqual(historyRows(one));
  });

  it('when the cache lost the saved memory, the rows before the cursor are validated again: same result', () => {
    const one = book(people(N));
    env.budgets.chunkRows = 10;
    exec(one, () => api.runToEnd('import'));
    const tb = book(people(N));
    env.budgets.chunkRows = 10;
    let k = 0;
    const spy = jest.spyOn(SheetValidator.prototype, 'addRow');
    try {
      // Every third execution finds the cache empty.
      const { p } = sliced(tb, () => {
        if (++k % 3 === 0) tb.clock.advance(7 * 3600 * 1000); // past the 6 hours the pieces live: gone
      });
      expect(p.status).toBe('Completed');
      expect(spy.mock.calls.length).toBeGreaterThan(N);
    } finally {
      spy.mockRestore();
    }
    expect(statusCol(tb)).toEqual(statusCol(one));
  });

  it('a run interrupted after a chunk (the memory saved before it) resumes with the right duplicates', () => {
    const one = book(people(N));
    env.budgets.chunkRows = 10;
    exec(one, () => api.runToEnd('import'));
    const tb = book(people(N));
    env.budgets.chunkRows = 10;
    const saved = env.budgets.sliceMs;
    env.budgets.sliceMs = 0;
    try {
      let p = exec(tb, () => api.startImport());
      p = exec(tb, () => api.continueRun(p.runId));
      // The next execution does 3 chunks, then crashes after the History of the 4th: its memory was not saved.
      env.budgets.sliceMs = 60_000;
      let chunks = 0;
      env.fault = (point) => {
        if (point === 'after-history' && ++chunks === 4) throw new Error('simulated time-out');
      };
      expect(() => exec(tb, () => api.continueRun(p.runId))).toThrow(/simulated time-out/);
      env.fault = undefined;
      env.budgets.sliceMs = 0;
      let q = exec(tb, () => api.resumeRun())!;
      while (q.status === 'Processing') q = exec(tb, () => api.continueRun(q.runId));
      expect(q.status).toBe('Completed');
    } finally {
      env.budgets.sliceMs = saved;
      env.fault = undefined;
    }
    expect(statusCol(tb)).toEqual(statusCol(one));
  });
});

describe('splitUtf8', () => {
  it('cuts text into pieces of at most N UTF-8 bytes, never inside a character', () => {
    const text = 'ab€😀c'.repeat(50);
    for (const max of [4, 5, 7, 64]) {
      const pieces = splitUtf8(text, max);
      expect(pieces.join('')).toBe(text);
      for (const p of pieces) expect(Buffer.byteLength(p, 'utf8')).toBeLessThanOrEqual(max);
      for (const p of pieces) expect(p).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
    }
  });
});
