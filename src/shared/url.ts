// The endpoint URL rule: every CRM or webhook URL is https. Plain http is allowed only for loopback
// (127.0.0.0/8, localhost, [::1]) so that tests and the playground can talk to the local test CRM. Shared: the
// sidebar's Settings check a URL as it is typed, the server checks it when settings are saved, and the CRM clients
// refuse it (src/crm/url.ts requireEndpointUrl).

/**
 * `problem` says what is wrong: 'empty', 'invalid' (not a URL, no host, spaces, a bad port), or 'insecure' (a
 * scheme other than https, or http to a host that is not loopback).
 */
export type UrlCheck = { ok: true; url: string } | { ok: false; message: string; problem: 'empty' | 'invalid' | 'insecure' };

/** The sentence every place that refuses an insecure URL uses (the sidebar's Settings, saveSettings). */
export const HTTPS_ONLY = 'Use an https:// URL (http:// works only for localhost).';

function isLoopbackHost(host: string): boolean {
  const h = host.toLowerCase();
  if (h === 'localhost') return true;
  if (h === '[::1]') return true;
  const m = /^127\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(h);
  return !!m && m.slice(1).every((p) => Number(p) <= 255);
}

/** Checks an endpoint URL. Parses by hand: Apps Script has no URL class. */
export function checkEndpointUrl(raw: string, what = 'The endpoint URL'): UrlCheck {
  const url = (raw ?? '').trim();
  if (!url) return { ok: false, problem: 'empty', message: `${what} is empty — enter an https:// address.` };
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\/(?:[^@/?#]*@)?(\[[^\]]*\]|[^:/?#]*)(?::(\d+))?([/?#].*)?$/.exec(url);
  if (!m) return { ok: false, problem: 'invalid', message: `${what} "${url}" is not a valid URL — enter an https:// address.` };
  const scheme = m[1].toLowerCase();
  const host = m[2];
  if (!host) return { ok: false, problem: 'invalid', message: `${what} "${url}" has no host name — enter an https:// address.` };
  if (/\s/.test(url)) return { ok: false, problem: 'invalid', message: `${what} "${url}" contains spaces — remove them.` };
  if (m[3] !== undefined && Number(m[3]) > 65535) {
    return { ok: false, problem: 'invalid', message: `${what} "${url}" has an invalid port — enter an https:// address.` };
  }
  if (scheme === 'https') return { ok: true, url };
  if (scheme === 'http') {
    if (isLoopbackHost(host)) return { ok: true, url };
    return {
      ok: false,
      problem: 'insecure',
      message: `${what} "${url}" uses http — use https:// (plain http is allowed only for localhost, for tests).`,
    };
  }
  return { ok: false, problem: 'insecure', message: `${what} "${url}" must start with https://.` };
}
