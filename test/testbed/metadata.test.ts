// Developer metadata (testbed/metadata.ts): added to a sheet, read back, found across the spreadsheet, changed and
// removed as Apps Script does; it moves and goes with its sheet, survives an .xlsx round trip (as defined names), and
// costs what the model says (find asks the document; the objects it returns hold their data).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestbed, loadXlsx, saveXlsx, workbookFromRows } from '../../testbed';

const dir = mkdtempSync(join(tmpdir(), 'ci-md-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const world = () => createTestbed({ workbook: workbookFromRows({ A: [['a']], "It's B": [['b']], C: [['c']] }) });
const ss = () => SpreadsheetApp.getActiveSpreadsheet();
const sheet = (n: string) => ss().getSheetByName(n)!;
const view = (ms: GoogleAppsScript.Spreadsheet.DeveloperMetadata[]) =>
  ms.map((m) => [m.getLocation().getSheet()!.getName(), m.getKey(), m.getValue(), String(m.getVisibility())]);

describe('Sheet.addDeveloperMetadata and getDeveloperMetadata', () => {
  it('take a key, a value and a visibility in each of the four forms', () => {
    const tb = world();
    tb.run(() => {
      const PROJECT = SpreadsheetApp.DeveloperMetadataVisibility.PROJECT;
      expect(sheet('A').addDeveloperMetadata('k1').getName()).toBe('A');
      sheet('A').addDeveloperMetadata('k2', 'v2');
      sheet('A').addDeveloperMetadata('k3', PROJECT);
      sheet('A').addDeveloperMetadata('k4', 'v4', PROJECT);
      expect(view(sheet('A').getDeveloperMetadata())).toEqual([
        ['A', 'k1', null, 'DOCUMENT'],
        ['A', 'k2', 'v2', 'DOCUMENT'],
        ['A', 'k3', null, 'PROJECT'],
        ['A', 'k4', 'v4', 'PROJECT'],
      ]);
      expect(sheet('C').getDeveloperMetadata()).toEqual([]);
      const ids = sheet('A').getDeveloperMetadata().map((m) => m.getId());
      expect(new Set(ids).size).toBe(4);
      expect(sheet('A').getDeveloperMetadata()[0].getLocation().getLocationType()).toBe(SpreadsheetApp.DeveloperMetadataLocationType.SHEET);
      expect(() => sheet('A').addDeveloperMetadata('')).toThrow(/parameters don't match/);
    });
  });

  it('a finder searches every sheet (or one) by key, value, id, visibility and location type', () => {
    const tb = world();
    tb.run(() => {
      sheet('C').addDeveloperMetadata('tab', 'History', SpreadsheetApp.DeveloperMetadataVisibility.PROJECT);
      sheet('A').addDeveloperMetadata('tab', 'Contacts', SpreadsheetApp.DeveloperMetadataVisibility.PROJECT);
      sheet("It's B").addDeveloperMetadata('other', 'History');
      expect(view(ss().createDeveloperMetadataFinder().withKey('tab').find())).toEqual([
        ['A', 'tab', 'Contacts', 'PROJECT'],
        ['C', 'tab', 'History', 'PROJECT'],
      ]);
      expect(view(ss().createDeveloperMetadataFinder().withKey('tab').withValue('History').find())).toEqual([['C', 'tab', 'History', 'PROJECT']]);
      expect(view(ss().createDeveloperMetadataFinder().withValue('History').find()).map((r) => r[0])).toEqual(["It's B", 'C']);
      expect(view(ss().createDeveloperMetadataFinder().withVisibility(SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT).find())).toEqual([["It's B", 'other', 'History', 'DOCUMENT']]);
      expect(ss().createDeveloperMetadataFinder().withLocationType(SpreadsheetApp.DeveloperMetadataLocationType.ROW).find()).toEqual([]);
      const id = sheet('A').getDeveloperMetadata()[0].getId();
      expect(view(ss().createDeveloperMetadataFinder().withId(id).find())).toEqual([['A', 'tab', 'Contacts', 'PROJECT']]);
      expect(view(sheet('C').createDeveloperMetadataFinder().withKey('tab').find())).toEqual([['C', 'tab', 'History', 'PROJECT']]);
      expect(() => ss().createDeveloperMetadataFinder().onIntersectingLocations()).toThrow(/not emulated/);
    });
  });

  it('moves with its sheet (renamed, reordered), is changed and removed, and goes with a deleted sheet', () => {
    const tb = world();
    tb.run(() => {
      sheet('A').addDeveloperMetadata('tab', 'History');
      sheet('A').setName('Renamed');
      const [m] = ss().createDeveloperMetadataFinder().withKey('tab').find();
      expect(m.getLocation().getSheet()!.getName()).toBe('Renamed');
      m.setValue('Contacts').setKey('tab2');
      expect(view(sheet('Renamed').getDeveloperMetadata())).toEqual([['Renamed', 'tab2', 'Contacts', 'DOCUMENT']]);
      m.remove();
      expect(sheet('Renamed').getDeveloperMetadata()).toEqual([]);
      expect(() => m.getKey()).toThrow(/No developer metadata with id/);
      sheet('C').addDeveloperMetadata('tab', 'x');
      ss().deleteSheet(sheet('C'));
      expect(ss().createDeveloperMetadataFinder().withKey('tab').find()).toEqual([]);
    });
  });
});

describe('in an .xlsx', () => {
  it('survives a save and a load, on the right sheets, and is not listed as named ranges lost', async () => {
    const tb = world();
    tb.run(() => {
      sheet("It's B").addDeveloperMetadata('contactImport.tab', 'Contact Import sync', SpreadsheetApp.DeveloperMetadataVisibility.PROJECT);
      sheet('C').addDeveloperMetadata('note');
      sheet('C').addDeveloperMetadata('ünïcode key', 'a value with "quotes" and ; , . ');
    });
    const file = join(dir, 'md.xlsx');
    expect(await saveXlsx(tb.workbook, file)).toEqual([]);
    const wb = await loadXlsx(file);
    expect(wb.notKept).toEqual([]);
    const back = createTestbed({ workbook: wb });
    back.run(() => {
      expect(view(ss().createDeveloperMetadataFinder().find())).toEqual([
        ["It's B", 'contactImport.tab', 'Contact Import sync', 'PROJECT'],
        ['C', 'note', null, 'DOCUMENT'],
        ['C', 'ünïcode key', 'a value with "quotes" and ; , . ', 'DOCUMENT'],
      ]);
    });
  });

  it('a value too long for a defined name is listed as not kept', async () => {
    const tb = world();
    tb.run(() => sheet('A').addDeveloperMetadata('k', 'x'.repeat(200)));
    expect(await saveXlsx(tb.workbook, join(dir, 'long.xlsx'))).toEqual(['"A": the developer metadata "k" (too long for an .xlsx defined name)']);
  });
});

describe('the latency model', () => {
  it('charges find as a read, adding as a write, and the metadata objects as handles', () => {
    const tb = world();
    tb.run(() => sheet('A').addDeveloperMetadata('tab', 'History'));
    const m = tb.model.measure(() => tb.run(() => view(ss().createDeveloperMetadataFinder().withKey('tab').find())));
    const by = m.byMethod;
    const costs = tb.model.costs!.spreadsheet;
    expect(by['DeveloperMetadataFinder.find'].ms).toBe(costs.readCallMs);
    expect(by['DeveloperMetadata.getKey'].ms).toBeLessThan(costs.readCallMs);
    expect(by['Spreadsheet.createDeveloperMetadataFinder'].ms).toBeLessThan(costs.readCallMs);
    const w = tb.model.measure(() => tb.run(() => sheet('A').addDeveloperMetadata('x')));
    expect(w.byMethod['Sheet.addDeveloperMetadata'].ms).toBe(costs.writeCallMs);
  });
});
