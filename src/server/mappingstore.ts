// Saved mappings in DocumentProperties: the mapping per header signature (re-applied when a sheet's headers match),
// named templates, and the pruning of mappings whose sheets are gone.
//
// Sizes: a mapping is kept compact (compactMapping: the mapped columns only, plus the few explicit "not mapped"
// choices that change the result), so a sheet of 18,278 columns stores what is mapped, not every header. A value
// longer than one property value is kept in pieces (src/server/store.ts); past the store's cap the user is told.
import { dict, dictOf } from '../shared/dict';
import { applyMapping, columnKeys, STATUS_HEADER, suggestMapping, type MappingSuggestion, type SuggestOptions } from '../engine/automap';
import { hash53 } from '../engine/fingerprint';
import type { CellValue, CustomField, FieldKey, Mapping } from '../engine/types';
import { KEYED, isPieceKey, load, parseJson, readText, removeText, save, writeText } from './store';
import { docProps, sheetIdOf } from './util';
import { UserError } from './errors';

/** Signature of a header row: its column keys without the status column. */
export function headerSignature(headers: readonly CellValue[]): string {
  const keys = columnKeys(headers).filter((k) => k.toLowerCase() !== STATUS_HEADER.toLowerCase());
  return hash53(keys.join('\u0001'));
}

/**
 * The smallest mapping that maps `headers` as `mapping` does (applyMapping): its mapped columns, plus an explicit
 * null only where leaving a column out would map it (a repeated "Email (2)" is read as an additional email by default).
 * Its size grows with the mapped columns, not with the sheet's width.
 */
export function compactMapping(headers: readonly CellValue[], mapping: Mapping, customFields: readonly CustomField[] = []): Mapping {
  const want = applyMapping(headers, mapping, customFields).fields;
  const keys = columnKeys(headers);
  const out: Mapping = dict();
  for (const [k, v] of Object.entries(mapping)) if (v && k.toLowerCase() !== STATUS_HEADER.toLowerCase()) out[k] = v;
  // Each pass pins the columns that differ; a pinned column never differs again, so this ends.
  for (let pass = 0; pass <= keys.length; pass++) {
    const got = applyMapping(headers, out, customFields).fields;
    let same = true;
    keys.forEach((k, i) => {
      if (got[i] !== want[i]) {
        out[k] = want[i];
        same = false;
      }
    });
    if (same) break;
  }
  return out;
}

/**
 * Columns auto-mapping looks at: the first 1,000. Suggesting a field costs a few milliseconds a column, so a sheet
 * 18,278 columns wide would take minutes; the columns after these are left unmapped until the user maps them.
 */
export const AUTOMAP_COLUMNS = 1000;
/** Columns the header row is looked for in (a sheet without a saved header row): the first 200 tell. */
export const HEADER_SEARCH_COLUMNS = 200;

/** suggestMapping over the first AUTOMAP_COLUMNS columns; the others are suggested nothing. */
export function suggestColumns(keys: readonly string[], opts: SuggestOptions): MappingSuggestion[] {
  if (keys.length <= AUTOMAP_COLUMNS) return suggestMapping(keys, opts);
  const cut = <T>(r: readonly T[]) => r.slice(0, AUTOMAP_COLUMNS);
  const head = suggestMapping(cut(keys), { ...opts, ...(opts.sampleRows ? { sampleRows: opts.sampleRows.map((r) => (r ? cut(r) : r)) } : {}) });
  return [...head, ...keys.slice(AUTOMAP_COLUMNS).map((k) => ({ header: k, field: null, confidence: 0 }))];
}

/** The automatic mapping of a sheet wider than AUTOMAP_COLUMNS (undefined for a narrower one: the engine makes it). */
export function wideAutoMapping(headers: readonly CellValue[], opts: SuggestOptions): Mapping | undefined {
  const keys = columnKeys(headers);
  if (keys.length <= AUTOMAP_COLUMNS) return undefined;
  const sug = suggestColumns(keys, opts);
  return dictOf(keys.map((k, i): [string, FieldKey | null] => [k, sug[i].field]));
}

function loadMappingAt(key: string): Mapping | null {
  const m = parseJson<Mapping>(readText(key));
  // Keys are headers: prototype-free, so a header such as "toString" finds only what was saved for it.
  return m && typeof m === 'object' ? dictOf(m) : null;
}

