// CSV (RFC 4180) parsing, streaming: text comes in chunks, complete records go out; only the record still being
// read is held (at most maxRecordChars), never the rest of the file. Quoted fields, "" escapes, CRLF / LF / CR
// line ends (a CRLF split between two chunks is one line end), line breaks inside quotes, a leading BOM, and a
// delimiter sniffed from the header line (comma, semicolon, tab or pipe) unless given.
// Cells stay strings, as Sheets shows an imported CSV's text; the value readers handle strings.
// Lenient where RFC 4180 is strict but the intent is plain: a quote inside an unquoted field is kept as text,
// and text right after a closing quote is appended. An unterminated quoted field is an error (the rest of the
// file would silently become one cell), and so is a record longer than maxRecordChars or wider than maxColumns.

export type Delimiter = ',' | ';' | '\t' | '|';

export interface CsvOptions {
  /** Default: sniffed from the first line (outside quotes): the most frequent of , ; tab and |; comma on a tie. */
  delimiter?: Delimiter;
  /** A record (with its quoted line breaks) longer than this many characters is an error. Default: no limit. */
  maxRecordChars?: number;
  /** A record with more fields than this is an error. Default: no limit. */
  maxColumns?: number;
  /**
   * The text starts a file, so a leading byte order mark is dropped (default). False for text that starts inside a
   * file (a worker thread's byte range), where U+FEFF at the start is a cell's character.
   */
  fileStart?: boolean;
}

export class CsvError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
    this.name = 'CsvError';
  }
}

/** The delimiter of a header line: the most frequent of , ; tab and | outside quotes; comma on a tie. */
export function sniffDelimiter(text: string): Delimiter {
  const counts = { ',': 0, ';': 0, '\t': 0, '|': 0 };
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes) {
      if (ch === '\n' || ch === '\r') break;
      if (ch === ',' || ch === ';' || ch === '\t' || ch === '|') counts[ch]++;
    }
  }
  let best: Delimiter = ',';
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) best = ';';
  else if (counts['\t'] > counts[',']) best = '\t';
  return counts['|'] > counts[best] && counts['|'] > Math.max(counts[','], counts[';'], counts['\t']) ? '|' : best;
}

/** Where the first line ends (outside quotes), or -1 when the text holds no complete first line yet. */
function firstLineEnd(text: string): number {
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) inQuotes = !inQuotes;
    else if (!inQuotes && (c === 10 || c === 13)) return i;
  }
  return -1;
}

const fmt = (n: number) => n.toLocaleString('en-US');

/**
 * A streaming parser. `push(text, out)` appends to `out` every record completed by the text so far; `end(out)`
 * appends the last one. Records are the sheet's rows in order: a blank line is a row of one empty cell.
 */
export class CsvParser {
  private rest = '';
  private started = false;
  private d = -1;
  /** Physical line (1-based) where the next record starts; quoted line breaks count. */
  private line = 1;
  private readonly maxRecord: number;
  private readonly maxColumns: number;

  constructor(opts: CsvOptions = {}) {
    if (opts.fileStart === false) this.started = true;
    if (opts.delimiter) this.d = opts.delimiter.charCodeAt(0);
    this.maxRecord = opts.maxRecordChars ?? Infinity;
    this.maxColumns = opts.maxColumns ?? Infinity;
  }

  /** The delimiter in use, once known. */
  get delimiter(): Delimiter | undefined {
    return this.d < 0 ? undefined : (String.fromCharCode(this.d) as Delimiter);
  }

  push(chunk: string, out: string[][]): void {
    this.feed(chunk, out, false);
  }

  end(out: string[][]): void {
    this.feed('', out, true);
  }

