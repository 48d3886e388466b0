// `validate` on worker threads, for the readable report of a large UTF-8 CSV file: the file is cut by byte ranges,
// each checked by a worker thread (cli/validate-worker.ts) that reads its own range from the file, and the main
// thread merges the compact results in file order. The result is StreamResult as the one-thread validateStream
// gives it, byte for byte in the report (test/cli/validate-parallel.test.ts):
// - the main thread reads the file's first range itself (its first HEAD_BYTES, to a line end) as validateStream
//   does: the encoding sniff, the delimiter, the header row (found or given), the sample rows and the mapping, and
//   checks its rows. The workers get that plan and build the same SheetValidator;
// - the other cuts are put after a line end. A line end may be inside a quoted field (a cell with line breaks): the
//   range before such a cut then ends inside a quoted field, which its worker's parser reports ("never closed").
//   Any range that fails (a bad cut, bytes that are not UTF-8, a line too long) sends the whole file back to the
//   one-thread path, which reads it from the start and says what the problem is, as it always did;
// - rows come back with their line in the range; the main thread adds the lines before the range, and runs the
//   duplicate check on the rows' key hashes (cli/seen-index.ts) in file order, with the engine's duplicateIssue;
//   the problem groups get every count and their first issues in the order the one-thread path adds them.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { duplicateIssue, type MatchColumn } from '../src/engine/dedup';
import type { ProblemGroup } from '../src/engine/report';
import type { RowResult, Settings } from '../src/engine/types';
import { csvRows, peek } from './csv/read';
import type { Delimiter } from './csv/parse';
import { openBytes } from './input';
import type { HashedSeenIndex } from './seen-index';
import { fileKind } from './sheet-source';
import { addAll, fit, readAhead, StreamValidation, type RowSink, type StreamOptions, type StreamResult } from './validate-stream';
import type { BatchFailure, BatchJob, BatchResult, WorkerSetup } from './validate-worker';

/** Files at least this large use the worker threads by default (smaller ones are checked before the threads start). */
export const PARALLEL_MIN_BYTES = 8 * 1024 * 1024;

export interface ParallelOptions {
  /** Worker threads. */
  threads: number;
  /** The main thread's own first range, in bytes (to the next line end). */
  headBytes?: number;
  /** Each worker's range, in bytes (to the next line end). */
  batchBytes?: number;
  /** The share of the file merged so far (0..1), as it goes. */
  onBytes?: (share: number) => void;
  /** Why the one-thread path is taken after all when a worker thread failed (not for a bad cut), for a note. */
  onFallback?: (why: string) => void;
  /** The workers' script (tests give one that fails). Default: bin/validate-worker.js. */
  workerEntry?: string;
}

const HEAD_BYTES = 1024 * 1024;
const BATCH_BYTES = 4 * 1024 * 1024;
/** Jobs given to a worker ahead of its results, so it never waits for the main thread. */
const IN_FLIGHT = 2;
const RESULTS: readonly RowResult[] = ['success', 'warning', 'failure'];

/** Where the first line after byte `at` starts: past its first CR, LF or CRLF; null when none is near. */
function lineStartAfter(fd: number, at: number, size: number): number | null {
  const buf = Buffer.allocUnsafe(64 * 1024 + 1);
  const n = fs.readSync(fd, buf, 0, Math.min(buf.length, size - at), at);
  for (let i = 0; i < n; i++) {
    const c = buf[i];
    if (c === 10) return at + i + 1;
    if (c === 13) {
      if (i + 1 < n) return at + i + (buf[i + 1] === 10 ? 2 : 1);
      return at + i + 1 >= size ? size : null;
    }
  }
  return null;
}

/** The cuts of the file after its head: each after a line end, increasing, before the end. */
export function cutPoints(file: string, size: number, headBytes: number, batchBytes: number): number[] {
  const fd = fs.openSync(file, 'r');
  try {
    const cuts: number[] = [];
    for (let at = headBytes; at < size; at = Math.max(at + batchBytes, (cuts[cuts.length - 1] ?? 0) + 1)) {
      const b = lineStartAfter(fd, at, size);
      if (b !== null && b < size && b > (cuts[cuts.length - 1] ?? 0)) cuts.push(b);
    }
    return cuts;
  } finally {
    fs.closeSync(fd);
  }
}

/** Thrown inside to go back to the one-thread path; `quiet` when that is a matter of course (a bad cut), not a failure. */
class Fallback extends Error {
  constructor(
    message: string,
    readonly quiet = false,
  ) {
    super(message);
  }
}

/**
 * The readable report's validation on `threads` worker threads, or null when the file is not for them (not a
 * regular UTF-8 CSV file, no data past its head) or a range failed: the caller then runs validateStream.
 */
