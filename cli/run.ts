// contact-import run BOOK.xlsx --out RESULT.xlsx [--sheet NAME] [--settings settings.json] [--json]
//
// Runs the add-on's own server code (src/server) on an .xlsx through the Apps Script test bed: check, then
// import, to completion. Marks, the status column and the Contacts, History and problem tabs land in RESULT.xlsx.
// Everything a re-run needs lives in the workbook, so running again on RESULT.xlsx is a re-run.
// Exit codes: 0 no row failed; 1 some rows failed; 2 unusable input (file, flags, settings, mapping, a run that
// could not start or failed as a whole).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createTestbed, installGlobals, loadXlsx, saveXlsx } from '../testbed';
import type { Settings } from '../src/engine/types';
import type { LineOutcome, RunCounts } from '../src/engine/history';
import { resultOf } from '../src/engine/history';
import type { DriverIO } from '../src/crm/session';
import { crmConfigProblem, resolveCliToken } from '../src/server/destinations/crm';
import { appsScriptIO } from '../src/server/destinations/driver';
import { exportProblemRows } from '../src/server/problemrows';
import { runEnv, type RunBudgets, type RunEnv } from '../src/server/run/env';
import { resetExecutionCache } from '../src/server/run/execution';
import { abandonRun } from '../src/server/run/work';
import { resumeToEnd, runToEnd } from '../src/server/runs';
import { save } from '../src/server/store';
import { destinationName } from '../src/crm/registry';
import type { CheckSummaryView, RunProgress } from '../src/shared/api';
import { parseArgs, UsageError } from './args';
import { bookSheet } from './book-sheet';
import { writeAtomically } from './atomic';
import { describeError, ourWords, writeError, xlsxReadError } from './errors';
import { readSettingsFile, storableSettings } from './settings';
import { cliUrlPolicy, cliUrlProblem } from './urls';
import { CLI_WORDS } from './words';

export const RUN_USAGE = `Usage:
  contact-import run BOOK.xlsx --out RESULT.xlsx [--sheet NAME] [--settings settings.json] [--json]

Checks the sheet in place and imports it, as the add-on does, and writes the result workbook:
  --out FILE        where to write the result (.xlsx): marks, "Import status" column, Contacts, History
  --sheet NAME      the sheet to import (default: the first sheet that is not an add-on tab)
  --settings FILE   settings.json as for validate, plus destination, dontUpdateEmpty, recordLimit,
                    listSuccesses; a CRM token comes from destination.token or CONTACT_IMPORT_TOKEN
  --json            print the run's summary as JSON
An option's value can also be given as --sheet=NAME.

Running it again on RESULT.xlsx is a re-run: rows already imported unchanged are skipped as "already imported".
RESULT.xlsx is replaced in one step (written beside it, then renamed), so --out may name BOOK.xlsx itself. What
BOOK.xlsx holds that RESULT.xlsx cannot keep (conditional formatting, charts, borders…) is listed.
Exit codes: 0 when no row fails, 1 when some rows fail, 2 when the input cannot be used.
`;

/** `run --json`: the run's counts, with the check's (without its problem groups) and one entry per row. */
export interface RunJson extends RunCounts {
  runId: string;
  status: string;
  sheet: string;
  destination: string;
  out: string;
  check: Omit<CheckSummaryView, 'groups'>;
  rows: Array<{ line: number; result: 'success' | 'warning' | 'failure' | 'skipped'; action: 'created' | 'updated' | 'skipped' | 'failed'; id?: string; matchedOn?: string; message?: string }>;
  /** What BOOK.xlsx held that RESULT.xlsx does not (one line each, "\"Leads\": conditional formatting"); [] when nothing. */
  notCarriedOver: string[];
  /**
   * The add-on's tabs written under another name than their own because a sheet of the user's has it, one sentence
   * each ('Your sheet "History" was left as it is: the add-on's History is the tab "History (Contact Import)".'); []
   * when none.
   */
  tabNotes: string[];
  message?: string;
}

/** A message as a sentence: a capital first letter and a final period. */
const sentence = (m: string) => `${m.charAt(0).toUpperCase()}${m.slice(1).replace(/[\s.]*$/, '')}.`;

/** run's options, read by the commands' one parser (cli/args.ts). */
export const RUN_OPTIONS = { command: 'run', values: { '--out': 'FILE', '--sheet': 'NAME', '--settings': 'FILE' }, flags: ['--json'] } as const;