  private feed(chunk: string, out: string[][], final: boolean): void {
    let text = this.rest.length ? this.rest + chunk : chunk;
    this.rest = '';
    if (!this.started) {
      if (text.length === 0 && !final) return;
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    if (this.d < 0) {
      if (!final && firstLineEnd(text) < 0) {
        if (text.length > this.maxRecord) throw this.tooLong(1, false);
        this.rest = text;
        return;
      }
      this.d = sniffDelimiter(text).charCodeAt(0);
    }
    const used = this.parse(text, out, final);
    if (used < text.length) this.rest = text.slice(used);
  }

  private tooLong(line: number, inQuotes: boolean): CsvError {
    const why = inQuotes
      ? `a quoted field that opens there is not closed within it; add the closing quote (") or remove the opening one`
      : 'shorten its longest cells, or check that each row of the file ends with a line break';
    return new CsvError(`Line ${line} is longer than ${fmt(this.maxRecord)} characters, the most a line may hold: ${why}.`, line);
  }

  private tooWide(line: number): CsvError {
    return new CsvError(
      `Line ${line} has more than ${fmt(this.maxColumns)} columns, the most a sheet can have: check the delimiter, or split the file.`,
      line,
    );
  }

  /** Parses complete records from `text`; returns where the first incomplete one starts (text.length if none). */
  private parse(text: string, out: string[][], final: boolean): number {
    const d = this.d;
    const n = text.length;
    const maxRecord = this.maxRecord;
    const maxColumns = this.maxColumns;
    let i = 0;
    let line = this.line;
    let start = 0;
    let incomplete = false;
    records: while (i < n) {
      start = i;
      let extraLines = 0; // line breaks inside quoted fields of this record
      const row: string[] = [];
      for (;;) {
        let field: string;
        if (i < n && text.charCodeAt(i) === 34 /* " */) {
          // Quoted field.
          const quoteLine = line + extraLines;
          i++;
          let s = i;
          let buf = '';
          let closed = false;
          for (;;) {
            const q = text.indexOf('"', i);
            // Without the character after a quote, "" (an escaped quote) cannot be told from a closing quote.
            if (q === -1 || (q === n - 1 && !final)) break;
            for (let k = s; k < q; k++) {
              const c = text.charCodeAt(k);
              if (c === 10 || (c === 13 && (k + 1 >= q || text.charCodeAt(k + 1) !== 10))) extraLines++;
            }
            buf += text.slice(s, q);
            if (text.charCodeAt(q + 1) === 34) {
              buf += '"';
              i = s = q + 2;
              continue;
            }
            i = q + 1;
            closed = true;
            break;
          }
          if (!closed) {
            if (final) {
              throw new CsvError(`Line ${quoteLine}: a quoted field is never closed; add the closing quote (") or remove the opening one.`, quoteLine);
            }
            if (n - start > maxRecord) throw this.tooLong(quoteLine, true);
            incomplete = true;
            break records;
          }
          field = buf;
          // Anything up to the next delimiter or line end is appended (lenient).
          let j = i;
          while (j < n) {
            const c = text.charCodeAt(j);
            if (c === d || c === 10 || c === 13) break;
            j++;
          }
          if (j > i) {
            field += text.slice(i, j);
            i = j;
          }
        } else {
          let j = i;
          while (j < n) {
            const c = text.charCodeAt(j);
            if (c === d || c === 10 || c === 13) break;
            j++;
          }
          field = j > i ? text.slice(i, j) : '';
          i = j;
        }
        if (i >= n) {
          if (!final) {
            incomplete = true;
            break records;
          }
          row.push(field);
          break;
        }
        const c = text.charCodeAt(i);
        if (c === d) {
          row.push(field);
          if (row.length >= maxColumns) throw this.tooWide(line);
          i++;
          continue;
        }
        // A line end: CRLF, LF or a lone CR. A CR that ends the text may be the first half of a CRLF.
        if (c === 13) {
          if (i + 1 >= n && !final) {
            incomplete = true;
            break records;
          }
          i += text.charCodeAt(i + 1) === 10 ? 2 : 1;
        } else i++;
        row.push(field);
        break;
      }
      if (i - start > maxRecord) throw this.tooLong(line, false);
      out.push(row);
      line += 1 + extraLines;
    }
    this.line = line;
    if (!incomplete) return n;
    if (n - start > maxRecord) throw this.tooLong(line, false);
    return start;
  }
}

/** Parses CSV text into rows of strings. A final line break does not make an extra empty row. */
export function parseCsv(input: string, opts: CsvOptions = {}): string[][] {
  const p = new CsvParser(opts);
  const rows: string[][] = [];
  p.push(input, rows);
  p.end(rows);
  return rows;
}
