// Hostile input for validate (issue 16.4, 17.12): each case ends quickly with exit 2 and a one-line message, or
// fails its own row, within a stated memory cap — the command's own peak RSS (scripts/rss-probe.cjs), not this
// process's. Before streaming, a 50 MB line took 2 GB and a row of 5,000,000 commas ran past 60 s.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LIMITS } from '../../cli/limits';
import { cliAsync } from './spawn-cli';

/** The most memory any of these cases may take (the command's peak resident set, in MB). */
const CAP_MB = 300;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ci-hostile-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string | Buffer): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

function oneLine(stderr: string): void {
  expect(stderr).toMatch(/^contact-import: [^\n]*\n$/);
  expect(stderr).not.toMatch(/\n\s+at /);
}

describe('hostile CSV files stay bounded', () => {
  it.each<[string, () => string, RegExp]>([
    ['a 50 MB line of loose quotes', () => file('line.csv', 'Name,Email\n' + '"a"b'.repeat(13_000_000) + '\n'), /Line 2 is longer than 4,194,304 characters, the most a line may hold/],
    ['a 5 MB cell', () => file('cell.csv', `Name,Email\nAnn,"${'x'.repeat(5_000_000)}"\n`), /Line 2 is longer than 4,194,304 characters/],
    ['a row of 5,000,000 commas', () => file('commas.csv', 'Name,Email\n' + ','.repeat(5_000_000) + '\n'), /Line 2 has more than 18,278 columns, the most a sheet can have/],
    ['a quote never closed in a long file', () => file('open.csv', 'Name,Email\n"Ann,a@x.com\n' + 'Bo,b@x.com\n'.repeat(500_000)), /Line 2 is longer than 4,194,304 characters, the most a line may hold: a quoted field that opens there is not closed within it/],
  ])('%s: exit 2, one line, bounded memory', async (_n, make, message) => {
    const r = await cliAsync(['validate', make()], { measure: true });
    expect(r.code).toBe(2);
    oneLine(r.stderr);
    expect(r.stderr).toMatch(message);
    expect(r.peakMB).toBeGreaterThan(0);
    expect(r.peakMB!).toBeLessThan(CAP_MB);
  }, 60_000);

  it('a cell over 50,000 characters fails its own row when its column is imported, and warns when it is not, naming the column; the other rows are checked', async () => {
    const long = 'x'.repeat(LIMITS.cellChars + 1);
    const p = file('long.csv', `Name,Email,Notes\nAnn,a@x.com,${long}\nBo,b@x.com,fine\n"${long}",c@x.com,\n`);
    const r = await cliAsync(['validate', p, '--json'], { measure: true });
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.summary).toEqual({ total: 3, success: 1, warning: 1, failure: 1 });
    expect(out.rows[0].issues).toEqual([
      {
        line: 2, column: 'Notes', field: null, severity: 'warning', code: 'cell_too_long',
        message: 'The cell has 50,001 characters, more than a spreadsheet cell can hold (50,000). Its column is not imported, so the row still imports; shorten the cell before the file goes into a spreadsheet.',
      },
    ]);
    expect(out.rows[0].contact).toEqual({ name: 'Ann', email: 'a@x.com' });
    // The long cell is not read, so the row has no name; its error is the cell's, not a second "required" one.
    expect(out.rows[2].issues.map((i: { code: string; column: string }) => `${i.column}:${i.code}`)).toEqual(['Name:cell_too_long']);
    expect(out.rows[2].contact).toEqual({ email: 'c@x.com' });
    expect(r.peakMB!).toBeLessThan(CAP_MB);
  }, 60_000);

  it('100,000 rows with --json and --ndjson: memory does not grow with the rows', async () => {
    const p = file('many.csv', 'Name,Email,Tags\n' + Array.from({ length: 100_000 }, (_, i) => `Person ${i},p${i}@example.com,"a; b"\n`).join(''));
    for (const flag of ['--json', '--ndjson']) {
      const r = await cliAsync(['validate', p, flag], { measure: true });
      expect(r.code).toBe(0);
      expect(r.stdout.length).toBeGreaterThan(10_000_000);
      expect(r.peakMB!).toBeLessThan(CAP_MB);
    }
  }, 120_000);
});

describe('inputs without end', () => {
  it('settings at /dev/zero stop at the settings cap', async () => {
    const r = await cliAsync(['validate', file('a.csv', 'Name\nAnn\n'), '--settings', '/dev/zero'], { measure: true });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('contact-import: The settings file "/dev/zero" is larger than 1 MB, the most a settings file may be; check that it is the right file.\n');
    expect(r.peakMB!).toBeLessThan(CAP_MB);
  });

  it('a named pipe that no program writes to, as the file or as the settings, gives up after the stated wait', async () => {
    const fifo = (name: string) => {
      const p = join(dir, name);
      expect(spawnSync('mkfifo', [p]).status).toBe(0);
      return p;
    };
    const csv = fifo('nobody.csv');
    const settings = fifo('nobody.json');
    const [a, b] = await Promise.all([
      cliAsync(['validate', csv]),
      cliAsync(['validate', file('b.csv', 'Name\nAnn\n'), '--settings', settings]),
    ]);
    for (const [r, what] of [[a, `"${csv}"`], [b, `the settings file "${settings}"`]] as const) {
      expect(r.code).toBe(2);
      oneLine(r.stderr);
      expect(r.stderr).toContain(`Cannot read ${what}: it is a named pipe and no program opened it for writing within 10 seconds.`);
      expect(r.ms).toBeGreaterThanOrEqual(LIMITS.pipeWaitMs);
    }
  }, 40_000);

  it('a named pipe that a program writes to is read as it comes', async () => {
    const csv = join(dir, 'piped.csv');
    const settings = join(dir, 'piped.json');
    expect(spawnSync('mkfifo', [csv]).status).toBe(0);
    expect(spawnSync('mkfifo', [settings]).status).toBe(0);
    const src = file('source.txt', 'Name,Email\n' + Array.from({ length: 20_000 }, (_, i) => `P${i},p${i}@x.com\n`).join(''));
    const writers: ChildProcess[] = [];
    try {
      const run = cliAsync(['validate', csv, '--settings', settings, '--ndjson']);
      writers.push(spawn('sh', ['-c', 'sleep 0.5; printf \'{"mode":"create"}\' > "$0"', settings]));
      writers.push(spawn('sh', ['-c', 'sleep 1; cat "$0" > "$1"', src, csv]));
      const r = await run;
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const lines = r.stdout.trim().split('\n');
      expect(lines).toHaveLength(20_001);
      expect(JSON.parse(lines[20_000]).summary).toEqual({ total: 20_000, success: 20_000, warning: 0, failure: 0 });
    } finally {
      for (const w of writers) w.kill();
    }
  }, 40_000);
});
