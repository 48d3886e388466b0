// The Fix in place panel of the built dist/Sidebar.html, against the fake google.script.run (fixtures/fake-google.ts):
// groups with counts and previews (user text as text), Apply all safe fixes leaving the group to review, Undo with
// the cells left listed, and the per-cell Apply that Next problem offers. The flow on the real server code is in
// playground-fix.test.ts.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { installFakeGoogle } from './fixtures/fake-google';
import { destinationDescriptors } from '../../src/crm/registry';
import { expect } from './pw-expect';
import { launch, projectRoot, shot, trapDialogs } from './helpers';

jest.setTimeout(60_000);
const XSS = '<img src=x onerror=alert(1)>';
let browser: Browser;
let html: string;

beforeAll(async () => {
  execFileSync(process.execPath, [join(projectRoot(), 'scripts/build.mjs')], { env: { ...process.env, QUIET_BUILD: '1' } });
  html = readFileSync(join(projectRoot(), 'dist/Sidebar.html'), 'utf8');
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The sidebar on the fake server, checked; `more` runs in the page after the fake is installed (to change it). */
async function checked(more?: () => void): Promise<{ page: Page; dialogs: string[] }> {
  const page = await browser.newPage({ viewport: { width: 300, height: 1400 } });
  const dialogs = trapDialogs(page);
  await page.route('**/*', (route) => (route.request().url() === 'http://sidebar.test/' ? route.fulfill({ contentType: 'text/html', body: html }) : route.abort()));
  await page.addInitScript(installFakeGoogle, destinationDescriptors());
  if (more) await page.addInitScript(more);
  await page.goto('http://sidebar.test/');
  await page.locator('.map-row').first().waitFor();
  await page.getByRole('tab', { name: /Check/ }).click();
  await page.getByRole('button', { name: 'Check sheet' }).click();
  await expect(page.getByRole('region', { name: 'Fix in place' })).toBeVisible();
  return { page, dialogs };
}
const calls = (page: Page) => page.evaluate(() => (globalThis as any).__fake.calls as Array<{ fn: string; args: unknown[] }>);

describe('sidebar: Fix in place (fake server)', () => {
  it('an ambiguous date offers both readings: the other one is applied to that cell alone', async () => {
    const { page } = await checked(() => {
      (globalThis as any).__fake.fixes.groups.push({ key: 'date|date-ambiguous|month first', kind: 'date', rule: 'date-ambiguous', confidence: 'review', title: 'Write 1 ambiguous date as yyyy-mm-dd, read month first (check them: they can be read both ways)', count: 1, previews: [{ line: 4, col: 3, column: 'Birthday', from: '09/08/2024', to: '2024-09-08', alternative: '2024-08-09' }] });
    });
    const fix = page.getByRole('region', { name: 'Fix in place' });
    const previews = fix.getByRole('list', { name: /^Previews: Write 1 ambiguous date/ });
    await expect(previews).toBeVisible();
    expect(await previews.locator('li').allTextContents()).toEqual(['409/08/2024 →  becomes 2024-09-08 (or 2024-08-09)']);
    await previews.getByRole('button', { name: 'Write 2024-08-09 in line 4 instead' }).click();
    await expect(fix.getByText(/^Fixed 1 cell/)).toBeVisible();
    expect((await calls(page)).filter((c) => c.fn === 'applyFixes').map((c) => c.args)).toEqual([[{ cells: [{ line: 4, col: 3, kind: 'date', from: '09/08/2024', to: '2024-08-09' }] }]]);
    await page.close();
  });

  it('lists the groups by kind with counts, previews before → after and a review badge; user text stays text', async () => {
    const { page, dialogs } = await checked();
    const fix = page.getByRole('region', { name: 'Fix in place' });
    await expect(fix.locator('.fix-title')).toHaveCount(2);
    expect(await fix.locator('.fix-title').allTextContents()).toEqual(['Format 2 phone numbers as E.164', 'Correct 1 email domain: gmial.com → gmail.comreview']);
    await expect(fix.getByText('3 cells can be written better: 2 safe, 1 to review first. Each fix can be undone.')).toBeVisible();
    expect(await fix.getByRole('list', { name: 'Previews: Format 2 phone numbers as E.164' }).locator('li').allTextContents()).toEqual(['2(415) 555-0132 →  becomes +14155550132', `4${XSS} →  becomes +14155550134`]);
    expect(await page.locator('img').count()).toBe(0);
    await shot(page, 'fix-01-groups');
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('Apply all safe fixes sends allSafe, and the group to review stays; Undo lists the cells it left', async () => {
    const { page } = await checked();
    const fix = page.getByRole('region', { name: 'Fix in place' });
    await fix.getByRole('button', { name: 'Apply all safe fixes (2)' }).click();
    await expect(fix.getByText(/^Fixed 2 cells: 2 phone numbers\. F-20240908100000-AB12 is in the History tab\./)).toBeVisible();
    expect((await calls(page)).filter((c) => c.fn === 'applyFixes').map((c) => c.args)).toEqual([[{ allSafe: true }]]);
    // The counts come from the re-check; the suggestions are fetched again.
    await expect(page.locator('.stats')).toContainText('Errors2');
    await expect(fix.locator('.fix-title')).toHaveCount(1);
    await expect(fix.locator('.fix-title')).toContainText('Correct 1 email domain: gmial.com → gmail.com');
    await expect(fix.getByRole('button', { name: /Apply all safe fixes/ })).toHaveCount(0);
    await shot(page, 'fix-02-applied');
    await fix.getByRole('button', { name: 'Undo these fixes' }).click();
    await expect(fix.getByText(/^Undid F-20240908100000-AB12: put back 2 cells\./)).toBeVisible();
    await expect(fix.getByRole('list', { name: 'Cells left as they are' })).toHaveText(`Line 3, Tel: now "${XSS}"`);
    expect((await calls(page)).filter((c) => c.fn === 'undoFixes').map((c) => c.args)).toEqual([['F-20240908100000-AB12']]);
    await page.close();
  });

  it('Apply on one group sends its key', async () => {
    const { page } = await checked();
    await page.getByRole('button', { name: 'Apply: Correct 1 email domain: gmial.com → gmail.com' }).click();
    await expect(page.getByText(/^Fixed 1 cell/)).toBeVisible();
    expect((await calls(page)).filter((c) => c.fn === 'applyFixes').map((c) => c.args)).toEqual([[{ groups: ['email|email-typo|gmial.com → gmail.com'] }]]);
    await page.close();
  });

  it('Next problem shows the cell\'s note and its fix, with Apply for that cell only', async () => {
    const { page } = await checked();
    await page.getByRole('button', { name: /Next problem/ }).click();
    const cell = page.getByRole('group', { name: 'Cell C3' });
    await expect(cell).toContainText(`Could not read the phone number "12345" ${XSS}`);
    await expect(cell).toContainText('Fix: 123-456-7890 → +11234567890review');
    await shot(page, 'fix-03-cell');
    await cell.getByRole('button', { name: 'Apply to C3' }).click();
    await expect(page.getByText(/^Fixed 1 cell/)).toBeVisible();
    expect((await calls(page)).filter((c) => c.fn === 'applyFixes').map((c) => c.args)).toEqual([[{ cells: [{ line: 3, col: 2, kind: 'phone', from: '123-456-7890', to: '+11234567890' }] }]]);
    await page.close();
  });
});
