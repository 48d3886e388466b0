// contact-import validate on files whose headers are not in row 1: found lower down, or absent (row 1 is data).
// Spawns the real command (node bin/contact-import.js).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const bin = join(root, 'bin', 'contact-import.js');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ci-validate-hdr-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
function file(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

const NO_HEADER = 'Row 1 looks like data, not headers: the columns are mapped by their content and row 1 is read as data.';

describe('validate: where the header row is', () => {
  it('a file whose first line is data: says so, maps by content and reads line 1 as data', () => {
    const csv = file('noheader.csv', 'Hans,de Boer,hdebo@example.nl,06 12345678\nMarie,Verkerk,marie@example.nl,06 23456789\nJan,Smit,jan@example.nl,06 34567890\n');
    const settings = file('nl.json', JSON.stringify({ defaultCountry: 'NL' }));
    const r = cli('validate', csv, '--settings', settings, '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.headerRow).toEqual({ row: null, message: NO_HEADER });
    expect(out.mapping).toEqual({ 'Column A': 'firstName', 'Column B': 'lastName', 'Column C': 'email', 'Column D': 'phone' });
    expect(out.summary).toEqual({ total: 3, success: 3, warning: 0, failure: 0 });
    expect(out.rows[0]).toEqual({ line: 1, result: 'success', issues: [], contact: { firstName: 'Hans', lastName: 'de Boer', email: 'hdebo@example.nl', phone: '+31612345678' } });

    const human = cli('validate', csv, '--settings', settings);
    expect(human.stdout.startsWith(`${NO_HEADER}\n\n`)).toBe(true);
    expect(human.stdout).toMatch(/Column C\s*(->|→|:)?\s*Email/);
  });

  it('headers below a title and a blank line: says which row, and lines keep their sheet numbers', () => {
    const csv = file('title.csv', 'Members 2024,,\n,,\nName,Email,Phone\nAnn Lee,ann@example.com,(212) 736-5000\nBob Ray,bob@example.org,\n');
    const r = cli('validate', csv, '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.headerRow).toEqual({ row: 3, message: 'The headers are in row 3; rows 1 and 2 above them (a title, notes or blank lines) are not read.' });
    expect(out.mapping).toEqual({ Name: 'name', Email: 'email', Phone: 'phone' });
    expect(out.rows.map((x: { line: number }) => x.line)).toEqual([4, 5]);
    expect(cli('validate', csv).stdout).toMatch(/^The headers are in row 3;/);
  });

  it('headers in row 1: no headerRow key, no extra line', () => {
    const csv = file('plain.csv', 'Name,Email\nAnn,ann@example.com\n');
    const out = JSON.parse(cli('validate', csv, '--json').stdout);
    expect(Object.keys(out)).toEqual(['mapping', 'summary', 'rows']);
    expect(cli('validate', csv).stdout).not.toMatch(/looks like data|The headers are in row/);
  });

  it('headerRow in the settings wins over detection', () => {
    const csv = file('forced.csv', 'Members 2024,,\nName,Email,Phone\nAnn Lee,ann@example.com,(212) 736-5000\n');
    const s1 = file('h1.json', JSON.stringify({ headerRow: 1 }));
    const out = JSON.parse(cli('validate', csv, '--settings', s1, '--json').stdout);
    expect(out.headerRow).toBeUndefined();
    expect(Object.keys(out.mapping)).toEqual(['Members 2024', 'Column B', 'Column C']);
    const s9 = file('h9.json', JSON.stringify({ headerRow: 9 }));
    const bad = cli('validate', csv, '--settings', s9, '--json');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/has no header row at line 9/);
  });
});
