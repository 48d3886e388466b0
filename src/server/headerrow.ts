// "My data has no header row" (the sidebar's Map step): a header row is inserted above row 1, named after the
// fields the columns map to, so that row 1 is read and imported as data, and the "Import status" column, the saved
// mapping and re-runs have a header row to stand on. One insert and one write.
import { dictOf, own } from '../shared/dict';
import { columnKeys, columnLetter } from '../engine/automap';
import { fieldIndex } from '../engine/fields';
import type { CustomField, FieldKey, Mapping } from '../engine/types';
import { saveHeaderRow } from './config';
import { saveMappingFor } from './mappingstore';
import type { SourceInfo } from './source';

/** The header names for a sheet without one: each column's field label, or "Column C" when it is not imported. */
export function headerNamesFor(keys: readonly string[], mapping: Mapping, customFields: readonly CustomField[]): string[] {
  const fields = fieldIndex(customFields);
  return keys.map((k, i) => {
    const f = own(mapping, k);
    return f ? fields.get(f)?.label ?? f : `Column ${columnLetter(i)}`;
  });
}

/**
 * Inserts the header row above `src` (read with row 1 as its "headers", i.e. the first data row), saves row 1 as
 * the sheet's header row and the mapping under the new headers.
 */
export function insertHeaderRow(src: SourceInfo, mapping: Mapping, customFields: readonly CustomField[]): string[] {
  const keys = columnKeys(src.headers);
  const names = headerNamesFor(keys, mapping, customFields);
  if (!names.length) return names;
  src.sheet.insertRowBefore(1);
  const range = src.sheet.getRange(1, 1, 1, names.length);
  range.setNumberFormat('@');
  range.setValues([names]);
  range.setFontWeight('bold');
  saveHeaderRow(src.sheet.getSheetId(), 1);
  const newKeys = columnKeys(names);
  saveMappingFor(src.sheet, names, dictOf(newKeys.map((k, i): [string, FieldKey | null] => [k, own(mapping, keys[i]) ?? null])), customFields);
  return names;
}
