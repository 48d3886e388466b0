// One destination kind, declared once: a DestinationModule. The registry (src/crm/registry.ts) lists them, and every
// other part of the add-on reads them from there: the names (History, the sidebar, messages), the settings keys and
// how they are read and checked (settings.json and the sidebar), the credential, the sidebar's form fields, the sync
// record's account name, the pre-check Check runs, the sans-I/O client, and how many requests rows cost.
// Pure: no Apps Script global, no Node API.
import { hash53 } from '../engine/fingerprint';
import type { KeyNormalizer } from '../engine/plan';
import { q } from '../engine/settings';
import type { Contact, CustomField, DestinationConfig, Mode, UserRef } from '../engine/types';
import type { DestinationCredential, DestinationDescriptor, DestinationField } from '../shared/api';
import type { CrmNames } from '../shared/labels';
import type { CrmClient } from './client';

/** How a settings key is read: text, an endpoint URL (the URL rule applies where it is used), a secret, a map of texts. */
export type SettingKind = 'text' | 'url' | 'secret' | 'map';

export interface SettingSpec {
  key: string;
  kind: SettingKind;
  /** Required: what the key is, for "destination "x" needs key, <required>." (a url: "…, not "ftp://x"."). */
  required?: string;
  /** An endpoint URL as messages name it: "The HubSpot base URL". */
  what?: string;
  /** A map: what it maps, for "destination.key must be an object of <mapOf>." */
  mapOf?: string;
  /** The sidebar's field for the key; absent: settings.json only (kept as it is when the sidebar saves). */
  form?: { label: string; placeholder?: string; after?: boolean };
}

/** What the destination needs to connect, and the sentence when it is missing (a CrmConfigError). */
export type Credential = DestinationCredential & { missing?: string };

/** What the server's factory builds a client from. */
export interface ClientContext {
  token: string;
  /** Settings.users: owner ids for Contact owner. */
  users?: ReadonlyArray<UserRef>;
  /** Settings.customFields: their labels and types. */
  customFields?: ReadonlyArray<CustomField>;
  /** The run's normalizer of match keys (phones by the default country), for clients that match themselves. */
  normalize?: KeyNormalizer;
  /** The kind's tuning (tests, benchmarks): batch sizes, parallelism, windows; each client reads its own keys. */
  tuning?: Record<string, unknown>;
}

export interface DestinationModule<C extends DestinationConfig = DestinationConfig> {
  /** Its key in the registry and settings.json's destination.type. */
  readonly type: C['type'];
  readonly names: CrmNames;
  /** The option in the sidebar's "Import into". */
  readonly option: string;
  /** The settings keys besides `type`, in the order messages list them. */
  readonly settings: readonly SettingSpec[];
  readonly credential: Credential;
  /** The sync record's Destination column: the account, without any secret. `key` is " key #1a2b3c" or ''. */
  accountId(config: C, key: string): string;
  /** What the destination refuses before anything is sent (Check says it too); null when the row can go. */
  precheck?(contact: Contact, mode: Mode): string | null;
  /** The sans-I/O client (src/crm/client.ts); absent for the Contacts tab, which the server writes itself. */
  client?(config: C, ctx: ClientContext): CrmClient;
  /**
   * Requests an import of `rows` rows costs in `mode` against an account holding `existing` contacts, lookups
   * included (the plan's request count). Absent for the Contacts tab (no request).
   */
  requestsFor?(rows: number, mode: Mode, existing?: number): number;
  /** Revert run works for it (src/server/revert.ts). */
  readonly revertible: boolean;
}

/** The optional base URL of a CRM's API (tests, sandboxes): shown after the credential, "Public API" when empty. */
export function baseUrlSetting(what: string): SettingSpec {
  return { key: 'baseUrl', kind: 'url', what, form: { label: 'Base URL (optional)', placeholder: 'Public API', after: true } };
}

/** settings.json's token (the CLI's; the add-on keeps tokens in UserProperties, never in settings). */
export const TOKEN_SETTING: SettingSpec = { key: 'token', kind: 'secret' };

/** Declares a module (an identity: it only lets TypeScript check the declaration against its config type). */
export function defineDestination<C extends DestinationConfig>(m: DestinationModule<C>): DestinationModule<C> {
  return m;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads one destination object of this kind as settings.json and the sidebar give it: unknown keys, a text that is
 * not a text, a missing required key, a map that is not a map of texts. One sentence per problem; null with problems.
 */
export function readDestinationSettings(m: DestinationModule, v: DestinationConfig, errors: string[]): DestinationConfig | null {
  const before = errors.length;
  const keys = ['type', ...m.settings.map((s) => s.key)];
  for (const k of Object.keys(v)) {
    if (!keys.includes(k)) errors.push(`destination "${m.type}" has an unknown property "${k}"; use ${keys.join(', ')}.`);
  }
  for (const s of m.settings) {
    const val = v[s.key];
    if (s.kind === 'map') {
      if (val !== undefined && (!isObject(val) || Object.values(val).some((x) => typeof x !== 'string'))) {
        errors.push(`destination.${s.key} must be an object of ${s.mapOf ?? 'names to text values'}.`);
      }
      continue;
    }
    if (val !== undefined && typeof val !== 'string') {
      errors.push(`destination.${s.key} must be a text.`);
      continue;
    }
    if (!s.required) continue;
    if (s.kind === 'url' ? typeof val !== 'string' || !/^https?:\/\/\S+$/i.test(val.trim()) : typeof val !== 'string' || !val.trim()) {
      errors.push(`destination "${m.type}" needs ${s.key}, ${s.required}${s.kind === 'url' ? `, not ${q(val)}` : ''}.`);
    }
  }
  return errors.length === before ? { ...v } : null;
}

/** The kind as the sidebar's Settings form shows it. */
export function descriptorOf(m: DestinationModule): DestinationDescriptor {
  const { missing: _missing, ...credential } = m.credential;
  const fields: DestinationField[] = [];
  for (const s of m.settings) {
    if (!s.form || (s.kind !== 'text' && s.kind !== 'url')) continue;
    fields.push({
      key: s.key,
      kind: s.kind,
      label: s.form.label,
      required: !!s.required,
      ...(s.form.placeholder ? { placeholder: s.form.placeholder } : {}),
      ...(s.form.after ? { after: true } : {}),
    });
  }
  return { type: m.type, option: m.option, credential: credential, fields };
}

/** A URL's host, lower case ('' when none): how an account is named without its path or any credential in it. */
export function urlHost(url: unknown): string {
  if (typeof url !== 'string' || !url) return '';
  const m = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?([^/?#]+)/i.exec(url.trim());
  return m ? m[1].toLowerCase() : '';
}

/** A config's text value ('' when absent or not a text). */
export function text(config: DestinationConfig, key: string): string {
  const v = config[key];
  return typeof v === 'string' ? v : '';
}

/** A short one-way digest (6 hex digits) for the sync record: tells accounts apart, reveals nothing of a token or URL. */
export function syncDigest(secret: string): string {
  return hash53(`contact-import sync\u0000${secret}`).slice(0, 6);
}
