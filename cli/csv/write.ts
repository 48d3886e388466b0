// Writing CSV: RFC 4180 quoting, and files written row by row through cli/atomic.ts (the target is replaced only
// when the last row is written), with the writes paced to the disk so memory does not fill with pending rows.
import { openAtomicStream, type AtomicStream } from '../atomic';
import { drained } from '../streams';
import { encoderFor, type Encoding } from './decode';
import type { Delimiter } from './parse';
import type { LineEnd } from './read';

/** Quotes a value for CSV output when needed. */
export function csvCell(value: string, delimiter: Delimiter = ','): string {
  return /["\r\n]/.test(value) || value.includes(delimiter) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function toCsv(rows: readonly (readonly string[])[], delimiter: Delimiter = ','): string {
  return rows.map((r) => r.map((v) => csvCell(v, delimiter)).join(delimiter)).join('\r\n') + '\r\n';
}

// Numbers and phone numbers, lists of them ("+14155550123", "-12.5", "+1 415 555 0123 ext. 12",
// "+442079460958 ::: +33142685300"): no letters, no references, no function: a spreadsheet reads them as a number
// or an arithmetic error at worst, never as a formula that calls anything.
const NUMBER_LIKE = /^[+-](?:[\d\s().,;:/+-]| ext\. )*$/;

/**
 * Text that a spreadsheet opening the CSV file could run as a formula (it starts with =, +, -, @, a tab or a
 * carriage return, and is not a plain number or phone number) gets a leading apostrophe, which spreadsheets take
 * as "this is text". Everything else is unchanged.
 */
export function sheetSafe(value: string): string {
  if (value === '') return value;
  const c = value.charCodeAt(0);
  // = + - @ TAB CR
  if (c !== 61 && c !== 43 && c !== 45 && c !== 64 && c !== 9 && c !== 13) return value;
  if ((c === 43 || c === 45) && NUMBER_LIKE.test(value)) return value;
  return `'${value}`;
}

/** How a CSV file is written: its delimiter, text encoding (with or without a byte order mark) and line ends. */
export interface CsvFormat {
  delimiter: Delimiter;
  encoding: Encoding;
  bom: boolean;
  lineEnd: LineEnd;
}

/** The contact-import's own files: UTF-8 without a byte order mark, commas, CRLF. */
export const DEFAULT_CSV_FORMAT: CsvFormat = { delimiter: ',', encoding: 'utf-8', bom: false, lineEnd: '\r\n' };

/**
 * A CSV file written row by row, atomically, in a given format (the one a file was read in, for `fix`): values
 * are written as given, quoted where they must be. `commit()` puts it in place, `abort()` leaves the target
 * untouched.
 */
export class EncodedCsvWriter {
  private readonly out: AtomicStream;
  private readonly encode: (text: string) => Buffer;
  private failed: Error | null = null;

  constructor(
    readonly target: string,
    readonly format: CsvFormat,
  ) {
    this.out = openAtomicStream(target);
    this.out.stream.on('error', (e) => (this.failed ??= e));
    this.encode = encoderFor(format.encoding);
    if (format.bom || format.encoding === 'utf-16le' || format.encoding === 'utf-16be') this.out.stream.write(this.encode('\ufeff'));
  }

  /** Writes one row as given. Returns false when the caller should wait for drain(). */
  row(values: readonly string[]): boolean {
    const d = this.format.delimiter;
    let line = '';
    for (let i = 0; i < values.length; i++) line += (i ? d : '') + csvCell(values[i], d);
    return this.out.stream.write(this.encode(line + this.format.lineEnd));
  }

  /** Resolves when the rows written so far have gone to the disk's buffers (or at once when they have). */
  drain(): Promise<void> {
    if (this.failed) return Promise.reject(this.failed);
    return this.out.stream.writableNeedDrain ? drained(this.out.stream) : Promise.resolve();
  }

  async commit(): Promise<void> {
    if (this.failed) throw this.failed;
    await this.out.commit();
  }

  abort(): void {
    this.out.abort();
  }
}

/** A CSV file of the command's own (--clean, --rejects): UTF-8, commas, every value made sheet-safe. */
export class CsvFileWriter extends EncodedCsvWriter {
  constructor(target: string, headers: readonly string[]) {
    super(target, DEFAULT_CSV_FORMAT);
    this.row(headers);
  }

  override row(values: readonly string[]): boolean {
    return super.row(values.map(sheetSafe));
  }
}
