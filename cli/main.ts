// The contact-import command. Run through bin/contact-import.js (bundled in memory by bin/run-ts.js).
//
//   contact-import validate FILE.csv|FILE.xlsx [--sheet NAME] [--settings settings.json] [--json | --ndjson] ...
//   contact-import run ...            (cli/run.ts)
//   contact-import fix ...            (cli/fix.ts)
//   contact-import help | --help
//
// Exit codes: 0 no row fails; 1 some rows fail; 2 unusable input (missing or unreadable file, bad settings,
// unknown command or flag), with a one-line message on stderr and no stack trace.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { UsageError } from './args';
import { printable } from './terminal';
import { validateFile } from './validate';

export const USAGE = `Usage:
  contact-import validate FILE.csv|FILE.xlsx [--sheet NAME] [--settings settings.json] [--json]
  contact-import run ...          import a sheet into a destination (see: contact-import run --help)
  contact-import fix ...          write the values Fix in place can write better (see: contact-import fix --help)
  contact-import help             show this help

validate checks every row of a contact file, as the add-on's "Check sheet" does, streaming it (any length):
  --sheet NAME           the worksheet of an .xlsx file (default: the first one)
  --settings FILE        settings.json: mode ("create", "update" or "upsert"), matchOn, defaultCountry,
                         dateOrder ("MDY" or "DMY"), policy ("skip-field" or "fail-row"), mapping
                         ({header: fieldKey|null}; columns are auto-mapped when absent), customFields, users,
                         headerRow
  --json                 print {"mapping", "summary", "rows"} as JSON instead of a readable summary
  --ndjson               print one JSON object per row as it is checked, then {"mapping", "summary"}
  --max-problems N       the readable summary lists at most N problems of each kind (default 20)
  --clean OUT.csv        write the rows that would import, as normalized values, with the fields' labels
  --clean-format FORMAT  the clean file's headers: hubspot, salesforce, google-contacts or highlevel
  --rejects OUT.csv      write the failing rows, with their original columns, a Line and an Error column
  --threads N            check the rows on N worker threads (default: one per core, for the readable report of a
                         UTF-8 CSV file of 8 MB or more; --json, --ndjson, --clean, --rejects and .xlsx use one);
                         1: none. The report is the same, byte for byte
  --quiet                no progress line on the terminal
An option's value can also be given as --sheet=NAME.

Exit codes: 0 when no row fails, 1 when some rows fail, 2 when the input cannot be used.
`;

/** The project root: the nearest folder above this file holding package.json. */
export function projectRoot(from: string = __dirname): string {
  let dir = path.resolve(from);
  for (;;) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    const up = path.dirname(dir);
    if (up === dir) return path.resolve(from);
    dir = up;
  }
}

type Command = (args: string[]) => Promise<number>;

/**
 * cli/run.ts and cli/fix.ts are other commands' modules (they load the Apps Script test bed); each is loaded only
 * when asked for, and may be absent.
 */
function loadCommand(module: 'run' | 'fix', exported: string): Command | null {
  const root = projectRoot();
  const file = path.join(root, 'cli', `${module}.ts`);
  if (!fs.existsSync(file)) return null;

  const req = require;
  const { runTs } = req(path.join(root, 'bin', 'run-ts.js')) as { runTs: (f: string) => Record<string, unknown> };
  const mod = runTs(file);
  return typeof mod[exported] === 'function' ? (mod[exported] as Command) : null;
}

/** `tuning`: validate's worker threads, for tests (cli/validate.ts validateFile). */
export async function main(
  argv: string[],
  out: NodeJS.WritableStream = process.stdout,
  err: NodeJS.WritableStream = process.stderr,
  tuning: Parameters<typeof validateFile>[3] = {},
): Promise<number> {
  const [cmd, ...rest] = argv;
  try {
    if (cmd === undefined || cmd === 'help' || cmd === '--help' || cmd === '-h') {
      (cmd === undefined ? err : out).write(USAGE);
      return cmd === undefined ? 2 : 0;
    }
    if (cmd === 'validate') return await validateFile(rest, out, err, tuning);
    if (cmd === 'run' || cmd === 'fix') {
      const command = loadCommand(cmd, cmd === 'run' ? 'runCommand' : 'fixCommand');
      if (!command) {
        err.write(`contact-import: The ${cmd} command is not available in this build.\n`);
        return 2;
      }
      return await command(rest);
    }
    throw new UsageError(`Unknown command "${cmd}". Use "validate", "run" or "fix" (contact-import --help).`);
  } catch (e) {
    // One line, whatever the message quotes (a path, a sheet name, a cell): control characters are escaped.
    const msg = e instanceof Error ? e.message : String(e);
    err.write(`contact-import: ${printable(msg)}\n`);
    return 2;
  }
}

// Run when this module is the entry (bin/contact-import.js), not when imported by tests.
if (process.argv[1] && /[\\/]cli[\\/]main\.ts$/.test(process.argv[1])) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
