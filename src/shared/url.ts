// The endpoint URL rule: every CRM or webhook URL is https; plain http is allowed only for loopback (127.0.0.0/8,
// localhost, [::1]) and only where the policy says so (tests, the playground and the CLI talk to the local test CRM;
// the add-on in Google Sheets does not: see README, "URL allowlist"). Shared: the sidebar's Settings check a URL as
// it is typed, the server when settings are saved and when a run starts, the CLI before it runs, and the CRM clients
// refuse it (src/crm/url.ts requireEndpointUrl).
//
// One parser reads the URL for the rule, and it is strict enough that every other parser reads an accepted URL the
// same way: the request is sent by another one (Apps Script's UrlFetchApp takes the string and parses it on Google's
// side; the CLI and the test bed send with Node's WHATWG URL). Parsers disagree on backslashes (WHATWG reads `\` as
// `/`), user-info and `@`, percent-escapes and non-ASCII letters in host names, tabs and newlines (WHATWG drops them),
// numeric hosts (WHATWG reads 0x7f.1, 2130706433 and 0177.0.0.1 as 127.0.0.1), missing or extra slashes, trailing
// dots and empty ports. None of that is accepted: what is left is `scheme://host[:port][/path][?query][#fragment]` in
// printable ASCII, with a host name of letters, digits and hyphens, a dotted IPv4 address written plainly, or [::1].
// Apps Script has no URL class (nor does the bundle's smoke test): this parses by hand. test/shared/url.test.ts
// holds the table of confusion cases, checked against Node's WHATWG URL.

/** An endpoint URL as the rule reads it. */
export interface Endpoint {
  scheme: 'http' | 'https';
  /** Lower case: a host name, a dotted IPv4 address, or "[::1]". */
  host: string;
  /** The port when one is written; null for the scheme's own (443, 80). */
  port: number | null;
  /** What follows the host and port: path, query and fragment ("" when nothing does). */
  rest: string;
}

export type UrlProblem = 'empty' | 'invalid' | 'insecure' | 'not-allowed';

/** Why a URL cannot be read, said after `${what} "${url}"`. */
type Parsed = { ok: true; endpoint: Endpoint } | { ok: false; problem: 'empty' | 'invalid' | 'insecure'; why: string };

/**
 * Where a URL may go. `loopback`: http to 127.0.0.0/8, localhost and [::1] (tests, the playground, the CLI).
 * `allow`: the https URL prefixes it may reach (the manifest's urlFetchWhitelist); absent, any https host.
 * `allowHint`: how the user adds a host to the list, in the words of their interface.
 */
export interface UrlPolicy {
  loopback: boolean;
  allow?: readonly string[];
  allowHint?: string;
}

/** The rule without an allowlist: any https host, and http to loopback (the CRM clients, the sidebar as you type). */
export const OPEN_URL_POLICY: UrlPolicy = Object.freeze({ loopback: true });

/**
 * The API hosts of the destinations the add-on ships with, as the manifest's urlFetchWhitelist names them (the root
 * appsscript.json holds the same list; test/build.test.ts checks it): HubSpot, HighLevel (LeadConnector API v2),
 * and Google's People API for the Google Contacts destination. A deployment adds its webhook hosts at build time.
 */
export const SHIPPED_FETCH_PREFIXES: readonly string[] = Object.freeze([
  'https://api.hubapi.com/',
  'https://services.leadconnectorhq.com/',
  'https://people.googleapis.com/',
]);

export type UrlCheck = { ok: true; url: string } | { ok: false; message: string; problem: UrlProblem };

/** The sentence every place that refuses an insecure URL uses (the sidebar's Settings, saveSettings). */
export const HTTPS_ONLY = 'Use an https:// URL (http:// works only for localhost).';

/** HTTPS_ONLY, as the policy has it: without loopback, http is never allowed. */
export function httpsOnly(policy: UrlPolicy): string {
  return policy.loopback ? HTTPS_ONLY : 'Use an https:// URL.';
}

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const OCTET = /^(?:0|[1-9]\d{0,2})$/;

/** A dotted IPv4 address written plainly: four decimal parts of 0-255 without leading zeros. */
function isPlainIpv4(host: string): boolean {
  const parts = host.split('.');
  return parts.length === 4 && parts.every((p) => OCTET.test(p) && Number(p) <= 255);
}

