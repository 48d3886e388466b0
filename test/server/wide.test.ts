// Wide sheets end to end through the server API (issue 9, sizes): 300 columns of 40-character headers, 1,000
// columns, Sheets' widest (18,278 columns, the last one the status column) with 2 rows, and a 255-character header.
// Each is mapped, checked, imported, re-run and reverted, and nothing the add-on stores passes Apps Script's limits
// (the test bed throws "Argument too large: value" past 9 KB a value, and the quota message past 500 KB a store).
import type { RunProgress } from '../../src/shared/api';
import type { Mapping } from '../../src/engine/types';
import { PROPERTY_STORE_MAX_BYTES, PROPERTY_VALUE_MAX_BYTES } from '../../testbed/services';
import { createTestbed, Workbook, type Testbed } from '../../testbed';
import { contacts, exec, serverForEachTest } from './helpers';

const { api } = serverForEachTest();

/** A header of exactly `len` characters, unique by its number. */
const header = (i: number, len: number) => {
  const base = `Custom property ${i} `;
  return (base + 'x'.repeat(Math.max(0, len - base.length))).slice(0, len);
};

/** A sheet of `cols` columns (Name, Email, then `headerLen`-character headers) and `rows` rows, `width` columns wide. */
function wideBook(cols: number, rows: number, headerLen: number, width = cols + 1): Testbed {
  const head: string[] = ['Name', 'Email', ...Array.from({ length: cols - 2 }, (_, i) => header(i + 3, headerLen))];
  const wb = new Workbook();
  // As many rows as the data (a sheet 18,278 columns wide holds 547 rows within the 10 million cells).
  const sheet = wb.addSheet('People', undefined, { rows: rows + 1, columns: width });
  sheet.values[0] = head;
  for (let r = 0; r < rows; r++) sheet.values[r + 1] = head.map((_, c) => (c === 0 ? `Person ${r}` : c === 1 ? `p${r}@example.com` : `v${r}.${c}`));
  return createTestbed({ workbook: wb });
}

function toEnd(tb: Testbed, first: RunProgress): RunProgress {
  let p = first;
  for (let g = 0; p.status === 'Processing' && g < 200; g++) p = exec(tb, () => api.continueRun(p.runId));
  return p;
}

/** Map, check, import, re-run, revert: what the sidebar does, each call a new execution. */
function endToEnd(tb: Testbed, cols: number, rows: number, pick: (m: Mapping, keys: string[]) => void) {
  const st = exec(tb, () => api.getSidebarState());
  expect(st.columns).toHaveLength(cols);
  const m: Mapping = {};
  for (const c of st.columns) m[c.header] = c.field;
  pick(m, st.columns.map((c) => c.header));
  const saved = exec(tb, () => api.saveMapping(m));
  expect(saved.mappingSaved).toBe(true);
  for (const c of saved.columns) expect(c.field).toBe(m[c.header] ?? null);

  const check = toEnd(tb, exec(tb, () => api.startCheck()));
  expect(check).toMatchObject({ kind: 'check', status: 'Completed', done: rows, total: rows });
  const imp = toEnd(tb, exec(tb, () => api.startImport()));
  expect(imp).toMatchObject({ kind: 'import', status: 'Completed' });
  expect(imp.result).toMatchObject({ created: rows, errors: 0 });
  expect(contacts(tb)).toHaveLength(rows);
  const again = toEnd(tb, exec(tb, () => api.rerunRemaining()));
  expect(again.status).toBe('Completed');
  expect(again.result).toMatchObject({ created: 0, updated: 0 });
  expect(contacts(tb)).toHaveLength(rows);
  const rev = exec(tb, () => api.revertRun(imp.runId));
  expect(rev.message).toMatch(new RegExp(`^Reverted run ${imp.runId}: removed ${rows} created contacts?`));
  expect(contacts(tb)).toHaveLength(0);

  const store = tb.properties.document;
  expect(store.largestValue).toBeLessThanOrEqual(PROPERTY_VALUE_MAX_BYTES);
  expect(store.largestTotal).toBeLessThanOrEqual(PROPERTY_STORE_MAX_BYTES);
  return { largestValue: store.largestValue, largestTotal: store.largestTotal };
}

describe('wide sheets, end to end', () => {
  it('300 columns of 40-character headers (a HubSpot "all properties" export), 3 extra columns mapped', () => {
    const tb = wideBook(300, 40, 40);
    const sizes = endToEnd(tb, 300, 40, (m, keys) => {
      m[keys[10]] = 'city';
      m[keys[11]] = 'companyName';
      m[keys[12]] = 'source';
    });
    // The mapping is kept by what is mapped: far below one value, though all 300 headers take 12,000 characters.
    expect(sizes.largestValue).toBeLessThan(4 * 1024);
  });

  it('1,000 columns, 600 of them mapped to one multi-column field (tags): the mapping is kept in pieces', () => {
    const tb = wideBook(1000, 5, 40);
    const sizes = endToEnd(tb, 1000, 5, (m, keys) => {
      for (let i = 2; i < 602; i++) m[keys[i]] = 'tags';
    });
    expect(sizes.largestValue).toBeLessThanOrEqual(PROPERTY_VALUE_MAX_BYTES);
  });

  it('18,278 columns (Sheets\' widest; the last one takes the status column) with 2 rows', () => {
    const tb = wideBook(18_277, 1, 12, 18_278);
    endToEnd(tb, 18_277, 1, () => undefined);
    expect(tb.sheetData('People').cell(0, 18_277)).toBe('Import status');
  });

  it('a 255-character header', () => {
    const tb = wideBook(4, 3, 255);
    endToEnd(tb, 4, 3, (m, keys) => {
      expect(keys[2]).toHaveLength(255);
      m[keys[2]] = 'companyName';
    });
    expect(contacts(tb)).toHaveLength(0);
  });
});
