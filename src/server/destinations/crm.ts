// The CRM destinations' factory (the Apps Script driver is in ./driver.ts). The clients themselves are sans-I/O
// (src/crm/).
//
// Tokens: the add-on passes the token from UserProperties (src/server/secrets.ts, tokenForRun()); the CLI
// passes settings.json's destination.token or the CONTACT_IMPORT_TOKEN environment variable
// (resolveCliToken()). The token never leaves this module except in the Authorization header.
import type { Contact, CustomField, DestinationConfig, Mode, UserRef } from '../../engine/types';
import { highlevelPrecheck } from '../../crm/highlevel';
import { hubspotPrecheck } from '../../crm/hubspot';
import type { CrmDestination, CrmDestinationTuning } from '../../crm/destination';
import type { DriverIO } from '../../crm/session';
import { CrmConfigError } from '../../crm/url';
import { appsScriptIO } from './driver';
import { highlevelDestination } from './highlevel';
import { hubspotDestination } from './hubspot';
import { webhookDestination } from './webhook';

export type { CrmDestination } from '../../crm/destination';
export { CrmConfigError } from '../../crm/url';
export { TOKEN_REJECTED } from '../../crm/retry';
export { appsScriptIO } from './driver';

export interface CrmDestinationOptions extends CrmDestinationTuning {
  /** The driver; defaults to Apps Script's UrlFetchApp and Utilities.sleep. */
  io?: DriverIO;
  /** Settings.users: owner ids for Contact owner. */
  users?: ReadonlyArray<UserRef>;
  customFields?: ReadonlyArray<CustomField>;
  hubspot?: { tagsProperty?: string; sourceProperty?: string; batchSize?: number };
  highlevel?: {
    customFieldIds?: Record<string, string>;
    maxParallel?: number;
    /** The burst window; HighLevel's is 100 requests per 10 s (the default). */
    window?: { limit: number; windowMs: number };
    chunkSize?: number;
  };
  webhook?: { batchSize?: number; maxParallel?: number };
}

/**
 * Builds the destination for a CRM config. Throws CrmConfigError (a clear message, no secret in it) when
 * the config cannot work: an http URL that is not loopback, a missing token or location id, or 'contacts'.
 */
export function createCrmDestination(
  config: DestinationConfig,
  token: string | undefined | null,
  opts: CrmDestinationOptions = {},
): CrmDestination {
  const io = opts.io ?? appsScriptIO();
  const tuning: CrmDestinationTuning = { retry: opts.retry };
  const tok = (token ?? ('token' in config ? config.token : undefined) ?? '').trim();
  switch (config.type) {
    case 'hubspot':
      if (!tok) throw new CrmConfigError('No HubSpot token — paste a private-app token in Settings (the CLI reads destination.token or CONTACT_IMPORT_TOKEN).');
      return hubspotDestination({ baseUrl: config.baseUrl, token: tok, users: opts.users, ...opts.hubspot }, io, tuning);
    case 'highlevel':
      if (!tok) throw new CrmConfigError('No HighLevel token — paste a private integration token in Settings (the CLI reads destination.token or CONTACT_IMPORT_TOKEN).');
      return highlevelDestination(
        { baseUrl: config.baseUrl, token: tok, locationId: config.locationId, users: opts.users, ...opts.highlevel },
        io,
        tuning,
      );
    case 'webhook':
      return webhookDestination({ url: config.url, headers: config.headers, token: tok || undefined, ...opts.webhook }, io, tuning);
    default:
      throw new CrmConfigError('The Contacts tab is not a CRM destination.');
  }
}

/**
 * Checks that a CRM destination can be built (URL rule, token, location id) without sending anything.
 * Returns the CrmConfigError's message, or null when the config is usable (or is the Contacts tab).
 */
export function crmConfigProblem(config: DestinationConfig, token: string | undefined | null): string | null {
  if (config.type === 'contacts') return null;
  const idle: DriverIO = { fetchAll: () => [], sleep: () => undefined, now: () => Date.now() };
  try {
    createCrmDestination(config, token, { io: idle });
    return null;
  } catch (e) {
    if (e instanceof CrmConfigError) return e.message;
    throw e;
  }
}

/**
 * The destination's pre-check without building it (Check needs no token): what the CRM will refuse before anything
 * is sent. The same functions the clients use, so Check and the import say the same. null: nothing to check.
 */
export function crmPrecheck(config: DestinationConfig): ((contact: Contact, mode: Mode) => string | null) | null {
  if (config.type === 'hubspot') return hubspotPrecheck;
  if (config.type === 'highlevel') return highlevelPrecheck;
  return null;
}

/** The CLI's token: settings.json's destination.token, else the CONTACT_IMPORT_TOKEN environment variable. */
export function resolveCliToken(config: DestinationConfig, env: Record<string, string | undefined>): string | undefined {
  if (config.type === 'contacts') return undefined;
  const fromSettings = 'token' in config && config.token ? config.token.trim() : '';
  if (fromSettings) return fromSettings;
  const fromEnv = (env.CONTACT_IMPORT_TOKEN ?? '').trim();
  return fromEnv || undefined;
}
