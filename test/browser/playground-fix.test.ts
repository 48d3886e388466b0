// Fix in place through the real playground, started as `npm start` starts it: the real dist/Sidebar.html, the real
// server code (src/Code.ts) on the test bed, the sample workbook. Check, apply a group, the cells change in the grid
// and the flagged ones turn clean, undo puts them back (an older batch too), and a cell edited after the fix keeps
// the user's edit, listed by Undo. Steps share one page and run in order; screenshots go to test-output/screenshots/.
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { expect } from './pw-expect';
import { openPlayground, shot, type PlaygroundPage } from './helpers';

jest.setTimeout(90_000);

let session: PlaygroundPage;
let page: Page;
let side: FrameLocator;
let fix: Locator;

const cell = (a1: string) => page.locator(`#grid td[data-a1="${a1}"]`);
/** Computed background of a cell, as [r, g, b] (read again while the grid is redrawn and the cell has no style yet). */
async function bg(a1: string): Promise<number[]> {
  for (let tries = 0; ; tries++) {
    const css = await cell(a1).evaluate((el) => (globalThis as any).getComputedStyle(el).backgroundColor as string);
    const m = css.match(/\d+/g)?.map(Number);
    if (m) return m.length === 4 && m[3] === 0 ? [255, 255, 255] : m.slice(0, 3);
    if (tries === 50) throw new Error(`cell ${a1} has no background colour ("${css}")`);
    await page.waitForTimeout(100);
  }
}
const isWhite = ([r, g, b]: number[]) => r > 250 && g > 250 && b > 250;
async function edit(a1: string, value: string) {
  await cell(a1).dblclick();
  const input = page.locator(`#grid td[data-a1="${a1}"] input`);
  await input.fill(value);
  await input.press('Enter');
  await expect(cell(a1)).toHaveText(value);
}
/** The previews of a group, as { a1, from, to } (column letters from the sheet's header row). */
async function previews(title: RegExp): Promise<Array<{ a1: string; from: string; to: string }>> {
  const group = fix.locator('.fix-group', { has: side.locator('.fix-title', { hasText: title }) });
  const items = group.locator('.fix-preview');
  const out: Array<{ a1: string; from: string; to: string }> = [];
  for (let i = 0; i < (await items.count()); i++) {
    const it = items.nth(i);
    const label = (await it.getByRole('button').getAttribute('aria-label'))!; // "Select line 5, Phone"
    const m = label.match(/^Select line (\d+), (.+)$/)!;
    const headers = await page.$$eval('#grid tbody tr:first-child td', (tds) => tds.map((td) => (td as { textContent: string | null }).textContent ?? ''));
    const col = headers.indexOf(m[2]);
    expect(col).toBeGreaterThanOrEqual(0);
    out.push({ a1: `${String.fromCharCode(65 + col)}${m[1]}`, from: (await it.locator('.fix-from').textContent())!, to: (await it.locator('.fix-to').textContent())! });
  }
  return out;
}
const warnings = async () => Number(await side.locator('#panel-check .stats dd').nth(2).textContent());

beforeAll(async () => {
  session = await openPlayground(['--no-crm']);
  ({ page, side } = session);
  fix = side.getByRole('region', { name: 'Fix in place' });
});
afterAll(async () => {
  await session?.close();
});

