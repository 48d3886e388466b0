// contact-import validate FILE.csv|FILE.xlsx [--sheet NAME] [--settings settings.json] [--json | --ndjson]
//   [--max-problems N] [--clean OUT.csv [--clean-format FORMAT]] [--rejects OUT.csv] [--quiet]
//
// Streams the file: rows are read, checked and written out as they come (cli/validate-stream.ts), so a file of
// any length is checked in bounded memory. The outputs: a readable report (the default), the --json document,
// --ndjson lines, the clean file of the rows that would import, the rejects file of the rows that fail.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { formatReport } from '../src/engine/report';
import type { CellValue, FieldKey, Mapping, ValidatedRow } from '../src/engine/types';
import { parseArgs, UsageError } from './args';
import { CLEAN_FORMATS, CleanFile, cleanLayout, type CleanFormat } from './clean-file';
import { fsReason } from './input';
import { JsonDocument, NdjsonOutput } from './json-output';
import { ProgressLine } from './progress';
import { RejectsFile } from './rejects-file';
import { readSettingsFile } from './settings';
import { cliUrlProblem } from './urls';
import { openSheet } from './sheet-source';
import { writeOut } from './streams';
import { printable } from './terminal';
import { PARALLEL_MIN_BYTES, validateParallel, type ParallelOptions } from './validate-parallel';
import { STREAM_VALIDATOR, validateStream, type RowSink, type StreamOptions, type StreamResult } from './validate-stream';

export { UsageError } from './args';
export { STREAM_VALIDATOR } from './validate-stream';
export { loadSettings } from './settings';

/** Problems listed per group in the readable report, unless --max-problems says otherwise. */
export const DEFAULT_MAX_PROBLEMS = 20;

export interface ValidateArgs {
  file: string;
  sheet?: string;
  settings?: string;
  json: boolean;
  ndjson: boolean;
  quiet: boolean;
  maxProblems: number;
  clean?: string;
  cleanFormat: CleanFormat;
  rejects?: string;
  /** Worker threads for the readable report ('auto': one per core on a UTF-8 CSV file of PARALLEL_MIN_BYTES or more). */
  threads: number | 'auto';
}

/** validate's options, read by the commands' one parser (cli/args.ts). */
export const VALIDATE_OPTIONS = {
  command: 'validate',
  values: { '--sheet': 'NAME', '--settings': 'FILE', '--max-problems': 'N', '--clean': 'OUT.csv', '--clean-format': 'FORMAT', '--rejects': 'OUT.csv', '--threads': 'N' },
  flags: ['--json', '--ndjson', '--quiet'],
} as const;

export const VALIDATE_USAGE =
  'contact-import validate FILE.csv|FILE.xlsx [--sheet NAME] [--settings settings.json] [--json | --ndjson] [--max-problems N] [--clean OUT.csv [--clean-format FORMAT]] [--rejects OUT.csv] [--threads N] [--quiet]';

const same = (a: string, b: string) => {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const x = fs.statSync(a);
    const y = fs.statSync(b);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
};

export function parseValidateArgs(args: string[]): ValidateArgs {
  const p = parseArgs(args, VALIDATE_OPTIONS);
  const [file, second] = p.positional;
  if (file === undefined) throw new UsageError(`validate needs a file: ${VALIDATE_USAGE}`);
  if (second !== undefined) throw new UsageError(`validate takes one file, but got "${file}" and "${second}".`);
  const v = p.values;
  if (p.flags['--json'] && p.flags['--ndjson']) throw new UsageError('--json and --ndjson cannot be used together: choose one.');
  let maxProblems = DEFAULT_MAX_PROBLEMS;
  if (v['--max-problems'] !== undefined) {
    if (!/^\d{1,9}$/.test(v['--max-problems'])) throw new UsageError(`--max-problems needs a whole number of 0 or more, not "${v['--max-problems']}".`);
    maxProblems = Number(v['--max-problems']);
  }
  let threads: number | 'auto' = 'auto';
  if (v['--threads'] !== undefined) {
    if (!/^\d{1,3}$/.test(v['--threads']) || Number(v['--threads']) < 1) throw new UsageError(`--threads needs a whole number of 1 or more (1: no worker threads), not "${v['--threads']}".`);
    threads = Number(v['--threads']);
  }
  const format = v['--clean-format'];
  if (format !== undefined) {
    if (v['--clean'] === undefined) throw new UsageError('--clean-format applies to the clean file: add --clean OUT.csv.');
    if (!(CLEAN_FORMATS as readonly string[]).includes(format)) {
      throw new UsageError(`Unknown --clean-format "${format}". Use one of: ${CLEAN_FORMATS.join(', ')} (or leave it out for the field labels).`);
    }
  }
  for (const [flag, out] of [['--clean', v['--clean']], ['--rejects', v['--rejects']]] as const) {
    if (out !== undefined && same(out, file)) throw new UsageError(`${flag} "${out}" is the file being checked; write to another file.`);
  }
  if (v['--clean'] !== undefined && v['--rejects'] !== undefined && same(v['--clean'], v['--rejects'])) {
    throw new UsageError('--clean and --rejects name the same file; give each its own.');
  }
  return {
    file,
    sheet: v['--sheet'],
    settings: v['--settings'],
    json: p.flags['--json'],
    ndjson: p.flags['--ndjson'],
    quiet: p.flags['--quiet'],
    maxProblems,
    clean: v['--clean'],
    cleanFormat: (format ?? 'fields') as CleanFormat,
    rejects: v['--rejects'],
    threads,
  };
}

