// Limits and modes of Apps Script / Sheets the test bed enforces, with the messages Apps Script gives.
import { readFileSync } from 'node:fs';
import { CACHE_KEEP_ITEMS, CACHE_MAX_ITEMS, createTestbed, findCostsFile, MAX_CELLS, MAX_COLUMNS, scriptRunValue, Workbook, type AppsScriptCosts } from '../../testbed';

describe('Sheets size limits', () => {
  it('10 million cells per spreadsheet: inserting rows, columns or a sheet past them throws', () => {
    const wb = new Workbook();
    wb.addSheet('Big', undefined, { rows: 390_000, columns: 25 }); // 9,750,000 cells
    const tb = createTestbed({ workbook: wb });
    const msg = `This action would increase the number of cells in the workbook above the limit of ${MAX_CELLS} cells.`;
    tb.run(() => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      const sh = ss.getSheetByName('Big')!;
      sh.insertRowsAfter(390_000, 9_000); // 225,000 more: still inside
      expect(() => sh.insertRowsAfter(sh.getMaxRows(), 2_000)).toThrow(msg);
      expect(() => sh.insertColumnsAfter(25, 1)).toThrow(msg);
      expect(() => ss.insertSheet('More')).toThrow(msg); // 26,000 cells
    });
    expect(tb.sheetData('Big').maxRows).toBe(399_000);
  });

  it(`${MAX_COLUMNS} columns per sheet`, () => {
    const wb = new Workbook();
    wb.addSheet('Wide', undefined, { rows: 1, columns: MAX_COLUMNS - 1 });
    const tb = createTestbed({ workbook: wb });
    tb.run(() => {
      const sh = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Wide')!;
      sh.insertColumnsAfter(MAX_COLUMNS - 1, 1);
      expect(() => sh.insertColumnsAfter(MAX_COLUMNS, 1)).toThrow(`This action would increase the number of columns in the sheet above the limit of ${MAX_COLUMNS}.`);
    });
  });

  it('tab names are unique without regard to case (insertSheet and setName)', () => {
    const tb = createTestbed();
    tb.run(() => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      ss.insertSheet('contacts');
      expect(() => ss.insertSheet('Contacts')).toThrow('A sheet with the name "Contacts" already exists. Please enter another name.');
      expect(() => ss.getSheetByName('Sheet1')!.setName('CONTACTS')).toThrow('A sheet with the name "CONTACTS" already exists');
      ss.getSheetByName('contacts')!.setName('Contacts'); // renaming itself is fine
    });
  });

  it('hideColumns / showColumns / isColumnHiddenByUser, moving with inserted columns', () => {
    const tb = createTestbed();
    tb.run(() => {
      const sh = SpreadsheetApp.getActiveSheet();
      sh.hideColumns(3, 2);
      expect([2, 3, 4, 5].map((c) => sh.isColumnHiddenByUser(c))).toEqual([false, true, true, false]);
      sh.insertColumnsBefore(1, 1);
      expect([3, 4, 5].map((c) => sh.isColumnHiddenByUser(c))).toEqual([false, true, true]);
      sh.showColumns(4);
      expect(sh.isColumnHiddenByUser(4)).toBe(false);
      expect(() => sh.hideColumns(28, 1)).toThrow('Those columns are out of bounds.');
    });
  });
});

describe('authorization modes of simple triggers', () => {
  it('AuthMode.NONE: only the add-on menu; every service that needs authorization throws', () => {
    const tb = createTestbed();
    const ex = tb.newExecution({ authMode: 'NONE' });
    ex.run(() => {
      SpreadsheetApp.getUi().createAddonMenu().addItem('Go', 'go').addSeparator().addToUi();
      expect(() => PropertiesService.getDocumentProperties()).toThrow('You do not have permission to call PropertiesService.getDocumentProperties');
      expect(() => SpreadsheetApp.getActiveSpreadsheet()).toThrow('You do not have permission to call SpreadsheetApp.getActiveSpreadsheet');
      expect(() => SpreadsheetApp.getUi().createMenu('Other')).toThrow('You do not have permission to call Ui.createMenu');
      expect(() => CacheService.getDocumentCache()).toThrow(/permission/);
      expect(() => LockService.getDocumentLock()).toThrow(/permission/);
      expect(() => Session.getActiveUser()).toThrow(/permission/);
      Logger.log('fine');
    });
    expect(tb.ui.menuItems('Contact Import')).toEqual([{ caption: 'Go', functionName: 'go' }]);
  });

  it('AuthMode.LIMITED: the bound spreadsheet and properties work, UrlFetchApp does not', () => {
    const tb = createTestbed();
    tb.newExecution({ authMode: 'LIMITED' }).run(() => {
      SpreadsheetApp.getActiveSheet().getRange('A1').setValue('ok');
      PropertiesService.getDocumentProperties().setProperty('k', 'v');
      expect(() => UrlFetchApp.fetch('https://example.com')).toThrow(
        'You do not have permission to call UrlFetchApp.fetch. Required permissions: https://www.googleapis.com/auth/script.external_request',
      );
    });
    expect(tb.properties.document.toObject()).toEqual({ k: 'v' });
  });

  it('tb.edit runs onEdit in LIMITED and tb.open runs onOpen in the mode asked', () => {
    const tb = createTestbed();
    const seen: string[] = [];
    tb.triggers.onEdit = (e) => {
      seen.push(`edit:${e.authMode}`);
      UrlFetchApp.fetch('https://example.com');
    };
    tb.triggers.onOpen = (e) => {
      seen.push(`open:${e.authMode}`);
      PropertiesService.getDocumentProperties();
    };
    const r = tb.edit('A1', 'x');
    expect(String(r.error)).toMatch(/You do not have permission to call UrlFetchApp.fetch/);
    expect(tb.open({ authMode: 'LIMITED' }).error).toBeUndefined();
    expect(String(tb.open({ authMode: 'NONE' }).error)).toMatch(/PropertiesService.getDocumentProperties/);
    expect(seen).toEqual(['edit:LIMITED', 'open:LIMITED', 'open:NONE']);
  });
});

