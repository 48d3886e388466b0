// Settings: defaults and validation. resolveSettings() takes anything (a parsed settings.json, saved properties)
// and returns complete Settings or every problem found, each in one precise sentence. The CLI exits 2 on errors.
import { dict } from '../shared/dict';
import { isSupportedCountry } from 'libphonenumber-js/max';
import { CUSTOM_FIELD_TYPES, MATCH_KEYS, isStandardFieldKey, getField } from './fields';
import type {
  CustomField,
  CustomFieldType,
  DateOrder,
  DestinationConfig,
  Mapping,
  MatchKey,
  Mode,
  PhoneFormat,
  Policy,
  Settings,
  UserRef,
} from './types';

/**
 * The defaults. mode "upsert" (the seed's "Create and update"): it is what people expect from an import into a
 * list that may already hold some of the contacts; it never fails a row only because the contact exists or not.
 * matchOn ["email","phone"]: the seed's de-duplication on Phone and Email. dateOrder "MDY" and defaultCountry
 * "US" as in the seed. policy "skip-field": failures in optional fields are warnings and the row is imported
 * without that field (the seed's Errors vs Warnings).
 */
export function defaultSettings(): Settings {
  return {
    mode: 'upsert',
    matchOn: ['email', 'phone'],
    defaultCountry: 'US',
    dateOrder: 'MDY',
    policy: 'skip-field',
    customFields: [],
    users: [],
    dontUpdateEmpty: true,
    headerRow: 1,
    destination: { type: 'contacts' },
    listSuccesses: false,
    phoneFormat: 'e164',
  };
}

const MODES: readonly Mode[] = ['create', 'update', 'upsert'];
const POLICIES: readonly Policy[] = ['skip-field', 'fail-row'];
const DATE_ORDERS: readonly DateOrder[] = ['MDY', 'DMY'];
const PHONE_FORMATS: readonly PhoneFormat[] = ['e164', 'international'];
const KNOWN_KEYS = [
  'mode',
  'matchOn',
  'defaultCountry',
  'dateOrder',
  'policy',
  'mapping',
  'customFields',
  'users',
  'dontUpdateEmpty',
  'headerRow',
  'destination',
  'recordLimit',
  'listSuccesses',
  'phoneFormat',
] as const;

/** A value as a settings message quotes it: a text in quotes, null, "a list", "an object", a number. */
export const q = (v: unknown): string => {
  if (typeof v === 'string') return JSON.stringify(v);
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'an object';
  return String(v);
};
/** "a", "b", "c": the allowed values, as a settings message lists them. */
export const oneOf = (xs: readonly string[]): string => xs.map((x) => `"${x}"`).join(', ');
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export type ResolvedSettings = { settings: Settings } | { errors: string[] };

/**
 * How settings read `destination`: the kinds there are, and one kind's keys. The registry (src/crm/registry.ts) is
 * the reader every caller passes (its readSettings() does): the engine itself knows no destination kind.
 */
export interface DestinationReader {
  /** Every destination type, in the order the error message lists them. */
  readonly types: readonly string[];
  /** Checks an object of one of those types: pushes one sentence per problem; the config, or null with problems. */
  read(v: DestinationConfig, errors: string[]): DestinationConfig | null;
}

