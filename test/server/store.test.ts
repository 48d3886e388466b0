// The add-on's DocumentProperties within Apps Script's limits (src/server/store.ts, src/server/mappingstore.ts):
// values of any reasonable size in pieces of under 9 KB, a clear message past the cap or when the store is full,
// compact mappings, saved mappings of deleted sheets pruned, and settings with 500+ users and 1,000 options.
import { createTestbed } from '../../testbed';
import { PROPERTY_VALUE_MAX_BYTES } from '../../testbed/services';
import { applyMapping } from '../../src/engine/automap';
import type { Mapping } from '../../src/engine/types';
import { loadSettings } from '../../src/server/config';
import { compactMapping, headerSignature, loadMapping, pruneMappings, saveMappingFor, saveTemplateMapping, templateNames } from '../../src/server/mappingstore';
import { KEYED, MAX_VALUE_BYTES, PIECE_BYTES, readText, removeText, resetStoreCache, StoreFullError, writeText } from '../../src/server/store';
import { book, exec, HEAD, serverForEachTest } from './helpers';

const { api } = serverForEachTest();

describe('values in pieces', () => {
  it('writes a long value in pieces under 9 KB, reads it back, and deletes the pieces a shorter value leaves', () => {
    const tb = createTestbed();
    const long = JSON.stringify({ list: Array.from({ length: 3000 }, (_, i) => `名前 ${i} é`) });
    tb.run(() => writeText('ci.test', long, 'The test value'));
    const doc = tb.properties.document;
    const keys = [...doc.data.keys()];
    expect(keys.length).toBe(Math.ceil(Buffer.byteLength(long) / PIECE_BYTES));
    for (const v of doc.data.values()) expect(Buffer.byteLength(v)).toBeLessThanOrEqual(PROPERTY_VALUE_MAX_BYTES);
    resetStoreCache(); // a new execution: nothing known of the store
    expect(tb.run(() => readText('ci.test'))).toBe(long);
    resetStoreCache();
    tb.run(() => writeText('ci.test', '{"short":1}', 'The test value'));
    expect(doc.toObject()).toEqual({ 'ci.test': '{"short":1}' });
    tb.run(() => writeText('ci.test', long, 'The test value'));
    tb.run(() => removeText('ci.test'));
    expect(doc.data.size).toBe(0);
  });

  it('a value past the cap is refused with a message saying what and how much, and nothing is written', () => {
    const tb = createTestbed();
    const huge = 'x'.repeat(MAX_VALUE_BYTES + 1);
    expect(() => tb.run(() => writeText('ci.test', huge, 'The settings'))).toThrow(
      new StoreFullError('The settings take 129 KB, more than the 128 KB Contact Import can keep in one document (Apps Script keeps 500 KB of add-on data a document). Make them smaller and try again.'),
    );
    expect(tb.properties.document.data.size).toBe(0);
  });

  it('a full store (500 KB) gives a message of ours, not Apps Script\'s', () => {
    const tb = createTestbed();
    tb.run(() => {
      for (let i = 0; i < 4; i++) writeText(`ci.fill${i}`, 'y'.repeat(120 * 1024), 'filler');
    });
    expect(() => tb.run(() => writeText('ci.more', 'z'.repeat(20 * 1024), 'The settings'))).toThrow(
      /^The settings cannot be saved: this document's add-on data is full \(Apps Script keeps 500 KB a document\)\./,
    );
  });
});

describe('compact mappings', () => {
  const headers = ['Name', 'Email', 'Email', 'Notes', 'Tags', 'Tags', ...Array.from({ length: 500 }, (_, i) => `Extra ${i}`)];
  const cases: Mapping[] = [
    { Name: 'name', Email: 'email', 'Email (2)': null, Notes: null, Tags: 'tags', 'Tags (2)': 'tags' },
    { Name: 'name', Email: 'email' }, // "Email (2)" read as an additional email
    { Name: null, Email: null, 'Email (2)': 'email', 'Extra 7': 'city' },
    Object.fromEntries(headers.map((h, i) => [i < 2 ? h : `Extra ${i}`, i % 3 ? 'tags' : null])),
  ];
  it.each(cases.map((m, i) => [i, m] as const))('case %i maps the columns as the full mapping does, with only what is mapped', (_i, m) => {
    const c = compactMapping(headers, m);
    expect(applyMapping(headers, c).fields).toEqual(applyMapping(headers, m).fields);
    expect(Object.keys(c).length).toBeLessThanOrEqual(Object.values(m).filter(Boolean).length + 2);
  });
});

