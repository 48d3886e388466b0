// CSV (RFC 4180) parsing: quoted fields, "" escapes, CRLF / LF / CR line ends, line breaks inside quotes,
// a leading BOM, and a delimiter sniffed from the header line (comma, semicolon or tab) unless given.
// Cells stay strings, as Sheets shows an imported CSV's text; the value readers handle strings.
// Lenient where RFC 4180 is strict but the intent is plain: a quote inside an unquoted field is kept as text,
// and text right after a closing quote is appended. An unterminated quoted field is an error (the rest of the
// file would silently become one cell).

export type Delimiter = ',' | ';' | '\t';

export interface CsvOptions {
  /** Default: sniffed from the first line (outside quotes): the most frequent of , ; and tab; comma on a tie. */
  delimiter?: Delimiter;
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

export function sniffDelimiter(text: string): Delimiter {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes) {
      if (ch === '\n' || ch === '\r') break;
      if (ch === ',' || ch === ';' || ch === '\t') counts[ch]++;
    }
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[',']) return '\t';
  return ',';
}

/** Parses CSV text into rows of strings. A final line break does not make an extra empty row. */
export function parseCsv(input: string, opts: CsvOptions = {}): string[][] {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const delim = opts.delimiter ?? sniffDelimiter(text);
  const d = delim.charCodeAt(0);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let line = 1;
  const n = text.length;
  let rowHasContent = false; // false until the current record has a delimiter or any character

  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */ && field === '') {
      // Quoted field.
      const startLine = line;
      i++;
      let start = i;
      let buf = '';
      for (;;) {
        const q = text.indexOf('"', i);
        if (q === -1) {
          throw new CsvError(`Line ${startLine}: a quoted field is never closed; add the closing quote (") or remove the opening one.`, startLine);
        }
        const chunk = text.slice(start, q);
        for (let k = 0; k < chunk.length; k++) if (chunk.charCodeAt(k) === 10 || (chunk.charCodeAt(k) === 13 && chunk.charCodeAt(k + 1) !== 10)) line++;
        buf += chunk;
        if (text.charCodeAt(q + 1) === 34) {
          buf += '"';
          i = start = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      field = buf;
      rowHasContent = true;
      // Anything up to the next delimiter or line end is appended (lenient).
      while (i < n) {
        const c2 = text.charCodeAt(i);
        if (c2 === d || c2 === 10 || c2 === 13) break;
        field += text[i];
        i++;
      }
      continue;
    }
    if (c === d) {
      row.push(field);
      field = '';
      rowHasContent = true;
      i++;
      continue;
    }
    if (c === 10 || c === 13) {
      if (rowHasContent || field !== '') {
        row.push(field);
        rows.push(row);
      } else rows.push(['']);
      row = [];
      field = '';
      rowHasContent = false;
      i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
      line++;
      continue;
    }
    // Plain run of characters up to the next special one.
    let j = i + 1;
    while (j < n) {
      const c2 = text.charCodeAt(j);
      if (c2 === d || c2 === 10 || c2 === 13) break;
      j++;
    }
    field += text.slice(i, j);
    rowHasContent = true;
    i = j;
  }
  if (rowHasContent || field !== '') {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Quotes a value for CSV output when needed. */
export function csvCell(value: string, delimiter: Delimiter = ','): string {
  return /["\r\n]/.test(value) || value.includes(delimiter) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function toCsv(rows: readonly (readonly string[])[], delimiter: Delimiter = ','): string {
  return rows.map((r) => r.map((v) => csvCell(v, delimiter)).join(delimiter)).join('\r\n') + '\r\n';
}
