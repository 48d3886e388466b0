// Both commands with headers, mapping keys and custom field keys named __proto__, constructor, prototype, toString and
// hasOwnProperty: every column is read, printed in the JSON and imported, none dropped.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadXlsx, saveXlsx, workbookFromRows } from '../../testbed';
import { runCli } from '../server/helpers';
import { cli } from './spawn-cli';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ci-proto-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const NAMES = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'];
const HEADERS = [...NAMES, 'Email'];
const settingsText = JSON.stringify({
  customFields: NAMES.map((key) => ({ key, label: `Field ${key}`, type: 'text' })),
}).replace(/}$/, ',"mapping":{"__proto__":"__proto__","constructor":"constructor","prototype":"prototype","toString":"toString","hasOwnProperty":"hasOwnProperty","Email":"email"}}');
const CONTACT = '{"__proto__":"v1","constructor":"v2","prototype":"v3","toString":"v4","hasOwnProperty":"v5","email":"ann@example.com"}';

const write = (name: string, text: string) => {
  const f = path.join(dir, name);
  fs.writeFileSync(f, text);
  return f;
};

describe('validate', () => {
  it('as headers, unmapped: each is a column of the mapping, mapped to nothing', () => {
    const r = cli('validate', write('h.csv', `${HEADERS.join(',')}\nv1,v2,v3,v4,v5,ann@example.com\n`), '--json');
    expect(r.code).toBe(0);
    const doc = r.stdout;
    expect(doc.startsWith('{"mapping":{"__proto__":null,"constructor":null,"prototype":null,"toString":null,"hasOwnProperty":null,"Email":"email"}')).toBe(true);
  });

  it("as mapping keys and custom fields' keys: every value in the contact", () => {
    const r = cli('validate', write('c.csv', `${HEADERS.join(',')}\nv1,v2,v3,v4,v5,ann@example.com\n`), '--json', '--settings', write('s.json', settingsText));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const doc = r.stdout;
    expect(doc).toContain('"mapping":{"__proto__":"__proto__","constructor":"constructor","prototype":"prototype","toString":"toString","hasOwnProperty":"hasOwnProperty","Email":"email"}');
    expect(doc).toContain(`"contact":${CONTACT}`);
    const n = cli('validate', path.join(dir, 'c.csv'), '--ndjson', '--settings', path.join(dir, 's.json'));
    expect(n.stdout.split('\n')[0]).toContain(`"contact":${CONTACT}`);
  });
});

describe('run', () => {
  it('imports every column into the Contacts tab of RESULT.xlsx, and a re-run finds them unchanged', async () => {
    const book = path.join(dir, 'book.xlsx');
    await saveXlsx(workbookFromRows({ People: [HEADERS, ['v1', 'v2', 'v3', 'v4', 'v5', 'ann@example.com']] }), book);
    const out = path.join(dir, 'out.xlsx');
    const settings = write('rs.json', settingsText);
    const r = await runCli([book, '--out', out, '--settings', settings, '--json']);
    expect(r.err).toBe('');
    expect(JSON.parse(r.out)).toMatchObject({ status: 'Completed', created: 1, errors: 0, warnings: 0 });
    const wb = await loadXlsx(out);
    const tab = wb.sheet('Contacts')!;
    const head = tab.rowFor(0, tab.lastCol()) as string[];
    const row = tab.rowFor(1, tab.lastCol());
    expect(NAMES.map((k) => row[head.indexOf(`Field ${k}`)])).toEqual(['v1', 'v2', 'v3', 'v4', 'v5']);
    const again = await runCli([out, '--out', path.join(dir, 'out2.xlsx'), '--settings', settings, '--json']);
    expect(JSON.parse(again.out)).toMatchObject({ status: 'Completed', created: 0, updated: 0, skipped: 1 });
  });
});