describe('saved mappings', () => {
  it('are pruned when their sheets are deleted; the header rows of deleted sheets too', () => {
    const tb = book([HEAD, ['Ann', 'ann@x.com', '', 'Paris']], { Other: [['Full name', 'Mail'], ['Bo', 'bo@x.com']] });
    tb.run(() => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      const people = ss.getSheetByName('People')!;
      const other = ss.getSheetByName('Other')!;
      saveMappingFor(people, HEAD, { Name: 'name', Email: 'email' });
      saveMappingFor(other, ['Full name', 'Mail'], { 'Full name': 'name', Mail: 'email' });
      PropertiesService.getDocumentProperties().setProperty(KEYED.headerRow(other.getSheetId()), '1');
      expect(loadMapping(['Full name', 'Mail'])).toEqual({ 'Full name': 'name', Mail: 'email' });
      ss.deleteSheet(other);
      expect(pruneMappings(ss)).toBe(1);
      expect(loadMapping(['Full name', 'Mail'])).toBeNull();
      expect(loadMapping(HEAD)).toEqual({ Name: 'name', Email: 'email' });
    });
    const keys = Object.keys(tb.properties.document.toObject());
    expect(keys).not.toContain(KEYED.mapping(headerSignature(['Full name', 'Mail'])));
    expect(keys.filter((k) => k.startsWith(KEYED.headerRowPrefix))).toEqual([]);
  });

  it('a template\'s pieces are not listed as templates', () => {
    const tb = createTestbed();
    const big: Mapping = Object.fromEntries(Array.from({ length: 400 }, (_, i) => [`A long column header number ${i}`, 'tags']));
    tb.run(() => saveTemplateMapping('Wide', big));
    expect(Object.keys(tb.properties.document.toObject()).length).toBeGreaterThan(1);
    expect(tb.run(() => templateNames())).toEqual(['Wide']);
  });
});

describe('settings of any reasonable size (issue 16 item 3)', () => {
  const users = Array.from({ length: 600 }, (_, i) => ({ name: `User Number${i}`, email: `user.number${i}@example.com`, id: `U${100000 + i}` }));
  const options = Array.from({ length: 1000 }, (_, i) => `Option value ${i}`);

  it('600 users and a custom field of 1,000 options save and load, and a run uses them', () => {
    const tb = book([HEAD, ['Ann', 'ann@x.com', '', 'Paris']]);
    const st = exec(tb, () => api.saveSettings({ users, customFields: [{ key: 'tier', label: 'Tier', type: 'singleOption', options }] }));
    expect(st.settings.users).toHaveLength(600);
    expect(st.settings.customFields[0].options).toHaveLength(1000);
    resetStoreCache();
    const loaded = tb.run(() => loadSettings());
    expect(loaded.users).toHaveLength(600);
    expect(loaded.users[599]).toMatchObject({ name: 'User Number599', email: 'user.number599@example.com' });
    expect(loaded.customFields[0].options![999]).toBe('Option value 999');
    expect(exec(tb, () => api.startImport())).toMatchObject({ status: 'Completed', done: 1 });
    expect(tb.properties.document.largestValue).toBeLessThanOrEqual(PROPERTY_VALUE_MAX_BYTES);
  });

  it('past the cap, saving says how large they are and what the limit is, and the saved settings stay', () => {
    const tb = book([HEAD, ['Ann', 'ann@x.com', '', 'Paris']]);
    exec(tb, () => api.saveSettings({ users: users.slice(0, 3) }));
    const many = Array.from({ length: 3000 }, (_, i) => ({ name: `User Number${i}`, email: `user.number${i}@example.com`, id: `U${100000 + i}` }));
    expect(() => exec(tb, () => api.saveSettings({ users: many }))).toThrow(/^The settings take \d+ KB, more than the 128 KB Contact Import can keep in one document/);
    expect(tb.run(() => loadSettings()).users).toHaveLength(3);
  });
});