function parse(args: string[]): { file: string; out: string; sheet?: string; settings?: string; json: boolean } {
  const p = parseArgs(args, RUN_OPTIONS);
  const [file, second] = p.positional;
  const out = p.values['--out'];
  if (second !== undefined) throw new UsageError(`run takes one workbook, but got "${file}" and "${second}".`);
  if (!file) throw new UsageError('Give the workbook to import: contact-import run BOOK.xlsx --out RESULT.xlsx');
  if (!out) throw new UsageError('Give --out RESULT.xlsx: the result workbook to write.');
  if (!/\.xlsx$/i.test(file)) throw new UsageError(`"${file}" is not an .xlsx workbook.`);
  if (!/\.xlsx$/i.test(out)) throw new UsageError(`--out "${out}" must end in .xlsx.`);
  return { file, out, sheet: p.values['--sheet'], settings: p.values['--settings'], json: p.flags['--json'] };
}

/** Resumes a run until it is done, its destination stops it (an endpoint out of reach, a daily limit), or it stops moving. */
function toEnd(env: RunEnv, p: RunProgress): RunProgress {
  while (p.status === 'Processing' && !p.stopped) {
    const next = resumeToEnd(env);
    if (!next) return p;
    const stuck = next.status === 'Processing' && next.done <= p.done;
    p = next;
    if (stuck) break;
  }
  return p;
}

/**
 * The CLI's CRM driver: the add-on's own (UrlFetchApp, here the test bed's real HTTP) on the wall clock, with waits
 * that really wait. A real CRM's rate limit and Retry-After need the time to pass; the test bed's fast sleeps, which
 * the rest of the run uses, would only pretend.
 */
function cliIO(): DriverIO {
  const flag = new Int32Array(new SharedArrayBuffer(4));
  return appsScriptIO({ now: () => Date.now(), sleep: (ms) => void Atomics.wait(flag, 0, 0, ms) });
}

