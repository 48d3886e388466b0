// `run` on a workbook that has the user's own "History" and "Contacts" sheets: they come back byte for byte, the
// add-on's tabs go under free names ("History (Contact Import)"), the output says so, and the marker that tells the
// add-on's tabs apart survives RESULT.xlsx, so a re-run finds them (no second History); tabs from before markers
// (their exact header, no marker) are still the add-on's.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadXlsx, saveXlsx, workbookFromRows, type Workbook } from '../../testbed';
import { runCli } from '../server/helpers';
import { TAB_MARKER } from '../../src/server/tabs';

jest.setTimeout(120_000);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ci-run-tabs-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const LEADS = [['Name', 'Email', 'Phone'], ['Ann', 'ann@x.com', '+1 202 555 0100'], ['Bob', 'bob@', ''], ['Cy', 'cy@x.com', '']];
const THEIRS = {
  History: [['When', 'What'], ['2024-01-05', 'Called Ann'], ['2024-02-01', 'Sent the offer']],
  Contacts: [['Name', 'Email', 'Phone'], ['Ann', 'ann@x.com', '0044 20 7946 0000'], ['Zed', 'zed@x.com', '']],
};

/** A sheet as the reader gives it back, without what a save renumbers (its id, its version). */
function snapshot(wb: Workbook, name: string): string {
  const s = wb.sheet(name);
  if (!s) throw new Error(`no sheet "${name}"`);
  return JSON.stringify({ ...s, id: 0, version: 0, lastCache: null });
}
const marker = (wb: Workbook, name: string) => wb.sheet(name)?.metadata.find((m) => m.key === TAB_MARKER)?.value ?? null;
const NOTES = [
  `Your sheet "Contacts" was left as it is: the add-on's Contacts is the tab "Contacts (Contact Import)".`,
  `Your sheet "History" was left as it is: the add-on's History is the tab "History (Contact Import)".`,
];

describe('run and the user\'s own History and Contacts sheets', () => {
  it('leaves them byte for byte, writes its tabs under free names, says so, and finds them again in RESULT.xlsx', async () => {
    const book = join(dir, 'theirs.xlsx');
    await saveXlsx(workbookFromRows({ Leads: LEADS, ...THEIRS }), book);
    const original = await loadXlsx(book);
    const result = join(dir, 'theirs-result.xlsx');
    const r1 = await runCli([book, '--out', result, '--json']);
    expect(r1.err).toBe('');
    const j1 = JSON.parse(r1.out);
    expect(j1).toMatchObject({ sheet: 'Leads', total: 3, created: 2, errors: 1 });
    expect([...j1.tabNotes].sort()).toEqual(NOTES);
    const wb1 = await loadXlsx(result);
    for (const name of Object.keys(THEIRS)) expect(snapshot(wb1, name)).toBe(snapshot(original, name));
    expect(marker(wb1, 'History (Contact Import)')).toBe('History');
    expect(marker(wb1, 'Contacts (Contact Import)')).toBe('Contacts');
    expect(wb1.sheet('Contacts (Contact Import)')!.values.slice(1).map((r) => r![1])).toEqual(['ann@x.com', 'cy@x.com']);

    // Again on RESULT.xlsx (the text output this time): the same tabs, nothing imported twice.
    const again = join(dir, 'theirs-again.xlsx');
    const r2 = await runCli([result, '--out', again]);
    expect(r2.err).toBe('');
    expect(r2.out).toMatch(/Created 0 {2}Updated 0 {2}Skipped 2 {2}Errors 1/);
    for (const note of NOTES) expect(r2.out).toContain(`${note}\n`);
    const wb2 = await loadXlsx(again);
    expect(wb2.sheets.map((s) => s.name).filter((n) => /History|Contacts/.test(n)).sort()).toEqual(['Contacts', 'Contacts (Contact Import)', 'History', 'History (Contact Import)']);
    for (const name of Object.keys(THEIRS)) expect(snapshot(wb2, name)).toBe(snapshot(original, name));
    expect(wb2.sheet('History (Contact Import)')!.values.filter((r) => /^R-/.test(String(r?.[0] ?? '')))).toHaveLength(2);
  });

  it('--sheet Contacts imports the user\'s own Contacts sheet, into the add-on\'s "Contacts (Contact Import)"', async () => {
    const book = join(dir, 'own-contacts.xlsx');
    await saveXlsx(workbookFromRows({ Contacts: [['Name', 'Email'], ['Ann', 'ann@x.com'], ['Zed', 'zed@x.com']] }), book);
    const r = await runCli([book, '--sheet', 'Contacts', '--out', join(dir, 'own-contacts-result.xlsx'), '--json']);
    expect(r.err).toBe('');
    const j = JSON.parse(r.out);
    expect(j).toMatchObject({ sheet: 'Contacts', total: 2, created: 2, errors: 0 });
    expect(j.tabNotes).toEqual([NOTES[0]]);
    const wb = await loadXlsx(join(dir, 'own-contacts-result.xlsx'));
    expect(wb.sheet('Contacts (Contact Import)')!.values.slice(1).map((row) => row![1])).toEqual(['ann@x.com', 'zed@x.com']);
  });

  it('a RESULT.xlsx written before markers (no marker, the exact headers) keeps its History and Contacts', async () => {
    const book = join(dir, 'plain.xlsx');
    await saveXlsx(workbookFromRows({ Leads: LEADS }), book);
    const result = join(dir, 'plain-result.xlsx');
    expect((await runCli([book, '--out', result])).err).toBe('');
    // An earlier version wrote no marker.
    const old = await loadXlsx(result);
    for (const s of old.sheets) s.metadata = [];
    const legacy = join(dir, 'plain-legacy.xlsx');
    await saveXlsx(old, legacy);
    const names = (await loadXlsx(legacy)).sheets.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['History', 'Contacts']));

    const again = join(dir, 'plain-again.xlsx');
    const r = await runCli([legacy, '--out', again, '--json']);
    const j = JSON.parse(r.out);
    expect(j).toMatchObject({ sheet: 'Leads', total: 3, created: 0, skipped: 2, errors: 1, tabNotes: [] });
    const wb = await loadXlsx(again);
    // One more problem rows tab (this run's), no second History or Contacts.
    expect(wb.sheets.map((s) => s.name)).toEqual([...names, expect.stringMatching(/^Problem rows R-/)]);
    expect(marker(wb, 'History')).toBe('History');
    expect(marker(wb, 'Contacts')).toBe('Contacts');
  });
});