describe('google.script.run values', () => {
  it('passes primitives, plain objects and arrays; drops undefined properties; refuses Dates, functions, NaN, class instances', () => {
    expect(scriptRunValue({ a: 1, b: 'x', c: [true, null, undefined], d: undefined })).toEqual({ a: 1, b: 'x', c: [true, null, null] });
    expect(() => scriptRunValue(new Date())).toThrow(/Date/);
    expect(() => scriptRunValue({ f: () => 1 })).toThrow(/function \(at result\.f\)/);
    expect(() => scriptRunValue([NaN])).toThrow(/NaN/);
    class Thing {}
    expect(() => scriptRunValue(new Thing())).toThrow(/Thing/);
  });
});

describe('the daily UrlFetch quota', () => {
  const yardstick = JSON.parse(readFileSync(findCostsFile()!, 'utf8')) as AppsScriptCosts;
  /** The cost file's figures with small daily limits (a test cannot send 20,000 requests). */
  const costs = (consumer: number, workspace: number): AppsScriptCosts => ({
    ...yardstick, limits: { ...yardstick.limits, urlFetchCallsPerDayConsumer: consumer, urlFetchCallsPerDayWorkspace: workspace },
  });
  const ok = () => ({ status: 200, body: 'ok' });

  it('the limits are the cost file\'s: 20,000 a day for a consumer account, 100,000 for Workspace', () => {
    const tb = createTestbed({ fetch: ok });
    expect(tb.model.costs!.limits.urlFetchCallsPerDayConsumer).toBe(yardstick.limits.urlFetchCallsPerDayConsumer);
    tb.run(() => UrlFetchApp.fetchAll(['https://a.example', 'https://b.example']));
    expect(tb.urlFetchQuota.get('user@example.com')).toMatchObject({ used: 2 });
  });

  it('past the limit Apps Script\'s exception is thrown and nothing is sent; every request of a fetchAll counts', () => {
    const tb = createTestbed({ costs: costs(5, 8), fetch: ok });
    tb.run(() => {
      UrlFetchApp.fetchAll(['https://a.example', 'https://b.example', 'https://c.example']);
      UrlFetchApp.fetch('https://d.example');
      expect(() => UrlFetchApp.fetchAll(['https://e.example', 'https://f.example'])).toThrow('Service invoked too many times for one day: urlfetch.');
      UrlFetchApp.fetch('https://e.example'); // the fifth
      expect(() => UrlFetchApp.fetch('https://f.example')).toThrow('Service invoked too many times for one day: urlfetch.');
    });
    expect(tb.fetches.map((f) => f.url)).toEqual(['https://a.example', 'https://b.example', 'https://c.example', 'https://d.example', 'https://e.example']);
  });

  it('per user, per account type ("premium urlfetch" for Workspace), and it renews 24 hours after the first request', () => {
    const tb = createTestbed({ costs: costs(2, 3), fetch: ok });
    const send = (t: typeof tb) => t.run(() => UrlFetchApp.fetch('https://a.example'));
    send(tb);
    send(tb);
    expect(() => send(tb)).toThrow('Service invoked too many times for one day: urlfetch.');
    const bo = tb.newExecution({ user: 'bo@example.com', account: 'workspace' });
    for (let i = 0; i < 3; i++) send(bo);
    expect(() => send(bo)).toThrow('Service invoked too many times for one day: premium urlfetch.');
    tb.clock.advance(23 * 3600 * 1000);
    expect(() => send(tb)).toThrow(/too many times for one day/);
    tb.clock.advance(3600 * 1000);
    expect(() => send(tb)).not.toThrow();
  });
});

describe('CacheService item cap', () => {
  it(`past ${CACHE_MAX_ITEMS} items the cache keeps the ${CACHE_KEEP_ITEMS} farthest from expiration`, () => {
    const tb = createTestbed();
    tb.run(() => {
      const c = CacheService.getDocumentCache()!;
      const all: Record<string, string> = {};
      for (let i = 0; i < CACHE_MAX_ITEMS; i++) all[`k${i}`] = 'v';
      c.putAll(all, 600); // 1,000: all kept
      expect(Object.keys(c.getAll(Object.keys(all))).length).toBe(CACHE_MAX_ITEMS);
      c.put('long', 'v', 21_600); // 1,001: the 900 farthest from expiration stay
      expect(c.get('long')).toBe('v');
      expect(Object.keys(c.getAll(Object.keys(all))).length).toBe(CACHE_KEEP_ITEMS - 1);
    });
  });
});
