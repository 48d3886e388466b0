// The Map step and the header row, in the playground against the real server code: a sheet whose row 1 is data
// ("Row 1 looks like data, not headers", the columns mapped by their values, "My data has no header row"), a sheet
// whose headers sit under a title, and the reason shown for each suggestion (header, values, both).
// Screenshots under test-output/screenshots/headerrow-*.png.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { FrameLocator, Page } from 'playwright-core';
import { expect } from './pw-expect';
import { openPlayground, shot, type PlaygroundPage, PLAYGROUND_START_MS } from './helpers';

jest.setTimeout(90_000);

let session: PlaygroundPage;
let page: Page;
let side: FrameLocator;
let dir: string;

async function openTab(name: string) {
  await page.locator('.sheet-tab', { hasText: new RegExp(`^${name}$`) }).click();
  await expect(page.locator('.sheet-tab.active')).toHaveText(name);
}
async function workbook(): Promise<{ sheets: Array<{ name: string; lastRow: number; display: string[][] }> }> {
  return (await fetch(new URL('/api/workbook', session.pg.url))).json();
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ci-headerrow-'));
  const file = join(dir, 'headerrow.xlsx');
  const wb = new ExcelJS.Workbook();
  const data = wb.addWorksheet('No header');
  data.addRow(['Ada Lovelace', 'ada@example.com', '+1 415 555 0100']);
  data.addRow(['Grace Hopper', 'grace@example.com', '+1 415 555 0101']);
  data.addRow(['Alan Turing', 'alan@example.com', '+1 415 555 0102']);
  const titled = wb.addWorksheet('Titled');
  titled.addRow(['Trade fair 2024']);
  titled.addRow([]);
  titled.addRow(['Nom', 'Prénom', 'Courriel', 'Contact']);
  titled.addRow(['Martin', 'Claire', 'claire@example.fr', '+33 6 12 34 56 78']);
  titled.addRow(['Bernard', 'Luc', 'luc@example.fr', '+33 6 23 45 67 89']);
  await wb.xlsx.writeFile(file);
  session = await openPlayground([file]);
  ({ page, side } = session);
  await expect(page.locator('.sheet-tab.active')).toHaveText('No header');
  await page.getByRole('button', { name: 'Contact Import' }).click();
  await page.getByRole('menu', { name: 'Contact Import' }).getByRole('menuitem', { name: /sidebar/i }).click();
  await expect(side.locator('[role=tabpanel]:not([hidden]) .panel')).toBeVisible();
}, PLAYGROUND_START_MS);
afterAll(async () => {
  await session?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('Map step: where the headers are', () => {
  it('row 1 is data: says so, maps by the values, and "My data has no header row" adds a header row', async () => {
    const map = side.locator('#panel-map');
    const notice = map.locator('.notice-warn').first();
    await expect(notice).toContainText('Row 1 looks like data, not headers');
    const rows = map.locator('.map-row');
    await expect(rows).toHaveCount(3);
    // Mapped by their values, and the sidebar says so.
    await expect(rows.nth(0).locator('select')).toHaveValue('name');
    await expect(rows.nth(1).locator('select')).toHaveValue('email');
    await expect(rows.nth(2).locator('select')).toHaveValue('phone');
    await expect(rows.locator('.conf-why')).toHaveCount(3);
    expect(await rows.locator('.conf-why').allTextContents()).toEqual(['values', 'values', 'values']);
    await expect(rows.nth(1).locator('.conf-why')).toHaveAttribute('title', /Values look like email addresses/);
    await expect(rows.nth(1).locator('.conf')).toHaveClass(/conf-low/);
    await shot(page, 'headerrow-01-no-header', '#side');

    await notice.getByRole('button', { name: 'My data has no header row' }).click();
    await expect(map.locator('.notice-warn')).toHaveCount(0);
    await expect(map.locator('.map-header').first()).toHaveText('Name');
    expect(await map.locator('.map-header').allTextContents()).toEqual(['Name', 'Email', 'Phone']);
    const sheet = (await workbook()).sheets.find((s) => s.name === 'No header')!;
    expect(sheet.display.slice(0, 2)).toEqual([['Name', 'Email', 'Phone'], ['Ada Lovelace', 'ada@example.com', '+1 415 555 0100']]);
    expect(sheet.lastRow).toBe(4);
    await expect(page.locator('#grid')).toContainText('Ada Lovelace');
    await shot(page, 'headerrow-02-header-added', '#side');
  });

  it('headers under a title: names the row, and shows why each column is mapped', async () => {
    await openTab('Titled');
    await side.getByRole('button', { name: 'Reload from the active sheet' }).click();
    await expect(side.locator('.sheet-name b')).toHaveText('Titled');
    const map = side.locator('#panel-map');
    await expect(map.locator('.lead')).toContainText('(headers in row 3)');
    await expect(map.locator('.notice-info').first()).toContainText('The headers are in row 3; rows 1 and 2 above them');
    await expect(map.getByRole('button', { name: 'My data has no header row' })).toHaveCount(0);
    const rows = map.locator('.map-row');
    await expect(rows.nth(3).locator('select')).toHaveValue('phone');
    expect(await rows.locator('select').evaluateAll((els) => els.map((e) => (e as unknown as { value: string }).value))).toEqual(['lastName', 'firstName', 'email', 'phone']);
    // "Nom" next to "Prénom": the last name, from the header; "Courriel": header and values agree; "Contact": the
    // header could be a name, an email or a phone, the values are phones.
    expect(await rows.locator('.conf-why').allTextContents()).toEqual(['header', 'header', 'both', 'both']);
    await expect(rows.nth(0).locator('.conf-why')).toHaveAttribute('title', /next to a first-name column/);
    await expect(rows.nth(3).locator('.conf-why')).toHaveAttribute('aria-label', /Suggested from its header and its values/);
    await shot(page, 'headerrow-03-titled', '#side');
  });
});