export function loadMapping(headers: readonly CellValue[]): Mapping | null {
  return loadMappingAt(KEYED.mapping(headerSignature(headers)));
}

/** Saves the mapping of a sheet's headers (compact), remembering the sheet, and prunes mappings of deleted sheets. */
export function saveMappingFor(sheet: GoogleAppsScript.Spreadsheet.Sheet, headers: readonly CellValue[], mapping: Mapping, customFields: readonly CustomField[] = []): void {
  const sig = headerSignature(headers);
  writeText(KEYED.mapping(sig), JSON.stringify(compactMapping(headers, mapping, customFields)), `The mapping of "${sheet.getName()}"`);
  noteMappingUse(sheet, headers);
  pruneMappings(sheet.getParent(), [sheet]);
}

/** Records that `sheet` uses the saved mapping of its headers (if there is one), so it is kept while the sheet is. */
export function noteMappingUse(sheet: GoogleAppsScript.Spreadsheet.Sheet, headers: readonly CellValue[]): void {
  const sig = headerSignature(headers);
  const index = load('mapSheets') ?? {};
  const id = sheetIdOf(sheet);
  if (index[sig]?.includes(id)) return;
  if (!index[sig] && docProps().getProperty(KEYED.mapping(sig)) === null) return; // auto-mapped: nothing saved
  index[sig] = [...(index[sig] ?? []), id];
  save('mapSheets', index);
}

/**
 * Deletes the saved mappings none of whose sheets exist any more, and the header rows saved for deleted sheets.
 * Mappings saved before sheets were recorded are kept. Returns how many mappings were deleted. The workbook's sheets
 * are listed (1 read, plus 1 a sheet) only when something names a sheet other than those `live` holds (sheets this
 * execution has: the one a run starts on): else nothing can be pruned.
 */
export function pruneMappings(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, live: readonly GoogleAppsScript.Spreadsheet.Sheet[] = []): number {
  const index = load('mapSheets') ?? {};
  const props = docProps();
  const headerRowKeys = props.getKeys().filter((k) => k.startsWith(KEYED.headerRowPrefix));
  const named = [...Object.values(index).flat(), ...headerRowKeys.map((k) => Number(k.slice(KEYED.headerRowPrefix.length)))];
  const known = new Set(live.map(sheetIdOf));
  if (named.every((id) => known.has(id))) return 0;
  const ids = new Set(ss.getSheets().map((s) => s.getSheetId()));
  let pruned = 0;
  let changed = false;
  for (const [sig, sheets] of Object.entries(index)) {
    const kept = sheets.filter((id) => ids.has(id));
    if (kept.length === sheets.length) continue;
    changed = true;
    if (kept.length) index[sig] = kept;
    else {
      delete index[sig];
      removeText(KEYED.mapping(sig));
      pruned++;
    }
  }
  if (changed) save('mapSheets', index);
  for (const k of headerRowKeys) {
    if (!ids.has(Number(k.slice(KEYED.headerRowPrefix.length)))) props.deleteProperty(k);
  }
  return pruned;
}

export function templateNames(): string[] {
  return docProps()
    .getKeys()
    .filter((k) => k.startsWith(KEYED.templatePrefix) && !isPieceKey(k))
    .map((k) => k.slice(KEYED.templatePrefix.length))
    .sort();
}

/** Saves a template: the mapped columns by header (a column it does not name is not mapped where it is applied). */
export function saveTemplateMapping(name: string, mapping: Mapping): void {
  const n = name.trim();
  if (!n) throw new UserError('Give the template a name.');
  if (n.length > 100) throw new UserError('Template names are limited to 100 characters.');
  const mapped: Mapping = dict();
  for (const [k, v] of Object.entries(mapping)) if (v) mapped[k] = v;
  writeText(KEYED.template(n), JSON.stringify(mapped), `The template "${n}"`);
}

export function loadTemplate(name: string): Mapping {
  const m = loadMappingAt(KEYED.template(name));
  if (!m) throw new UserError(`There is no template named "${name}".`);
  return m;
}

export function deleteTemplateMapping(name: string): void {
  removeText(KEYED.template(name));
}
