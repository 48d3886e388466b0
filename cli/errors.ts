// The command line's words for errors that are not its own: Node's file-system errors, the .xlsx reader's, the
// Sheets engine's (the test bed speaks as Google Sheets does), a library's, and the add-on's sidebar wording.
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
 * Messages of the Sheets engine (what Google Sheets says, as the test bed emulates it) and of the add-on's server
 * code when it speaks to the sidebar, with what the command line says instead.
 */
const OURS: Array<[RegExp, (...m: string[]) => string]> = [
  [/^This action would increase the number of cells in the workbook above the limit of (\d+) cells\.?$/,
    (_, n) => `the workbook would pass the ${Number(n).toLocaleString('en-US')} cells a Google Sheets spreadsheet holds; split it into smaller workbooks`],
  [/^Your input contains more than the maximum of (\d+) characters in a single cell\.*$/,
    (_, n) => `a value is longer than the ${Number(n).toLocaleString('en-US')} characters a Google Sheets cell holds`],
  [/^The coordinates of the range are outside the dimensions of the sheet\.?$/,
    () => 'a write went past the last row or column of a sheet (an internal error of contact-import; please report it)'],
  [/^Invalid date$/, () => 'a date cell holds no real date'],
  [/^Argument too large: value$/, () => 'the settings are too large to be stored with the workbook'],
  [/^You have exceeded the property storage quota\b.*$/, () => 'the settings and run records are too large to be stored with the workbook'],
  [/^No column is mapped to a contact field\. Open the sidebar and map at least a Name, Email or Phone column\.$/,
    () => 'No column is mapped to a contact field. Map at least a Name, Email or Phone column with "mapping" in the settings file, or name the columns so that they are recognised (such as "Email").'],
  [/^"(.*)" is one of the add-on's tabs\. Open the sheet with the contacts to import, then try again\.$/,
    (_, name) => `"${name}" is one of the add-on's tabs; give --sheet the sheet that holds the contacts to import.`],
  [/^The check could not finish\. Check the sheet again, then review the import\.$/, () => 'The check could not finish.'],
  // The server quotes an unexpected error's id after its message, "(error E-…)": kept, after our words.
  [/^The (check|import) stopped: ([\s\S]*?)\.*(?: \((error E-[\w-]+)\))?\.* Choose "Resume" to finish it; nothing will be imported twice\.$/,
    (_, kind, why, id) => `The ${kind} stopped: ${ourWords(why).replace(/\.+$/, '')}${id ? ` (${id})` : ''}.`],
  [/^Interrupted: ([\s\S]*?)\.*(?: \((error E-[\w-]+)\))?\.* Resume the run to finish it; nothing will be imported twice\.$/,
    (_, why, id) => `Interrupted: ${ourWords(why).replace(/\.+$/, '')}${id ? ` (${id})` : ''}.`],
  [/^([\s\S]*) It was interrupted: choose "Resume" to finish it\.$/, (_, head) => head],
];

/** A message in the command line's words: engine and sidebar wording replaced, anything else as it is. */
export function ourWords(message: string): string {
  for (const [re, say] of OURS) {
    const m = re.exec(message);
    if (m) return say(...m);
  }
  return message;
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
