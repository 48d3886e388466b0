// The streamed `validate` gives what the whole-file `validate` gave (test/cli/oracle.ts): the same mapping, summary,
// rows, issues and duplicates — on the shipped corpora, on random property-generated files, and with chunk
// boundaries everywhere (a quoted line break, a multi-byte character, a CRLF, a UTF-16 code unit split between
// two reads).
import fc from 'fast-check';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { rowJson, summaryJson, type RowJson, type ValidationJson } from '../../src/engine/report';
import { readSettings } from '../../src/crm/registry';
import type { Settings } from '../../src/engine/types';
import { UsageError } from '../../cli/args';
import { csvCell } from '../../cli/csv/write';
import { main } from '../../cli/main';
import { openSheet } from '../../cli/sheet-source';
import { STREAM_VALIDATOR } from '../../cli/validate';
import { validateStream } from '../../cli/validate-stream';
import { writeContactsCsv } from '../../bench/contacts-csv';
import { capture } from './capture';
import { oracleValidateCsv, oracleValidateXlsx } from './oracle';

const root = join(__dirname, '..', '..');
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ci-stream-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const settingsOf = (input: unknown): Settings => {
  const r = readSettings(input);
  if ('errors' in r) throw new Error(r.errors.join(' '));
  return r.settings;
};

let n = 0;
function file(bytes: Buffer | string, ext = '.csv'): string {
  const p = join(dir, `f${n++}${ext}`);
  writeFileSync(p, bytes);
  return p;
}

/** The streamed pipeline in process, reading `path` in chunks of `chunkBytes`; null where validate exits 2. */
async function streamed(path: string, settings: Settings, chunkBytes: number, sheet?: string): Promise<ValidationJson | null> {
  let src;
  try {
    src = await openSheet(path, sheet, { chunkBytes });
  } catch (e) {
    if (e instanceof UsageError) return null;
    throw e;
  }
  const rows: RowJson[] = [];
  try {
    const r = await validateStream(src.rows, settings, { row: (vr) => rows.push(rowJson(vr)) > 0, drain: async () => {} }, {
      perGroup: 0,
      validator: STREAM_VALIDATOR,
      noHeader: () => new UsageError('no header row'),
    });
    return { ...summaryJson(r.mapping, r.summary), rows };
  } catch (e) {
    if (e instanceof UsageError) return null;
    throw e;
  } finally {
    src.close();
  }
}

/** `contact-import validate FILE --json` run in process: its exit code and stdout. */
const cliJson = (args: string[]) => capture((out, err) => main(['validate', ...args], out, err));

const SAMPLE_SETTINGS = settingsOf(JSON.parse(readFileSync(join(root, 'samples', 'settings.json'), 'utf8')));
const PLAYGROUND_SETTINGS = settingsOf(JSON.parse(readFileSync(join(root, 'samples', 'playground', 'contacts.settings.json'), 'utf8')));
const DEFAULTS = settingsOf({});

