// dist/Code.js run end to end in a vm context that has only what Apps Script's V8 runtime has: the ECMAScript
// built-ins and the test bed's services. None of Node's or the browser's globals (TextEncoder, setTimeout, URL,
// Buffer, structuredClone, atob, crypto, fetch, process, require…): a code path of the bundle (or of a library it
// carries, libphonenumber-js, date-fns) that needs one fails here with "X is not defined", as it would in Apps Script.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vm from 'node:vm';
import { createTestbed, scriptRunValue, workbookFromRows, type Testbed } from '../testbed';

const root = join(__dirname, '..');

/** Globals Apps Script does not have; the context must not have them either. */
const ABSENT = [
  'TextEncoder', 'TextDecoder', 'structuredClone', 'setTimeout', 'setInterval', 'clearTimeout', 'setImmediate', 'queueMicrotask',
  'URL', 'URLSearchParams', 'atob', 'btoa', 'crypto', 'Buffer', 'process', 'require', 'module', 'fetch', 'AbortController',
  'performance', 'navigator', 'window', 'document', 'global',
];

let code: string;
beforeAll(() => {
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { env: { ...process.env, QUIET_BUILD: '1' } });
  code = readFileSync(join(root, 'dist/Code.js'), 'utf8');
}, 60000);

function load(tb: Testbed): Record<string, (...a: unknown[]) => unknown> {
  const g = tb.globals as Record<string, unknown>;
  const ctx = vm.createContext(g);
  for (const name of ABSENT) {
    expect({ name, present: vm.runInContext(`typeof ${name} !== 'undefined'`, ctx) }).toEqual({ name, present: false });
  }
  vm.runInContext(code, ctx, { filename: 'Code.js' });
  return g as Record<string, (...a: unknown[]) => unknown>;
}

/** A google.script.run call: a new execution of the same world, its result as the sidebar receives it. */
function call(tb: Testbed, g: Record<string, (...a: unknown[]) => unknown>, name: string, ...args: unknown[]): any {
  const ex = tb.newExecution();
  const saved = Object.fromEntries(Object.keys(ex.globals).map((k) => [k, (tb.globals as Record<string, unknown>)[k]]));
  Object.assign(tb.globals, ex.globals);
  try {
    return scriptRunValue(g[name](...args));
  } finally {
    Object.assign(tb.globals, saved);
    ex.endExecution();
  }
}

describe('dist/Code.js with Apps Script globals only', () => {
  it('checks and imports a messy sheet through the exported functions, and the onEdit trigger re-checks a fix', () => {
    const tb = createTestbed({
      workbook: workbookFromRows({
        People: [
          ['Full name', 'E-mail', 'Mobile', 'Birthday', 'Tags', 'Website'],
          ['Ann Lee', 'ann@example.com', '(415) 555-0123', '09/08/1990', 'vip, lead', 'example.com'],
          ['Bob', 'bob@gmail', '+44 20 7946 0958', '1985-02-30', '', 'not a url'],
          ['Cy', 'ANN@example.com', '', new Date(Date.UTC(1970, 0, 2)), 'x', ''],
          ['=HYPERLINK("http://x","y")', 'dee@example.co.uk', '+1 415 555 0199 ext. 12', '', '', 'https://dee.example'],
        ],
      }),
    });
    const g = load(tb);
    tb.open({ authMode: 'NONE' });
    expect(tb.ui.menuItems('Contact Import').length).toBeGreaterThan(5);

    const state = call(tb, g, 'getSidebarState');
    expect(state.columns.map((c: { field: string | null }) => c.field)).toEqual(['name', 'email', 'phone', 'dateOfBirth', 'tags', 'website']);
    let p = call(tb, g, 'startCheck');
    while (p.status === 'Processing') p = call(tb, g, 'continueRun', p.runId);
    expect(p.check).toMatchObject({ total: 4 });
    expect(p.check.errors).toBeGreaterThanOrEqual(2); // bob@gmail, and the duplicate of ann

    p = call(tb, g, 'startImport');
    while (p.status === 'Processing') p = call(tb, g, 'continueRun', p.runId);
    expect(p.status).toBe('Completed');
    const r = p.result;
    expect(r.created + r.updated + r.skipped + r.errors).toBe(4);
    expect(r.created).toBeGreaterThanOrEqual(2);
    const contacts = tb.sheetData('Contacts');
    expect(contacts.lastRow()).toBe(1 + r.created);
    // the E.164 phone and the ISO date came through libphonenumber-js and the date code in the bundle
    const flat = JSON.stringify(contacts.values);
    expect(flat).toContain('+14155550123');
    expect(flat).toContain('1990-09-08');
    expect(tb.sheetData('History').lastRow()).toBeGreaterThanOrEqual(3);
    // the only formulas are the add-on's own links from History to the source rows: the user's "=HYPERLINK(…)" is text
    expect(tb.formulaWrites.filter((w) => !/^=HYPERLINK\("#gid=\d+&range=A\d+",\d+\)$/.test(w.formula))).toEqual([]);

    // the simple trigger, in LIMITED, from the bundle's global onEdit
    const fixed = tb.edit('People!B3', 'bob@gmail.com');
    expect(fixed.triggered).toBe(true);
    expect(fixed.error).toBeUndefined();
    expect(tb.logs.filter((l) => l.level === 'error')).toEqual([]);
  });
});
