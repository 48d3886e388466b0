// The playground on a file given on the command line (`npm start -- book.csv`), with the local test CRM:
// an HTML header stays text, the CRM destination connects, and the result downloads as .xlsx.
import ExcelJS from 'exceljs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FrameLocator, Page } from 'playwright-core';
import { expect } from './pw-expect';
import { openPlayground, shot, type PlaygroundPage, type RunningPlayground, PLAYGROUND_START_MS } from './helpers';

jest.setTimeout(60_000);
const XSS = '<img src=x onerror=alert(1)>';
let pg: RunningPlayground;
let session: PlaygroundPage;
let page: Page;
let side: FrameLocator;
let dialogs: string[];

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ci-playground-'));
  const csv = join(dir, 'trade-show.csv');
  writeFileSync(
    csv,
    [
      `Name,Email,Phone,"${XSS}"`,
      `Ada Lovelace,ada@example.com,+1 415 555 0100,"${XSS}"`,
      'Bad Phone,bad@example.com,12345,hello',
      'No Domain,nodomain@example,415-555-0101,',
    ].join('\r\n'),
  );
  session = await openPlayground([csv], { viewport: { width: 1300, height: 860 } });
  ({ pg, page, side, dialogs } = session);
}, PLAYGROUND_START_MS);
afterAll(async () => {
  await session?.close();
});

describe('playground on a CSV given on the command line', () => {
  it('opens the CSV as a sheet; an HTML header is literal text in the grid and the sidebar', async () => {
    await expect(page.locator('.sheet-tab.active')).toHaveText('trade-show');
    await expect(page.locator('#grid td[data-a1="D1"]')).toHaveText(XSS);
    await page.getByRole('button', { name: 'Contact Import' }).click();
    await page.getByRole('menuitem', { name: /sidebar/i }).click();
    await expect(side.locator('#panel-map .map-header', { hasText: XSS })).toBeVisible();
    await expect(side.locator('#panel-map .map-sample', { hasText: XSS })).toBeVisible();
    expect(await side.locator('img').count()).toBe(0);
    await shot(page, 'csv-01-sidebar', '#side');
    expect(dialogs).toEqual([]);
  });

  it('shows the local test CRM, and the HubSpot destination connects to it with a write-only token', async () => {
    const info = (await page.locator('#crmInfo').textContent()) ?? '';
    expect(info).toMatch(/Test CRM running at http:\/\/127\.0\.0\.1:\d+/);
    const url = info.match(/http:\/\/127\.0\.0\.1:\d+/)![0];
    const token = info.match(/token (\S+)/)![1];
    await side.getByRole('tab', { name: /Settings/ }).click();
    const settings = side.locator('#panel-settings');
    await settings.getByLabel('Import into').selectOption('hubspot');
    await settings.getByLabel('Private app access token').fill(token);
    await settings.getByLabel('Base URL (optional)').fill(url);
    await settings.getByRole('button', { name: 'Save settings' }).click();
    await expect(settings.getByText(`Connected ••••${token.slice(-4)}`)).toBeVisible();
    expect(await side.locator('html').innerHTML()).not.toContain(token);
    await settings.getByRole('button', { name: 'Test connection' }).click();
    await expect(settings.locator('.notice')).toBeVisible();
    await shot(page, 'csv-02-settings-crm', '#side');
    await expect(settings.locator('.notice-ok')).toBeVisible();
  });

  it('checks the CSV, then downloads the workbook as .xlsx with the marks and the status column', async () => {
    await side.getByRole('tab', { name: /Check/ }).click();
    await side.getByRole('button', { name: 'Check sheet' }).click();
    await expect(side.locator('#panel-check .stats')).toBeVisible();
    await shot(page, 'csv-03-checked');
    const res = await fetch(new URL('/api/download', pg.url));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('trade-show-result.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await res.arrayBuffer()));
    const ws = wb.getWorksheet('trade-show')!;
    const headers = (ws.getRow(1).values as unknown[]).slice(1);
    expect(headers).toContain('Import status');
    expect(headers).toContain(XSS);
    expect(ws.getCell('D2').value).toBe(XSS);
    const phone = ws.getCell('C3');
    expect(phone.value).toBe('12345');
    expect(phone.note).toBeTruthy();
  });
});