describe('playground: Fix in place on the real server', () => {
  const OWNER = 'G2'; // Ada Lovelace's owner (a clean row), typed with an accent no user has: a warning Fix can correct.
  let phones: Array<{ a1: string; from: string; to: string }>;
  let warned = 0;

  it('after a check, lists what Fix can write better, grouped with counts and previews', async () => {
    await expect(cell('A1')).toHaveText('Full name');
    await edit(OWNER, 'Lógan Paul');
    await side.getByRole('tab', { name: /Check/ }).click();
    await side.getByRole('button', { name: 'Check sheet' }).click();
    await expect(side.locator('#panel-check .stats')).toBeVisible();
    await expect(fix).toBeVisible();
    await expect(cell(OWNER)).toHaveClass(/note/);
    expect(isWhite(await bg(OWNER))).toBe(false);
    warned = await warnings();
    const titles = await fix.locator('.fix-title').allTextContents();
    expect(titles).toContain('Format 15 phone numbers as E.164');
    expect(titles).toContain('Spell 1 Contact owner name as the user\'s name');
    expect(titles.filter((t) => t.endsWith('review')).length).toBeGreaterThan(0);
    phones = await previews(/^Format 15 phone numbers as E\.164/);
    expect(phones).toHaveLength(5);
    for (const p of phones) await expect(cell(p.a1)).toHaveText(p.from);
    await shot(page, 'fix-play-01-suggestions');
    await fix.scrollIntoViewIfNeeded();
    await shot(page, 'fix-play-01-sidebar', '#side');
  });

  it('Apply on a group writes its cells: the flagged cell turns clean and the counts update', async () => {
    await fix.getByRole('button', { name: 'Apply: Spell 1 Contact owner name as the user\'s name' }).click();
    await expect(fix.getByText(/^Fixed 1 cell: 1 option or owner\./)).toBeVisible();
    await expect(cell(OWNER)).toHaveText('Logan Paul');
    await expect(cell(OWNER)).not.toHaveClass(/note/);
    expect(isWhite(await bg(OWNER))).toBe(true);
    await expect(side.locator('#panel-check .stats dd').nth(2)).toHaveText(String(warned - 1));
    await expect(fix.locator('.fix-title', { hasText: /Contact owner name/ })).toHaveCount(0);
  });

  it('Apply all safe fixes writes the previewed values as text, leaves the review groups, and Undo puts them back', async () => {
    const review = await fix.locator('.fix-group.fix-review .fix-title').allTextContents();
    const button = fix.getByRole('button', { name: /^Apply all safe fixes \(\d+\)$/ });
    await button.click();
    await expect(fix.getByText(/^Fixed \d+ cells: 15 phone numbers, /)).toBeVisible();
    for (const p of phones) await expect(cell(p.a1)).toHaveText(p.to);
    // What is left is what to review first: the same groups, and no "all safe" button.
    await expect(fix.getByRole('button', { name: /^Apply all safe fixes/ })).toHaveCount(0);
    expect(await fix.locator('.fix-title').allTextContents()).toEqual(review);
    await shot(page, 'fix-play-02-applied');
    // Undo the newest batch: every cell as it was.
    await fix.getByRole('button', { name: 'Undo these fixes' }).click();
    await expect(fix.getByText(/^Undid F-\d{14}-[A-Z0-9]{4}: put back \d+ cells\.$/)).toBeVisible();
    for (const p of phones) await expect(cell(p.a1)).toHaveText(p.from);
    await expect(fix.getByRole('button', { name: /^Apply all safe fixes \(\d+\)$/ })).toBeVisible();
    await expect(cell(OWNER)).toHaveText('Logan Paul'); // the older batch is still applied
  });

  it('an older batch is undone from the list: the cell is back as typed and flagged again', async () => {
    await fix.locator('.fix-batches summary').click();
    const batches = fix.locator('.fix-batch');
    await expect(batches).toHaveCount(1);
    await expect(batches.first()).toContainText('1 cell: 1 option or owner');
    await batches.first().getByRole('button', { name: /^Undo F-/ }).click();
    await expect(fix.getByText(/put back 1 cell\./)).toBeVisible();
    await expect(cell(OWNER)).toHaveText('Lógan Paul');
    await expect(cell(OWNER)).toHaveClass(/note/);
    await expect(side.locator('#panel-check .stats dd').nth(2)).toHaveText(String(warned));
    await expect(fix.locator('.fix-batches')).toHaveCount(0);
  });

  it('a cell edited after the fix keeps the edit: Undo lists it and puts back the others', async () => {
    await fix.getByRole('button', { name: 'Apply: Format 15 phone numbers as E.164' }).click();
    await expect(fix.getByText(/^Fixed 15 cells: 15 phone numbers\./)).toBeVisible();
    const [first, ...rest] = phones;
    await expect(cell(first.a1)).toHaveText(first.to);
    await edit(first.a1, '212-555-0100');
    await fix.getByRole('button', { name: 'Undo these fixes' }).click();
    await expect(fix.getByText(/^Undid F-\d{14}-[A-Z0-9]{4}: put back 14 cells\. 1 cell was edited since the fix/)).toBeVisible();
    const line = first.a1.slice(1);
    await expect(fix.getByRole('list', { name: 'Cells left as they are' })).toHaveText(`Line ${line}, Phone: now "212-555-0100"`);
    await expect(cell(first.a1)).toHaveText('212-555-0100');
    for (const p of rest) await expect(cell(p.a1)).toHaveText(p.from);
    await shot(page, 'fix-play-03-undo-left');
  });

  it('an ambiguous date shows both readings: the other one, chosen in its preview, is written to that cell alone', async () => {
    await expect(cell('E3')).toHaveText('12/09/1986');
    const group = fix.locator('.fix-group', { hasText: /^Write 3 ambiguous dates as yyyy-mm-dd, read month first/ });
    await expect(group.locator('.fix-preview').first()).toHaveText(/^3\s*12\/09\/1986\s*→\s*becomes\s*1986-12-09\s*\(or 1986-09-12\)$/);
    await group.getByRole('button', { name: 'Write 1986-09-12 in line 3 instead' }).click();
    await expect(fix.getByText(/^Fixed 1 cell: 1 date\./)).toBeVisible();
    await expect(cell('E3')).toHaveText('1986-09-12');
    await expect(fix.locator('.fix-title', { hasText: /^Write 2 ambiguous dates/ })).toHaveCount(1);
  });

  it('History has a block for each fix batch and its undo; nothing dialogs, leaves localhost or throws', async () => {
    await page.locator('.sheet-tab', { hasText: /^History$/ }).click();
    await expect(page.locator('.sheet-tab.active')).toHaveText('History');
    const text = await page.locator('#grid').textContent();
    expect(text!.match(/F-\d{14}-[A-Z0-9]{4}/g)!.length).toBeGreaterThanOrEqual(4);
    expect(text).toMatch(/U-\d{14}-[A-Z0-9]{4}/);
    expect(session.dialogs).toEqual([]);
    expect(session.external).toEqual([]);
    expect(session.fails).toEqual([]);
  });
});
