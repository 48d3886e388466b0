// The whole flow a user sees, driven headless through the real playground, started as `npm start` starts it:
// the real dist/Sidebar.html, the real server code (src/Code.ts) on the test bed, the sample workbook.
// Steps share one page and run in order; each saves screenshots under test-output/screenshots/.
import type { FrameLocator, Page } from 'playwright-core';
import { expect } from './pw-expect';
import { editCell, openPlayground, shot, type PlaygroundPage, PLAYGROUND_START_MS } from './helpers';

jest.setTimeout(60_000);
const XSS = '<img src=x onerror=alert(1)>';

let session: PlaygroundPage;
let page: Page;
let side: FrameLocator;
let dialogs: string[];
let external: string[];
let fails: string[];

/** The grid as text, as the user sees it: rows of cell strings (row 1 first). */
async function grid(): Promise<string[][]> {
  return page.$$eval('#grid tbody tr', (trs) =>
    trs.map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => (td as { textContent: string | null }).textContent ?? '')),
  );
}
async function openTab(name: string) {
  await page.locator('.sheet-tab', { hasText: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }).click();
  await expect(page.locator('.sheet-tab.active')).toHaveText(name);
}
function colOf(rows: string[][], header: string): number {
  const i = rows[0].indexOf(header);
  if (i < 0) throw new Error(`no column "${header}" in ${JSON.stringify(rows[0])}`);
  return i;
}
const lastDataRow = (rows: string[][]) => {
  let n = 0;
  rows.forEach((r, i) => {
    if (r.some((c) => c !== '')) n = i + 1;
  });
  return n;
};
/** Computed background of a cell, as [r, g, b]. */
async function bg(a1: string): Promise<number[]> {
  const css = await page
    .locator(`#grid td[data-a1="${a1}"]`)
    .evaluate((el) => (globalThis as any).getComputedStyle(el).backgroundColor as string);
  const m = css.match(/\d+/g)!.map(Number);
  return m.length === 4 && m[3] === 0 ? [255, 255, 255] : m.slice(0, 3);
}
const isRed = ([r, g, b]: number[]) => r > 200 && r - g > 20 && r - b > 20;
const isWhite = ([r, g, b]: number[]) => r > 250 && g > 250 && b > 250;

async function sidebarShot(name: string) {
  await shot(page, `${name}-sidebar`, '#side');
  await shot(page, `${name}-page`);
}

beforeAll(async () => {
  session = await openPlayground(['--no-crm']);
  ({ page, side, dialogs, external, fails } = session);
}, PLAYGROUND_START_MS);
afterAll(async () => {
  await session?.close();
});

