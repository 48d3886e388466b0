// contact-import fix BOOK.xlsx --out OUT.xlsx: the add-on's own Fix in place (src/server/fixapply.ts) run on the
// workbook through the Apps Script test bed, as `run` runs imports: the chosen suggestions written into the sheet
// (typed-entry safe, the user's formatting kept), the batch recorded in the History tab and in the hidden undo
// journal, so Undo fixes in the add-on puts the cells back once the workbook is opened in Google Sheets. A sheet
// checked before (it has an Import status column) is checked again, so its marks describe the fixed cells.
import { groupFixes, storedText, type FixKind } from '../src/engine/fix';
import { validateRows } from '../src/engine/validate';
import { applyFixes } from '../src/server/fixapply';
import { sheetSuggestions } from '../src/server/fixsuggest';
import { runEnv } from '../src/server/run/env';
import { resetExecutionCache } from '../src/server/run/execution';
import { runSettings } from '../src/server/run/start';
import { resumeToEnd } from '../src/server/runs';
import { readRows } from '../src/server/source';
import { save } from '../src/server/store';
import { isAddonTab } from '../src/server/tabs';
import { bookSheet } from './book-sheet';
import { createTestbed, installGlobals, loadXlsx, saveXlsx } from '../testbed';
import { UsageError } from './args';
import { writeAtomically } from './atomic';
import { describeError, writeError, xlsxReadError } from './errors';
import type { ChangeLog, FixOutcome } from './fix-output';
import { storableSettings } from './settings';

export interface XlsxFixOptions {
  file: string;
  out: string;
  sheet?: string;
  /** The settings file's object as written (what the add-on stores). */
  input: Record<string, unknown>;
  only?: readonly FixKind[];
  includeReview: boolean;
}

export async function fixWorkbook(o: XlsxFixOptions, log: ChangeLog): Promise<FixOutcome> {
  let wb;
  try {
    wb = await loadXlsx(o.file);
  } catch (e) {
    throw xlsxReadError(o.file, e);
  }
  const tb = createTestbed({ workbook: wb, fastSleep: true });
  const chosen = bookSheet(tb, wb, o.file, o.sheet, 'has no sheet of contacts to fix');
  if ('problem' in chosen) throw new UsageError(chosen.problem);
  const { sheet } = chosen;
  if (tb.run(() => isAddonTab(SpreadsheetApp.getActiveSpreadsheet().getSheetById(sheet.id)!))) {
    throw new UsageError(`"${sheet.name}" is one of the add-on's tabs; give --sheet the sheet that holds the contacts to fix.`);
  }
  wb.activeSheetId = sheet.id;
  const uninstall = installGlobals(tb, { console: false });
  const outcome: FixOutcome = { sheet: sheet.name, fixId: null, review: 0, skipped: 0, failures: 0 };
  try {
    resetExecutionCache();
    save('settings', storableSettings(o.input));
    const env = runEnv({ budgets: { menuMs: 5 * 60_000 } });
    const sh = SpreadsheetApp.getActiveSpreadsheet().getSheetById(sheet.id)!;
    const found = sheetSuggestions(sh, o.only);
    const review = found.result.suggestions.filter((s) => s.confidence === 'review');
    if (!o.includeReview) outcome.review = review.length;
    const groups = o.includeReview ? groupFixes(review).map((g) => g.key) : [];
    if (found.result.suggestions.some((s) => s.confidence === 'safe') || groups.length) {
      const applied = applyFixes(env, { allSafe: true, groups }, { ...(o.only ? { only: o.only } : {}), recheck: 'if-checked', recheckMs: env.budgets.menuMs });
      for (let p = applied.view.check; p && p.status === 'Processing'; ) p = resumeToEnd(env);
      outcome.fixId = applied.view.fixId;
      outcome.skipped = applied.view.skipped;
      for (const c of applied.batch?.cells ?? []) {
        if (!log.add({ line: c.line, column: c.column, kind: c.kind, from: storedText(c.before), to: storedText(c.after), confidence: c.confidence })) await log.drain();
      }
    }
    // The exit code: rows of the fixed sheet that still fail a check, as `validate` of the result would say.
    const { settings, src } = runSettings(sh);
    const rows = readRows(src, src.firstRow, src.lastRow);
    outcome.failures = validateRows({ headers: src.headers, rows, firstLine: src.firstRow, settings, ...(settings.mapping ? { mapping: settings.mapping } : {}) }).summary.failure;
  } catch (e) {
    if (e instanceof UsageError) throw e;
    const why = describeError(e);
    throw new UsageError(`${why.charAt(0).toUpperCase()}${why.slice(1).replace(/[\s.]*$/, '')}. Nothing was written to "${o.out}".`);
  } finally {
    uninstall();
    tb.endExecution();
  }
  try {
    let lost: string[] = [];
    await writeAtomically(o.out, async (tmp) => {
      lost = await saveXlsx(wb, tmp);
    });
    outcome.notCarriedOver = [...wb.notKept, ...lost];
  } catch (e) {
    throw writeError(o.out, e);
  }
  return outcome;
}