describe('the streamed validate equals the whole-file validate on the corpora', () => {
  it.each([
    ['samples/contacts.csv with its settings', 'samples/contacts.csv', SAMPLE_SETTINGS],
    ['samples/contacts.csv with the defaults', 'samples/contacts.csv', DEFAULTS],
    ['samples/contacts.csv, fail-row, create without duplicates check', 'samples/contacts.csv', settingsOf({ policy: 'fail-row', mode: 'create', matchOn: [] })],
    ['samples/contacts.csv, update on phone then email', 'samples/contacts.csv', settingsOf({ mode: 'update', matchOn: ['phone', 'email'] })],
  ])('%s, in reads of 1, 7, 64 and 1 MiB bytes', async (_n, rel, settings) => {
    const path = join(root, rel);
    const expected = oracleValidateCsv(readFileSync(path), settings);
    expect(expected).not.toBeNull();
    for (const chunk of [1, 7, 64, 1 << 20]) expect(await streamed(path, settings, chunk)).toEqual(expected);
  });

  it('the playground workbook (.xlsx), its first sheet', async () => {
    const path = join(root, 'samples', 'playground', 'contacts.xlsx');
    const expected = await oracleValidateXlsx(readFileSync(path), PLAYGROUND_SETTINGS);
    expect(expected!.rows.length).toBeGreaterThan(10);
    expect(await streamed(path, PLAYGROUND_SETTINGS, 1 << 20)).toEqual(expected);
  });

  it('a workbook of typed cells, a blank row, a repeated email and an unmapped column with data far down', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Contacts');
    ws.addRow(['First Name', 'Email', 'Phone', 'DOB', '']);
    ws.addRow(['Ann', { text: 'ann@x.com', hyperlink: 'mailto:ann@x.com' }, 4155550132, new Date(Date.UTC(1985, 9, 28)), '']);
    ws.addRow([{ richText: [{ text: 'B' }, { text: 'ob' }] }, 'bob@x', '+44 20 7946 0958', '2/30/2020', '']);
    ws.addRow([]);
    for (let i = 0; i < 30; i++) ws.addRow([`P${i}`, `p${i}@x.com`, '', '', '']);
    ws.addRow(['Cy', 'ANN@X.COM', '', 45000, 'late column']);
    const path = join(dir, 'typed.xlsx');
    await wb.xlsx.writeFile(path);
    const expected = await oracleValidateXlsx(readFileSync(path), DEFAULTS);
    expect(expected!.mapping).toHaveProperty('Column E', null);
    expect(await streamed(path, DEFAULTS, 1 << 20)).toEqual(expected);
  });

  it('3,000 generated rows of the benchmark mix (bad cells, duplicates, every date format)', async () => {
    const path = join(dir, 'bench.csv');
    writeContactsCsv(path, 3000, 7);
    const settings = settingsOf({
      customFields: [
        { key: 'score', label: 'Score', type: 'number' },
        { key: 'dealValue', label: 'Deal Value', type: 'monetary' },
        { key: 'subscribed', label: 'Subscribed', type: 'checkbox' },
      ],
    });
    const expected = oracleValidateCsv(readFileSync(path), settings)!;
    expect(expected.rows.some((r) => r.issues.some((i) => i.code === 'duplicate_in_sheet'))).toBe(true);
    for (const chunk of [997, 65536]) expect(await streamed(path, settings, chunk)).toEqual(expected);
  });

  it('the command prints the very bytes the whole-file validate printed (--json)', async () => {
    for (const [path, settingsFile] of [
      [join(root, 'samples', 'contacts.csv'), join(root, 'samples', 'settings.json')],
      [join(root, 'samples', 'playground', 'contacts.xlsx'), join(root, 'samples', 'playground', 'contacts.settings.json')],
    ]) {
      const settings = settingsOf(JSON.parse(readFileSync(settingsFile, 'utf8')));
      const expected = path.endsWith('.xlsx') ? await oracleValidateXlsx(readFileSync(path), settings) : oracleValidateCsv(readFileSync(path), settings);
      const r = await cliJson([path, '--settings', settingsFile, '--json']);
      expect(r.out).toBe(JSON.stringify(expected) + '\n');
      expect(r.code).toBe(expected!.summary.failure > 0 ? 1 : 0);
    }
  });
});

describe('chunk boundaries anywhere', () => {
  const text =
    'Name,Email,Notes,Tags\r\n' +
    '"Lee, Ann",ann@x.com,"two\r\nlines, ""quoted""",VIP;Lead\r\n' +
    'José Müller,jose@x.com,日本語 😀 ok,"a\nb"\r\n' +
    '\r\n' +
    'Zoë,ANN@X.COM,"",\r\n' +
    '"Bob ""B""",bob@x,x\r' +
    'Cy,cy@x.com,\u00a0€,last';

  it.each([
    ['UTF-8', Buffer.from(text, 'utf8')],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])],
    ['UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
    ['UTF-16 BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()])],
    ['Windows-1252', Buffer.from(text.replace(/[日本語😀]/gu, '?').replace('€', '\x80'), 'latin1')],
  ])('%s, read 1 to 40 bytes at a time', async (_n, bytes) => {
    const path = file(bytes);
    const expected = oracleValidateCsv(bytes, DEFAULTS)!;
    expect(expected.rows.map((r) => r.line)).toEqual([2, 3, 5, 6, 7]);
    expect(expected.rows[2].issues[0]).toMatchObject({ code: 'duplicate_in_sheet' });
    for (let chunk = 1; chunk <= 40; chunk++) expect(await streamed(path, DEFAULTS, chunk)).toEqual(expected);
  });
});

