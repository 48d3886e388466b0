// A CSV file's rows, streamed: its bytes are sniffed (text or not, which encoding), decoded and parsed chunk by
// chunk, so memory holds one chunk and one record at most, whatever the file's length.
import { UsageError } from '../args';
import type { ByteSource } from '../input';
import { LIMITS } from '../limits';
import { CsvError, CsvParser, type Delimiter } from './parse';
import { chunkDecoder, sniffText, Utf8Check, type Encoding } from './decode';

/** Bytes the sniff wants before deciding (a pipe's first reads may be small). */
const HEAD_BYTES = 1024 * 1024;

/** A chunk iterator whose first chunks were already read (to look at the file's first bytes). */
export interface Peeked {
  head: Buffer[];
  rest: AsyncIterator<Buffer>;
  /** True when `head` is the whole input. */
  done: boolean;
}

/** Reads the first chunks of `src` (at least `bytes`, or all of it). */
export function peek(src: ByteSource, bytes: number): Promise<Peeked> {
  return fill({ head: [], rest: src.chunks()[Symbol.asyncIterator](), done: false }, bytes);
}

/** Reads more chunks into `p.head`, until it holds at least `bytes` or the whole input. */
async function fill(p: Peeked, bytes: number): Promise<Peeked> {
  let got = p.head.reduce((n, b) => n + b.length, 0);
  while (!p.done && got < bytes) {
    const r = await p.rest.next();
    if (r.done) p.done = true;
    else {
      p.head.push(r.value);
      got += r.value.length;
    }
  }
  return p;
}

export interface CsvRows {
  encoding: Encoding;
  /** The file starts with a byte order mark (UTF-8's; UTF-16 always has one). */
  bom: boolean;
  rows: AsyncIterable<string[]>;
  /** The delimiter, once the first row is read (given, or sniffed from the header line). */
  delimiter(): Delimiter | undefined;
  /** How the file's first line ends (the file's line ends, for a writer that keeps them): CRLF without one. */
  lineEnd: LineEnd;
}

export type LineEnd = '\r\n' | '\n' | '\r';

/** How the first line of `text` ends, outside quotes; CRLF when it has no complete line. */
export function firstLineEnd(text: string): LineEnd {
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) inQuotes = !inQuotes;
    else if (!inQuotes && c === 10) return '\n';
    else if (!inQuotes && c === 13) return i + 1 < text.length ? (text.charCodeAt(i + 1) === 10 ? '\r\n' : '\r') : '\r\n';
  }
  return '\r\n';
}

/**
 * The rows of a CSV file. `file` names it in messages. Refuses what is not text (exit 2, with what to do), and
 * stops with a one-line error naming the line at a record past LIMITS.lineBytes or LIMITS.columns.
 */
export async function csvRows(src: ByteSource, file: string, first: Peeked, opts: { delimiter?: Delimiter } = {}): Promise<CsvRows> {
  const p = await fill(first, HEAD_BYTES);
  const head = Buffer.concat(p.head);
  const sniff = sniffText(head, p.done);
  if ('notText' in sniff) {
    throw new UsageError(
      `"${file}" is not a text CSV file: ${sniff.notText}. Open it in your spreadsheet app and save it as "CSV UTF-8" (or export the contacts as CSV), then try again.`,
    );
  }
  let encoding = sniff.encoding;
  let chunks: AsyncIterable<Buffer>;
  let fatal = false;
  if (encoding === 'utf-8' && !p.done && src.rereadable) {
    // Valid UTF-8 so far: the whole file decides, as the whole file was decoded before streaming. One fast pass.
    const check = new Utf8Check();
    for (const b of p.head) check.write(b);
    for (let r = await p.rest.next(); !r.done && check.ok; r = await p.rest.next()) check.write(r.value);
    if (!check.end()) encoding = 'windows-1252';
    chunks = src.chunks();
  } else {
    // The whole file is in the head, or a pipe, which cannot be read twice: its first MB decided the encoding;
    // a later invalid UTF-8 sequence stops the read (below).
    chunks = concatChunks(p);
    fatal = encoding === 'utf-8' && !p.done;
  }
  const parsing: { parser?: CsvParser } = {};
  const lineEnd = firstLineEnd(chunkDecoder(encoding).write(head.subarray(0, Math.min(head.length, HEAD_BYTES))));
  return {
    encoding,
    bom: 'bom' in sniff && sniff.bom,
    rows: parseRows(chunks, file, encoding, fatal, opts.delimiter, parsing),
    delimiter: () => parsing.parser?.delimiter ?? opts.delimiter,
    lineEnd,
  };
}

async function* concatChunks(p: Peeked): AsyncIterable<Buffer> {
  for (const b of p.head) yield b;
  if (p.done) return;
  for (let r = await p.rest.next(); !r.done; r = await p.rest.next()) yield r.value;
}

async function* parseRows(
  chunks: AsyncIterable<Buffer>,
  file: string,
  encoding: Encoding,
  fatal: boolean,
  delimiter: Delimiter | undefined,
  parsing: { parser?: CsvParser },
): AsyncIterable<string[]> {
  const decoder = chunkDecoder(encoding, fatal);
  const parser = new CsvParser({ delimiter, maxRecordChars: LIMITS.lineBytes, maxColumns: LIMITS.columns });
  parsing.parser = parser;
  const batch: string[][] = [];
  let bytes = 0;
  try {
    for await (const chunk of chunks) {
      let text: string;
      try {
        text = decoder.write(chunk);
      } catch {
        throw notUtf8(file, bytes);
      }
      bytes += chunk.length;
      parser.push(text, batch);
      for (let i = 0; i < batch.length; i++) yield batch[i];
      batch.length = 0;
    }
    let tail: string;
    try {
      tail = decoder.end();
    } catch {
      throw notUtf8(file, bytes);
    }
    if (tail) parser.push(tail, batch);
    parser.end(batch);
    for (let i = 0; i < batch.length; i++) yield batch[i];
  } catch (e) {
    if (e instanceof CsvError) throw new UsageError(`Cannot read "${file}": ${e.message}`);
    throw e;
  }
}

const notUtf8 = (file: string, at: number) =>
  new UsageError(
    `Cannot read "${file}": it is read from a pipe, which cannot be read twice, and its bytes after the first ${at.toLocaleString('en-US')} are not UTF-8 as its start was. Save it as a file (or as UTF-8) and try again.`,
  );
