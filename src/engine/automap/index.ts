// Column auto-mapping: suggests a contact field for each header, with a confidence in 0..1 and why (the header,
// its values, or both). The parts, one job each:
//  - ./lexicon.ts   the header lexicon, as data: synonyms in seven languages and vendor export conventions
//                   (./crmnames.ts the CRM fields' names: source, tags, owner, followers)
//  - ./normalize.ts how a header is read (case, accents, snake_case, camelCase) and the typo distance
//  - ./header.ts    one header: its field, how sure, whose column it is, which of several; ./keyword.ts its key
//                   word when no lexicon name matches whole; ./ids.ts whose id it names; ./words.ts and
//                   ./objects.ts the words of columns about someone or something else; ./tagged.ts a short tag
//                   glued after a known header ("PLZParl", "OrtWK"): which address or phone it is
//                   ./qualifiers.ts its words read apart (kind, address group, number, compounds)
//  - ./records.ts   headers about a record: generic attributes, insurance policies, card and licence numbers; a
//                   bare "ID" or "Category" in a file of events (registrations, requests, applications)
//  - ./sniff.ts     values: what a cell holds (dates, times, amounts and ids are never phones); ./nationalids.ts national ids;
//                   ./valuewords.ts the words values are known by (yes/no, statuses, compass regions, countries)
//  - ./values.ts    what a column's values add to its header (fill gaps, break ties, overrule what a header cannot be)
//  - ./resolve.ts   the whole file: name pairs, primary before alternate (./work.ts: what its parts
//                   share); ./addresses.ts one address group; ./people.ts two people in a row (attendee and
//                   purchaser): which one is the contact; ./noheader.ts and ./givennames.ts files without a header;
//                   ./regions.ts the regions of a country, for a column no header names; ./language.ts the
//                   language of the headers and the countries that write it
//  - ./headerrow.ts where the header row is (row 1, lower down under a title, or none)
// This module keeps the public entry points: suggestMapping, autoMapping, and column keys / mappings.
import { dict } from '../../shared/dict';
import type { CellValue, CustomField, FieldKey, Mapping } from '../types';
import { fieldIndex } from '../fields';
import { cellText } from '../formats/text';
import { customMatchers, guessHeader, isBlankHeader, STATUS_HEADER } from './header';
import { resolveColumns, type Basis } from './resolve';
import { headerTokens, readPrefix } from './normalize';
import { knownWords } from './tables';

export { STATUS_HEADER } from './header';
export { compactHeader, headerTokens, osaDistance } from './normalize';
export type { Basis } from './resolve';
export { detectHeaderRow, locateHeaders, NO_HEADER_MESSAGE, HEADER_SEARCH_ROWS, type HeaderRowInfo, type LocatedHeaders } from './headerrow';

export interface MappingSuggestion {
  header: string;
  field: FieldKey | null;
  confidence: number;
  reason?: string;
  /** Why the column is mapped: by its header, by its values, or both agreeing. Absent when unmapped. */
  basis?: Basis;
}

export interface SuggestOptions {
  customFields?: readonly CustomField[];
  /** A few data rows under the headers, cells in the same order as the headers. */
  sampleRows?: readonly CellValue[][];
  /** ISO country for phone numbers written without "+country code" (settings' defaultCountry). Default "US". */
  defaultCountry?: string;
  /**
   * The file has no header row (its first row is data): columns are mapped by their content, names and street
   * lines included. Default: true when every header is empty or a made-up "Column C".
   */
  noHeader?: boolean;
  /** The year the file is read in (what "ten years back" means for a date of birth read from values). Default: this year. */
  currentYear?: number;
}

/** Suggest a field for each header (same order). Two columns never share a single-valued field. */
export function suggestMapping(headers: readonly string[], opts: SuggestOptions = {}): MappingSuggestion[] {
  const customFields = opts.customFields ?? [];
  const fields = fieldIndex(customFields);
  const ctx = { custom: customMatchers(customFields) };
  const guesses = withoutTableMarker(headers).map((h) => guessHeader(h, ctx));
  const rows = opts.sampleRows && opts.sampleRows.length ? opts.sampleRows : undefined;
  const columns = rows ? headers.map((_, i) => rows.map((r) => readPrefix(r ? r[i] : undefined))) : undefined;
  const noHeader = opts.noHeader ?? (headers.length > 0 && headers.every((h) => isBlankHeader(h)));
  const resolved = resolveColumns(headers, guesses, { fields, columns, noHeader, defaultCountry: opts.defaultCountry?.toUpperCase(), currentYear: opts.currentYear });
  return headers.map((h, i) => {
    const r = resolved[i];
    const out: MappingSuggestion = { header: h, field: r.field, confidence: r.confidence };
    if (r.reason) out.reason = r.reason;
    if (r.basis) out.basis = r.basis;
    return out;
  });
}