/** Reads settings; `destinations` reads the destination's kinds (the registry's DESTINATION_READER). */
export function resolveSettings(input: unknown, destinations: DestinationReader): ResolvedSettings {
  const s = defaultSettings();
  const errors: string[] = [];
  if (input === undefined || input === null) return { settings: s };
  if (!isObject(input)) return { errors: [`Settings must be a JSON object, not ${q(input)}.`] };

  for (const key of Object.keys(input)) {
    if (!(KNOWN_KEYS as readonly string[]).includes(key)) {
      errors.push(`Unknown setting "${key}". Known settings: ${KNOWN_KEYS.join(', ')}.`);
    }
  }
  const has = (k: string) => input[k] !== undefined;

  if (has('mode')) {
    const v = input.mode;
    if (typeof v === 'string' && (MODES as readonly string[]).includes(v)) s.mode = v as Mode;
    else errors.push(`mode must be one of ${oneOf(MODES)}, not ${q(v)}.`);
  }

  if (has('matchOn')) {
    const v = input.matchOn;
    if (!Array.isArray(v)) errors.push(`matchOn must be a list drawn from ${oneOf(MATCH_KEYS)}, not ${q(v)}.`);
    else {
      const seen = new Set<string>();
      let ok = true;
      v.forEach((item, i) => {
        if (typeof item !== 'string' || !(MATCH_KEYS as readonly string[]).includes(item)) {
          errors.push(`matchOn[${i}] must be one of ${oneOf(MATCH_KEYS)}, not ${q(item)}.`);
          ok = false;
        } else if (seen.has(item)) {
          errors.push(`matchOn lists "${item}" twice.`);
          ok = false;
        } else seen.add(item);
      });
      if (ok) s.matchOn = v as MatchKey[];
    }
  }

  if (has('defaultCountry')) {
    const v = input.defaultCountry;
    const code = typeof v === 'string' ? v.trim().toUpperCase() : '';
    if (typeof v !== 'string' || !/^[A-Z]{2}$/.test(code)) {
      errors.push(`defaultCountry must be a two-letter country code such as "US" or "GB", not ${q(v)}.`);
    } else if (!isSupportedCountry(code)) {
      errors.push(`defaultCountry ${q(v)} is not a country code that phone numbers can be read for; use one such as "US" or "GB".`);
    } else s.defaultCountry = code;
  }

  if (has('dateOrder')) {
    const v = input.dateOrder;
    if (typeof v === 'string' && (DATE_ORDERS as readonly string[]).includes(v.toUpperCase())) {
      s.dateOrder = v.toUpperCase() as DateOrder;
    } else errors.push(`dateOrder must be "MDY" (month first, 10/28/2020) or "DMY" (day first, 28/10/2020), not ${q(v)}.`);
  }

  if (has('policy')) {
    const v = input.policy;
    if (typeof v === 'string' && (POLICIES as readonly string[]).includes(v)) s.policy = v as Policy;
    else errors.push(`policy must be "skip-field" (import the row without a bad optional field) or "fail-row" (any bad mapped cell fails the row), not ${q(v)}.`);
  }

  if (has('phoneFormat')) {
    const v = input.phoneFormat;
    if (typeof v === 'string' && (PHONE_FORMATS as readonly string[]).includes(v)) s.phoneFormat = v as PhoneFormat;
    else errors.push(`phoneFormat must be "e164" (Fix writes +14155550132) or "international" (Fix writes +1 415 555 0132), not ${q(v)}.`);
  }

  for (const k of ['dontUpdateEmpty', 'listSuccesses'] as const) {
    if (has(k)) {
      const v = input[k];
      if (typeof v === 'boolean') s[k] = v;
      else errors.push(`${k} must be true or false, not ${q(v)}.`);
    }
  }

  if (has('headerRow')) {
    const v = input.headerRow;
    if (typeof v === 'number' && Number.isInteger(v) && v >= 1) s.headerRow = v;
    else errors.push(`headerRow must be a whole number of 1 or more (the sheet row holding the headers), not ${q(v)}.`);
  }

  if (has('recordLimit') && input.recordLimit !== null) {
    const v = input.recordLimit;
    if (typeof v === 'number' && Number.isInteger(v) && v >= 1) s.recordLimit = v;
    else errors.push(`recordLimit must be a whole number of 1 or more, or null for no limit, not ${q(v)}.`);
  }

  if (has('customFields')) {
    const cfs = readCustomFields(input.customFields, errors);
    if (cfs) s.customFields = cfs;
  }

  if (has('users')) {
    const users = readUsers(input.users, errors);
    if (users) s.users = users;
  }

  if (has('destination')) {
    const d = readDestination(input.destination, destinations, errors);
    if (d) s.destination = d;
  }

  if (has('mapping') && input.mapping !== null) {
    const m = readMapping(input.mapping, s.customFields, errors);
    if (m) s.mapping = m;
  }

  if (s.matchOn.length === 0 && s.mode !== 'create') {
    errors.push(`matchOn is empty, but mode "${s.mode}" needs at least one match key to find existing contacts; add "email", "phone", "contactId" or "externalId", or use mode "create".`);
  }

  return errors.length ? { errors } : { settings: s };
}

const KEY_RE = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

function readCustomFields(v: unknown, errors: string[]): CustomField[] | null {
  if (!Array.isArray(v)) {
    errors.push(`customFields must be a list of {key, label, type, options?}, not ${q(v)}.`);
    return null;
  }
  const out: CustomField[] = [];
  const keys = new Map<string, number>();
  const before = errors.length;
  v.forEach((cf, i) => {
    const at = `customFields[${i}]`;
    if (!isObject(cf)) {
      errors.push(`${at} must be an object {key, label, type, options?}, not ${q(cf)}.`);
      return;
    }
    for (const k of Object.keys(cf)) {
      if (!['key', 'label', 'type', 'options'].includes(k)) errors.push(`${at} has an unknown property "${k}"; use key, label, type and options.`);
    }
    const { key, label, type, options } = cf;
    if (typeof key !== 'string' || !KEY_RE.test(key)) {
      errors.push(`${at}.key must be a name made of letters, digits, _ . or - (such as "favoriteColor"), not ${q(key)}.`);
    } else if (isStandardFieldKey(key)) {
      errors.push(`${at}.key "${key}" is a standard field's key; choose another key for the custom field.`);
    } else if (keys.has(key.toLowerCase())) {
      errors.push(`${at}.key "${key}" repeats the key of customFields[${keys.get(key.toLowerCase())}]; each custom field needs its own key.`);
    } else keys.set(key.toLowerCase(), i);
    if (typeof label !== 'string' || !label.trim()) errors.push(`${at}.label must be a non-empty text, not ${q(label)}.`);
    const typeOk = typeof type === 'string' && (CUSTOM_FIELD_TYPES as readonly string[]).includes(type);
    if (!typeOk) errors.push(`${at}.type must be one of ${oneOf(CUSTOM_FIELD_TYPES)}, not ${q(type)}.`);
    const wantsOptions = type === 'singleOption' || type === 'multipleOptions';
    let opts: string[] | undefined;
    if (options !== undefined) {
      if (typeOk && !wantsOptions) {
        errors.push(`${at}.options only apply to the types "singleOption" and "multipleOptions", not "${String(type)}"; remove them.`);
      } else if (!Array.isArray(options) || options.some((o) => typeof o !== 'string' || !o.trim())) {
        errors.push(`${at}.options must be a list of non-empty texts.`);
      } else {
        const seen = new Set<string>();
        for (const o of options as string[]) {
          const lk = o.trim().toLowerCase();
          if (seen.has(lk)) errors.push(`${at}.options lists ${q(o)} twice (options are matched without regard to case).`);
          seen.add(lk);
        }
        opts = (options as string[]).map((o) => o.trim());
      }
    }
    if (wantsOptions && (options === undefined || (Array.isArray(options) && options.length === 0))) {
      errors.push(`${at} is a ${String(type)} field, so it needs options: a non-empty list of the allowed values.`);
    }
    if (typeof key === 'string' && typeof label === 'string' && typeOk) {
      out.push({ key, label: label.trim(), type: type as CustomFieldType, ...(opts ? { options: opts } : {}) });
    }
  });
  return errors.length === before ? out : null;
}

