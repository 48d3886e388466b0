// Web-first assertions for playwright-core locators under jest (playwright-core ships no `expect`).
// expect(locator) polls until the condition holds or the timeout passes; anything else goes to jest's expect.
import type { Locator } from 'playwright-core';

const TIMEOUT = 15_000;

function isLocator(x: unknown): x is Locator {
  return !!x && typeof x === 'object' && typeof (x as Locator).waitFor === 'function' && typeof (x as Locator).evaluate === 'function';
}

async function poll(what: string, negate: boolean, probe: () => Promise<{ pass: boolean; got: unknown }>, timeout = TIMEOUT) {
  const end = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const r = await probe();
      last = r.got;
      if (r.pass !== negate) return;
    } catch (e) {
      last = e instanceof Error ? e.message : e;
    }
    if (Date.now() > end) throw new Error(`expected locator ${negate ? 'not ' : ''}${what}; last seen: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const text = (l: Locator) => l.first().innerText({ timeout: 1000 });
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const matches = (got: string, want: string | RegExp, exact: boolean) =>
  typeof want === 'string' ? (exact ? norm(got) === norm(want) : norm(got).includes(norm(want))) : want.test(got);

function locatorMatchers(l: Locator, negate: boolean) {
  return {
    toBeVisible: () => poll('to be visible', negate, async () => ({ pass: await l.first().isVisible(), got: await l.count() })),
    toBeHidden: () => poll('to be hidden', negate, async () => ({ pass: !(await l.first().isVisible()), got: 'visible' })),
    toHaveCount: (n: number) => poll(`to have count ${n}`, negate, async () => { const c = await l.count(); return { pass: c === n, got: c }; }),
    toHaveText: (t: string | RegExp) => poll(`to have text ${t}`, negate, async () => { const g = await text(l); return { pass: matches(g, t, true), got: g }; }),
    toContainText: (t: string | RegExp) => poll(`to contain text ${t}`, negate, async () => {
      const g = (await l.first().textContent({ timeout: 1000 })) ?? '';
      return { pass: matches(g, t, false), got: g };
    }),
    toHaveValue: (v: string) => poll(`to have value ${v}`, negate, async () => { const g = await l.first().inputValue({ timeout: 1000 }); return { pass: g === v, got: g }; }),
    toHaveClass: (re: RegExp) => poll(`to have class ${re}`, negate, async () => {
      const g = (await l.first().getAttribute('class', { timeout: 1000 })) ?? '';
      return { pass: re.test(g), got: g };
    }),
    toHaveAttribute: (name: string, v: string | RegExp) => poll(`to have ${name}=${v}`, negate, async () => {
      const g = (await l.first().getAttribute(name, { timeout: 1000 })) ?? '';
      return { pass: typeof v === 'string' ? g === v : v.test(g), got: g };
    }),
    toBeFocused: () => poll('to be focused', negate, async () => ({
      pass: await l.first().evaluate((el) => el === (el.ownerDocument as { activeElement: unknown }).activeElement),
      got: 'not focused',
    })),
    toHaveCSS: (prop: string, v: string | RegExp) => poll(`to have css ${prop}=${v}`, negate, async () => {
      const g = await l.first().evaluate((el, p) => (globalThis as any).getComputedStyle(el).getPropertyValue(p), prop);
      return { pass: typeof v === 'string' ? g === v : v.test(g), got: g };
    }),
  };
}
type LocatorMatchers = ReturnType<typeof locatorMatchers> & { not: ReturnType<typeof locatorMatchers> };

export function expect(x: Locator): LocatorMatchers;
export function expect<T>(x: T): jest.JestMatchers<T>;
export function expect(x: unknown): unknown {
  if (isLocator(x)) return Object.assign(locatorMatchers(x, false), { not: locatorMatchers(x, true) });
  return (globalThis as unknown as { expect: (v: unknown) => unknown }).expect(x);
}
