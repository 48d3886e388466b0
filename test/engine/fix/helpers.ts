// Shared by the fix tests: a column's suggester from a field definition and settings, as suggestFixes builds it.
import { getField } from '../../../src/engine/fields';
import { columnFixer, type CellFix } from '../../../src/engine/fix';
import { readerFor } from '../../../src/engine/formats';
import { defaultSettings } from '../../../src/engine/settings';
import type { CellValue, CustomField, Settings } from '../../../src/engine/types';

export function settingsWith(over: Partial<Settings> = {}): Settings {
  return { ...defaultSettings(), ...over };
}

/** The fix a column of `field` suggests for `value` (null for none). */
export function fixOf(field: string, value: CellValue, over: Partial<Settings & { dateOrderAssumed: boolean }> = {}, customFields: CustomField[] = []): CellFix | null {
  const { dateOrderAssumed, ...rest } = over;
  const s = { ...settingsWith({ ...rest, customFields }), dateOrderAssumed };
  const def = getField(field, customFields);
  if (!def) throw new Error(`no field ${field}`);
  const f = columnFixer(def, s);
  return f ? f(value) : null;
}

/** What the import reads from a value in a column of `field`. */
export function importRead(field: string, value: CellValue, over: Partial<Settings> = {}, customFields: CustomField[] = []) {
  const s = settingsWith({ ...over, customFields });
  return readerFor(getField(field, customFields)!, s)(value);
}