function readUsers(v: unknown, errors: string[]): UserRef[] | null {
  if (!Array.isArray(v)) {
    errors.push(`users must be a list of names ("FirstName LastName") or {name, id?, email?}, not ${q(v)}.`);
    return null;
  }
  const before = errors.length;
  const out: UserRef[] = [];
  v.forEach((u, i) => {
    if (typeof u === 'string') {
      if (!u.trim()) errors.push(`users[${i}] is empty; give the user's name as "FirstName LastName".`);
      else out.push(u.trim());
    } else if (isObject(u)) {
      for (const k of Object.keys(u)) {
        if (!['name', 'id', 'email'].includes(k)) errors.push(`users[${i}] has an unknown property "${k}"; use name, id and email.`);
      }
      if (typeof u.name !== 'string' || !u.name.trim()) errors.push(`users[${i}].name must be the user's name as "FirstName LastName", not ${q(u.name)}.`);
      for (const k of ['id', 'email'] as const) {
        if (u[k] !== undefined && typeof u[k] !== 'string') errors.push(`users[${i}].${k} must be a text, not ${q(u[k])}.`);
      }
      if (typeof u.name === 'string') {
        const ref: { name: string; id?: string; email?: string } = { name: u.name.trim() };
        if (typeof u.id === 'string') ref.id = u.id;
        if (typeof u.email === 'string') ref.email = u.email;
        out.push(ref);
      }
    } else errors.push(`users[${i}] must be a name or {name, id?, email?}, not ${q(u)}.`);
  });
  return errors.length === before ? out : null;
}

/**
 * Reads the destination: an object whose type is a kind the reader knows, with that kind's keys (the registry,
 * src/crm/registry.ts, knows them; the engine knows no destination kind but the Contacts tab).
 */
function readDestination(v: unknown, reader: DestinationReader, errors: string[]): DestinationConfig | null {
  const types = reader.types;
  if (!isObject(v) || typeof v.type !== 'string' || !types.includes(v.type)) {
    errors.push(`destination must be an object whose type is one of ${oneOf(types)}${isObject(v) ? `, not ${q(v.type)}` : ''}.`);
    return null;
  }
  return reader.read(v as DestinationConfig, errors);
}

function readMapping(v: unknown, customFields: CustomField[], errors: string[]): Mapping | null {
  if (!isObject(v)) {
    errors.push(`mapping must be an object of column header to field key (or null for "Don't import"), not ${q(v)}.`);
    return null;
  }
  const before = errors.length;
  const out: Mapping = dict();
  const singleUse = new Map<string, string>();
  for (const [header, field] of Object.entries(v)) {
    if (field === null) {
      out[header] = null;
      continue;
    }
    if (typeof field !== 'string') {
      errors.push(`mapping[${q(header)}] must be a field key or null, not ${q(field)}.`);
      continue;
    }
    const def = getField(field, customFields);
    if (!def) {
      errors.push(`mapping[${q(header)}]: unknown field key ${q(field)}; use a standard field key (such as "email" or "firstName"), a custom field's key, or null.`);
      continue;
    }
    if (!def.multiColumn) {
      const other = singleUse.get(field);
      if (other !== undefined) {
        const hint = field === 'email' ? ' Map the second one to "additionalEmails".' : field === 'phone' ? ' Map the second one to "additionalPhones".' : '';
        errors.push(`mapping: columns ${q(other)} and ${q(header)} both map to "${field}", which holds one value.${hint}`);
        continue;
      }
      singleUse.set(field, header);
    }
    out[header] = field;
  }
  return errors.length === before ? out : null;
}
