// Suggestions for a whole sheet: every mapped cell whose value can be written better, in sheet order (by line,
// then column). The mapping is the one validation uses (the same SheetValidator builds it), so a suggestion is
// never made for an unmapped column or the Import status column.
//
// Never suggested: formula cells (pass `formulas`, getFormulas() of the same rows), empty cells, cells with no
// issue and nothing to normalize, and what the fixers leave out (values the engine could only guess: a two-digit
// year, a phone number whose country was guessed; see each fixer). A cell gets at most one suggestion of its own;
// a Name cell may also get a name-split suggestion, which writes two new cells beside it (see nameSplit).
import { own } from '../../shared/dict';
import { fieldIndex } from '../fields';
import type { CellValue, FieldKey, Mapping, Settings } from '../types';
import { SheetValidator } from '../validate';
import { columnFixer } from './column';
import { nameFixer } from './name';
import type { CellFixer, FixKind, Suggestion } from './types';

export interface SuggestInput {
  headers: CellValue[];
  rows: CellValue[][];
  /** Sheet line of rows[0]: settings.headerRow + 1. */
  firstLine: number;
  settings: Settings;
  /** Overrides settings.mapping; when both are absent, columns are auto-mapped (as validation does). */
  mapping?: Mapping;
  /** The rows' formulas (Range.getFormulas(): '' for a value): a formula cell is never suggested. */
  formulas?: ReadonlyArray<ReadonlyArray<string>>;
  /** The kinds to suggest (the CLI's --only); all when absent. */
  only?: readonly FixKind[];
  /**
   * True when settings.dateOrder is only the default, never chosen by the user (the settings input has no dateOrder):
   * an ambiguous date such as 09/08/2024 is then a guess, and is not suggested. By default the date order counts
   * as chosen, and ambiguous dates are `review` suggestions showing both readings.
   */
  dateOrderAssumed?: boolean;
}

/**
 * Where a name split writes: two new columns inserted right of the Name column (at `insertAt`, 0-based, in the
 * sheet before the insertion), with these headers, mapped to firstName and lastName.
 */
export interface NameSplitPlan {
  /** The Name column (0-based) and its key. */
  col: number;
  column: string;
  insertAt: number;
  headers: [string, string];
  fields: ['firstName', 'lastName'];
}

export interface SuggestResult {
  /** Column key -> field key or null, for every column (as validation maps them). */
  mapping: Mapping;
  /** Column keys, by 0-based column index. */
  keys: string[];
  suggestions: Suggestion[];
  /** Set when the Name column can be split (one column mapped to Name, none to First name or Last name). */
  nameSplit: NameSplitPlan | null;
}

interface ColumnPlan {
  col: number;
  column: string;
  field: FieldKey;
  fixers: CellFixer[];
}

export function suggestFixes(input: SuggestInput): SuggestResult {
  const { settings } = input;
  const v = new SheetValidator(input.headers, settings, input.mapping, input.rows.slice(0, 20));
  const fields = fieldIndex(settings.customFields);
  const only = input.only ? new Set<FixKind>(input.only) : null;
  const columns: ColumnPlan[] = [];
  v.keys.forEach((column, col) => {
    const field = v.mapping[column];
    if (!field) return;
    const def = fields.get(field);
    if (!def) return;
    const fixers: CellFixer[] = [];
    const f = columnFixer(def, { ...settings, dateOrderAssumed: input.dateOrderAssumed });
    if (f) fixers.push(f);
    columns.push({ col, column, field, fixers });
  });
  const nameSplit = planNameSplit(v.keys, v.mapping, input.headers, only);
  if (nameSplit) columns.find((c) => c.col === nameSplit.col)!.fixers.push(nameFixer());

  const suggestions: Suggestion[] = [];
  const { rows, formulas } = input;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (!row) continue;
    const frow = formulas ? formulas[i] : undefined;
    for (const c of columns) {
      const value = row[c.col];
      if (value === '' || value === null || value === undefined) continue;
      if (frow && frow[c.col]) continue;
      for (const fixer of c.fixers) {
        const fix = fixer(value);
        if (fix === null || (only !== null && !only.has(fix.kind))) continue;
        suggestions.push({ ...fix, line: input.firstLine + i, col: c.col, column: c.column, field: c.field });
      }
    }
  }
  return { mapping: v.mapping, keys: v.keys, suggestions, nameSplit };
}

function planNameSplit(keys: string[], mapping: Mapping, headers: CellValue[], only: Set<FixKind> | null): NameSplitPlan | null {
  if (only !== null && !only.has('name')) return null;
  const mapped = keys.map((k) => own(mapping, k));
  const nameCols = mapped.flatMap((f, i) => (f === 'name' ? [i] : []));
  if (nameCols.length !== 1 || mapped.some((f) => f === 'firstName' || f === 'lastName')) return null;
  const col = nameCols[0];
  const taken = new Set(headers.map((h) => String(h ?? '').trim().toLowerCase()));
  const free = (base: string): string => {
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base} ${n}`;
    taken.add(name.toLowerCase());
    return name;
  };
  return { col, column: keys[col], insertAt: col + 1, headers: [free('First name'), free('Last name')], fields: ['firstName', 'lastName'] };
}
