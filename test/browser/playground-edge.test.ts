// The playground on a workbook of awkward sheets (fixtures/edge-book.ts), with the local test CRM: flows the
// sample-workbook flow does not cover. Templates against the real server; HTML in a sheet name, cells and notes;
// empty, header-less and 65-column sheets; a 5,000-row sheet whose progress bar moves; an import interrupted
// mid-run and resumed; Re-run only what is left; the write-only CRM token; no request leaving localhost.
// Every wait is on a condition; where timing would decide (progress, interruption), the test holds or cuts the
// sidebar's next server call itself. Screenshots at each step under test-output/screenshots/edge-*.png.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FrameLocator, Page, Route } from 'playwright-core';
import { loadXlsx, snapshotWorkbook } from '../../testbed';
import { LONG_HEADER, XSS, XSS_SHEET, writeEdgeBook } from './fixtures/edge-book';
import { expect } from './pw-expect';
import { editCell, openPlayground, shot, type PlaygroundPage, type RunningPlayground, PLAYGROUND_START_MS } from './helpers';

jest.setTimeout(90_000);
const BIG = 5000;

let pg: RunningPlayground;
let session: PlaygroundPage;
let page: Page;
let side: FrameLocator;
let dialogs: string[];
let external: string[];
let fails: string[];
/** Every body the playground sent to the sidebar (google.script.run results) and the grid (workbook snapshots). */
const bodies: string[] = [];

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
async function openTab(name: string) {
  await page.locator('.sheet-tab', { hasText: new RegExp(`^${esc(name)}$`) }).click();
  await expect(page.locator('.sheet-tab.active')).toHaveText(name);
}
/** Opens (or reopens: a fresh load, as Sheets does) the sidebar from the Contact Import menu. */
async function openSidebar() {
  await page.getByRole('button', { name: 'Contact Import' }).click();
  await page.getByRole('menu', { name: 'Contact Import' }).getByRole('menuitem', { name: /sidebar/i }).click();
  await expect(side.locator('[role=tabpanel]:not([hidden]) .panel')).toBeVisible();
}
/** Shows the active sheet in the open sidebar (its Reload button), and waits until it names it. */
async function sheetInSidebar(name: string) {
  await openTab(name);
  await side.getByRole('button', { name: 'Reload from the active sheet' }).click();
  await expect(side.locator('.sheet-name b')).toHaveText(name);
}
async function sideShot(name: string) {
  await shot(page, `edge-${name}`, '#side');
}
async function workbook(): Promise<{ sheets: Array<{ name: string; lastRow: number; display: string[][] }> }> {
  return (await fetch(new URL('/api/workbook', pg.url))).json();
}
/** History's newest summary row (row 3), by header. */
async function lastHistory(): Promise<Record<string, string>> {
  const h = (await workbook()).sheets.find((s) => s.name === 'History')!;
  return Object.fromEntries(h.display[0].map((k, i) => [k, h.display[2][i]]));
}
/**
 * Intercepts the sidebar's next call of `fn`; `onCall` decides what happens to it (hold it, cut it, let it go).
 * Returns a function that waits until that call was handled, then removes the interception.
 */
async function interceptNext(fn: string, onCall: (route: Route) => Promise<void>): Promise<() => Promise<void>> {
  let taken = false;
  let handled!: () => void;
  const done = new Promise<void>((r) => (handled = r));
  const handler = async (route: Route) => {
    const body = JSON.parse(route.request().postData() || '{}') as { fn?: string };
    if (body.fn === fn && !taken) {
      taken = true;
      await onCall(route);
      handled();
    } else await route.continue();
  };
  await page.route('**/api/run', handler);
  return async () => {
    await done;
    await page.unroute('**/api/run', handler);
  };
}

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ci-edge-'));
  const file = join(dir, 'edge.xlsx');
  await writeEdgeBook(file, { bigRows: BIG });
  // One chunk (1,000 rows) per sidebar call, so a 5,000-row run takes several calls.
  session = await openPlayground([file, '--slice-ms', '1'], {
    onPage: (p) =>
      p.on('response', (r) => {
        // Not /api/info: that is the playground's own banner, which shows the test CRM's token on purpose.
        if (/^\/api\/(run|menu|workbook)$/.test(new URL(r.url()).pathname)) r.text().then((t) => bodies.push(t), () => undefined);
      }),
  });
  ({ pg, page, side, dialogs, external, fails } = session);
  await expect(page.locator('.sheet-tab.active')).toHaveText('Fair A');
}, PLAYGROUND_START_MS);
afterAll(async () => {
  await session?.close();
});

