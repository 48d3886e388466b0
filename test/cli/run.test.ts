// Spawns the real command (node bin/contact-import.js) for what `run` shares with `validate`: the settings file is
// read the same way (BOM, null), the options are parsed the same way (--flag value and --flag=value), and
// `run --json` names the destination as History does.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadXlsx, saveXlsx, workbookFromRows } from '../../testbed';
import { spawnTestCrm, SpawnedTestCrm, TEST_CRM_START_MS } from '../../testcrm/spawn';

jest.setTimeout(60_000);

const root = join(__dirname, '..', '..');
const bin = join(root, 'bin', 'contact-import.js');
let dir: string;
let n = 0;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ci-run-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, TZ: 'America/Los_Angeles' };
  delete env.CONTACT_IMPORT_TOKEN;
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
function file(name: string, text: string | Buffer): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}
const outFile = () => join(dir, `out-${++n}.xlsx`);
async function book(name: string, sheets: Record<string, unknown[][]>): Promise<string> {
  const p = join(dir, name);
  await saveXlsx(workbookFromRows(sheets as never), p);
  return p;
}
const oneLine = (s: string) => expect(s).toMatch(/^contact-import[^\n]*\n$/);

describe('contact-import run reads settings.json as validate does', () => {
  it('a settings file with a UTF-8 byte order mark is read, and its settings apply', async () => {
    const b = await book('bom.xlsx', { People: [['Name', 'Email'], ['Ann', 'ann@x.com'], ['Bob', 'bob@x.com']] });
    // "Update only" on an empty Contacts tab proves the file was read: without it (upsert) both rows are created.
    const s = file('bom.json', '\ufeff' + JSON.stringify({ mode: 'update' }));
    const out = outFile();
    const r = cli('run', b, '--out', out, '--settings', s, '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const j = JSON.parse(r.stdout);
    expect(j).toMatchObject({ status: 'Completed', total: 2, created: 0, errors: 2, destination: 'Contacts tab' });
    expect(j.rows[0]).toMatchObject({ line: 2, result: 'failure', message: expect.stringMatching(/^Contact not found: no contact has Email "ann@x\.com"\. "Update only"/) });
    expect(cli('run', b, '--out', outFile(), '--json').code).toBe(0);
    // validate reads the same file too.
    const v = cli('validate', file('bom.csv', 'Name,Email\nAnn,ann@x.com\n'), '--settings', s, '--json');
    expect(v.code).toBe(0);
  });

  it('settings that are null are refused with exit 2 and one line, as validate refuses them, and nothing is written', async () => {
    const b = await book('null.xlsx', { People: [['Name', 'Email'], ['Ann', 'ann@x.com']] });
    const s = file('null.json', 'null');
    const out = outFile();
    const r = cli('run', b, '--out', out, '--settings', s, '--json');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    oneLine(r.stderr);
    expect(r.stderr).toContain(`The settings file "${s}" has a problem: Settings must be a JSON object, not null.`);
    expect(existsSync(out)).toBe(false);
    const v = cli('validate', file('null.csv', 'Name\nA\n'), '--settings', s);
    expect(v.code).toBe(2);
    expect(v.stderr).toContain(`The settings file "${s}" has a problem: Settings must be a JSON object, not null.`);
  });

  it('a settings file that is not JSON gets the same message from both commands', async () => {
    const b = await book('bad.xlsx', { People: [['Name'], ['Ann']] });
    const s = file('bad.json', '{mode: create}');
    const r = cli('run', b, '--out', outFile(), '--settings', s);
    const v = cli('validate', file('bad.csv', 'Name\nA\n'), '--settings', s);
    expect([r.code, v.code]).toEqual([2, 2]);
    oneLine(r.stderr);
    const why = (t: string) => t.slice(t.indexOf('The settings file'));
    expect(why(r.stderr)).toMatch(/^The settings file ".*bad\.json" is not valid JSON: /);
    expect(why(r.stderr)).toBe(why(v.stderr));
  });
});

describe('one argument parser: --flag value and --flag=value, for both commands', () => {
  let two: string;
  beforeAll(async () => {
    two = await book('two.xlsx', { First: [['Name', 'Email'], ['Ann', 'ann@x.com']], Second: [['Email', 'Phone'], ['bob@x.com', '+1 415 555 0100'], ['cy@x.com', '']] });
  });

  it('run --sheet=NAME (and --out=, --settings=) picks that sheet', () => {
    const out = outFile();
    const s = file('eq.json', JSON.stringify({ mode: 'upsert' }));
    const r = cli('run', two, `--out=${out}`, '--sheet=Second', `--settings=${s}`, '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ sheet: 'Second', total: 2, created: 2 });
    expect(existsSync(out)).toBe(true);
  });

  it('run --sheet NAME still works, and gives the same result', () => {
    const r = cli('run', two, '--out', outFile(), '--sheet', 'Second', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ sheet: 'Second', total: 2, created: 2 });
  });

  it('validate --sheet=NAME picks that sheet, like --sheet NAME', () => {
    const a = cli('validate', two, '--sheet=Second', '--json');
    const b = cli('validate', two, '--sheet', 'Second', '--json');
    expect(a.stderr).toBe('');
    expect(a.code).toBe(0);
    expect(JSON.parse(a.stdout).mapping).toEqual({ Email: 'email', Phone: 'phone' });
    expect(a.stdout).toBe(b.stdout);
  });

  it.each<[string, string[], RegExp]>([
    ['run: unknown option', ['run', 'x.xlsx', '--out', 'y.xlsx', '--shet=A'], /Unknown option "--shet=A" for run\. Options: --out FILE, --sheet NAME, --settings FILE, --json\./],
    ['run: --sheet= without a value', ['run', 'x.xlsx', '--out', 'y.xlsx', '--sheet='], /--sheet needs a value\./],
    ['run: --out without a value', ['run', 'x.xlsx', '--out'], /--out needs a value\./],
    ['run: --json=yes', ['run', 'x.xlsx', '--out', 'y.xlsx', '--json=yes'], /--json takes no value\./],
    ['run: two workbooks', ['run', 'x.xlsx', 'z.xlsx', '--out', 'y.xlsx'], /run takes one workbook, but got "x\.xlsx" and "z\.xlsx"\./],
    ['validate: --sheet= without a value', ['validate', 'x.xlsx', '--sheet='], /--sheet needs a value\./],
    ['validate: --json=yes', ['validate', 'x.csv', '--json=yes'], /--json takes no value\./],
  ])('%s: exit 2, one line', (_n, args, re) => {
    const r = cli(...args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    oneLine(r.stderr);
    expect(r.stderr).toMatch(re);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('run --json names the destination as History does', () => {
  let crm: SpawnedTestCrm;
  beforeAll(async () => {
    crm = await spawnTestCrm();
  }, TEST_CRM_START_MS + 10_000);
  afterAll(async () => crm?.close());

  it.each<[string, string, (c: SpawnedTestCrm) => Record<string, unknown>]>([
    ['hubspot', 'HubSpot', (c) => ({ type: 'hubspot', baseUrl: c.url, token: c.token })],
    ['highlevel', 'HighLevel', (c) => ({ type: 'highlevel', baseUrl: c.url, token: c.token, locationId: c.locationId })],
    ['webhook', 'the webhook', (c) => ({ type: 'webhook', url: `${c.url}/webhook/contacts` })],
  ])('%s → "%s"', async (type, label, destination) => {
    await crm.admin.reset();
    const b = await book(`dest-${type}.xlsx`, { People: [['Name', 'Email', 'Phone'], ['Ann', `ann-${type}@x.com`, '+1 415 555 0100']] });
    const s = file(`dest-${type}.json`, JSON.stringify({ destination: destination(crm) }));
    const out = outFile();
    const r = cli('run', b, '--out', out, '--settings', s, '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j).toMatchObject({ status: 'Completed', total: 1, created: 1, destination: label });
    // History's Destination column (row 3: the run's summary row, newest on top) says the same.
    const hist = (await loadXlsx(out)).sheet('History')!;
    const headers = [0, 1, 2, 3, 4, 5, 6].map((c) => hist.cell(0, c));
    expect(hist.cell(2, headers.indexOf('Destination'))).toBe(label);
    // The readable summary too.
    const t = cli('run', b, '--out', outFile(), '--settings', s);
    expect(t.stdout).toContain(`→ ${label}: Completed`);
  });
});

describe('run: HighLevel custom fields by id (destination.customFieldIds in settings.json)', () => {
  let crm: SpawnedTestCrm;
  beforeAll(async () => {
    crm = await spawnTestCrm();
  });
  afterAll(async () => crm?.close());

  const fields = [
    { id: 'cf_shoe', name: 'Old shoe name', fieldKey: 'contact.old_shoe', dataType: 'NUMERICAL' },
    { id: 'cf_col', name: 'Colour', fieldKey: 'contact.colour', dataType: 'TEXT' },
  ];
  const settings = (extra: Record<string, unknown>) =>
    JSON.stringify({
      customFields: [
        { key: 'shoe', label: 'Shoe size', type: 'number' },
        { key: 'colour', label: 'Colour', type: 'text' },
        { key: 'vip', label: 'VIP level', type: 'text' },
      ],
      mapping: { Name: 'name', Email: 'email', 'Shoe size': 'shoe', Colour: 'colour', VIP: 'vip' },
      destination: { type: 'highlevel', baseUrl: crm.url, token: crm.token, locationId: crm.locationId, ...extra },
    });

  it('sends each custom field by its id, typed as the location says; a field the location lacks is a warning naming it', async () => {
    await crm.admin.reset();
    await crm.admin.config({ hlCustomFields: fields });
    const b = await book('hl-fields.xlsx', { People: [['Name', 'Email', 'Shoe size', 'Colour', 'VIP'], ['Ann', 'ann@x.com', '42', 'teal', 'gold']] });
    const s = file('hl-fields.json', settings({ customFieldIds: { shoe: 'cf_shoe' } }));
    const r = cli('run', b, '--out', outFile(), '--settings', s, '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j).toMatchObject({ status: 'Completed', created: 1, warnings: 1 });
    expect(j.rows[0]).toMatchObject({ result: 'warning', action: 'created', message: expect.stringContaining('VIP level (no such custom field in this HighLevel location)') });
    const [c] = await crm.admin.contacts('highlevel');
    expect(c.props).toMatchObject({ 'cf:cf_shoe': 42, 'cf:cf_col': 'teal' });
    expect((await crm.admin.counts()).byRoute['GET /locations/:id/customFields']).toBe(1);
  });

  it('refuses customFieldIds that is not a map of texts, and keys HighLevel does not have (exit 2)', async () => {
    const b = await book('hl-fields-bad.xlsx', { People: [['Name', 'Email'], ['Ann', 'ann@x.com']] });
    const bad = cli('run', b, '--out', outFile(), '--settings', file('hl-bad.json', settings({ customFieldIds: { shoe: 7 } })));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/destination\.customFieldIds must be an object of custom field keys to HighLevel custom field ids\./);
    const unknown = cli('run', b, '--out', outFile(), '--settings', file('hl-bad2.json', settings({ fieldIds: {} })));
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/destination "highlevel" has an unknown property "fieldIds"; use type, baseUrl, token, locationId, customFieldIds\./);
  });
});
