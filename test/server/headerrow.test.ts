// The sheet reader honours the header row the engine finds: headers below a title, no header row at all (the
// sidebar's "My data has no header row" and "Row 1 is my header row"), and a header row set or saved.
import { openSource } from '../../src/server/source';
import { book, exec, serverForEachTest, values } from './helpers';

const { api } = serverForEachTest();

const NO_HEADER = 'Row 1 looks like data, not headers: the columns are mapped by their content and row 1 is read as data.';

describe('the sheet reader finds the header row', () => {
  it('under a title and a blank row: the Map step names the row, Check reads below it', () => {
    const tb = book([['Club members'], [''], ['Name', 'Email', 'Phone'], ['Ann Lee', 'ann@example.com', '(212) 736-5000'], ['Bob Ray', 'bob@example.com', '']]);
    const st = exec(tb, () => api.getSidebarState());
    expect(st.headerRow).toBe(3);
    expect(st.headerNote).toBe('The headers are in row 3; rows 1 and 2 above them (a title, notes or blank lines) are not read.');
    expect(st.noHeaderRow).toBeUndefined();
    expect(st.columns.map((c) => [c.header, c.field, c.basis])).toEqual([['Name', 'name', 'header'], ['Email', 'email', 'both'], ['Phone', 'phone', 'header']]);
    const p = exec(tb, () => api.startCheck());
    expect(p.status).toBe('Completed');
    expect(p.check).toMatchObject({ total: 2, ready: 2, errors: 0 });
    // The Import status column's header is on the header row.
    expect(values(tb, 'People')[2]).toEqual(['Name', 'Email', 'Phone', 'Import status']);
    // Checked once, the row is saved for the sheet: opened again, it is read there without looking.
    const src = exec(tb, () => openSource(tb.run(() => SpreadsheetApp.getActiveSpreadsheet().getSheetByName('People')!)));
    expect([src.headerRow, src.headerInfo]).toEqual([3, undefined]);
  });

  it('headers in row 1 say nothing', () => {
    const tb = book([['Name', 'Email'], ['Ann', 'ann@example.com']]);
    const st = exec(tb, () => api.getSidebarState());
    expect([st.headerRow, st.headerNote, st.noHeaderRow]).toEqual([1, undefined, undefined]);
  });

  it('a header row set in the settings is used as it is', () => {
    const tb = book([['Club members'], ['Name', 'Email'], ['Ann', 'ann@example.com']], {}, { headerRow: 1 });
    const st = exec(tb, () => api.getSidebarState());
    expect([st.headerRow, st.headerNote]).toEqual([1, undefined]);
    expect(st.columns.map((c) => c.header)).toEqual(['Club members']);
  });
});

describe('a sheet without a header row', () => {
  const rows = () => [
    ['Ada Lovelace', 'ada@example.com', '+1 415 555 0100'],
    ['Grace Hopper', 'grace@example.com', '+1 415 555 0101'],
    ['Alan Turing', 'alan@example.com', '+1 415 555 0102'],
  ];

  it('says "Row 1 looks like data, not headers" and maps the columns by their content, row 1 included', () => {
    const tb = book(rows());
    const st = exec(tb, () => api.getSidebarState());
    expect(st.noHeaderRow).toBe(true);
    expect(st.headerNote).toBe(NO_HEADER);
    expect(st.columns.map((c) => [c.field, c.basis])).toEqual([['name', 'values'], ['email', 'values'], ['phone', 'values']]);
    expect(st.columns.every((c) => c.confidence < 0.5)).toBe(true);
  });

  it('"My data has no header row" adds a header row named after the fields, and row 1 becomes the first contact', () => {
    const tb = book(rows());
    const st0 = exec(tb, () => api.getSidebarState());
    const draft = Object.fromEntries(st0.columns.map((c) => [c.header, c.field]));
    const st = exec(tb, () => api.useNoHeaderRow(draft));
    expect(values(tb, 'People')[0]).toEqual(['Name', 'Email', 'Phone']);
    expect(values(tb, 'People')[1]).toEqual(['Ada Lovelace', 'ada@example.com', '+1 415 555 0100']);
    expect([st.headerRow, st.noHeaderRow, st.headerNote, st.mappingSaved]).toEqual([1, undefined, undefined, true]);
    expect(st.columns.map((c) => [c.header, c.field])).toEqual([['Name', 'name'], ['Email', 'email'], ['Phone', 'phone']]);
    const p = exec(tb, () => api.startCheck());
    expect(p.check).toMatchObject({ total: 3, ready: 3 });
  });

  it('an unmapped column is named by its letter', () => {
    const tb = book(rows().map((r, i) => [...r, `note ${i}`]));
    const st0 = exec(tb, () => api.getSidebarState());
    const draft = Object.fromEntries(st0.columns.map((c) => [c.header, c.field]));
    exec(tb, () => api.useNoHeaderRow(draft));
    expect(values(tb, 'People')[0]).toEqual(['Name', 'Email', 'Phone', 'Column D']);
  });

  it('"Row 1 is my header row" keeps row 1 and stops asking', () => {
    const tb = book(rows());
    const st = exec(tb, () => api.useHeaderRowOne());
    expect([st.headerRow, st.noHeaderRow, st.headerNote]).toEqual([1, undefined, undefined]);
    expect(st.columns.map((c) => c.header)).toEqual(['Ada Lovelace', 'ada@example.com', '+1 415 555 0100']);
    expect(values(tb, 'People').length).toBe(3);
  });
});
