// Where the header row is: row 1 (most files), lower down under a title, notes or blank lines (LinkedIn's export
// starts with "Notes:"), or nowhere (the first row is already data). The engine decides; the CLI, the sidebar and
// the sheet reader only show and use the result.
//
// A header row has no data-looking cell (no email, phone, date, time, amount, id, URL, number or street line) and at
// least one cell the lexicon knows as a column name. The first such row within the first 25 wins, unless a later one
// is clearly wider (a report with a small table above the main one: Zoom's host section above its attendees; an RSVP or
// check-in report's statistics block of a dozen lines above its guest list). When
// there is none, a table under title lines of one or two cells starts at its first wide row of words only; when row 1
// looks like data (data-looking cells, values repeated in the rows below, or a common given name over given names, when
// no cell of it is a known column name), the file has no header row; otherwise
// row 1 is the header row, as always.
import type { CellValue } from '../types';
import { cellText, isEmptyCell } from '../formats/text';
import { guessHeader } from './header';
import { isStreetText, sniffValue } from './sniff';
import { exactEntry, knownWords } from './tables';
import { headerTokens, readPrefix, withoutAccents } from './normalize';
import { GIVEN_NAMES, NAMES_ALSO_FAMILY } from './givennames';

/** How many rows from the top are searched for the header row: the issue asks for 10; reports put a summary of a
 *  dozen lines above their table (an RSVP export's counts, a check-in report's sections), so 25. */
export const HEADER_SEARCH_ROWS = 25;

export interface HeaderRowInfo {
  /** 1-based row holding the headers; 0 when the file has no header row. */
  row: number;
  /** "first": row 1; "lower": a row below a title, notes or blank lines; "none": row 1 is data; "settings": set by the user. */
  found: 'first' | 'lower' | 'none' | 'settings';
  /** What to tell the user, when the headers are not simply in row 1. */
  message?: string;
}

/** The sentence shown when row 1 is data: the CLI prints it, the sidebar shows it in the Map step. */
export const NO_HEADER_MESSAGE = 'Row 1 looks like data, not headers: the columns are mapped by their content and row 1 is read as data.';

export function lowerHeaderMessage(row: number): string {
  const above = row === 2 ? 'row 1 above them' : row === 3 ? 'rows 1 and 2 above them' : `rows 1 to ${row - 1} above them`;
  return `The headers are in row ${row}; ${above} (a title, notes or blank lines) ${row === 2 ? 'is' : 'are'} not read.`;
}

const DATA_KINDS = new Set(['email', 'phone', 'date', 'time', 'money', 'nationalId', 'url', 'ip', 'number']);
const NO_CUSTOM = { custom: [] };

interface RowStats {
  filled: number;
  data: number;
  hits: number;
  /** Hits that name a contact field (not "Event Id", a known name of nothing to import). */
  fields: number;
}

/** The marks of an attendance or a sign-up grid: ticks, crosses, ones and yeses. */
const MARKS = new Set(['x', 'v', '✓', '✔', '✗', '1', '0', 'yes', 'no', 'y', 'n', 'ja', 'nee', 'nein', 'si', 'sí', 'oui', 'non', 'sim', 'não', 'p', 'a']);

/** Whether the cells under a row's cell (the next five) are marks or empty, and one at least a mark: a grid's column. */
function marksBelow(rows: readonly CellValue[][], r: number, c: number): boolean {
  const below = rows.slice(r + 1, r + 6).map((x) => cellText(x?.[c]).trim().toLowerCase());
  return below.some((t) => t !== '') && below.every((t) => t === '' || MARKS.has(t));
}

/** `rows` and `r`: the sheet and the row's index, when known. A date over a column of marks ("Monday, April 07, 2014"
 *  over x, x, "") is a day of an attendance grid: a header, neither data nor a known name. */
