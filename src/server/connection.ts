// The sidebar's connection calls (src/shared/api.ts: saveToken, forgetToken, testConnection). They take
// the destination config as a parameter so that they do not depend on where settings are stored; the
// lead wires them into src/Code.ts, e.g. testConnection() = testConnectionFor(loadSettings().destination).
// A ConnectionView carries "connected" and the token's last 4 characters, never the token.
import type { DestinationConfig } from '../engine/types';
import type { ConnectionView, DestinationType } from '../shared/api';
import type { DriverIO } from '../crm/session';
import { scrub } from '../crm/scrub';
import { destinationName, moduleOf } from '../crm/registry';
import { CrmConfigError, createCrmDestination } from './destinations/crm';
import { deleteStoredToken, getStoredToken, isTokenDestination, storeToken, tokenState } from './secrets';

function view(type: DestinationType, ok: boolean, message: string): ConnectionView {
  const st = tokenState(type);
  return { ok, message, connected: st.connected, tokenLast4: st.tokenLast4 };
}

export function connectionStatus(type: DestinationType): ConnectionView {
  const st = tokenState(type);
  return { ok: st.connected, message: st.connected ? 'Connected.' : 'Not connected.', ...st };
}

/** Why a kind takes no pasted token, or null when it does. */
function noTokenToPaste(type: DestinationType): string | null {
  const m = moduleOf(type);
  if (m?.credential.kind === 'google') return `${m.names.The} uses your Google account: there is no token to paste.`;
  if (!isTokenDestination(type)) return 'The Contacts tab needs no token.';
  return null;
}

export function saveToken(destination: DestinationType, token: string): ConnectionView {
  const none = noTokenToPaste(destination);
  if (none) return view(destination, false, none);
  const t = String(token ?? '').trim().replace(/^Bearer\s+/i, '');
  if (!t) return view(destination, false, 'Paste the token first.');
  if (/\s/.test(t)) return view(destination, false, 'A token has no spaces — copy it again from the CRM.');
  if (t.length < 8) return view(destination, false, 'That token is too short — copy the whole token from the CRM.');
  storeToken(destination, t);
  return view(destination, true, `Token saved for ${destinationName(destination)} — use Test connection to check it.`);
}

export function forgetToken(destination: DestinationType): ConnectionView {
  if (isTokenDestination(destination)) deleteStoredToken(destination);
  return view(destination, true, `Token removed for ${destinationName(destination)}.`);
}

/**
 * The user's own Google access token (ScriptApp.getOAuthToken(): the manifest's scopes, contacts among them), for the
 * destinations whose credential is the Google account.
 */
export function googleToken(): string | undefined {
  return ScriptApp.getOAuthToken() || undefined;
}

/**
 * The token a run uses in Apps Script: the one stored in UserProperties for the destination's type, or the user's own
 * Google token for Google Contacts.
 */
export function tokenForRun(config: DestinationConfig): string | undefined {
  const kind = moduleOf(config.type)?.credential.kind;
  if (kind === 'google') return googleToken();
  if (!isTokenDestination(config.type)) return undefined;
  return getStoredToken(config.type) ?? undefined;
}

/** "Test connection": one cheap request with the stored token (or the user's Google token). */
export function testConnectionFor(config: DestinationConfig, opts: { io?: DriverIO } = {}): ConnectionView {
  const m = moduleOf(config.type);
  const cred = m?.credential;
  if (!m?.client || !cred || cred.kind === 'none') return view(config.type, true, 'The Contacts tab needs no connection.');
  let token: string | undefined;
  try {
    token = cred.kind === 'google' ? googleToken() : (getStoredToken(config.type) ?? (typeof config.token === 'string' ? config.token : undefined) ?? undefined);
  } catch (e) {
    return view(config.type, false, `Could not use your Google account: ${(e as Error).message}`);
  }
  if (!token && cred.kind === 'token' && !cred.optional) {
    return view(config.type, false, `No token saved for ${destinationName(config.type)} — paste one in Settings first.`);
  }
  try {
    const d = createCrmDestination(config, token, { io: opts.io });
    const c = d.testConnection();
    return view(config.type, c.ok, scrub(c.message, [token]));
  } catch (e) {
    const msg = e instanceof CrmConfigError ? e.message : `Could not test the connection: ${(e as Error).message}`;
    return view(config.type, false, scrub(msg, [token]));
  }
}