describe('the encoding is the whole file\'s', () => {
  // Valid UTF-8 for its first MiB and more, then one Windows-1252 byte: the whole file is Windows-1252, as it was
  // when the whole file was decoded at once (the streamed reader checks every byte before it reads any row).
  const rows = Array.from({ length: 60_000 }, (_, i) => `José ${i},p${i}@x.com\n`).join('');
  const bytes = Buffer.concat([Buffer.from('Name,Email\n' + rows, 'utf8'), Buffer.from('Ren\xe9,rene@x.com\n', 'latin1')]);

  it('a file valid UTF-8 but for a late byte is Windows-1252 all through', async () => {
    expect(bytes.length).toBeGreaterThan(1 << 20);
    const path = file(bytes);
    const expected = oracleValidateCsv(bytes, DEFAULTS)!;
    expect(expected.rows[0].contact.name).toBe('JosÃ© 0');
    expect(expected.rows[60_000].contact.name).toBe('René');
    expect(await streamed(path, DEFAULTS, 1 << 20)).toEqual(expected);
  });

  it('from a pipe, which cannot be read twice, a late byte that is not UTF-8 stops the read with one line', async () => {
    const fifo = join(dir, 'late.csv');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const src = file(bytes, '.bin');
    const writer = spawn('sh', ['-c', 'cat "$0" > "$1"', src, fifo]);
    try {
      const r = await cliJson([fifo, '--json']);
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.err).toMatch(/^contact-import: Cannot read ".*late\.csv": it is read from a pipe, which cannot be read twice, and its bytes after the first [\d,]+ are not UTF-8 as its start was\. Save it as a file \(or as UTF-8\) and try again\.\n$/);
    } finally {
      writer.kill();
    }
  });
});

// ---------- random files ----------

const HEADER_WORDS = ['Name', 'First Name', 'Last Name', 'Email', 'E-mail', 'Phone', 'Mobile', 'Tags', 'Birthday', 'Notes', 'Company', '', 'Email', 'Import status', 'Website', 'ID'];
const VALUES = [
  '', '', '', ' ', 'Ann Lee', 'José', 'Zoë "Z"', 'Lee, Ann', 'two\nlines', 'cr\r\nlf', 'a@x.com', 'A@X.COM', 'b@x.com', 'bad@', 'x@y',
  '(415) 555-0132', '+44 20 7946 0958', '123-456-7890', 'call me', '4155550132', 'Sep 8th 2024', '2024-02-30', '09/08/2024', 'VIP; Lead',
  'https://acme.com', 'acme', '日本', '😀', '\u200b', '\u00a0x', '=1+1', 'Import status', '"', '""', 'a"b', ';', '\t', '|',
];

const fileArb = fc.record({
  headers: fc.array(fc.constantFrom(...HEADER_WORDS), { minLength: 1, maxLength: 6 }),
  rows: fc.array(fc.array(fc.constantFrom(...VALUES), { maxLength: 8 }), { maxLength: 30 }),
  title: fc.boolean(),
  delimiter: fc.constantFrom(',', ';', '\t'),
  eol: fc.constantFrom('\n', '\r\n', '\r'),
  quoteAll: fc.boolean(),
  finalEol: fc.boolean(),
  encoding: fc.constantFrom('utf-8', 'utf-8-bom', 'utf-16le'),
  settings: fc.constantFrom<unknown>(
    {},
    { policy: 'fail-row' },
    { mode: 'create', matchOn: [] },
    { mode: 'update', matchOn: ['phone'] },
    { mapping: { Email: 'email', 'Column B': 'phone', 'Column H': 'tags', Notes: null } },
  ),
  chunk: fc.integer({ min: 1, max: 64 }),
});

type RandomFile = typeof fileArb extends fc.Arbitrary<infer T> ? T : never;

function render(f: RandomFile): { bytes: Buffer; settings: Settings } {
  const cell = (v: string) => (f.quoteAll ? `"${v.replace(/"/g, '""')}"` : csvCell(v, f.delimiter));
  const lines = [f.headers, ...f.rows].map((r) => r.map(cell).join(f.delimiter));
  if (f.title) lines.unshift(cell('Exported contacts'));
  let text = lines.join(f.eol) + (f.finalEol ? f.eol : '');
  const settings = settingsOf({ ...(f.settings as object), headerRow: f.title ? 2 : 1 });
  if (f.encoding === 'utf-16le') return { bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), settings };
  if (f.encoding === 'utf-8-bom') text = '\ufeff' + text;
  return { bytes: Buffer.from(text, 'utf8'), settings };
}

describe('random files (property)', () => {
  it('streamed in random reads, every file gives what the whole-file validate gave', async () => {
    await fc.assert(
      fc.asyncProperty(fileArb, async (f) => {
        const { bytes, settings } = render(f);
        const path = file(bytes);
        const expected = oracleValidateCsv(bytes, settings);
        expect(await streamed(path, settings, f.chunk)).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });
});