/**
 * The headers without a marker most of them share, a table's prefix or suffix in a database dump ("nom_adh",
 * "prenom_adh", "ville_adh" of Galette's members table; "cust_fname", "cust_email"): a short word, none the lexicon
 * knows, first or last in at least seven headers of ten (three at least; "LV-Name", "LV-Ort" among a lecturer's
 * "Vorname", "Email" name a course's columns). Headers of one word keep it.
 */
export function withoutTableMarker(headers: readonly string[]): string[] {
  const tokens = headers.map((h) => headerTokens(readPrefix(String(h ?? ''))));
  const long = tokens.filter((t) => t.length >= 2);
  const filled = tokens.filter((t) => t.length).length;
  if (long.length < 3) return headers.slice();
  for (const end of ['first', 'last'] as const) {
    const at = (t: string[]) => (end === 'first' ? t[0] : t[t.length - 1]);
    const counts = new Map<string, number>();
    for (const t of long) counts.set(at(t), (counts.get(at(t)) ?? 0) + 1);
    const [marker, n] = [...counts].sort((a, b) => b[1] - a[1])[0];
    if (n >= 3 && n >= 0.7 * filled && /^[a-z]{2,5}$/.test(marker) && !knownWords().has(marker)) {
      return headers.map((h, i) => (tokens[i].length >= 2 && at(tokens[i]) === marker ? (end === 'first' ? tokens[i].slice(1) : tokens[i].slice(0, -1)).join(' ') : h));
    }
  }
  return headers.slice();
}

// ---------- mappings and columns ----------

/**
 * Unique keys for the columns, as used in a Mapping: the trimmed header text; a repeated header gets " (2)",
 * " (3)"...; an empty header is "Column C" (its column letter).
 */
export function columnKeys(headers: readonly CellValue[]): string[] {
  const seen = new Map<string, number>();
  const used = new Set<string>();
  return headers.map((h, i) => {
    let base = headerText(h);
    if (!base) base = `Column ${columnLetter(i)}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    let key = count === 1 ? base : `${base} (${count})`;
    let k = count;
    while (used.has(key)) key = `${base} (${++k})`;
    used.add(key);
    return key;
  });
}

/**
 * A header cell's text as the user sees it (cellText): trimmed, without the invisible marks (zero-width
 * spaces, BOM, bidi marks) that exports leave around headers, so "\u200bEmail" is the column "Email" and a
 * saved mapping naming "Email" finds it; a number, checkbox or date header as Sheets shows it.
 */
function headerText(h: CellValue): string {
  return cellText(h);
}

/** A sheet column's letters from its 0-based index: 0 -> "A", 26 -> "AA". */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Suggestions turned into a Mapping keyed by column key. */
export function autoMapping(headers: readonly string[], opts: SuggestOptions = {}): Mapping {
  const keys = columnKeys(headers);
  const sug = suggestMapping(keys, opts);
  const m: Mapping = dict();
  keys.forEach((k, i) => (m[k] = sug[i].field));
  return m;
}

export interface ColumnPlan {
  /** Column keys (unique header texts), one per column. */
  keys: string[];
  /** Field per column index, null for not imported. */
  fields: (FieldKey | null)[];
}

/**
 * Turns a Mapping (column key -> field) into a field per column index.
 * - Matches keys exactly, then case-insensitively.
 * - A repeated header ("Email", "Email") not named in the mapping as "Email (2)" follows its first
 *   occurrence: same field for a list field, additionalEmails / additionalPhones after email / phone,
 *   otherwise not imported.
 * - The "Import status" column is never imported; unknown field keys are not imported.
 * - A single-valued field keeps its first column only.
 */
export function applyMapping(headers: readonly CellValue[], mapping: Mapping, customFields: readonly CustomField[] = []): ColumnPlan {
  const fields = fieldIndex(customFields);
  const keys = columnKeys(headers);
  const lower = new Map<string, string>();
  for (const k of Object.keys(mapping)) {
    const lk = k.trim().toLowerCase();
    if (!lower.has(lk)) lower.set(lk, k);
  }
  const lookup = (key: string): FieldKey | null | undefined => {
    if (Object.prototype.hasOwnProperty.call(mapping, key)) return mapping[key];
    const k = lower.get(key.toLowerCase());
    return k === undefined ? undefined : mapping[k];
  };
  const baseOf = (h: CellValue, i: number) => headerText(h) || `Column ${columnLetter(i)}`;
  const statusKey = STATUS_HEADER.toLowerCase();
  const used = new Set<string>();
  const out = keys.map((key, i) => {
    const base = baseOf(headers[i], i);
    if (base.toLowerCase() === statusKey) return null;
    let f = lookup(key);
    if (f === undefined && key !== base) {
      const bf = lookup(base);
      if (bf) {
        const def = fields.get(bf);
        f = def?.multiColumn ? bf : bf === 'email' ? 'additionalEmails' : bf === 'phone' ? 'additionalPhones' : null;
      }
    }
    if (!f) return null;
    const def = fields.get(f);
    if (!def) return null;
    if (!def.multiColumn) {
      if (used.has(f)) return null;
      used.add(f);
    }
    return f;
  });
  return { keys, fields: out };
}