function rowStats(row: readonly CellValue[], defaultCountry: string | undefined, rows?: readonly CellValue[][], r = 0): RowStats {
  let filled = 0;
  let data = 0;
  let hits = 0;
  let fields = 0;
  for (const [c, v] of row.entries()) {
    if (isEmptyCell(v)) continue;
    filled++;
    if (typeof v !== 'string') {
      if (!(v instanceof Date && rows && marksBelow(rows, r, c))) data++;
      continue;
    }
    const kind = sniffValue(readPrefix(v), { defaultCountry });
    if (DATA_KINDS.has(kind) && !(kind === 'url' && isFieldPath(v.trim()))) {
      if (!(kind === 'date' && rows && marksBelow(rows, r, c))) data++;
      continue;
    }
    const text = cellText(v);
    if (text.length > 80) continue;
    // Digits written as a phone number is, of any country ("347 123 4567", "015-2123456" read with the default "US"):
    // no header is written so.
    const digits = text.replace(/\D/g, '').length;
    if (/^\+?[\d\s()./-]+$/.test(text) && digits >= 7 && digits <= 15) {
      data++;
      continue;
    }
    // A number of three digits or more, bare (a postal code, an id: "67000") or a register's code after letters and a
    // hyphen ("mbr-0041", "ADH-20310"): no header is written so. A year is ("2024", "FY-2024").
    if (/^(?:\p{L}{1,6}-)?(?!(?:19|20)\d{2}$)\d{3,}$/u.test(text)) {
      data++;
      continue;
    }
    // A person's name with a middle initial, "Lorna K. Pruitt" or "Pruitt, Lorna K.": no header is written so.
    if (/^\p{Lu}\p{Ll}+ \p{Lu}\. \p{Lu}\p{Ll}+$|^\p{Lu}\p{Ll}+, \p{Lu}\p{Ll}+ \p{Lu}\.$/u.test(text)) {
      data++;
      continue;
    }
    // A street line: "10 Downing Street", "Bayernstraße 5" (a word no header uses), "12 Main St" (three words and no
    // header's meaning), a house number and two words or more ("3 place de l'Hôtel de Ville"); "Street 2", "Home Street 2"
    // are headers.
    const street = isStreetText(text);
    if (street && (hasUnknownWord(text) || /^\d{1,5}[a-z]?,? \p{L}+ \p{L}/u.test(text))) {
      data++;
      continue;
    }
    const g = guessHeader(text, NO_CUSTOM);
    if (g.field !== null && g.conf >= 0.7 && !/typo/.test(g.reason)) {
      hits++;
      fields++;
    } else if (g.final && g.field === null && g.conf >= 0.8) hits++;
    else if (street && g.field === null && text.split(/[\s,]+/).filter(Boolean).length >= 3) data++;
  }
  return { filled, data, hits, fields };
}

/**
 * A dotted property path of a field ("addresses.city", "emailAddresses.email", a groupware's export), which reads as a
 * domain of a new top-level domain: its last word names a field, or a word is written in camelCase, as no domain is
 * ("firma.de", "mail.de" stay domains).
 */
function isFieldPath(text: string): boolean {
  if (!/^[\p{L}_]+(?:\.[\p{L}_]+)+$/u.test(text)) return false;
  const segments = text.split('.');
  return !!exactEntry(segments[segments.length - 1].toLowerCase())?.field || segments.some((x) => /\p{Ll}\p{Lu}/u.test(x));
}

/** Whether a cell has a word (not a number) that no header of the lexicon uses. */
function hasUnknownWord(text: string): boolean {
  const known = knownWords();
  return headerTokens(text).some((w) => !/^\d+$/.test(w) && !known.has(w));
}

function looksLikeHeader(s: RowStats, width: number): boolean {
  // A lone cell in a wider sheet is a title or a note ("Notes:", "Contacts"), not the header row.
  if (s.filled < Math.min(2, width) || s.data > 0 || s.hits < 1) return false;
  return s.hits >= 2 || s.filled <= 3 || s.hits / s.filled >= 0.3;
}

/** Whether a row shares a value with the rows below it in the same column: headers are not repeated as data. */
function repeatsBelow(rows: readonly CellValue[][], r: number): boolean {
  const row = rows[r];
  for (let c = 0; c < row.length; c++) {
    const t = cellText(row[c]);
    if (!t) continue;
    for (let k = r + 1; k < Math.min(rows.length, r + 4); k++) if (cellText(rows[k]?.[c]) === t) return true;
  }
  return false;
}

/** A cell that is a common given name (./givennames.ts): one to three words of letters, the first a given name (or,
 *  with `alsoFamily`, one as common as a family name: "Jordan", "Martin"). */
