// The playground with its local test CRM: choosing Google Contacts in Settings (a form from the registry's
// descriptor: no token field, the Google-account note, the optional label and base URL), testing the connection with
// the playground's Google account token, and importing the sample sheet into it. Every wait is on a condition.
import type { FrameLocator, Page } from 'playwright-core';
import { expect } from './pw-expect';
import { openPlayground, shot, type PlaygroundPage } from './helpers';

jest.setTimeout(120_000);

let session: PlaygroundPage;
let page: Page;
let side: FrameLocator;

beforeAll(async () => {
  session = await openPlayground([]);
  ({ page, side } = session);
});
afterAll(async () => {
  await session?.close();
});

async function openSidebar() {
  await page.getByRole('button', { name: 'Contact Import' }).click();
  await page.getByRole('menu', { name: 'Contact Import' }).getByRole('menuitem', { name: /sidebar/i }).click();
  await expect(side.locator('[role=tabpanel]:not([hidden]) .panel')).toBeVisible();
}

describe('playground: Google Contacts', () => {
  let crmUrl = '';

  it('connects to Google Contacts with the Google account: no token to paste, Test connection says connected', async () => {
    await expect(page.locator('#crmInfo')).toContainText('http://127.0.0.1:');
    const info = (await page.locator('#crmInfo').textContent()) ?? '';
    crmUrl = info.match(/http:\/\/127\.0\.0\.1:\d+/)![0];
    await openSidebar();
    await side.getByRole('tab', { name: /Settings/ }).click();
    const settings = side.locator('#panel-settings');
    await settings.getByLabel('Import into').selectOption('google-contacts');
    await expect(settings.locator('.connected .ok-text')).toContainText('Uses your Google account (the https://www.googleapis.com/auth/contacts permission)');
    await expect(settings.locator('input[type=password]')).toHaveCount(0);
    await settings.getByLabel('Label for imported contacts (optional)').fill('From the playground');
    await settings.getByLabel('Base URL (optional)').fill(crmUrl);
    await settings.getByRole('button', { name: 'Test connection' }).click();
    await expect(settings.locator('.notice-ok')).toContainText('Connected to Google Contacts');
    await shot(page, 'google-01-connected', '#side');
    await settings.getByRole('button', { name: 'Save settings' }).click();
    await expect(settings.locator('.notice-error')).toHaveCount(0);
  });

  it('imports the sheet into Google Contacts: the sidebar counts match the contacts the People API holds, in the label', async () => {
    await side.getByRole('tab', { name: /Import/ }).click();
    await side.getByRole('button', { name: 'Review import' }).click();
    await expect(side.locator('.confirm h2')).toHaveText('Ready to import into Google Contacts');
    await side.getByRole('button', { name: /^Import \d+ contact/ }).click();
    await expect(side.locator('.result .pill')).toHaveText('Completed');
    await shot(page, 'google-02-imported', '#side');
    const breakdown = (await side.locator('.breakdown').textContent())!;
    const created = Number(breakdown.match(/(\d+) created/)![1]);
    expect(created).toBeGreaterThan(0);
    const stored = (await (await fetch(`${crmUrl}/__admin/contacts?crm=google-contacts`)).json()) as Array<{ props: { memberships?: unknown[] } }>;
    expect(stored).toHaveLength(created);
    const groups = (await (await fetch(`${crmUrl}/v1/contactGroups?pageSize=1000`, { headers: { Authorization: `Bearer ${tokenOf(await page.locator('#crmInfo').textContent())}` } })).json()) as {
      contactGroups: Array<{ name: string; resourceName: string }>;
    };
    const label = groups.contactGroups.find((g) => g.name === 'From the playground')!;
    expect(stored.every((c) => JSON.stringify(c.props.memberships).includes(label.resourceName))).toBe(true);
    expect(session.external).toEqual([]);
    expect(session.fails).toEqual([]);
  });
});

function tokenOf(info: string | null): string {
  return (info ?? '').match(/token (\S+)/)![1];
}
