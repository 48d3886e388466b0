// Fix in place's suggestions on the sheet of contacts: read its data area (values, formulas, number formats) and
// ask the engine (engine/fix suggestFixes) with the settings and mapping a check of that sheet uses. What the
// sidebar shows after a check (groups, counts, previews, the batches to undo), and what Apply writes, both come
// from here, so Apply writes what was suggested on the sheet as it is when Apply runs.
import { groupFixes, suggestFixes, type FixKind, type SuggestResult } from '../engine/fix';
import type { Settings } from '../engine/types';
import type { FixesView } from '../shared/api';
import { readGrid, type FixGrid } from './fixgrid';
import { batchView, FixJournal } from './fixjournal';
import { runSettings } from './run/start';
import type { SourceInfo } from './source';
import { activeDataSheet } from './sourcesheet';

export interface SheetSuggestions {
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  src: SourceInfo;
  settings: Settings;
  grid: FixGrid;
  result: SuggestResult;
}

/** The suggestions for a sheet now (4 reads plus what openSource reads), only of `only`'s kinds when given. */
export function sheetSuggestions(sheet: GoogleAppsScript.Spreadsheet.Sheet, only?: readonly FixKind[]): SheetSuggestions {
  const { settings, src } = runSettings(sheet);
  const grid = readGrid(src);
  const result = suggestFixes({
    headers: src.headers,
    rows: grid.values,
    firstLine: src.firstRow,
    settings,
    mapping: settings.mapping,
    formulas: grid.formulas,
    ...(only ? { only } : {}),
  });
  return { sheet, src, settings, grid, result };
}

/** The sidebar's view of what Fix can do on the active sheet of contacts. */
export function suggestFixesView(): FixesView {
  const sheet = activeDataSheet();
  const { result } = sheetSuggestions(sheet);
  const cells = new Set<string>();
  const safe = new Set<string>();
  for (const s of result.suggestions) {
    const k = `${s.line}:${s.col}`;
    cells.add(k);
    if (s.confidence === 'safe') safe.add(k);
  }
  const batches = new FixJournal(sheet.getParent()).batches().reverse().map(batchView);
  return { sheetName: sheet.getName(), total: cells.size, safe: safe.size, groups: groupFixes(result.suggestions), batches };
}
