// The bundle smoke test: dist/Code.js, evaluated in node:vm with the test bed as its globals, exposes every entry
// point as a real top-level function; onOpen builds the menu; the sidebar opener serves dist/Sidebar.html.
// It also measures the bundle (size, evaluation time in a fresh context) into test-output/bundle-stats.json.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vm from 'node:vm';
import { createTestbed, type Testbed } from '../testbed';

const root = join(__dirname, '..');
const codePath = join(root, 'dist/Code.js');
const sidebarPath = join(root, 'dist/Sidebar.html');
const MENU_TITLE = 'Contact Import';

/** Reads a file until two reads agree (another test file may be rebuilding dist/ at the same moment). */
function readStable(path: string): string {
  let prev = readFileSync(path, 'utf8');
  for (let i = 0; i < 20; i++) {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
    const next = readFileSync(path, 'utf8');
    if (next === prev) return next;
    prev = next;
  }
  return prev;
}

/** Names of the top-level `function NAME(` declarations (the Apps Script entry points). */
function topLevelFunctions(code: string): string[] {
  return [...code.matchAll(/^function\s+([A-Za-z_$][\w$]*)\s*\(/gm)].map((m) => m[1]).sort();
}

function load(code: string): { tb: Testbed; g: Record<string, unknown> } {
  const tb = createTestbed();
  const g = tb.globals as Record<string, unknown>;
  vm.createContext(g);
  vm.runInContext(code, g, { filename: 'Code.js' });
  return { tb, g };
}

let code: string;

beforeAll(() => {
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { env: { ...process.env, QUIET_BUILD: '1' } });
  code = readStable(codePath);
}, 60000);

describe('dist/Code.js in a vm context with the test bed', () => {
  it('declares every export of the ContactImport bundle as a top-level function, and nothing else', () => {
    const { g } = load(code);
    const declared = topLevelFunctions(code);
    expect(declared.length).toBeGreaterThan(0);
    const bundle = g.ContactImport as Record<string, unknown>;
    expect(typeof bundle).toBe('object');
    const exported = Object.keys(bundle).filter((k) => k !== '__esModule').sort();
    expect(declared).toEqual(exported);
    for (const name of declared) {
      expect(typeof g[name]).toBe('function');
      expect(typeof bundle[name]).toBe('function');
    }
  });

  it('loads without calling any service or logging (Apps Script runs top-level code on every call)', () => {
    const { tb } = load(code);
    expect(tb.counter.total()).toBe(0);
    expect(tb.logs).toEqual([]);
  });

  it('onOpen() builds a "Contact Import" menu whose items each name a global function', () => {
    const { tb, g } = load(code);
    (g.onOpen as (e?: unknown) => void)({ authMode: 'LIMITED', source: tb.globals.SpreadsheetApp.getActiveSpreadsheet() });
    const menu = tb.ui.menu(MENU_TITLE);
    expect(menu).toBeDefined();
    const items = tb.ui.menuItems(MENU_TITLE);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(item.caption.trim()).not.toBe('');
      expect({ item: item.functionName, type: typeof g[item.functionName] }).toEqual({ item: item.functionName, type: 'function' });
    }
    expect(tb.counter.get('Menu.addToUi')).toBeGreaterThanOrEqual(1);
  });

  it('onInstall() builds the same menu as onOpen()', () => {
    const a = load(code);
    const b = load(code);
    (a.g.onOpen as (e?: unknown) => void)({ authMode: 'FULL' });
    (b.g.onInstall as (e?: unknown) => void)({ authMode: 'FULL' });
    expect(b.tb.ui.menus).toEqual(a.tb.ui.menus);
  });

  it('showSidebar() serves dist/Sidebar.html with its title and a 300 px width', () => {
    // build.test.ts may rewrite dist/ at the same moment: retry a read that raced with a write.
    let tb!: Testbed;
    let expected = '';
    for (let attempt = 0; attempt < 3; attempt++) {
      const loaded = load(code);
      tb = loaded.tb;
      (loaded.g.showSidebar as () => void)();
      expected = readStable(sidebarPath);
      if (tb.ui.sidebar?.content === expected) break;
    }
    const sidebar = tb.ui.sidebar;
    expect(sidebar).toBeDefined();
    expect(sidebar!.content).toBe(expected);
    expect(expected).toMatch(/<html|<!doctype/i);
    expect(sidebar!.title).toBe(MENU_TITLE);
    expect(sidebar!.width).toBe(300);
    expect(tb.counter.get('HtmlService.createHtmlOutputFromFile')).toBe(1);
    expect(tb.counter.get('Ui.showSidebar')).toBe(1);
  });

  it('evaluates afresh in each new context (measured: size and evaluation time)', () => {
    const names = topLevelFunctions(code);
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const evalRuns: number[] = [];
    const compileAndEvalRuns: number[] = [];
    for (let i = 0; i < 9; i++) {
      // Evaluation only (compiled beforehand).
      const g1 = createTestbed().globals as Record<string, unknown>;
      vm.createContext(g1);
      const script = new vm.Script(code, { filename: `Code-${i}.js` });
      let t0 = process.hrtime.bigint();
      script.runInContext(g1);
      evalRuns.push(Number(process.hrtime.bigint() - t0) / 1e6);
      // Compile + evaluate, as Apps Script does on every execution.
      const g2 = createTestbed().globals as Record<string, unknown>;
      vm.createContext(g2);
      t0 = process.hrtime.bigint();
      vm.runInContext(code, g2, { filename: `Code-fresh-${i}.js` });
      compileAndEvalRuns.push(Number(process.hrtime.bigint() - t0) / 1e6);
      for (const g of [g1, g2]) for (const n of names) expect(typeof g[n]).toBe('function');
    }
    const stats = {
      codeBytes: Buffer.byteLength(code),
      codeKiB: Number((Buffer.byteLength(code) / 1024).toFixed(1)),
      sidebarBytes: Buffer.byteLength(readStable(sidebarPath)),
      entryPoints: names,
      evalMsMedian: Number(median(evalRuns).toFixed(3)),
      compileAndEvalMsMedian: Number(median(compileAndEvalRuns).toFixed(3)),
      runs: evalRuns.length,
      node: process.version,
    };
    mkdirSync(join(root, 'test-output'), { recursive: true });
    writeFileSync(join(root, 'test-output/bundle-stats.json'), `${JSON.stringify(stats, null, 2)}\n`);
     
    console.log(
      `dist/Code.js: ${stats.codeBytes} bytes (${stats.codeKiB} KiB), ${names.length} entry points; fresh vm context: ` +
        `evaluate ${stats.evalMsMedian} ms, compile + evaluate ${stats.compileAndEvalMsMedian} ms (medians of ${stats.runs})`,
    );
  });
});
