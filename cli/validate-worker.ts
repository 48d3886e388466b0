// A worker thread of `validate` (cli/validate-parallel.ts): checks the rows of byte ranges of a CSV file with the
// engine's SheetValidator, set up as the main thread's (the same header, sample rows and settings), and sends back
// only what the report needs, compactly: per non-blank row its line in the range, its result, its issues' groups and
// the 64-bit hashes of its match keys (the main thread runs the duplicate check on them, in file order), in typed
// arrays whose buffers are transferred, not copied; and per group only its first issues (the report lists no more).
// Loaded by bin/validate-worker.js, as bin/contact-import.js loads the CLI.
import * as fs from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { matchValue } from '../src/engine/dedup';
import type { CellValue, Issue, Settings, Severity } from '../src/engine/types';
import { SheetValidator } from '../src/engine/validate';
import { dict } from '../src/shared/dict';
import { CsvParser, type Delimiter } from './csv/parse';
import { LIMITS } from './limits';
import { keyHash } from './seen-index';
import { STREAM_VALIDATOR, usedWidth } from './validate-stream';

/** What every batch is checked with: the main thread's plan, once its first rows are read. */
export interface WorkerSetup {
  delimiter: Delimiter;
  /** The header row and the sample rows, fitted to the plan's width, and the settings, as the main thread's validator has them. */
  header: CellValue[];
  samples: CellValue[][];
  settings: Settings;
  /** The report lists this many issues of each group. */
  perGroup: number;
  /**
   * Per match key, 1 while the main thread still lists duplicates of it (its group is not full), so the rows' match
   * values must come with their hashes (a duplicate's message quotes it); 0 after.
   */
  needValues: SharedArrayBuffer;
}

/** The bytes [start, end) of the file: whole records (the main thread cut it after line ends). */
export interface BatchJob {
  id: number;
  start: number;
  end: number;
}

export interface BatchGroup {
  severity: Severity;
  column: string | null;
  code: string;
  /** The column's index, -1 for a row issue. */
  col: number;
}

export interface BatchResult {
  id: number;
  /** Records (lines) in the range, blank ones included. */
  records: number;
  /** The range's width: the last column holding something, in any of its rows. */
  width: number;
  /**
   * Per non-blank row: its record number in the range (1-based), then result (0 success, 1 warning, 2 failure) | the
   * bits of the match keys it has << 2, then its number of issues, then each issue's group (an index in `groups`).
   */
  rows: ArrayBuffer;
  rowInts: number;
  /** Per match key a row has (in matchOn order): its keyHash, two 32-bit halves. */
  keys: ArrayBuffer;
  keyInts: number;
  groups: BatchGroup[];
  /** Per group: its first issues (at most perGroup), their lines relative to the range. */
  firsts: Issue[][];
  /** When asked (needValues): per match key a row has, its value as the contact holds it. */
  values: string[] | null;
}

export interface BatchFailure {
  id: number;
  error: string;
}

const RESULT_CODE = { success: 0, warning: 1, failure: 2 } as const;

/** A growable array of 32-bit integers. */
class Ints<T extends Int32Array | Uint32Array> {
  length = 0;
  constructor(
    public a: T,
    private readonly make: (n: number) => T,
  ) {}

  push(x: number): void {
    if (this.length === this.a.length) {
      const b = this.make(this.a.length * 2);
      b.set(this.a);
      this.a = b;
    }
    this.a[this.length++] = x;
  }
}

const READ_BYTES = 1024 * 1024;

export class BatchChecker {
  private readonly validator: SheetValidator;
  private readonly needValues: Int32Array;
  private readonly buf = Buffer.allocUnsafe(READ_BYTES);
  private readonly ab = new Uint32Array(2);

  constructor(
    private readonly fd: number,
    private readonly setup: WorkerSetup,
  ) {
    const settings = { ...setup.settings };
    // The mapping crossed threads as a plain object: back to a dict (no inherited keys), as the main thread's.
    if (settings.mapping) settings.mapping = Object.assign(dict(), settings.mapping);
    // Most issues are dropped here (only each group's first few go back): their messages are not flattened.
    this.validator = new SheetValidator(setup.header, settings, undefined, setup.samples, { ...STREAM_VALIDATOR, flattenMessages: false });
    this.needValues = new Int32Array(setup.needValues);
  }