describe('playground: awkward sheets and the flows around a run', () => {
  it('shows HTML in a sheet name, a cell and a note as literal text: tabs, grid, tooltip and sidebar', async () => {
    await expect(page.locator('.sheet-tab', { hasText: XSS_SHEET })).toHaveCount(1);
    await openTab(XSS_SHEET);
    await expect(page.locator('#grid td[data-a1="C1"]')).toHaveText(XSS);
    await openSidebar();
    await expect(side.locator('.sheet-name b')).toHaveText(XSS_SHEET);
    await expect(side.locator('#panel-map .map-header', { hasText: XSS })).toBeVisible();
    // The note of a cell holding HTML, on hover.
    await openTab('Long headers');
    const cell = page.locator('#grid td[data-a1="C2"]');
    await expect(cell).toHaveText(XSS);
    await cell.hover();
    await expect(page.locator('#tip')).toBeVisible();
    await expect(page.locator('#tip')).toContainText(`${XSS} a note with <script>alert(3)</script>`);
    await shot(page, 'edge-01-html-as-text');
    expect(await page.locator('img, #tip *, .sheet-tab *').count()).toBe(0);
    expect(await side.locator('img').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it('keeps long headers readable, and offers a column finder on a 65-column sheet', async () => {
    await sheetInSidebar('Long headers');
    const header = side.locator('#panel-map .map-header').first();
    await expect(header).toHaveAttribute('title', LONG_HEADER);
    // Wrapped on two lines at most, inside the 300 px sidebar.
    const box = await header.boundingBox();
    expect(box!.width).toBeLessThanOrEqual(300);
    await sideShot('02-long-headers');

    await sheetInSidebar('Wide');
    await expect(side.locator('#panel-map .map-row')).toHaveCount(65);
    const finder = side.getByLabel('Find a column');
    await expect(side.locator('#panel-map .filter .hint')).toHaveText('65 columns, 3 imported');
    await finder.fill('field 6');
    // "Extra field 6" and "Extra field 60" … "65".
    await expect(side.locator('#panel-map .map-row')).toHaveCount(7);
    await expect(side.locator('#panel-map .filter .hint')).toHaveText('7 of 65 columns');
    await sideShot('03-wide-filtered');
    await finder.fill('');
    await expect(side.locator('#panel-map .map-row')).toHaveCount(65);
    const overflow = await side.locator('body').evaluate((b) => b.ownerDocument.documentElement.scrollWidth);
    expect(overflow).toBeLessThanOrEqual(300);
  });

  it('explains an empty sheet and a sheet without a header row', async () => {
    await sheetInSidebar('Empty');
    await expect(side.locator('#panel-map .notice-info')).toContainText('“Empty” has no contacts yet');
    await expect(side.locator('#panel-map .map-row')).toHaveCount(0);
    await expect(side.getByRole('button', { name: 'Save mapping' })).toHaveCount(0);
    await sideShot('04-empty-sheet');
    await sheetInSidebar('No header');
    await expect(side.locator('#panel-map .notice-warn').first()).toContainText('Row 1 looks like data, not headers');
    await sideShot('05-no-header');
  });

  it('saves a template on one sheet, applies it to another, and deletes it, against the real server', async () => {
    await sheetInSidebar('Fair A');
    const map = side.locator('#panel-map');
    await expect(map.getByLabel('Memo', { exact: true })).toHaveValue('');
    await map.getByLabel('Memo', { exact: true }).selectOption('tags');
    await expect(map.locator('.map-row', { hasText: 'Memo' }).locator('.conf')).toHaveText('changed');
    await map.getByLabel('Template name').fill('Trade fair');
    await map.getByRole('button', { name: 'Save template' }).click();
    await expect(map.getByRole('status').filter({ hasText: 'Template “Trade fair” saved.' })).toBeVisible();
    await expect(map.locator('.tpl-name')).toHaveText('Trade fair');
    await sideShot('06-template-saved');

    // Fair B has the same columns in another order and no saved mapping: Memo is not suggested there.
    await sheetInSidebar('Fair B');
    await expect(map.getByLabel('Memo', { exact: true })).toHaveValue('');
    await map.getByRole('button', { name: 'Apply template Trade fair to Fair B' }).click();
    await expect(map.getByRole('status').filter({ hasText: 'Template “Trade fair” applied to Fair B.' })).toBeVisible();
    await expect(map.getByLabel('Memo', { exact: true })).toHaveValue('tags');
    await expect(map.getByLabel('Full name', { exact: true })).toHaveValue('name');
    await expect(map.getByLabel('Mobile', { exact: true })).toHaveValue('phone');
    await expect(map.locator('.map-row', { hasText: 'Memo' }).locator('.conf')).toHaveText('saved');
    await sideShot('07-template-applied');

    // The mapping is saved with each sheet, and re-applied when its headers match.
    await sheetInSidebar('Fair A');
    await expect(map.getByText('The saved mapping for these headers was applied.')).toBeVisible();
    await expect(map.getByLabel('Memo', { exact: true })).toHaveValue('tags');

    // Delete asks first; the confirmation takes the focus, and Delete removes it on the server.
    await map.getByRole('button', { name: 'Delete template Trade fair' }).click();
    await expect(map.getByRole('button', { name: 'Confirm delete template Trade fair' })).toBeFocused();
    await sideShot('08-template-delete-confirm');
    await page.keyboard.press('Enter');
    await expect(map.getByRole('status').filter({ hasText: 'Template “Trade fair” deleted.' })).toBeVisible();
    await expect(map.locator('.tpl-row')).toHaveCount(0);
    await sheetInSidebar('Fair B');
    await expect(map.getByText('No templates yet.')).toBeVisible();
  });

  it('checks a 5,000-row sheet with a progress bar that moves', async () => {
    await sheetInSidebar('Big');
    await side.getByRole('tab', { name: /Check/ }).click();
    // Hold the sidebar's first continueRun until the bar has been seen part-way.
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const undo = await interceptNext('continueRun', async (route) => {
      await held;
      await route.continue();
    });
    await side.getByRole('button', { name: 'Check sheet' }).click();
    const bar = side.getByRole('progressbar', { name: 'Checking' });
    await expect(bar).toHaveAttribute('aria-valuenow', '20');
    await expect(side.locator('.progress-text')).toHaveText(`Checking: 1000 of ${BIG} rows (20%)`);
    await sideShot('09-check-progress');
    release();
    await undo();
    await expect(side.locator('#panel-check .stats')).toContainText(`Total${BIG}`);
    await expect(side.locator('#panel-check .stats')).toContainText(`Ready${BIG}`);
    await expect(bar).toHaveCount(0);
  });

  it('resumes an import cut off mid-run, without creating a contact twice', async () => {
    await side.getByRole('tab', { name: /Import/ }).click();
    await side.getByRole('button', { name: 'Review import' }).click();
    await expect(side.getByRole('group', { name: 'Confirm import' })).toContainText('Ready to import into Contacts tab');
    await expect(side.locator('.plan-line')).toHaveText(`${BIG} create, 0 update, 0 skip`);
    await sideShot('10-import-confirm');
    // The connection drops on the sidebar's first continueRun: the run stops after its first chunk.
    const undo = await interceptNext('continueRun', (route) => route.abort('internetdisconnected'));
    await side.getByRole('button', { name: `Import ${BIG} contacts` }).click();
    await expect(side.getByRole('alert')).toHaveText('The connection to Google was lost. Check your network and try again.');
    await expect(side.locator('#panel-import .notice-warn')).toContainText(`An import stopped at 1000 of ${BIG} rows.`);
    await undo();
    await sideShot('11-import-cut');
    // Closing and reopening the sidebar brings the user to the resumable run.
    await page.locator('#sideClose').click();
    await openSidebar();
    await expect(side.getByRole('tab', { name: /Import/ })).toHaveAttribute('aria-selected', 'true');
    await expect(side.getByRole('button', { name: 'Review import' })).toHaveCount(0);
    await sideShot('12-import-pending');
    await side.getByRole('button', { name: 'Resume import' }).click();
    await expect(side.locator('.result .pill')).toHaveText('Completed');
    await expect(side.locator('.result .stats')).toContainText(`Total records${BIG}`);
    await expect(side.locator('.result .stats')).toContainText(`Successes${BIG}`);
    await expect(side.locator('.result .stats')).toContainText('Errors0');
    await sideShot('13-import-resumed');
    const book = await workbook();
    expect(book.sheets.find((s) => s.name === 'Contacts')!.lastRow).toBe(BIG + 1);
    const h = await lastHistory();
    expect([h.Status, h.Created, h.Skipped, h.Errors]).toEqual(['Completed', String(BIG), '0', '0']);
  });

  it('Re-run only what is left confirms first, and sends only the row changed since', async () => {
    await side.getByRole('button', { name: 'Re-run only what is left' }).click();
    const confirm = side.getByRole('group', { name: 'Confirm re-run' });
    await expect(confirm.locator('.plan-line')).toHaveText(`0 create, 0 update, ${BIG} skip`);
    await expect(confirm).toContainText('Nothing left to import: every row is already imported.');
    await expect(confirm.getByRole('button', { name: /^Import/ })).toHaveCount(0);
    await sideShot('14-rerun-nothing-left');
    await confirm.getByRole('button', { name: 'Close' }).click();

    // Change one imported row in the grid: its company-less name changes, its email still matches.
    await openTab('Big');
    await editCell(page, 'A2', 'Person Renamed');
    await side.getByRole('button', { name: 'Re-run only what is left' }).click();
    await expect(confirm.locator('.plan-line')).toHaveText(`0 create, 1 update, ${BIG - 1} skip`);
    await sideShot('15-rerun-confirm');
    await confirm.getByRole('button', { name: 'Import 1 contact' }).click();
    await expect(side.locator('.result h2')).toContainText('into Contacts tab');
    await expect(side.locator('.result .breakdown')).toContainText(`0 created · 1 updated · ${BIG - 1} skipped`);
    await sideShot('16-rerun-done');
    // Reopened (a fresh load, as a later session would), the result card still says where the run went: the
    // server's lastRun carries its destination.
    await openSidebar();
    await side.getByRole('tab', { name: /Import/ }).click();
    await expect(side.locator('.result h2')).toContainText('Last import into Contacts tab');
    const h = await lastHistory();
    expect([h.Status, h.Created, h.Updated, h.Skipped]).toEqual(['Completed', '0', '1', String(BIG - 1)]);
    const contacts = (await workbook()).sheets.find((s) => s.name === 'Contacts')!;
    expect(contacts.lastRow).toBe(BIG + 1);
    expect(contacts.display.map((r) => r[0])).toContain('Person Renamed');
  });

  it('never shows a saved CRM token back: not in the sidebar, its server responses, or the workbook', async () => {
    const info = (await page.locator('#crmInfo').textContent()) ?? '';
    const url = info.match(/http:\/\/127\.0\.0\.1:\d+/)![0];
    const token = info.match(/token (\S+)/)![1];
    await side.getByRole('tab', { name: /Settings/ }).click();
    const settings = side.locator('#panel-settings');
    await settings.getByLabel('Import into').selectOption('hubspot');
    // A URL that is neither https nor this computer is refused before anything is saved.
    await settings.getByLabel('Base URL (optional)').fill('http://crm.example.com');
    await settings.getByRole('button', { name: 'Save settings' }).click();
    await expect(settings.locator('.field-err')).toHaveText('Use an https:// URL (http:// works only for localhost).');
    await expect(settings.getByLabel('Base URL (optional)')).toBeFocused();
    await sideShot('17-settings-bad-url');
    await settings.getByLabel('Base URL (optional)').fill(url);
    await settings.getByLabel('Private app access token').fill(token);
    // Test connection saves what is on screen first.
    await settings.getByRole('button', { name: 'Test connection' }).click();
    await expect(settings.locator('.notice-ok')).toContainText('Connected to HubSpot');
    await expect(settings.locator('.connected .ok-text')).toHaveText(`Connected ••••${token.slice(-4)}`);
    await expect(settings.getByLabel('Private app access token')).toHaveCount(0);
    await sideShot('18-settings-connected');

    // A wrong token: the stored-token line says it did not work; the message is readable.
    await settings.getByRole('button', { name: 'Disconnect' }).click();
    await settings.getByLabel('Private app access token').fill('wrong-token-0000');
    await settings.getByRole('button', { name: 'Test connection' }).click();
    await expect(settings.locator('.connected .ok-text')).toHaveText('Token ••••0000 did not work');
    await expect(settings.locator('.notice-error')).toBeVisible();
    expect(await settings.locator('.notice-error').textContent()).not.toMatch(/\bat\s|Error:|Exception/);
    await sideShot('19-settings-wrong-token');
    await settings.getByRole('button', { name: 'Disconnect' }).click();
    await settings.getByLabel('Private app access token').fill(token);
    await settings.getByRole('button', { name: 'Save settings' }).click();
    await expect(settings.locator('.connected .ok-text')).toHaveText(`Connected ••••${token.slice(-4)}`);

    // Nowhere: the sidebar's DOM and field values, anything the playground sent back, the workbook (all tabs).
    const dom = await side.locator('html').evaluate((h) =>
      h.outerHTML + Array.from(h.querySelectorAll('input, textarea'), (i) => (i as unknown as { value: string }).value).join('\n'),
    );
    expect(dom).not.toContain(token);
    expect(dom).not.toContain('wrong-token-0000');
    expect(bodies.length).toBeGreaterThan(20);
    expect(bodies.filter((b) => b.includes(token) || b.includes('wrong-token-0000'))).toEqual([]);
    // The downloaded .xlsx holds every tab, hidden ones too (the test bed's loader accepts the name "History").
    const xlsx = Buffer.from(await (await fetch(new URL('/api/download', pg.url))).arrayBuffer());
    const book = snapshotWorkbook(await loadXlsx(xlsx), { maxRows: 2 * BIG });
    const cells = JSON.stringify(book);
    const names = book.sheets.map((s) => s.name);
    for (const n of ['Big', 'Contacts', 'History']) expect(names).toContain(n);
    expect(cells).toContain('Person Renamed');
    expect(cells).not.toContain(token);
    expect(cells).not.toContain('wrong-token-0000');
  });

  it('fetched nothing outside localhost, opened no dialog and threw nothing', async () => {
    expect(external).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(fails).toEqual([]);
  });
});
