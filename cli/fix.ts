// contact-import fix BOOK.xlsx|FILE.csv --out OUT [--sheet NAME] [--settings S] [--only phone,date,email,text,option,name]
//                  [--include-review] [--json]
//
// Writes the fixed file: the add-on's Fix in place suggestions applied, the `safe` ones (and the `review` ones with
// --include-review), of the kinds --only names (all by default). An .xlsx goes through the add-on's own server code
// (cli/fix-xlsx.ts: History block and undo journal included); a CSV file is fixed streaming, in its own delimiter
// and encoding (cli/fix-csv.ts). --json prints every change.
// Exit codes, as the other commands: 0 when no row fails after the fix, 1 when some rows still fail, 2 when the
// input cannot be used.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FIX_KINDS, type FixKind } from '../src/engine/fix';
import { parseArgs, UsageError } from './args';
import { fixCsvFile } from './fix-csv';
import { ChangeLog, type FixOutcome } from './fix-output';
import { fixWorkbook } from './fix-xlsx';
import { describeError } from './errors';
import { openBytes } from './input';
import { readSettingsFile } from './settings';
import { peek } from './csv/read';
import { checkExtension, fileKind } from './sheet-source';
import { printable } from './terminal';

export const FIX_USAGE = `Usage:
  contact-import fix BOOK.xlsx|FILE.csv --out OUT [--sheet NAME] [--settings settings.json]
                     [--only phone,date,email,text,option,name] [--include-review] [--json]

Writes the file with the values Fix in place can write better, as the add-on's sidebar applies them:
  --out FILE          the fixed file: an .xlsx for an .xlsx (with the fix's History block and undo data), a CSV
                      file for a CSV file (same delimiter and encoding)
  --sheet NAME        the sheet of an .xlsx to fix (default: the first sheet that is not an add-on tab)
  --settings FILE     settings.json as for validate (mapping, dateOrder, defaultCountry, phoneFormat, …)
  --only KINDS        only these kinds of fix, separated by commas: ${FIX_KINDS.join(', ')}
  --include-review    also apply the suggestions to review (a domain typo, an ambiguous date, a name split, …);
                      by default only the safe ones are applied
  --json              print {file, out, changed, counts, …, changes: [{line, column, kind, from, to, confidence}]}
An option's value can also be given as --out=FILE. OUT may name the input itself: it is replaced in one step.
Exit codes: 0 when no row fails after the fix, 1 when some rows still fail, 2 when the input cannot be used.
`;

export const FIX_OPTIONS = {
  command: 'fix',
  values: { '--out': 'FILE', '--sheet': 'NAME', '--settings': 'FILE', '--only': 'KINDS' },
  flags: ['--include-review', '--json'],
} as const;

export interface FixArgs {
  file: string;
  out: string;
  sheet?: string;
  settings?: string;
  only?: FixKind[];
  includeReview: boolean;
  json: boolean;
}

/** The kinds --only names ("phone,date"), checked: an unknown kind names the kinds there are. */
export function parseKinds(only: string): FixKind[] {
  const kinds = only.split(',').map((k) => k.trim().toLowerCase()).filter((k) => k !== '');
  const bad = kinds.filter((k) => !(FIX_KINDS as readonly string[]).includes(k));
  if (bad.length || !kinds.length) {
    const what = bad.length ? `Unknown kind${bad.length > 1 ? 's' : ''} of fix ${bad.map((k) => `"${k}"`).join(', ')}` : '--only names no kind of fix';
    throw new UsageError(`${what}. --only takes one or more of ${FIX_KINDS.join(', ')}, separated by commas.`);
  }
  return [...new Set(kinds)] as FixKind[];
}

export function parseFixArgs(args: string[]): FixArgs {
  const p = parseArgs(args, FIX_OPTIONS);
  const [file, second] = p.positional;
  if (file === undefined) throw new UsageError('Give the file to fix: contact-import fix BOOK.xlsx|FILE.csv --out OUT');
  if (second !== undefined) throw new UsageError(`fix takes one file, but got "${file}" and "${second}".`);
  const out = p.values['--out'];
  if (out === undefined) throw new UsageError('Give --out OUT: the fixed file to write.');
  return {
    file,
    out,
    sheet: p.values['--sheet'],
    settings: p.values['--settings'],
    ...(p.values['--only'] !== undefined ? { only: parseKinds(p.values['--only']) } : {}),
    includeReview: p.flags['--include-review'],
    json: p.flags['--json'],
  };
}

/** --out must be a file in an existing folder, of the input's kind. */
function checkOut(a: FixArgs, workbook: boolean): void {
  const dir = path.dirname(path.resolve(a.out));
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new UsageError(`Cannot write "${a.out}": the folder "${path.dirname(a.out)}" does not exist.`);
  if (fs.existsSync(a.out) && fs.statSync(a.out).isDirectory()) throw new UsageError(`Cannot write "${a.out}": it is a folder.`);
  if (workbook && !/\.xlsx$/i.test(a.out)) throw new UsageError(`--out "${a.out}" must end in .xlsx: the fixed workbook is written as one.`);
  if (!workbook && /\.xlsx?$/i.test(a.out)) throw new UsageError(`--out "${a.out}" must be a CSV file (such as fixed.csv): a CSV file is fixed into a CSV file.`);
}

export async function fixCommand(args: string[], out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    out.write(FIX_USAGE);
    return 0;
  }
  let log: ChangeLog | null = null;
  try {
    const a = parseFixArgs(args);
    checkExtension(a.file);
    const { input, settings } = readSettingsFile(a.settings);
    const src = openBytes(a.file, `"${a.file}"`);
    let outcome: FixOutcome;
    try {
      const first = await peek(src, 4);
      const kind = fileKind(a.file, first.head[0] ?? Buffer.alloc(0));
      checkOut(a, kind === 'workbook');
      if (kind === 'workbook' && src.size === null) throw new UsageError(`Cannot read "${a.file}" as an .xlsx workbook from a pipe; save it as a file and try again.`);
      if (kind !== 'workbook' && a.sheet !== undefined) throw new UsageError('--sheet only applies to .xlsx files; a CSV file has one sheet.');
      log = new ChangeLog(a.json);
      if (kind === 'workbook') {
        src.close();
        outcome = await fixWorkbook({ file: a.file, out: a.out, sheet: a.sheet, input, only: a.only, includeReview: a.includeReview }, log);
      } else {
        outcome = await fixCsvFile(src, first, { file: a.file, out: a.out, settings, headerRowSet: input.headerRow !== undefined, only: a.only, includeReview: a.includeReview }, log);
      }
    } finally {
      src.close();
    }
    await log.finish(out, a.file, a.out, outcome);
    return outcome.failures > 0 ? 1 : 0;
  } catch (e) {
    log?.abort();
    const msg = e instanceof UsageError ? e.message : describeError(e);
    err.write(`contact-import fix: ${printable(msg)}\n`);
    return 2;
  }
}
