// Where the add-on in Google Sheets may send: the URL allowlist it was built with. scripts/build.mjs writes the same
// list into the manifest's urlFetchWhitelist (Apps Script refuses any other URL) and into the bundle as
// CONTACT_IMPORT_URL_ALLOWLIST, so Settings refuses what UrlFetchApp would refuse, before anything is sent. Outside
// the bundle (tests, the playground) the constant is absent and the shipped hosts stand for it.
import { SHIPPED_FETCH_PREFIXES, type UrlPolicy } from '../shared/url';

declare const CONTACT_IMPORT_URL_ALLOWLIST: readonly string[] | undefined;

/** The prefixes the add-on was built with: the shipped CRM hosts plus the deployment's own (README, URL allowlist). */
export function deployedAllowlist(): readonly string[] {
  return typeof CONTACT_IMPORT_URL_ALLOWLIST === 'undefined' ? SHIPPED_FETCH_PREFIXES : CONTACT_IMPORT_URL_ALLOWLIST;
}

/**
 * The add-on's URL policy: https to the allowlist only. No loopback: in Apps Script a request runs on Google's
 * servers, so "localhost" is never the user's computer, and the manifest's allowlist holds https URLs only.
 */
export function addonUrlPolicy(): UrlPolicy {
  return {
    loopback: false,
    allow: deployedAllowlist(),
    allowHint: 'Ask whoever deployed Contact Import for your organization to add it, or use one of those.',
  };
}