/** An output file's folder must exist and be writable before the (maybe long) read starts. */
function checkWritable(flag: string, file: string): void {
  const dir = path.dirname(path.resolve(file));
  try {
    if (!fs.statSync(dir).isDirectory()) throw Object.assign(new Error(), { code: 'ENOTDIR' });
    fs.accessSync(dir, fs.constants.W_OK);
  } catch (e) {
    throw new UsageError(`Cannot write ${flag} "${file}": ${fsReason(e)}${(e as { code?: string }).code === 'ENOENT' ? ' (its folder does not exist)' : ''}.`);
  }
  try {
    if (fs.statSync(file).isDirectory()) throw new UsageError(`Cannot write ${flag} "${file}": it is a folder.`);
  } catch (e) {
    if (e instanceof UsageError) throw e;
  }
}

/** The fields a mapping imports, in column order, each once. */
function mappedFields(mapping: Mapping): FieldKey[] {
  const out: FieldKey[] = [];
  for (const f of Object.values(mapping)) if (f && !out.includes(f)) out.push(f);
  return out;
}

/** Worker threads by default: one per core, for a file large enough to gain from them. */
function autoThreads(file: string): number {
  const cores = os.availableParallelism();
  if (cores < 2) return 1;
  try {
    const st = fs.statSync(file);
    return st.isFile() && st.size >= PARALLEL_MIN_BYTES ? cores : 1;
  } catch {
    return 1;
  }
}

/**
 * `tuning`: the worker threads' ranges and script (tests use small ranges, to put cuts everywhere), and `taken`,
 * told whether the rows were checked on worker threads.
 */