export async function validateParallel(file: string, given: Settings, sink: RowSink, opts: StreamOptions, par: ParallelOptions): Promise<StreamResult | null> {
  const headBytes = par.headBytes ?? HEAD_BYTES;
  const batchBytes = par.batchBytes ?? BATCH_BYTES;
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch {
    return null;
  }
  if (!st.isFile() || st.size <= headBytes || /\.xlsx$/i.test(file)) return null;
  const size = st.size;
  const cuts = cutPoints(file, size, headBytes, batchBytes);
  if (!cuts.length) return null;

  // The workers start as soon as their code is bundled (once, for all of them): meanwhile this thread reads the head.
  const starting = workerBundle().then((code) => new Pool(Math.max(1, par.threads), file, code, par.workerEntry));
  starting.catch(() => {});
  try {
    const src = openBytes(file, `"${file}"`, undefined, cuts[0]);
    let s: StreamValidation;
    let delimiter: Delimiter | undefined;
    try {
      const first = await peek(src, 4);
      if (fileKind(file, first.head.length ? first.head[0] : Buffer.alloc(0)) !== 'csv') return null;
      const csv = await csvRows(src, file, first, path.extname(file).toLowerCase() === '.tsv' ? { delimiter: '\t' } : {});
      if (csv.encoding !== 'utf-8') return null;
      const it = csv.rows[Symbol.asyncIterator]();
      const { ahead, headerInfo } = await readAhead(it, opts);
      s = new StreamValidation(given, sink, opts, headerInfo);
      await addAll(s, it, ahead, opts);
      delimiter = csv.delimiter();
    } catch {
      // Whatever stops the head (no header row, a line too long, not text) is said by the one-thread path, in its
      // words.
      return null;
    } finally {
      src.close();
    }
    // The head ended before the plan was made (the sample rows run into the rest): one thread.
    if (!s.validator || !delimiter) return null;
    let pool: Pool;
    try {
      pool = await starting;
    } catch (e) {
      throw new Fallback(`the checking threads could not start (${(e as Error).message})`);
    }
    const flag = new Int32Array(new SharedArrayBuffer(4));
    flag[0] = opts.perGroup > 0 ? 1 : 0;
    pool.setup({ delimiter, header: fit(s.header!, s.planWidth), samples: s.samples!, settings: s.settings, perGroup: opts.perGroup, needValues: flag.buffer });
    const merge = new Merger(s, flag);
    const ranges: BatchJob[] = cuts.map((start, i) => ({ id: i, start, end: cuts[i + 1] ?? size }));
    await pool.run(ranges, (r) => {
      merge.add(r);
      if (opts.progress) opts.progress(s.lines);
      par.onBytes?.(ranges[r.id].end / size);
    });
    return await s.finish();
  } catch (e) {
    if (e instanceof Fallback) {
      if (!e.quiet) par.onFallback?.(e.message);
      return null;
    }
    throw e;
  } finally {
    await starting.then(
      (p) => p.close(),
      () => {},
    );
  }
}

let bundled: Promise<string> | null = null;

/** bin/validate-worker.js's TypeScript, bundled (once a process). */
function workerBundle(): Promise<string> {
  if (!bundled) {
    const req = require;
    const { bundleTsAsync } = req(path.join(__dirname, '..', 'bin', 'run-ts.js')) as { bundleTsAsync: (entry: string) => Promise<string> };
    bundled = bundleTsAsync(path.join(__dirname, 'validate-worker.ts'));
    bundled.catch(() => (bundled = null));
  }
  return bundled;
}

/** The main thread's side: adds each range's rows, in file order, to the validation. */
class Merger {
  private readonly cols: ReadonlyArray<MatchColumn | null>;
  private readonly seen: Array<HashedSeenIndex | null>;
  /** The duplicates' group of each match key, once one is found. */
  private readonly dupGroups: Array<ProblemGroup | null>;

  constructor(
    private readonly s: StreamValidation,
    private readonly needValues: Int32Array,
  ) {
    this.cols = s.validator!.matchColumns;
    this.seen = this.cols.map((m) => (m ? (m.seen as HashedSeenIndex) : null));
    this.dupGroups = this.cols.map(() => null);
  }