/** Why a host (already lower case) is not one every parser reads alike, or null when it is. */
function hostProblem(host: string): string | null {
  if (host.startsWith('[')) {
    return host === '[::1]' ? null : 'has an IPv6 address other than [::1] as its host; use the server\'s host name';
  }
  const labels = host.split('.');
  // A host ending in a number is an IP address to WHATWG (0x7f.1, 2130706433, 0177.0.0.1, 127.1 are 127.0.0.1): only
  // the plain dotted form is read the same everywhere. Top-level domains start with a letter.
  if (/^[0-9]/.test(labels[labels.length - 1])) {
    return isPlainIpv4(host) ? null : 'has a host that is neither a host name nor an IP address written as four numbers of 0-255 (such as 192.0.2.10)';
  }
  if (host.length > 253 || !labels.every((l) => LABEL.test(l))) {
    return 'has a host name that is not made of letters, digits, hyphens and dots (an empty part, a trailing dot or another character)';
  }
  // Punycode (xn--): whether it stands for a valid name is decided by IDNA tables that parsers apply differently.
  if (labels.some((l) => l.startsWith('xn--'))) return 'has an internationalized host name (xn--…), which is not accepted; use the server\'s plain ASCII host name';
  return null;
}

/** Reads an endpoint URL by the strict grammar above. */
function parse(url: string): Parsed {
  if (!url) return { ok: false, problem: 'empty', why: '' };
  for (let i = 0; i < url.length; i++) {
    const c = url.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c || c === 0xa0 || c === 0x3000) {
      return { ok: false, problem: 'invalid', why: 'contains spaces — remove them' };
    }
    if (c < 0x21 || c > 0x7e) {
      return { ok: false, problem: 'invalid', why: 'contains a character that is not plain printable ASCII (a control character or a letter outside a-z); write the host name in ASCII and percent-encode the rest' };
    }
  }
  if (url.includes('\\')) return { ok: false, problem: 'invalid', why: 'contains a backslash (\\); a URL uses / only' };
  const m = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(url);
  if (!m) return { ok: false, problem: 'invalid', why: 'is not a valid URL — enter an https:// address' };
  const scheme = m[1].toLowerCase();
  if (scheme !== 'https' && scheme !== 'http') return { ok: false, problem: 'insecure', why: 'must start with https://' };
  const after = url.slice(m[0].length);
  if (!after.startsWith('//') || after.startsWith('///')) return { ok: false, problem: 'invalid', why: 'is not a valid URL: write two slashes after the scheme, as in https://example.com/' };
  const body = after.slice(2);
  const end = body.search(/[/?#]/);
  const authority = end < 0 ? body : body.slice(0, end);
  const rest = end < 0 ? '' : body.slice(end);
  if (authority.includes('@')) return { ok: false, problem: 'invalid', why: 'has a user name or password before the host (user@host); put credentials in a header, not in the URL' };
  if (rest.includes('@')) return { ok: false, problem: 'invalid', why: 'contains @; write it as %40 in a path or query' };
  if (!authority) return { ok: false, problem: 'invalid', why: 'has no host name — enter an https:// address' };
  let host = authority;
  let portText: string | undefined;
  const close = authority.startsWith('[') ? authority.indexOf(']') : -1;
  const colon = authority.indexOf(':', close + 1);
  if (colon >= 0) {
    host = authority.slice(0, colon);
    portText = authority.slice(colon + 1);
  }
  if (authority.startsWith('[') && (close < 0 || close !== host.length - 1)) return { ok: false, problem: 'invalid', why: 'has an IPv6 address without its closing ]' };
  if (!host) return { ok: false, problem: 'invalid', why: 'has no host name — enter an https:// address' };
  let port: number | null = null;
  if (portText !== undefined) {
    if (!/^[1-9]\d{0,4}$/.test(portText) || Number(portText) > 65535) return { ok: false, problem: 'invalid', why: 'has an invalid port (a number from 1 to 65535, after a single colon)' };
    port = Number(portText);
  }
  host = host.toLowerCase();
  const bad = hostProblem(host);
  if (bad) return { ok: false, problem: 'invalid', why: bad };
  return { ok: true, endpoint: { scheme, host, port, rest } };
}

/** Reads a URL by the rule (trimmed as checkEndpointUrl trims it); null when the rule refuses it. */
export function parseEndpoint(raw: string): Endpoint | null {
  const p = parse((raw ?? '').trim());
  return p.ok ? p.endpoint : null;
}

/** Loopback as the rule allows it: 127.0.0.0/8 written plainly, localhost, [::1]. Never a name that resolves there. */
export function isLoopback(e: Endpoint): boolean {
  return e.host === 'localhost' || e.host === '[::1]' || (isPlainIpv4(e.host) && e.host.startsWith('127.'));
}

/** An allowlist prefix, as Apps Script reads urlFetchWhitelist: https, a host (maybe "*." and a domain), a path. */
interface Prefix {
  wildcard: boolean;
  host: string;
  port: number | null;
  path: string;
}

function readPrefix(text: string): Prefix | string {
  const wildcard = /^https:\/\/\*\./i.test(text);
  const p = parse(wildcard ? `https://${text.slice('https://*.'.length)}` : text);
  if (!p.ok) return p.problem === 'insecure' ? 'must start with https://' : p.why;
  const e = p.endpoint;
  if (e.scheme !== 'https') return 'must start with https:// (an allowlist holds https addresses only)';
  if (!e.host.includes('.') || isPlainIpv4(e.host) || e.host.startsWith('[')) return 'must name a full domain, such as https://hooks.example.com/';
  if (!e.rest.startsWith('/') || /[?#]/.test(e.rest)) return 'must end in a path, such as https://hooks.example.com/ (with its final /)';
  return { wildcard, host: e.host, port: e.port, path: e.rest };
}

/** Whether an https endpoint is under an allowlist prefix, by Apps Script's rules (case-sensitive path, "*." subdomains). */
function under(e: Endpoint, p: Prefix): boolean {
  const hostOk = p.wildcard ? e.host.endsWith(`.${p.host}`) : e.host === p.host;
  if (!hostOk || (e.port ?? 443) !== (p.port ?? 443)) return false;
  const path = e.rest.startsWith('/') ? e.rest : `/${e.rest}`;
  if (!path.startsWith(p.path)) return false;
  return p.path.endsWith('/') || path.length === p.path.length || '/?#'.includes(path[p.path.length]);
}

/** Whether a URL is one an allowlist lets through (an https URL under one of its prefixes). */
export function allowedBy(raw: string, prefixes: readonly string[]): boolean {
  const e = parseEndpoint(raw);
  if (!e || e.scheme !== 'https') return false;
  return prefixes.some((t) => {
    const p = readPrefix(t);
    return typeof p !== 'string' && under(e, p);
  });
}

/**
 * Reads an allowlist: https URL prefixes separated by spaces, commas or new lines, `#` starting a comment to the end
 * of its line (url-allowlist.txt, CONTACT_IMPORT_URL_ALLOWLIST). Each prefix is checked as Apps Script checks
 * urlFetchWhitelist, plus this rule's grammar; `errors` names each bad one.
 */
export function parseAllowlist(text: string, source = 'the allowlist'): { prefixes: string[]; errors: string[] } {
  const prefixes: string[] = [];
  const errors: string[] = [];
  const entries = text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/#.*$/, ''))
    .flatMap((line) => line.split(/[\s,]+/))
    .filter(Boolean);
  for (const t of entries) {
    const p = readPrefix(t);
    if (typeof p === 'string') errors.push(`${source}: "${t}" ${p}.`);
    else if (!prefixes.includes(t)) prefixes.push(t);
  }
  return { prefixes, errors };
}

/** Checks an endpoint URL against the rule and a policy (default: any https host, and http to loopback). */
export function checkEndpointUrl(raw: string, what = 'The endpoint URL', policy: UrlPolicy = OPEN_URL_POLICY): UrlCheck {
  const url = (raw ?? '').trim();
  const p = parse(url);
  if (!p.ok) {
    if (p.problem === 'empty') return { ok: false, problem: 'empty', message: `${what} is empty — enter an https:// address.` };
    return { ok: false, problem: p.problem, message: `${what} "${url}" ${p.why}.` };
  }
  const e = p.endpoint;
  if (e.scheme === 'http') {
    if (!isLoopback(e)) {
      const why = policy.loopback ? 'plain http is allowed only for localhost, for tests' : 'plain http is not allowed';
      return { ok: false, problem: 'insecure', message: `${what} "${url}" uses http — use https:// (${why}).` };
    }
    if (!policy.loopback) {
      return { ok: false, problem: 'insecure', message: `${what} "${url}" uses http to this computer (loopback), which the add-on in Google Sheets cannot reach — use an https:// address.` };
    }
    return { ok: true, url };
  }
  if (policy.allow && !allowedBy(url, policy.allow)) {
    const hint = policy.allowHint ? ` ${policy.allowHint}` : '';
    return {
      ok: false,
      problem: 'not-allowed',
      message: `${what} "${url}" is not an address this add-on may send to: it sends only to ${policy.allow.join(', ')}. To use ${e.host}, add https://${e.host}/ to the URL allowlist.${hint}`,
    };
  }
  return { ok: true, url };
}

/**
 * The rule on a destination's URLs (`urls`: destinationUrls() of src/crm/registry.ts, each with its name): a message
 * saying why one cannot be used (as saveSettings, the CLI and a starting run refuse it), or null when they all pass.
 * A CRM without a base URL uses its public API (the shipped prefixes).
 */
export function destinationUrlProblem(urls: ReadonlyArray<readonly [string, string]>, policy: UrlPolicy): string | null {
  for (const [url, what] of urls) {
    const c = checkEndpointUrl(url, what, policy);
    if (c.ok) continue;
    return c.problem === 'insecure' ? `${what} "${url.trim()}" cannot be used. ${httpsOnly(policy)}` : c.message;
  }
  return null;
}