function isGivenNameCell(v: CellValue, alsoFamily = false): boolean {
  const t = cellText(v).trim();
  if (!/^\p{L}[\p{L}'’ -]*$/u.test(t) || t.split(/\s+/).length > 3) return false;
  const first = withoutAccents(t.split(/[\s-]+/)[0]).toLowerCase();
  return GIVEN_NAMES.has(first) || (alsoFamily && NAMES_ALSO_FAMILY.has(first));
}

/** Whether a column's row-1 cell is a common given name and so are most cells under it (two at least, of the next
 *  five): a list of names without a header row ("Lina | Oberhuber" over "Maximilian | Kirchmair"). A header over
 *  given names is a word ("Vorname", "Teilnehmer", "Spieler"), never a given name itself. */
function givenNamesFromTop(rows: readonly CellValue[][], r: number): boolean {
  const row = rows[r] ?? [];
  // (A rarer given name on top, "Amara" over "Felix", "Nadia", reads so too when no header uses its word.)
  const nameShaped = (v: CellValue) => /^\p{Lu}\p{Ll}{2,}$/u.test(cellText(v).trim()) && hasUnknownWord(cellText(v));
  return row.some((v, c) => {
    if (!isGivenNameCell(v, true) && !nameShaped(v)) return false;
    const below = rows.slice(r + 1, r + 6).map((x) => x?.[c]).filter((x) => !isEmptyCell(x));
    const given = below.filter((x) => isGivenNameCell(x)).length;
    // (One common given name under a row of unknown names over single names, "Amara | Osei" over "Felix | Brandt" and
    // "Nadia | Rahimi", is enough.)
    const names = (x: CellValue) => isEmptyCell(x) || nameShaped(x) || isGivenNameCell(x, true);
    if (given >= 1 && below.length >= 2 && below.every(names) && row.every(names)) return true;
    return given >= 2 && given / below.length >= 0.6;
  });
}

/**
 * A table under title lines whose headers the lexicon does not know ("Posición", "Piloto", "Vuelta" under a race's
 * name, its circuit and an export date, each a line of one or two cells): the first row as wide as the table, of
 * words only, with a wide row under it. Null when row 1 is already that wide, or the rows above it are not all narrow.
 */
function belowTitleLines(rows: readonly CellValue[][], first: number, limit: number, width: number, defaultCountry: string | undefined): number | undefined {
  if (width < 4) return undefined;
  const filledOf = (r: number) => (rows[r] ?? []).filter((v) => !isEmptyCell(v)).length;
  for (let r = first; r < limit - 1; r++) {
    const filled = filledOf(r);
    if (filled <= 2) continue;
    if (r === first || filled < Math.max(3, 0.6 * width)) return undefined;
    const st = rowStats(rows[r] ?? [], defaultCountry, rows, r);
    const words = (rows[r] ?? []).every((v) => isEmptyCell(v) || /\p{L}/u.test(cellText(v)));
    const below = r + 1 < rows.length && filledOf(r + 1) >= Math.max(2, 0.5 * filled);
    return st.data === 0 && words && below && !repeatsBelow(rows, r) ? r : undefined;
  }
  return undefined;
}

/** Finds the header row within the first HEADER_SEARCH_ROWS rows (see the top of this file). */
export function detectHeaderRow(rows: readonly CellValue[][], opts: { defaultCountry?: string } = {}): HeaderRowInfo {
  const defaultCountry = opts.defaultCountry?.toUpperCase();
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  let first = -1;
  for (let r = 0; r < limit; r++) {
    if (!(rows[r] ?? []).every(isEmptyCell)) {
      first = r;
      break;
    }
  }
  if (first < 0) return { row: 1, found: 'first' };
  let width = 0;
  for (let r = first; r < limit; r++) width = Math.max(width, (rows[r] ?? []).filter((v) => !isEmptyCell(v)).length);
  let found: { r: number; filled: number; fields: number } | undefined;
  for (let r = first; r < limit; r++) {
    const row = rows[r] ?? [];
    const filled = row.filter((v) => !isEmptyCell(v)).length;
    // Only a clearly wider row can take over from a header row already found: the others are not read. A row as wide
    // that names contact fields takes over from one that names none ("Event Id | Event Name" over its one event, then
    // "Student Number | Email" over the attendees: a report's heading block above its table).
    const fieldless = !!found && found.fields === 0;
    if (filled === 0 || (found && filled < found.filled + 2 && !(fieldless && filled >= found.filled))) continue;
    const st = rowStats(row, defaultCountry, rows, r);
    if (looksLikeHeader(st, width) && (!found || st.filled >= found.filled + 2 || (fieldless && st.fields >= 1))) found = { r, filled: st.filled, fields: st.fields };
  }
  if (found) return found.r === 0 ? { row: 1, found: 'first' } : { row: found.r + 1, found: 'lower', message: lowerHeaderMessage(found.r + 1) };
  const table = belowTitleLines(rows, first, limit, width, defaultCountry);
  if (table !== undefined) return { row: table + 1, found: 'lower', message: lowerHeaderMessage(table + 1) };
  const s = rowStats(rows[first] ?? [], defaultCountry, rows, first);
  const dataLike = s.filled > 0 && ((s.data >= 1 && s.data >= s.hits && s.data / s.filled >= 0.2) || (s.hits === 0 && (repeatsBelow(rows, first) || givenNamesFromTop(rows, first))));
  if (first === 0 && dataLike) return { row: 0, found: 'none', message: NO_HEADER_MESSAGE };
  // Nothing recognisable: row 1, as always (a blank row 1 above data reads as columns "Column A", "Column B"...).
  return { row: 1, found: 'first' };
}

export interface LocatedHeaders {
  /** 1-based header row, 0 for none. */
  headerRow: number;
  /** The header cells (empty cells when there is no header row: the columns are "Column A", "Column B"...). */
  headers: CellValue[];
  /** The data rows, from the row under the headers (from row 1 when there is none). */
  rows: CellValue[][];
  /** The sheet line of rows[0]. */
  firstLine: number;
  info: HeaderRowInfo;
}

/**
 * Splits a sheet's rows into headers and data: at `headerRow` when the settings set one, else where
 * detectHeaderRow finds it.
 */
export function locateHeaders(rows: CellValue[][], opts: { headerRow?: number; defaultCountry?: string } = {}): LocatedHeaders {
  const info: HeaderRowInfo = opts.headerRow ? { row: opts.headerRow, found: 'settings' } : detectHeaderRow(rows, opts);
  if (info.row === 0) {
    const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
    return { headerRow: 0, headers: new Array<CellValue>(width).fill(''), rows, firstLine: 1, info };
  }
  return { headerRow: info.row, headers: rows[info.row - 1] ?? [], rows: rows.slice(info.row), firstLine: info.row + 1, info };
}