/** Tests may pass the CRM driver to use instead of real HTTP, and other budgets. */
export async function runCommand(
  args: string[],
  out: NodeJS.WritableStream = process.stdout,
  err: NodeJS.WritableStream = process.stderr,
  inject: { crmIo?: DriverIO; budgets?: Partial<RunBudgets>; fault?: RunEnv['fault'] } = {},
): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    out.write(RUN_USAGE);
    return 0;
  }
  let opts: ReturnType<typeof parse>;
  try {
    opts = parse(args);
  } catch (e) {
    err.write(`contact-import run: ${(e as Error).message}\n`);
    return 2;
  }
  const fail = (msg: string) => {
    err.write(`contact-import run: ${msg}\n`);
    return 2;
  };
  if (!fs.existsSync(opts.file)) return fail(`cannot find "${opts.file}".`);
  // settings.json is read as validate reads it (cli/settings.ts): BOM or not, an object, checked.
  let input: Record<string, unknown>;
  let settings: Settings;
  try {
    ({ input, settings } = readSettingsFile(opts.settings));
  } catch (e) {
    if (e instanceof UsageError) return fail(e.message);
    throw e;
  }
  const token = settings.destination.type !== 'contacts' ? resolveCliToken(settings.destination, process.env) : undefined;
  // A destination that cannot work (an http URL that is not loopback, no token, …) is bad settings: refused
  // before anything runs.
  let problem: string | null;
  try {
    problem = crmConfigProblem(settings.destination, token) ?? cliUrlProblem(settings.destination);
  } catch (e) {
    if (e instanceof UsageError) return fail(e.message);
    throw e;
  }
  if (problem) return fail(`bad settings in ${opts.settings ?? 'the settings'}: ${problem}`);
  const outDir = path.dirname(path.resolve(opts.out));
  if (!fs.existsSync(outDir) || !fs.statSync(outDir).isDirectory()) return fail(`cannot write "${opts.out}": the folder "${path.dirname(opts.out)}" does not exist.`);
  if (fs.existsSync(opts.out) && fs.statSync(opts.out).isDirectory()) return fail(`cannot write "${opts.out}": it is a folder.`);
  if (fs.statSync(opts.file).isDirectory()) return fail(`"${opts.file}" is a folder, not an .xlsx workbook.`);

  let wb;
  try {
    wb = await loadXlsx(opts.file);
  } catch (e) {
    return fail(xlsxReadError(opts.file, e).message);
  }
  // The add-on's own log (an unexpected error's stack, under the id its message quotes) stays out of stderr, which
  // says one line; CONTACT_IMPORT_DEBUG=1 prints it.
  const tb = createTestbed({ workbook: wb, fastSleep: true, echoLogs: !!process.env.CONTACT_IMPORT_DEBUG });
  const chosen = bookSheet(tb, wb, opts.file, opts.sheet, 'has no sheet to import');
  if ('problem' in chosen) return fail(chosen.problem);
  const { sheet } = chosen;
  wb.activeSheetId = sheet.id;

  const uninstall = installGlobals(tb);
  const outcomes = new Map<number, LineOutcome>();
  let final: RunProgress;
  let check: RunProgress;
  let problemTab: string | undefined;
  try {
    resetExecutionCache();
    // The settings (without any token) as the add-on stores them.
    save('settings', storableSettings(input));
    // The CLI's run: a 5-minute budget per pass, every row's outcome collected, the token from settings or env.
    const env = runEnv({
      budgets: { menuMs: 5 * 60_000, ...inject.budgets },
      ...(inject.fault ? { fault: inject.fault } : {}),
      urls: cliUrlPolicy(),
      words: CLI_WORDS,
      onOutcome: (o) => outcomes.set(o.line, o),
      ...(settings.destination.type !== 'contacts' || inject.crmIo ? { crm: { token, io: inject.crmIo ?? cliIO() } } : {}),
    });
    check = toEnd(env, runToEnd(env, 'check'));
    final = toEnd(env, runToEnd(env, 'import'));
    if (final.status === 'Processing') {
      // A destination stopped the run without progress (a CRM's daily limit). The run's cursor lives in
      // DocumentProperties, which an .xlsx does not keep, so this run cannot be resumed: it ends Failed with the
      // reason. The rows sent so far are recorded in RESULT.xlsx (Contacts tab or sync record), so running the
      // command again on it later sends only the rest.
      final = abandonRun(env, `${final.message ?? 'The run stopped before the end.'} Run the command again on ${opts.out} later: rows already imported are not sent twice.`);
    }
    // "Export problem rows", as the add-on's menu does: the failed and skipped rows (not those already imported),
    // with their original columns and an Error column, ready to fix and import again.
    const hasProblems = [...outcomes.values()].some((o) => o.action === 'failed' || (o.action === 'skipped' && o.code !== 'already_imported'));
    if (final.result && hasProblems) problemTab = exportProblemRows(final.result.runId).sheetName;
  } catch (e) {
    return fail(`${sentence(describeError(e))} Nothing was written to "${opts.out}".`);
  } finally {
    uninstall();
    tb.endExecution();
  }
  // Written beside the target, then renamed over it: a Ctrl-C or a full disk leaves the target as it was, even
  // when --out names the input itself.
  let lost: string[] = [];
  try {
    await writeAtomically(opts.out, async (tmp) => {
      lost = await saveXlsx(wb, tmp);
    });
  } catch (e) {
    return fail(writeError(opts.out, e).message);
  }

  const r = final.result!;
  const c = check.check!;
  const summary: RunJson = {
    runId: r.runId,
    status: r.status,
    sheet: sheet.name,
    destination: destinationName(settings.destination.type),
    out: opts.out,
    total: r.total,
    created: r.created,
    updated: r.updated,
    skipped: r.skipped,
    errors: r.errors,
    warnings: r.warnings,
    check: { total: c.total, ready: c.ready, warnings: c.warnings, errors: c.errors, duplicates: c.duplicates, alreadyImported: c.alreadyImported, skipped: c.skipped },
    rows: [...outcomes.values()]
      .sort((a, b) => a.line - b.line)
      .map((o) => {
        const res = resultOf(o);
        const row: RunJson['rows'][number] = { line: o.line, result: res === 'Skipped' ? 'skipped' : (res.toLowerCase() as 'success'), action: o.action };
        if (o.id) row.id = o.id;
        if (o.matchedOn) row.matchedOn = o.matchedOn;
        const msg = o.message ?? (o.warnings && o.warnings.length ? o.warnings.join('; ') : undefined);
        if (msg) row.message = msg;
        return row;
      }),
    notCarriedOver: [...wb.notKept, ...lost],
    tabNotes: r.tabNotes ?? [],
  };
  if (r.message) summary.message = ourWords(r.message);
  if (opts.json) out.write(JSON.stringify(summary) + '\n');
  else {
    out.write(`Run ${r.runId} on "${sheet.name}" → ${summary.destination}: ${r.status}\n`);
    out.write(`Total records ${r.total}  Created ${r.created}  Updated ${r.updated}  Skipped ${r.skipped}  Errors ${r.errors}  Warnings ${r.warnings}\n`);
    for (const row of summary.rows) if (row.result !== 'success') out.write(`  Line ${row.line}: ${row.result}${row.message ? ` — ${row.message}` : ''}\n`);
    if (summary.message) out.write(`${summary.message}\n`);
    if (problemTab) out.write(`Problem rows: "${problemTab}"\n`);
    for (const note of summary.tabNotes) out.write(`${note}\n`);
    if (summary.notCarriedOver.length) {
      out.write(`Not carried over from ${opts.file} to ${opts.out}:\n`);
      for (const what of summary.notCarriedOver) out.write(`  ${what}\n`);
    }
    out.write(`Wrote ${opts.out}\n`);
  }
  if (r.status === 'Failed') return 2;
  return r.errors > 0 ? 1 : 0;
}
