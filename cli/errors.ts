// The command line's words for errors that are not its own: Node's file-system errors, the .xlsx reader's, the
// Sheets engine's (the test bed speaks as Google Sheets does) and a library's. The add-on's server code speaks the
// command line's words itself (cli/words.ts, passed in its run environment).
// Each comes out as one sentence of ours; a library's own text appears at most in parentheses.
import { UsageError } from './args';
import { fsReason } from './settings';

/** File-system error codes, in words (with the code in parentheses). */
const SYSTEM: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EFBIG: 'the file would be larger than this system allows',
  EROFS: 'the disk is read-only',
  ENOTDIR: 'a folder in its path is a file',
  ENAMETOOLONG: 'its name is too long',
  ELOOP: 'its path loops through symbolic links',
  EMFILE: 'too many files are open',
  EIO: 'the disk reported an input/output error',
  EBUSY: 'it is in use by another program',
  ETXTBSY: 'it is in use by another program',
};

/** Why a file operation failed, in words, or undefined when `e` is not a file-system error. */
export function systemReason(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return undefined;
  if (SYSTEM[code]) return `${SYSTEM[code]} (${code})`;
  if (['ENOENT', 'EISDIR', 'EACCES', 'EPERM'].includes(code)) return fsReason(e);
  return undefined;
}

/**
 * Messages of the Sheets engine (what Google Sheets says, as the test bed emulates it), with what the command line
 * says instead: wherever they appear, whole or inside a message of the add-on's server code ("The import stopped:
 * <what Sheets said>."). The server's own words for the interface come from the run environment (cli/words.ts),
 * so nothing of the add-on's sidebar wording is translated here.
 */
const SHEETS: Array<[RegExp, (...m: string[]) => string]> = [
  [/This action would increase the number of cells in the workbook above the limit of (\d+) cells\.?/,
    (_, n) => `the workbook would pass the ${Number(n).toLocaleString('en-US')} cells a Google Sheets spreadsheet holds; split it into smaller workbooks`],
  [/Your input contains more than the maximum of (\d+) characters in a single cell\.*/,
    (_, n) => `a value is longer than the ${Number(n).toLocaleString('en-US')} characters a Google Sheets cell holds`],
  [/The coordinates of the range are outside the dimensions of the sheet\.?/,
    () => 'a write went past the last row or column of a sheet (an internal error of contact-import; please report it)'],
  [/^Invalid date$/, () => 'a date cell holds no real date'],
  [/Argument too large: value/, () => 'the settings are too large to be stored with the workbook'],
  [/You have exceeded the property storage quota\b[^.]*\.?/, () => 'the settings and run records are too large to be stored with the workbook'],
];

/** A message in the command line's words: the Sheets engine's wording replaced wherever it appears, the rest as it is. */
export function ourWords(message: string): string {
  let out = message;
  for (const [re, say] of SHEETS) out = out.replace(re, (...m: string[]) => say(...m));
  return out;
}

/**
 * Errors whose message is ours already: the commands' UsageError, the reader's XlsxError, the add-on's UserError.
 * Told by name, since each command is bundled on its own (an instanceof across bundles fails).
 */
const OWN = new Set(['UsageError', 'XlsxError', 'UserError', 'SheetNotFoundError']);
const isOwn = (e: unknown): e is Error => e instanceof Error && OWN.has(e.name);

/** Our words for any error: our own errors' messages, known messages translated, others in parentheses. */
export function describeError(e: unknown): string {
  if (isOwn(e)) return ourWords(e.message);
  const reason = systemReason(e);
  if (reason) return reason;
  const message = e instanceof Error ? e.message : String(e);
  const ours = ourWords(message);
  if (ours !== message) return ours;
  const name = e instanceof Error && e.name && e.name !== 'Error' ? `${e.name}: ` : '';
  return `an unexpected error (${name}${message.replace(/[\s.]+$/, '')})`;
}

/** The one-line error for a file that cannot be read as an .xlsx workbook. */
export function xlsxReadError(file: string, e: unknown): UsageError {
  if (e instanceof Error && (e.name === 'UsageError' || e.name === 'SheetNotFoundError')) return new UsageError(e.message);
  if (e instanceof Error && e.name === 'XlsxError') return new UsageError(`Cannot read "${file}" as an .xlsx workbook: ${e.message}.`);
  const reason = systemReason(e);
  if (reason) return new UsageError(`Cannot read "${file}": ${reason}.`);
  return new UsageError(`Cannot read "${file}" as an .xlsx workbook: ${describeError(e)}.`);
}

/** The one-line error for a file that cannot be written. */
export function writeError(file: string, e: unknown): UsageError {
  return new UsageError(`Cannot write "${file}": ${describeError(e).replace(/\.+$/, '')}. The file was left as it was.`);
}
