// Where the command line may send a CRM token or contacts: the URL rule of the add-on (src/shared/url.ts) with the
// command line's policy, and a second reading by Node's WHATWG URL, the parser that sends the requests here (the test
// bed's UrlFetchApp). The policy: http to loopback (the local test CRM), https to the same allowlist the add-on is
// built with: the shipped CRM hosts, plus url-allowlist.txt in the project folder and CONTACT_IMPORT_URL_ALLOWLIST
// (README, "URL allowlist"; scripts/build.mjs reads the same two).
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { DestinationConfig } from '../src/engine/types';
import { checkEndpointUrl, parseAllowlist, parseEndpoint, SHIPPED_FETCH_PREFIXES, type UrlPolicy } from '../src/shared/url';
import { destinationUrls } from '../src/crm/registry';
import { findProjectRoot } from '../testbed/services';
import { UsageError } from './args';

/** The environment variable and the file a deployment lists its own hosts in (read by the build too). */
export const ALLOWLIST_ENV = 'CONTACT_IMPORT_URL_ALLOWLIST';
export const ALLOWLIST_FILE = 'url-allowlist.txt';

/** The deployment's own prefixes: url-allowlist.txt and the environment variable. A bad entry is a UsageError. */
export function extraAllowlist(env: Record<string, string | undefined> = process.env, root = findProjectRoot()): string[] {
  const file = path.join(root, ALLOWLIST_FILE);
  const sources: Array<[string, string]> = [];
  if (fs.existsSync(file)) sources.push([fs.readFileSync(file, 'utf8'), ALLOWLIST_FILE]);
  if (env[ALLOWLIST_ENV]) sources.push([env[ALLOWLIST_ENV], ALLOWLIST_ENV]);
  const out: string[] = [];
  for (const [text, source] of sources) {
    const r = parseAllowlist(text, source);
    if (r.errors.length) throw new UsageError(r.errors.join(' '));
    out.push(...r.prefixes);
  }
  return out;
}

/** The command line's policy: loopback, and https to the shipped hosts and the deployment's own. */
export function cliUrlPolicy(env: Record<string, string | undefined> = process.env): UrlPolicy {
  return {
    loopback: true,
    allow: [...new Set([...SHIPPED_FETCH_PREFIXES, ...extraAllowlist(env)])],
    allowHint: `Add it to ${ALLOWLIST_FILE} in the contact-import folder or to the ${ALLOWLIST_ENV} environment variable, or use one of those.`,
  };
}

/** Why a URL the rule accepted would go elsewhere when Node's WHATWG URL sends it (null: it goes where the rule says). */
function whatwgDisagrees(url: string, what: string): string | null {
  const e = parseEndpoint(url);
  let sent: URL;
  try {
    sent = new URL(url.trim());
  } catch {
    return `${what} "${url.trim()}" cannot be read as a URL.`;
  }
  const port = sent.port ? Number(sent.port) : null;
  const own = e && (e.port === null || e.port === (e.scheme === 'https' ? 443 : 80)) ? null : e?.port;
  if (!e || sent.protocol !== `${e.scheme}:` || sent.hostname !== e.host || port !== (own ?? null)) {
    return `${what} "${url.trim()}" is read differently by the parser that would send it (host "${sent.hostname}"); write it plainly, as https://host/path.`;
  }
  return null;
}

/** The command line's check of a destination's URLs, or null when they pass. */
export function cliUrlProblem(d: DestinationConfig, env: Record<string, string | undefined> = process.env): string | null {
  const policy = cliUrlPolicy(env);
  for (const [url, what] of destinationUrls(d)) {
    const c = checkEndpointUrl(url, what, policy);
    if (!c.ok) return c.message;
    const w = whatwgDisagrees(c.url, what);
    if (w) return w;
  }
  return null;
}
