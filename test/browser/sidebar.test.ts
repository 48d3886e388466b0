// The built dist/Sidebar.html on its own, against a fake google.script.run (fixtures/fake-google.ts):
// rendering, text-only sheet content, readable server errors, the write-only token, keyboard use.
// The whole flow against the real server code is in playground.test.ts.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { installFakeGoogle } from './fixtures/fake-google';
import { destinationDescriptors } from '../../src/crm/registry';
import { expect } from './pw-expect';
import { launch, projectRoot, shot, trapDialogs, trapExternalRequests } from './helpers';

jest.setTimeout(60_000);
const root = projectRoot();
let browser: Browser;
let html: string;

beforeAll(async () => {
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { env: { ...process.env, QUIET_BUILD: '1' } });
  html = readFileSync(join(root, 'dist/Sidebar.html'), 'utf8');
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function open(): Promise<{ page: Page; dialogs: string[]; external: string[] }> {
  const page = await browser.newPage({ viewport: { width: 300, height: 900 } });
  const dialogs = trapDialogs(page);
  const external = trapExternalRequests(page);
  await page.route('**/*', (route) => {
    if (route.request().url() === 'http://sidebar.test/') return route.fulfill({ contentType: 'text/html', body: html });
    return route.abort();
  });
  await page.addInitScript(installFakeGoogle, destinationDescriptors());
  await page.goto('http://sidebar.test/');
  await page.getByRole('heading', { name: 'Contact Import' }).waitFor();
  await page.locator('.map-row').first().waitFor();
  return { page, dialogs, external };
}
const calls = (page: Page) => page.evaluate(() => (globalThis as any).__fake.calls as Array<{ fn: string; args: unknown[] }>);

describe('sidebar (fake server)', () => {
  it('shows one mapping row per column with its suggestion and confidence, HTML as text, nothing fetched', async () => {
    const { page, dialogs, external } = await open();
    await expect(page.locator('.map-row')).toHaveCount(6);
    await expect(page.getByLabel('E-mail address')).toHaveValue('email');
    await expect(page.locator('.map-row').nth(1).locator('.conf')).toHaveText('92%');
    // Low confidence is highlighted.
    await expect(page.locator('.map-row').nth(2).locator('.conf')).toHaveClass(/conf-low/);
    // The custom field is offered; "Don't import" too.
    await expect(page.getByLabel('Colour').locator('option', { hasText: 'Favorite color' })).toHaveCount(1);
    await expect(page.getByLabel('E-mail address').locator('option', { hasText: "Don't import" })).toHaveCount(1);
    // Required fields are marked.
    await expect(page.getByLabel('Full name').locator('option', { hasText: 'Name *' })).toHaveCount(1);
    // HTML in a header and a sample is literal text.
    await expect(page.locator('.map-header', { hasText: '<img src=x onerror=alert(1)>' })).toBeVisible();
    await expect(page.locator('.map-sample', { hasText: '<img src=x onerror=alert(1)>' })).toBeVisible();
    expect(await page.locator('img').count()).toBe(0);
    await shot(page, 'fake-01-map');
    expect(dialogs).toEqual([]);
    expect(external).toEqual([]);
    // Every form control has an accessible name.
    const unnamed = await page.evaluate(() => {
      const d = (globalThis as any).document;
      return [...d.querySelectorAll('input, select, textarea, button')]
        .filter((el: any) => {
          const id = el.id;
          const label = (id && d.querySelector(`label[for="${id}"]`)) || el.closest('label');
          return !el.getAttribute('aria-label') && !label && !(el.textContent || '').trim();
        })
        .map((el: any) => el.outerHTML.slice(0, 80));
    });
    expect(unnamed).toEqual([]);
    await page.close();
  });

  it('saves the mapping and explains what is missing when Check cannot run', async () => {
    const { page } = await open();
    for (const h of ['Full name', 'E-mail address', 'Tel']) await page.getByLabel(h).selectOption('');
    await expect(page.getByText('Unsaved changes')).toBeVisible();
    await page.getByRole('tab', { name: /Check/ }).click();
    await page.getByRole('button', { name: 'Check sheet' }).click();
    await expect(page.locator('#panel-check').getByText('Map at least one of Name, Phone or Email to create contacts.')).toBeVisible();
    await shot(page, 'fake-02-check-explains');
    const saved = (await calls(page)).find((c) => c.fn === 'saveMapping');
    expect(saved?.args[0]).toMatchObject({ 'Full name': null, 'E-mail address': null, Tel: null, Birthday: 'dateOfBirth' });
    expect((await calls(page)).some((c) => c.fn === 'startCheck')).toBe(false);
    await page.close();
  });

  it('runs a check in chunks, then groups problems; a group selects its first cell', async () => {
    const { page, dialogs } = await open();
    await page.getByRole('tab', { name: /Check/ }).click();
    await page.getByRole('button', { name: 'Check sheet' }).click();
    await expect(page.locator('.stats')).toContainText('Errors3');
    await page.getByRole('button', { name: /Could not read the phone number/ }).click();
    await expect(page.getByText('Selected C3')).toBeVisible();
    await expect(page.locator('.group-msg', { hasText: '<img src=x onerror=alert(1)>' })).toBeVisible();
    await shot(page, 'fake-03-check-summary');
    const fns = (await calls(page)).map((c) => c.fn);
    expect(fns.filter((f) => f === 'continueRun').length).toBeGreaterThanOrEqual(2);
    expect((await calls(page)).find((c) => c.fn === 'selectCell')?.args).toEqual(['C3']);
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('shows server errors as a readable sentence, without prefixes or stack', async () => {
    const { page } = await open();
    await page.evaluate(() => {
      (globalThis as any).__fake.failures.planImport = {
        name: 'ScriptError',
        message: 'Exception: The sheet "Leads" has no header row. Add headers in row 1.\n    at planImport (Code:12:7)\n    at run (Code:3:1)',
      };
    });
    await page.getByRole('tab', { name: /Import/ }).click();
    await page.getByRole('button', { name: 'Review import' }).click();
    const alert = page.getByRole('alert');
    await expect(alert).toHaveText('The sheet "Leads" has no header row. Add headers in row 1.');
    await page.evaluate(() => {
      (globalThis as any).__fake.failures.planImport = 'Exception: Service invoked too many times for one day: urlfetch.';
    });
    await page.getByRole('button', { name: 'Review import' }).click();
    await expect(alert).toContainText("Google's daily quota");
    await expect(alert).not.toContainText('Exception');
    await shot(page, 'fake-04-error');
    await page.close();
  });

  it("keeps a server message that mentions a network as it is; only google.script.run's transport failure is 'connection lost'", async () => {
    const { page } = await open();
    await page.getByRole('tab', { name: /Import/ }).click();
    const alert = page.getByRole('alert');
    const fail = (e: unknown) =>
      page.evaluate((err) => {
        (globalThis as any).__fake.failures.planImport = err;
      }, e);
    const lost = 'The connection to Google was lost. Check your network and try again.';
    // The server's own sentences, which tell the user what to do: shown as they are.
    const serverSays = [
      'The import stopped: HubSpot could not be reached after 5 attempts (network error: connection reset) — resume the run later.',
      'The webhook answered HTTP 502: Bad gateway from the upstream network. Press Resume to try again.',
    ];
    for (const msg of serverSays) {
      await fail({ name: 'ScriptError', message: `Exception: ${msg}` });
      await page.getByRole('button', { name: 'Review import' }).click();
      await expect(alert).toHaveText(msg);
    }
    // google.script.run's transport failures: the call or its answer never made it.
    for (const err of [
      { name: 'NetworkError', message: 'NetworkError: Connection failure due to HTTP 0' },
      'NetworkError: Connection failure due to HTTP 500',
      { name: 'TypeError', message: 'Failed to fetch' },
    ]) {
      await fail({ name: 'ScriptError', message: 'Exception: Something else.' });
      await page.getByRole('button', { name: 'Review import' }).click();
      await expect(alert).toHaveText('Something else.');
      await fail(err);
      await page.getByRole('button', { name: 'Review import' }).click();
      await expect(alert).toHaveText(lost);
    }
    await page.close();
  });

  it('before an import to a CRM, the confirmation says how many requests it makes and the share of the daily quota', async () => {
    const { page } = await open();
    const note = 'This import makes about 10,001 requests to HighLevel: 50% of the 20,000 a day Google allows a personal account (100,000 for Google Workspace), shared with every add-on and script you run today.';
    await page.evaluate((n) => Object.assign((globalThis as any).__fake.plan, { destination: 'HighLevel', create: 10_000, update: 0, skip: 0, fail: 0, total: 10_000, requests: 10_001, quotaNote: n }), note);
    await page.getByRole('tab', { name: /Import/ }).click();
    await page.getByRole('button', { name: 'Review import' }).click();
    await expect(page.locator('.plan-requests')).toHaveText('About 10,001 requests to HighLevel.');
    await expect(page.getByRole('group', { name: 'Confirm import' })).toContainText(note);
    await shot(page, 'fake-05b-confirm-requests');
    await page.close();
  });

  it('imports after a confirmation and shows a report like an import page', async () => {
    const { page } = await open();
    await page.getByRole('tab', { name: /Import/ }).click();
    await page.getByRole('button', { name: 'Review import' }).click();
    await expect(page.locator('.plan-line')).toHaveText('5 create, 2 update, 1 skip, 2 with errors');
    // The Contacts tab takes no request: no request line, no quota note.
    expect(await page.locator('.plan-requests').count()).toBe(0);
    await shot(page, 'fake-05-confirm');
    await page.getByRole('button', { name: 'Import 7 contacts' }).click();
    await expect(page.locator('.pill')).toHaveText('Completed');
    await expect(page.locator('.result .stats')).toContainText('Total records10');
    await expect(page.locator('.result .stats')).toContainText('Successes7');
    await page.getByRole('button', { name: 'Revert run' }).click();
    await expect(page.getByRole('group', { name: 'Confirm revert' })).toBeVisible();
    await shot(page, 'fake-06-result-revert-confirm');
    await page.getByRole('button', { name: 'Yes, revert' }).click();
    await expect(page.getByText(/Run reverted/)).toBeVisible();
    await page.close();
  });

  it('keeps the CRM token write-only: after saving it shows only its last 4 characters', async () => {
    const { page } = await open();
    await page.getByRole('tab', { name: /Settings/ }).click();
    await page.getByLabel('Import into').selectOption('hubspot');
    await page.getByLabel('Private app access token').fill('pat-na1-SECRET-TOKEN-9876');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByText('Connected ••••9876')).toBeVisible();
    expect(await page.content()).not.toContain('SECRET');
    await expect(page.getByRole('button', { name: 'Disconnect' })).toBeVisible();
    await page.getByRole('button', { name: 'Test connection' }).click();
    await expect(page.getByText('Connected to HubSpot as portal 1234')).toBeVisible();
    await shot(page, 'fake-07-settings-connected');
    await page.getByRole('button', { name: 'Disconnect' }).click();
    await expect(page.getByLabel('Private app access token')).toHaveValue('');
    await page.close();
  });

  it('moves match keys with up/down buttons and can be used from the keyboard', async () => {
    const { page } = await open();
    await page.getByRole('tab', { name: /Map/ }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tab', { name: /Settings/ })).toBeFocused();
    await expect(page.getByRole('tab', { name: /Settings/ })).toHaveAttribute('aria-selected', 'true');
    await page.getByRole('button', { name: 'Move Phone up' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('checkbox', { name: 'Contact ID' }).check();
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByText('Settings saved.')).toBeVisible();
    const saved = (await calls(page)).find((c) => c.fn === 'saveSettings')?.args[0] as { matchOn: string[] };
    expect(saved.matchOn).toEqual(['phone', 'email', 'contactId']);
    await shot(page, 'fake-08-settings');
    await page.close();
  });
  it('is usable from the keyboard alone in 300 px: every control is a Tab stop with a visible focus ring', async () => {
    const { page } = await open();
    /** Tabs forward from the top until the focus comes back round; returns each stop and its look. */
    const stops = async () => {
      await page.evaluate(() => ((globalThis as any).document.activeElement as { blur?: () => void })?.blur?.());
      const seen: Array<{ key: string; ring: boolean; right: number }> = [];
      for (let i = 0; i < 120; i++) {
        await page.keyboard.press('Tab');
        const info = await page.evaluate(() => {
          const el = (globalThis as any).document.activeElement;
          if (!el || el.tagName === 'BODY') return null;
          const cs = (globalThis as any).getComputedStyle(el);
          const ring = (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0) || cs.boxShadow !== 'none';
          const name = el.getAttribute('aria-label') || el.labels?.[0]?.textContent || el.textContent || '';
          return { key: `${el.tagName}:${name.trim().slice(0, 50)}`, ring, right: el.getBoundingClientRect().right };
        });
        if (!info) continue;
        if (seen.some((s) => s.key === info.key)) break;
        seen.push(info);
      }
      return seen;
    };
    for (const tab of ['Map', 'Settings', 'Check', 'Import']) {
      await page.getByRole('tab', { name: new RegExp(tab) }).click();
      const all = await stops();
      expect(all.length).toBeGreaterThan(2);
      expect(all.filter((s) => !s.ring).map((s) => s.key)).toEqual([]);
      expect(all.filter((s) => s.right > 300).map((s) => s.key)).toEqual([]);
      expect(await page.evaluate(() => (globalThis as any).document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
      await shot(page, `fake-09-keyboard-${tab.toLowerCase()}`);
    }
    // Shift-Tab walks back; Space toggles a checkbox; Enter presses a button.
    await page.getByRole('tab', { name: /Settings/ }).click();
    await page.getByRole('checkbox', { name: 'Phone' }).focus();
    await page.keyboard.press('Shift+Tab');
    await expect(page.getByRole('button', { name: 'Move Email down' })).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(page.getByRole('checkbox', { name: 'Email' })).toBeFocused();
    await page.keyboard.press('Space');
    await expect(page.getByText('Unsaved changes')).toBeVisible();
    await page.getByRole('tab', { name: /Import/ }).click();
    await page.getByRole('button', { name: 'Review import' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.plan-line')).toBeVisible();
    await page.close();
  });
});
