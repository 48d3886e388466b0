// validate's JSON outputs, written as the rows come:
// - --json prints one document, {mapping, summary, rows}, the shape it always had. The summary comes before the
//   rows but is known only at the end, so the rows are spooled to a temporary file (in the system's temporary
//   folder, TMPDIR) as they are checked, then the document is written: its head, the spooled rows, its end. Memory
//   holds one row at a time; the disk holds the rows' JSON once. The spool is removed at the end, on an error and
//   on Ctrl-C.
// - --ndjson prints one JSON object per row as it is checked, then one last object {mapping, summary}.
// JSON text never holds a raw control character (cli/terminal.ts).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { rowJson, summaryJson } from '../src/engine/report';
import type { Mapping, ValidatedRow, ValidationSummary } from '../src/engine/types';
import { openAtomicStream, type AtomicStream } from './atomic';
import { drained, writeOut } from './streams';
import { safeJson } from './terminal';

/** Where the header row was found, when not in row 1: `row` null when the file has none (line 1 is data). */
export interface HeaderRowNote {
  row: number | null;
  message: string;
}

/** The document's head with "headerRow" as its first key, only when there is one to tell. */
function withHeaderRow<T extends object>(head: T, headerRow: HeaderRowNote | undefined): T | ({ headerRow: HeaderRowNote } & T) {
  return headerRow ? { headerRow, ...head } : head;
}

/**
 * A JSON array spooled to a temporary file (TMPDIR) as its items come, then written as the last key of a
 * document whose head is known only at the end: {…head, "<key>": […items]}. Memory holds one item at a time.
 */
export class JsonSpool {
  private readonly spool: AtomicStream;
  private first = true;
  private failed: Error | null = null;

  constructor(name: string) {
    // An atomic stream that is never committed: its temporary file is the spool, removed by abort() (and by
    // atomic.ts when the process is interrupted). A write that fails (a full disk; writes still pending when the
    // spool is dropped) is kept, never left as an unhandled error.
    this.spool = openAtomicStream(path.join(os.tmpdir(), name));
    this.spool.stream.on('error', (e) => (this.failed ??= e));
  }

  /** False when the caller should await drain(). */
  add(item: unknown): boolean {
    if (this.failed) throw this.failed;
    const text = (this.first ? '' : ',') + safeJson(item);
    this.first = false;
    return this.spool.stream.write(text);
  }

  drain(): Promise<void> {
    return this.spool.stream.writableNeedDrain ? drained(this.spool.stream) : Promise.resolve();
  }

  /** Writes the document to `out` (`head` with `key` as its last key), then removes the spool. */
  async finish(out: NodeJS.WritableStream, head: object, key: string): Promise<void> {
    const s = this.spool.stream;
    await new Promise<void>((resolve, reject) => {
      s.once('error', reject);
      s.end(() => resolve());
    });
    if (this.failed) throw this.failed;
    try {
      // The same text as JSON.stringify of the whole (a key the head gains comes along, in its place).
      const text = safeJson(head);
      await writeOut(out, `${text.length > 2 ? `${text.slice(0, -1)},` : '{'}${JSON.stringify(key)}:[`);
      for await (const chunk of fs.createReadStream(this.spool.tempPath, { highWaterMark: 1024 * 1024 })) await writeOut(out, chunk as Buffer);
      await writeOut(out, ']}\n');
    } finally {
      this.spool.abort();
    }
  }

  abort(): void {
    this.spool.abort();
  }
}

/** validate --json: {mapping, summary, rows}, the rows spooled as they are checked. */
export class JsonDocument {
  private readonly rows = new JsonSpool('contact-import-rows.json');

  /** False when the caller should await drain(). */
  add(vr: ValidatedRow): boolean {
    return this.rows.add(rowJson(vr));
  }

  drain(): Promise<void> {
    return this.rows.drain();
  }

  /** Writes the whole document to `out`, then removes the spool. */
  finish(out: NodeJS.WritableStream, mapping: Mapping, summary: ValidationSummary, headerRow?: HeaderRowNote): Promise<void> {
    return this.rows.finish(out, withHeaderRow(summaryJson(mapping, summary), headerRow), 'rows');
  }

  abort(): void {
    this.rows.abort();
  }
}

export class NdjsonOutput {
  constructor(private readonly out: NodeJS.WritableStream) {}

  /** False when the caller should await drain(). */
  add(vr: ValidatedRow): boolean {
    return this.out.write(safeJson(rowJson(vr)) + '\n');
  }

  drain(): Promise<void> {
    return drained(this.out);
  }

  finish(mapping: Mapping, summary: ValidationSummary, headerRow?: HeaderRowNote): Promise<void> | null {
    return writeOut(this.out, safeJson(withHeaderRow(summaryJson(mapping, summary), headerRow)) + '\n');
  }
}