describe('playground: the whole flow', () => {
  it('opens with the real sidebar beside the grid, its content loaded; closed, it leaves no panel', async () => {
    // At first sight: the add-on's sidebar, as its "Open sidebar" item shows it, with the sheet's mapping.
    await expect(page.locator('#side')).toBeVisible();
    await expect(page.locator('#sideTitle')).toHaveText('Contact Import');
    await expect(side.getByRole('heading', { name: 'Contact Import' })).toBeVisible();
    await expect(side.locator('#panel-map .map-row').first()).toBeVisible();
    await expect(side.locator('#panel-map').getByLabel('E-mail', { exact: true })).toHaveValue('email');
    // Beside the grid, not over it.
    const grid = (await page.locator('#gridwrap').boundingBox())!;
    const panel = (await page.locator('#side').boundingBox())!;
    expect(panel.width).toBe(300);
    expect(panel.x).toBeGreaterThanOrEqual(grid.x + grid.width - 1);
    await shot(page, 'flow-00a-first-sight');
    // Closed, no empty panel stays: the grid takes the whole width.
    await page.getByRole('button', { name: 'Close sidebar' }).click();
    await expect(page.locator('#side')).toBeHidden();
    await expect(page.locator('#sidebar')).toBeHidden();
    const wide = (await page.locator('#gridwrap').boundingBox())!;
    expect(wide.width).toBeGreaterThan(grid.width + 250);
  });

  it('shows the sample workbook as a grid, with text as text', async () => {
    await expect(page.locator('.sheet-tab.active')).toHaveText('Leads');
    await expect(page.locator('#grid td[data-a1="A1"]')).toHaveText('Full name');
    // A cell holding HTML is literal text in the grid.
    await expect(page.locator('#grid td', { hasText: XSS })).toHaveCount(1);
    await expect(page.locator('#grid td', { hasText: '=HYPERLINK("http://evil.example","click me")' })).toHaveCount(1);
    // The user's own note shows its triangle mark.
    await expect(page.locator('#grid td[data-a1="B3"]')).toHaveClass(/note/);
    await shot(page, 'flow-00-start');
  });

  it('opens the real sidebar from the Contact Import menu', async () => {
    await page.getByRole('button', { name: 'Contact Import' }).click();
    const items = page.getByRole('menu', { name: 'Contact Import' }).getByRole('menuitem');
    expect(await items.count()).toBeGreaterThan(0);
    await items.filter({ hasText: /sidebar/i }).first().click();
    await expect(page.locator('#side')).toBeVisible();
    await expect(side.getByRole('heading', { name: 'Contact Import' })).toBeVisible();
    await expect(side.locator('.map-row').first()).toBeVisible();
    await sidebarShot('flow-01-sidebar-open');
  });

  it('maps using the suggestions, header HTML rendering as text', async () => {
    await expect(side.locator('#panel-map').getByLabel('E-mail', { exact: true })).toHaveValue('email');
    await expect(side.locator('#panel-map').getByLabel('Phone', { exact: true })).toHaveValue('phone');
    await expect(side.locator('#panel-map').getByLabel('Full name', { exact: true })).toHaveValue('name');
    // A header holding HTML is literal text in the sidebar.
    await expect(side.locator('#panel-map .map-header', { hasText: '<b>Notes</b>' })).toBeVisible();
    expect(await side.locator('b', { hasText: 'Notes' }).count()).toBe(0);
    // Custom fields from Settings are offered.
    await expect(side.locator('#panel-map').getByLabel('Favorite color', { exact: true }).locator('option', { hasText: 'Favorite color' })).toHaveCount(1);
    await sidebarShot('flow-02-map');
  });

  it('shows the settings: mode, match order, custom fields from the sample', async () => {
    await side.getByRole('tab', { name: /Settings/ }).click();
    const settings = side.locator('#panel-settings');
    await expect(settings.getByLabel('Mode')).toHaveValue('upsert');
    await expect(settings.locator('.cf').first().getByLabel('Label')).toHaveValue('Favorite color');
    await sidebarShot('flow-02b-settings');
    await side.locator('#panel-settings').evaluate((el) => el.scrollIntoView({ block: 'end' }));
    await sidebarShot('flow-02c-settings-bottom');
  });

  it('checks the sheet: bad cells turn red or yellow with notes, and the status column fills', async () => {
    await side.getByRole('tab', { name: /Check/ }).click();
    await side.getByRole('button', { name: 'Check sheet' }).click();
    await expect(side.locator('#panel-check .stats')).toBeVisible();
    await page.waitForTimeout(300);
    await shot(page, 'flow-03-checked-page');
    await sidebarShot('flow-03-check');
    const rows = await grid();
    const status = colOf(rows, 'Import status');
    const last = lastDataRow(rows.map((r) => r.slice(0, status)));
    const unmarked = rows.slice(1, last).flatMap((r, i) => (/\S/.test(r[status]) ? [] : [i + 2]));
    expect(unmarked).toEqual([]);
    // Line 4: Alan Turing's phone "12345" cannot be read: red, with a note.
    const phone = 'C4';
    expect(await page.locator(`#grid td[data-a1="${phone}"]`).textContent()).toBe('12345');
    expect(isRed(await bg(phone))).toBe(true);
    const note = await page.locator(`#grid td[data-a1="${phone}"]`).getAttribute('data-note');
    expect(note).toMatch(/phone/i);
    // Somewhere a warning is yellow with a note.
    const yellow = await page.$$eval('#grid td.note', (tds) =>
      tds
        .map((td) => [(td as any).dataset.a1, (globalThis as any).getComputedStyle(td).backgroundColor])
        .filter(([, c]) => {
          const [r, g, b] = (c.match(/\d+/g) ?? []).map(Number);
          return r > 200 && g > 200 && r - b > 25;
        }),
    );
    expect(yellow.length).toBeGreaterThan(0);
    // The summary counts add up, and the problem groups are listed with counts.
    const nums = await side.locator('#panel-check .stats dd').allTextContents();
    const [total, ready, warnings, errors] = nums.map(Number);
    expect(total).toBe(last - 1);
    expect(ready + errors).toBeLessThanOrEqual(total);
    expect(warnings).toBeGreaterThan(0);
    expect(errors).toBeGreaterThan(0);
    expect(await side.locator('#panel-check .group').count()).toBeGreaterThan(1);
    // Hovering shows the note.
    await page.locator(`#grid td[data-a1="${phone}"]`).hover();
    await expect(page.locator('#tip')).toBeVisible();
    await shot(page, 'flow-03b-note-hover');
  });

  it('a problem group selects its first cell; Next problem moves on', async () => {
    const group = side.locator('#panel-check .group').first();
    await group.click();
    await expect(side.locator('#panel-check .status-line')).toContainText('Selected');
    const chosen = (await side.locator('#panel-check .status-line').textContent())!.match(/Selected ([A-Z]+\d+)/)![1];
    await expect(page.locator('#namebox')).toHaveText(chosen);
    await side.getByRole('button', { name: /Next problem/ }).click();
    await expect(side.locator('#panel-check .status-line')).not.toContainText(`Selected ${chosen}:`);
    await sidebarShot('flow-04-next-problem');
  });

  it('fixing a red cell in the grid turns it clean', async () => {
    await editCell(page, 'C4', '415-555-0131');
    await expect(page.locator('#grid td[data-a1="C4"]')).not.toHaveClass(/note/);
    expect(isWhite(await bg('C4'))).toBe(true);
    // The row's status was re-checked too.
    const rows = await grid();
    expect(rows[3][colOf(rows, 'Import status')]).toMatch(/ready|will/i);
    await shot(page, 'flow-05-fixed');
  });

  it('imports: Contacts and History tabs fill, and the sidebar counts match them', async () => {
    await side.getByRole('tab', { name: /Import/ }).click();
    await side.getByRole('button', { name: 'Review import' }).click();
    await expect(side.locator('.plan-line')).toContainText('create');
    await sidebarShot('flow-06-confirm');
    const plan = (await side.locator('.plan-line').textContent())!;
    const planned = Number(plan.match(/(\d+) create/)![1]);
    await side.getByRole('button', { name: /^Import \d+ contact/ }).click();
    await expect(side.locator('.result .pill')).toHaveText('Completed');
    await sidebarShot('flow-07-result');
    const [total, successes, errors] = (await side.locator('.result .stats dd').allTextContents()).map(Number);
    const breakdown = (await side.locator('.breakdown').textContent())!;
    const created = Number(breakdown.match(/(\d+) created/)![1]);
    const updated = Number(breakdown.match(/(\d+) updated/)![1]);
    const skipped = Number(breakdown.match(/(\d+) skipped/)![1]);
    expect(created).toBe(planned);
    expect(successes).toBe(created + updated);
    expect(successes + errors + skipped).toBe(total);

    await expect(page.locator('.sheet-tab', { hasText: /^Contacts$/ })).toBeVisible();
    await expect(page.locator('.sheet-tab', { hasText: /^History$/ })).toBeVisible();
    await openTab('Contacts');
    await shot(page, 'flow-08-contacts-tab');
    const contacts = await grid();
    expect(lastDataRow(contacts) - 1).toBe(created);
    // HTML and formula-looking text landed as text.
    expect(contacts.flat()).toContain(XSS);

    await openTab('History');
    await shot(page, 'flow-09-history-tab');
    const hist = await grid();
    const summary = hist[2];
    const at = (h: string) => Number(summary[colOf(hist, h)]);
    expect(summary[colOf(hist, 'Status')]).toBe('Completed');
    expect(at('Total records')).toBe(total);
    expect(at('Created')).toBe(created);
    expect(at('Updated')).toBe(updated);
    expect(at('Skipped')).toBe(skipped);
    expect(at('Errors')).toBe(errors);
  });

  it('Open History selects the run in the History tab', async () => {
    await openTab('Leads');
    await side.getByRole('button', { name: 'Open History' }).click();
    await expect(page.locator('.sheet-tab.active')).toHaveText('History');
  });

  it('exports the problem rows to a new tab with an Error column', async () => {
    await side.getByRole('button', { name: 'Export problem rows' }).click();
    await expect(side.locator('#panel-import .status-line')).toContainText('Exported');
    const msg = (await side.locator('#panel-import .status-line').textContent())!;
    const [, n, tab] = msg.match(/Exported (\d+) problem rows? to the tab “(.+)”/)!;
    await sidebarShot('flow-10-exported');
    await openTab(tab);
    const rows = await grid();
    expect(lastDataRow(rows) - 1).toBe(Number(n));
    expect(rows[0]).toContain('Error');
    await shot(page, 'flow-11-problem-tab');
  });

  it('reverts the run after a confirmation: the created contacts are gone', async () => {
    await side.getByRole('button', { name: 'Revert run' }).click();
    await expect(side.getByRole('group', { name: 'Confirm revert' })).toBeVisible();
    await sidebarShot('flow-12-revert-confirm');
    await side.getByRole('button', { name: 'Yes, revert' }).click();
    await expect(side.locator('.result .pill')).toHaveText('Reverted');
    await expect(side.locator('.result')).toContainText(/remov/i);
    await sidebarShot('flow-13-reverted');
    await openTab('Contacts');
    const contacts = await grid();
    expect(lastDataRow(contacts)).toBeLessThanOrEqual(1);
    await openTab('History');
    const hist = (await grid()).flat().join(' ');
    expect(hist).toMatch(/revert/i);
  });

  it('never fired a dialog, fetched anything external or threw in the page', async () => {
    expect(dialogs).toEqual([]);
    expect(external).toEqual([]);
    expect(fails).toEqual([]);
    // The HTML cell is still literal text in the grid.
    await openTab('Leads');
    await expect(page.locator('#grid td', { hasText: XSS })).toHaveCount(1);
  });
});