  check(job: BatchJob): { result: BatchResult; transfer: ArrayBuffer[] } {
    const { fd, buf } = this;
    const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    const parser = new CsvParser({ delimiter: this.setup.delimiter, maxRecordChars: LIMITS.lineBytes, maxColumns: LIMITS.columns, fileStart: false });
    const cols = this.validator.matchColumns;
    const sendValues = Atomics.load(this.needValues, 0) !== 0;
    const perGroup = this.setup.perGroup;
    const rows = new Ints(new Int32Array(1 << 16), (n) => new Int32Array(n));
    const keys = new Ints(new Uint32Array(1 << 15), (n) => new Uint32Array(n));
    const values: string[] | null = sendValues ? [] : null;
    const groups: BatchGroup[] = [];
    const firsts: Issue[][] = [];
    const byPlace = new Map<number, Map<string, number>>();
    const ab = this.ab;
    let records = 0;
    let width = 0;
    const out: string[][] = [];
    const take = () => {
      for (let r = 0; r < out.length; r++) {
        const row = out[r];
        const rel = ++records;
        width = usedWidth(row, width);
        const vr = this.validator.readRow(row, rel);
        if (!vr) continue;
        let mask = 0;
        for (let i = 0; i < cols.length; i++) {
          const m = cols[i];
          if (!m) continue;
          const v = vr.contact[m.key];
          if (v === undefined) continue;
          const k = matchValue(m.key, v);
          if (k === null) continue;
          keyHash(k, ab);
          keys.push(ab[0]);
          keys.push(ab[1]);
          mask |= 1 << i;
          if (values) values.push(String(v));
        }
        const issues = vr.issues;
        rows.push(rel);
        rows.push(RESULT_CODE[vr.result] | (mask << 2));
        rows.push(issues.length);
        for (let j = 0; j < issues.length; j++) {
          const is = issues[j];
          const col = is.col ?? -1;
          const place = (col + 1) * 2 + (is.severity === 'error' ? 1 : 0);
          let codes = byPlace.get(place);
          if (!codes) byPlace.set(place, (codes = new Map<string, number>()));
          let g = codes.get(is.code);
          if (g === undefined) {
            g = groups.length;
            codes.set(is.code, g);
            groups.push({ severity: is.severity, column: is.column, code: is.code, col });
            firsts.push([]);
          }
          rows.push(g);
          if (firsts[g].length < perGroup) firsts[g].push(is);
        }
      }
      out.length = 0;
    };
    for (let pos = job.start; pos < job.end; ) {
      const n = fs.readSync(fd, buf, 0, Math.min(buf.length, job.end - pos), pos);
      if (n === 0) throw new Error(`The file ended at byte ${pos}, before ${job.end}: it changed while it was read.`);
      pos += n;
      parser.push(decoder.decode(buf.subarray(0, n), { stream: true }), out);
      take();
    }
    const tail = decoder.decode();
    if (tail) parser.push(tail, out);
    parser.end(out);
    take();
    const result: BatchResult = {
      id: job.id,
      records,
      width,
      rows: rows.a.buffer,
      rowInts: rows.length,
      keys: keys.a.buffer,
      keyInts: keys.length,
      groups,
      firsts,
      values,
    };
    return { result, transfer: [result.rows, result.keys] };
  }
}

if (parentPort) {
  const port = parentPort;
  const { file } = workerData as { file: string };
  const fd = fs.openSync(file, 'r');
  let checker: BatchChecker | null = null;
  port.on('message', (m: { setup: WorkerSetup } | { job: BatchJob } | { stop: true }) => {
    if ('stop' in m) {
      fs.closeSync(fd);
      port.close();
      return;
    }
    if ('setup' in m) {
      checker = new BatchChecker(fd, m.setup);
      return;
    }
    try {
      const { result, transfer } = checker!.check(m.job);
      port.postMessage(result, transfer);
    } catch (e) {
      const failure: BatchFailure = { id: m.job.id, error: e instanceof Error ? e.message : String(e) };
      port.postMessage(failure);
    }
  });
  port.postMessage({ ready: true });
}
