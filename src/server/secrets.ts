// CRM tokens live in UserProperties only (per user, never shared with other editors of the sheet), one key
// per destination type. They never go into the sheet, History, logs, error messages or Details, and the
// sidebar only ever learns "connected" and the last 4 characters. Which kinds take a pasted token is the registry's
// say (a module's credential, src/crm/registry.ts); Google Contacts uses the user's own Google token instead.
import type { DestinationType } from '../shared/api';
import { DESTINATION_TYPES, moduleOf } from '../crm/registry';
import { MASK, scrub, tokenLast4 } from '../crm/scrub';

export { MASK, tokenLast4 };

/** A kind whose credential is a token the user pastes. */
export type TokenDestination = DestinationType;
export const TOKEN_DESTINATIONS: TokenDestination[] = DESTINATION_TYPES.filter((t) => moduleOf(t)?.credential.kind === 'token');

const KEY_PREFIX = 'contactImport.token.';

export function tokenKey(type: TokenDestination): string {
  return KEY_PREFIX + type;
}

export function isTokenDestination(type: string): type is TokenDestination {
  return TOKEN_DESTINATIONS.includes(type);
}

function props(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getUserProperties();
}

export function getStoredToken(type: TokenDestination): string | null {
  const v = props().getProperty(tokenKey(type));
  return v ? v : null;
}

export function storeToken(type: TokenDestination, token: string): void {
  props().setProperty(tokenKey(type), token);
}

export function deleteStoredToken(type: TokenDestination): void {
  props().deleteProperty(tokenKey(type));
}

/** What the sidebar may know about a stored token (the user's own Google account is always connected). */
export function tokenState(type: DestinationType): { connected: boolean; tokenLast4: string } {
  if (moduleOf(type)?.credential.kind === 'google') return { connected: true, tokenLast4: '' };
  if (!isTokenDestination(type)) return { connected: false, tokenLast4: '' };
  const t = getStoredToken(type);
  return { connected: !!t, tokenLast4: tokenLast4(t) };
}

/** Every stored token (to scrub text before it is logged, shown or written). */
export function storedTokens(): string[] {
  const all = props().getProperties();
  return Object.keys(all)
    .filter((k) => k.startsWith(KEY_PREFIX))
    .map((k) => all[k])
    .filter(Boolean);
}

/** Replaces any stored token (and the extra secrets given) in `text` with '••••'. */
export function scrubSecrets(text: string, extra: ReadonlyArray<string | undefined> = []): string {
  return scrub(text, [...storedTokens(), ...extra]);
}