  add(r: BatchResult): void {
    const s = this.s;
    const { groups, summary } = s;
    const base = s.lines;
    const rows = new Int32Array(r.rows, 0, r.rowInts);
    const keys = new Uint32Array(r.keys, 0, r.keyInts);
    const cols = this.cols;
    const seen = this.seen;
    // The batch's groups, as the report's; how many of each batch group's issues were taken.
    const global: Array<ProblemGroup | null> = r.groups.map(() => null);
    const used = new Int32Array(r.groups.length);
    const take = (g: number) => {
      let pg = global[g];
      if (!pg) {
        const bg = r.groups[g];
        pg = global[g] = groups.group(bg.severity, bg.column, bg.code, bg.col < 0 ? undefined : bg.col);
      }
      let issue;
      if (!groups.full(pg)) {
        issue = r.firsts[g][used[g]];
        issue.line += base;
      }
      used[g]++;
      groups.count(pg, issue);
    };
    let q = 0; // in keys (and values, at q / 2)
    for (let p = 0; p < rows.length; ) {
      const line = base + rows[p++];
      const code = rows[p++];
      const n = rows[p++];
      let result = RESULTS[code & 3];
      const mask = code >> 2;
      // The duplicate check (engine/dedup.ts DuplicateCheck.check), on the key hashes.
      let dup = -1;
      let dupFirst = 0;
      let dupValue = 0;
      if (mask) {
        let k = q;
        for (let i = 0; i < cols.length; i++) {
          if (!(mask & (1 << i))) continue;
          const first = seen[i]!.getHashed(keys[k], keys[k + 1]);
          if (first !== undefined) {
            dup = i;
            dupFirst = first;
            dupValue = k;
            break;
          }
          k += 2;
        }
        if (dup < 0 && result !== 'failure') {
          k = q;
          for (let i = 0; i < cols.length; i++) {
            if (!(mask & (1 << i))) continue;
            seen[i]!.setHashed(keys[k], keys[k + 1], line);
            k += 2;
          }
        }
        for (let i = 0; i < cols.length; i++) if (mask & (1 << i)) q += 2;
      }
      if (dup < 0) {
        for (let j = 0; j < n; j++) take(rows[p++]);
      } else {
        // The duplicate's issue comes after the row's issues of its column and those before (byColumn, stable).
        result = 'failure';
        const m = cols[dup]!;
        let added = false;
        for (let j = 0; j < n; j++) {
          const g = rows[p++];
          if (!added && r.groups[g].col > m.col) {
            this.duplicate(m, dup, line, r, dupValue, dupFirst);
            added = true;
          }
          take(g);
        }
        if (!added) this.duplicate(m, dup, line, r, dupValue, dupFirst);
      }
      summary.total++;
      summary[result]++;
    }
    s.lines += r.records;
    if (r.width > s.width) s.width = r.width;
  }

  private duplicate(m: MatchColumn, i: number, line: number, r: BatchResult, at: number, first: number): void {
    const groups = this.s.groups;
    const g = (this.dupGroups[i] ??= groups.group('error', m.column, 'duplicate_in_sheet', m.col));
    let issue;
    if (!groups.full(g)) {
      if (!r.values) throw new Error('A duplicate needs its value, which its batch did not send.');
      issue = duplicateIssue(m, line, r.values[at / 2], first);
    }
    groups.count(g, issue);
    if (groups.full(g) && this.dupGroups.every((x, k) => x !== null ? groups.full(x) : !this.cols[k])) Atomics.store(this.needValues, 0, 0);
  }
}

type Message = { ready: true } | BatchResult | BatchFailure;

/** The worker threads: each takes ranges, IN_FLIGHT at a time; results are handed over in range order. */
class Pool {
  private readonly workers: Worker[] = [];
  private failed: Error | null = null;
  private closing = false;
  private wake: (() => void) | null = null;
  private readonly done = new Map<number, BatchResult>();
  private readonly busy: number[];

  constructor(threads: number, file: string, code: string, entry = path.join(__dirname, '..', 'bin', 'validate-worker.js')) {
    this.busy = new Array<number>(threads).fill(0);
    for (let i = 0; i < threads; i++) {
      const w = new Worker(entry, { workerData: { file, code } });
      w.on('message', (m: Message) => this.onMessage(i, m));
      w.on('error', (e) => this.fail(new Fallback(`a checking thread stopped (${e.message})`)));
      w.on('exit', (code) => {
        if (!this.closing) this.fail(new Fallback(`a checking thread exited with code ${code}`));
      });
      this.workers.push(w);
    }
  }

  private fail(e: Error): void {
    this.failed ??= e;
    this.wake?.();
  }

  private onMessage(i: number, m: Message): void {
    if ('ready' in m) return;
    this.busy[i]--;
    if ('error' in m) this.fail(new Fallback(`a range of the file could not be checked on its own (${m.error})`, true));
    else this.done.set(m.id, m);
    this.wake?.();
  }

  setup(setup: WorkerSetup): void {
    for (const w of this.workers) w.postMessage({ setup });
  }

  /** Checks the ranges; `merge` gets each result in order. */
  async run(ranges: BatchJob[], merge: (r: BatchResult) => void): Promise<void> {
    let next = 0;
    let merged = 0;
    while (merged < ranges.length) {
      if (this.failed) throw this.failed;
      for (let i = 0; i < this.workers.length && next < ranges.length; i++) {
        // Give work to the least busy worker, but never run far ahead of the merge (bounded memory).
        while (this.busy[i] < IN_FLIGHT && next < ranges.length && next - merged < IN_FLIGHT * this.workers.length + 1) {
          this.busy[i]++;
          this.workers[i].postMessage({ job: ranges[next++] });
        }
      }
      const r = this.done.get(merged);
      if (r) {
        this.done.delete(merged);
        merge(r);
        merged++;
        continue;
      }
      await new Promise<void>((resolve) => (this.wake = resolve));
      this.wake = null;
    }
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