export async function validateFile(
  args: string[],
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream,
  tuning: Pick<ParallelOptions, 'headBytes' | 'batchBytes' | 'workerEntry'> & { taken?: (threads: boolean) => void } = {},
): Promise<number> {
  const a = parseValidateArgs(args);
  const { input, settings } = readSettingsFile(a.settings);
  // A URL the add-on would refuse is bad settings here too, though validate sends nothing.
  const badUrl = cliUrlProblem(settings.destination);
  if (badUrl) throw new UsageError(`The settings file "${a.settings}" has a problem: ${badUrl}`);
  if (a.clean !== undefined) checkWritable('--clean', a.clean);
  if (a.rejects !== undefined) checkWritable('--rejects', a.rejects);
  const note = (text: string) => err.write(`contact-import: note: ${printable(text)}\n`);
  // stdout closed by its reader (`validate ... --ndjson | head`): stop, with one line instead of a crash. The
  // listener stays: an error of a write still pending when the command ends is not an uncaught one either.
  let outError: Error | null = null;
  const onOutError = (e: Error) => (outError ??= e);
  out.on('error', onOutError);
  const outClosed = (e: unknown) =>
    (e as { code?: string })?.code === 'EPIPE' || (outError && e === outError)
      ? new UsageError('The output was closed before the end (the program reading it stopped); nothing more was written.')
      : e;

  // The outputs asked for, opened when the column plan is known (the clean file's columns come from the mapping).
  const o: { json?: JsonDocument; ndjson?: NdjsonOutput; clean?: CleanFile; rejects?: RejectsFile } = {};
  let cleanRows = 0;
  let rejectRows = 0;
  const sink: RowSink = {
    start: ({ header, mapping }) => {
      if (a.json) o.json = new JsonDocument();
      if (a.ndjson) o.ndjson = new NdjsonOutput(out);
      if (a.clean !== undefined) {
        const layout = cleanLayout(a.cleanFormat, mappedFields(mapping), settings);
        if (layout.leftOut.length) note(`the ${a.cleanFormat} clean file has no column for: ${layout.leftOut.join('; ')}.`);
        o.clean = new CleanFile(a.clean, layout);
      }
      if (a.rejects !== undefined) o.rejects = new RejectsFile(a.rejects, header);
    },
    row: (vr: ValidatedRow, cells: CellValue[]) => {
      if (outError) throw outError;
      let ok = true;
      if (o.json && !o.json.add(vr)) ok = false;
      if (o.ndjson && !o.ndjson.add(vr)) ok = false;
      if (vr.result === 'failure') {
        if (o.rejects) {
          rejectRows++;
          if (!o.rejects.add(vr, cells)) ok = false;
        }
      } else if (o.clean) {
        cleanRows++;
        if (!o.clean.add(vr.contact)) ok = false;
      }
      return ok;
    },
    drain: async () => {
      await Promise.all([o.json, o.ndjson, o.clean, o.rejects].map((x) => x?.drain() ?? Promise.resolve()));
    },
  };

  // The sheet's share read so far, for the progress line: the reader's, or the worker threads' merge.
  let share: () => number | null = () => null;
  const progress = new ProgressLine(err, !a.quiet && ProgressLine.isTerminal(err), () => share());
  const streamOptions: StreamOptions = {
    perGroup: a.json || a.ndjson ? 0 : a.maxProblems,
    validator: STREAM_VALIDATOR,
    noHeader: () =>
      new UsageError(`"${a.file}" has no header row at line ${settings.headerRow}; the header row names the columns (set headerRow in the settings if it is lower down).`),
    // No headerRow in the settings: the header row is found (row 1, lower down, or none), as the add-on does.
    ...(input.headerRow === undefined ? { findHeader: { defaultCountry: settings.defaultCountry } } : {}),
    progress: (n) => progress.update(n),
  };
  let result: StreamResult | null = null;
  let source = path.basename(a.file);
  // The readable report alone keeps nothing per row: its rows can be checked on worker threads.
  const readableOnly = !a.json && !a.ndjson && a.clean === undefined && a.rejects === undefined && a.sheet === undefined;
  const threads = a.threads === 'auto' ? autoThreads(a.file) : a.threads;
  if (readableOnly && threads > 1) {
    let merged = 0;
    share = () => merged;
    try {
      result = await validateParallel(a.file, settings, sink, streamOptions, {
        threads,
        headBytes: tuning.headBytes,
        batchBytes: tuning.batchBytes,
        workerEntry: tuning.workerEntry,
        onBytes: (x) => (merged = x),
        onFallback: (why) => note(`${why}; the file was checked on one thread instead.`),
      });
    } finally {
      progress.done();
    }
  }
  tuning.taken?.(result !== null);
  if (!result) {
    const sheet = await openSheet(a.file, a.sheet);
    source = sheet.source;
    share = () => sheet.progress();
    try {
      result = await validateStream(sheet.rows, settings, sink, streamOptions);
      await o.clean?.commit();
      await o.rejects?.commit();
    } catch (e) {
      o.json?.abort();
      o.clean?.abort();
      o.rejects?.abort();
      throw outClosed(e);
    } finally {
      progress.done();
      sheet.close();
    }
  }

  const { mapping, summary, problems } = result;
  // Said only when the headers are not in row 1 (found lower down, or none): first in every output.
  const headerNote = result.headerInfo?.message;
  const headerRow = headerNote ? { row: result.headerInfo!.row || null, message: headerNote } : undefined;
  try {
    if (a.json || a.ndjson) {
      for (const p of problems) note(p);
      if (o.json) await o.json.finish(out, mapping, summary, headerRow);
      else await o.ndjson?.finish(mapping, summary, headerRow);
    } else {
      let text = (headerNote ? `${printable(headerNote)}\n\n` : '') + formatReport({ mapping, summary, problems, groups: result.groups }, { source, customFields: settings.customFields, text: printable });
      const wrote: string[] = [];
      if (a.clean !== undefined) wrote.push(`${cleanRows} ${cleanRows === 1 ? 'row' : 'rows'} that would import to ${printable(a.clean)}`);
      if (a.rejects !== undefined) wrote.push(`${rejectRows} failing ${rejectRows === 1 ? 'row' : 'rows'} to ${printable(a.rejects)}`);
      if (wrote.length) text += `\nWrote ${wrote.join(', and ')}.\n`;
      await writeOut(out, text);
    }
    const closed = outError as Error | null; // set by the stream's listener meanwhile
    if (closed) throw closed;
  } catch (e) {
    throw outClosed(e);
  }
  return summary.failure > 0 ? 1 : 0;
}
