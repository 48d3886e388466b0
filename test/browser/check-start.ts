// CI's newcomer step: `node bin/run-ts.js test/browser/check-start.ts URL` opens the page a running `npm start`
// printed, in the browser the tests use (chromium.ts), and checks what a newcomer sees: the grid, the sidebar
// open beside it with its content, closed with ×, opened again from the Contact Import menu. Exit 0 when all
// holds, 1 with the first thing that does not. Not a jest test: it drives a playground it did not start.
import { findChromium } from './chromium';
import { launch, stopAllStarted } from './helpers';
import { expect } from './pw-expect';

async function main(url: string): Promise<void> {
  const res = await fetch(url);
  if (res.status !== 200) throw new Error(`GET ${url} answered ${res.status}.`);
  const browser = await launch();
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  const side = page.frameLocator('#sidebar');
  await expect(page.locator('#grid td[data-a1="A1"]')).toHaveText('Full name');
  // Open at first sight, with its content.
  await expect(page.locator('#side')).toBeVisible();
  await expect(side.getByRole('heading', { name: 'Contact Import' })).toBeVisible();
  await expect(side.locator('#panel-map .map-row').first()).toBeVisible();
  // Closed, then opened from the menu.
  await page.getByRole('button', { name: 'Close sidebar' }).click();
  await expect(page.locator('#side')).toBeHidden();
  await page.getByRole('button', { name: 'Contact Import' }).click();
  await page.getByRole('menu', { name: 'Contact Import' }).getByRole('menuitem', { name: 'Open sidebar' }).click();
  await expect(page.locator('#side')).toBeVisible();
  await expect(side.locator('#panel-map .map-row').first()).toBeVisible();
  if (errors.length) throw new Error(`The page threw: ${errors.join('; ')}`);
}

const url = process.argv[2];
if (!url) {
  console.error('usage: node bin/run-ts.js test/browser/check-start.ts URL');
  process.exit(2);
}
const browserName = (() => {
  try {
    const c = findChromium();
    return `${c.source}: ${c.executablePath}`;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
})();
void main(url)
  .then(
    () => {
      console.log(`npm start serves ${url}: the sidebar is open with its content on load, closes, and opens from the menu (Chromium from ${browserName}).`);
      return 0;
    },
    (e: unknown) => {
      console.error(`npm start check failed on ${url} (Chromium from ${browserName}): ${e instanceof Error ? e.message : String(e)}`);
      return 1;
    },
  )
  .then(async (code) => {
    await stopAllStarted();
    process.exit(code);
  });
