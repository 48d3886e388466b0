// The CRM destinations' factory, over the registry (src/crm/registry.ts); the Apps Script driver is in ./driver.ts.
// The clients themselves are sans-I/O (src/crm/).
//
// Tokens: the add-on passes the token from UserProperties (src/server/secrets.ts, tokenForRun()) or the user's own
// Google token (ScriptApp.getOAuthToken()); the CLI passes settings.json's destination.token or the
// CONTACT_IMPORT_TOKEN environment variable (resolveCliToken()). The token never leaves this module except in the
// Authorization header.
import type { KeyNormalizer } from '../../engine/plan';
import type { Contact, CustomField, DestinationConfig, Mode, UserRef } from '../../engine/types';
import { SessionDestination, type CrmDestination, type CrmDestinationTuning } from '../../crm/destination';
import { moduleOf } from '../../crm/registry';
import type { DriverIO } from '../../crm/session';
import { CrmConfigError } from '../../crm/url';
import { appsScriptIO } from './driver';

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
  /** The run's normalizer of match keys (destinations that match themselves use it). */
  normalize?: KeyNormalizer;
  /**
   * A kind's tuning by its type (tests, benchmarks): hubspot {tagsProperty, sourceProperty, batchSize}, highlevel
   * {customFieldIds, maxParallel, window, chunkSize}, webhook {batchSize, maxParallel}, … (each client's options).
   */
  [type: string]: unknown;
}

/**
 * Builds the destination for a config. Throws CrmConfigError (a clear message, no secret in it) when the config cannot
 * work: an http URL that is not loopback, a missing token or location id, or a kind without a client (the Contacts tab).
 */
export function createCrmDestination(
  config: DestinationConfig,
  token: string | undefined | null,
  opts: CrmDestinationOptions = {},
): CrmDestination {
  const m = moduleOf(config.type);
  if (!m?.client) throw new CrmConfigError(m ? 'The Contacts tab is not a CRM destination.' : `There is no destination "${config.type}".`);
  const io = opts.io ?? appsScriptIO();
  const tok = (token ?? (typeof config.token === 'string' ? config.token : undefined) ?? '').trim();
  if (!tok && m.credential.kind !== 'none' && !(m.credential.kind === 'token' && m.credential.optional)) {
    throw new CrmConfigError(m.credential.missing ?? `No token for ${m.names.the}.`);
  }
  const tuning = opts[config.type];
  const client = m.client(config, {
    token: tok,
    users: opts.users,
    customFields: opts.customFields,
    normalize: opts.normalize,
    tuning: tuning && typeof tuning === 'object' ? (tuning as Record<string, unknown>) : undefined,
  });
  return new SessionDestination(client, io, { retry: opts.retry });
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
  const m = moduleOf(config.type);
  return m?.precheck ? (c, mode) => m.precheck!(c, mode) : null;
}

/** The CLI's token: settings.json's destination.token, else the CONTACT_IMPORT_TOKEN environment variable. */
export function resolveCliToken(config: DestinationConfig, env: Record<string, string | undefined>): string | undefined {
  if (config.type === 'contacts') return undefined;
  const fromSettings = typeof config.token === 'string' ? config.token.trim() : '';
  if (fromSettings) return fromSettings;
  const fromEnv = (env.CONTACT_IMPORT_TOKEN ?? '').trim();
  return fromEnv || undefined;
}
