// The playground's world: one test bed holding the opened workbook, its property stores, locks and UI recorder.
// Each server call runs as a new Apps Script execution of that world, with the globals on globalThis.
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { parseCsv } from '../cli/csv/parse';
import * as server from '../src/Code';
import {
  createTestbed,
  loadXlsx,
  parseA1,
  xlsxBuffer,
  workbookFromRows,
  type MenuEntry,
  type Testbed,
  type Workbook,
  type WorkbookSnapshot,
} from '../testbed';

export interface UiMark {
  alerts: number;
  toasts: number;
  html: number;
}
export interface UiNews {
  alerts: Array<{ title?: string; prompt: string }>;
  toasts: Array<{ title: string; message: string }>;
  sidebar: { title: string } | null;
}

export interface Bed {
  tb: Testbed;
  /** Runs fn as one execution (globals installed, locks released at the end). */
  run<T>(fn: () => T): T;
  spreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet;
  snapshot(): WorkbookSnapshot;
  menus(): Array<{ caption: string; items: MenuEntry[] }>;
  sidebarHtml(): string | null;
  uiMark(): UiMark;
  uiSince(m: UiMark): UiNews;
  /** A person typing into a cell; fires the onEdit simple trigger. row/col 1-based. */
  userEdit(sheet: string, row: number, col: number, text: string): void;
  /** A person clicking a sheet tab or a cell. */
  select(sheet: string, a1: string): void;
  saveXlsx(): Promise<Buffer>;
}

async function openWorkbook(file: string): Promise<Workbook> {
  const ext = extname(file).toLowerCase();
  if (ext === '.csv' || ext === '.txt') {
    const rows = parseCsv(readFileSync(file, 'utf8'));
    return workbookFromRows({ [basename(file, extname(file)).slice(0, 90) || 'Sheet1']: rows }, { name: basename(file) });
  }
  if (ext === '.xlsx') {
    return loadXlsx(file, { name: basename(file, ext) });
  }
  throw new Error(`Open a .xlsx or .csv file (got ${basename(file)}).`);
}

/** `oauthToken`: what ScriptApp.getOAuthToken() gives (the local test CRM's token, so Google Contacts can point at it). */
export async function openBed(_root: string, file: string, oauthToken?: string): Promise<Bed> {
  const workbook = await openWorkbook(file);
  const tb = createTestbed({ workbook, user: 'you@example.com', ...(oauthToken ? { oauthToken } : {}) });
  const fns = server as unknown as Record<string, unknown>;
  if (typeof fns.onEdit === 'function') tb.triggers.onEdit = fns.onEdit as (e: unknown) => unknown;
  const run = <T>(fn: () => T): T => tb.newExecution().run(fn);
  return {
    tb,
    run,
    spreadsheet: () => tb.globals.SpreadsheetApp.getActiveSpreadsheet(),
    snapshot: () => tb.snapshot(),
    menus: () => {
      // The latest menu of each caption, in the order they were added.
      const seen = new Map<string, { caption: string; items: MenuEntry[] }>();
      for (const m of tb.ui.menus) seen.set(m.caption, { caption: m.caption, items: m.items });
      return [...seen.values()];
    },
    sidebarHtml: () => tb.ui.sidebar?.content ?? null,
    uiMark: () => ({ alerts: tb.ui.alerts.length, toasts: tb.ui.toasts.length, html: tb.ui.html.length }),
    uiSince: (m) => {
      const html = tb.ui.html.slice(m.html).filter((h) => h.kind === 'sidebar');
      return {
        alerts: tb.ui.alerts.slice(m.alerts).map((a) => ({ title: a.title, prompt: a.prompt })),
        toasts: tb.ui.toasts.slice(m.toasts).map((t) => ({ title: t.title, message: t.message })),
        sidebar: html.length ? { title: html[html.length - 1].title } : null,
      };
    },
    userEdit: (sheet, row, col, text) => {
      const r = tb.edit({ sheet, row, column: col }, text);
      if (r.error) console.error('[playground] onEdit failed:', r.error);
    },
    select: (sheet, a1) => {
      const wb = tb.workbook;
      const s = wb.sheet(sheet);
      if (!s) throw new Error(`No sheet named "${sheet}".`);
      const ref = parseA1(a1);
      wb.activeSheetId = s.id;
      wb.activeRange = {
        sheetId: s.id,
        row: ref.startRow ?? 1,
        col: ref.startCol ?? 1,
        numRows: ref.startRow !== undefined && ref.endRow !== undefined ? ref.endRow - ref.startRow + 1 : 1,
        numCols: ref.startCol !== undefined && ref.endCol !== undefined ? ref.endCol - ref.startCol + 1 : 1,
      };
    },
    saveXlsx: async () => {
      return xlsxBuffer(tb.workbook);
    },
  };
}
