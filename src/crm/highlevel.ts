// HighLevel (LeadConnector API v2) contacts, sans I/O. One contact per request; requests go out in
// fetchAll groups that respect HighLevel's burst limit of 100 requests per 10 seconds (a sliding window
// that computes its waits).
//
// Modes (PushContext.mode):
// - upsert: POST /contacts/upsert. HighLevel finds the existing contact by the location's duplicate
//   settings (email and/or phone, in its configured order); `new` tells created from updated.
// - create: GET /contacts/search/duplicate (email, number) first; a found contact is skipped ("is being
//   skipped, a record was found for Contact (matched on Email)"); otherwise POST /contacts/. If the
//   create answers "This location does not allow duplicated contacts" (a contact appeared in between, or
//   a retried create HighLevel had already done), the row is skipped with the existing id. Never updates.
// - update: GET /contacts/search/duplicate; not found -> failed "Contact not found in HighLevel (tried …)";
//   found -> PUT /contacts/{id}. Never creates.
//
// Rows with neither email nor phone fail: HighLevel could not match them, so every resume or re-run would
// create another copy.
//
// Custom fields go by id, as HighLevel's OpenAPI requires: the ids come from the settings (customFieldIds) or from
// the location's list, read once per execution (highlevel-fields.ts); a field the location lacks is a warning on
// its rows, never a 422.
//
// 400 and 422 messages land on their lines. HighLevel sometimes answers 422 and still saves the contact;
// after a 422 the client looks the contact up, and when one exists the failed row carries its id and says
// so, so the History tells the truth about what the CRM holds.
//
// Idempotency: upsert is keyed by the location's duplicate rule (email/phone), so a repeated request
// updates the same contact. Create is guarded by the duplicate search and HighLevel's duplicate rule.
// Update is keyed by the id the search returned. A contact created by a request whose answer was lost is never
// created twice, and is still reported "created" when sent again: its dateAdded is after the run's first attempt
// for the row (see AttemptLog in session.ts) — provided the
// location does not allow duplicate contacts (HighLevel's default); with duplicates allowed HighLevel
// itself cannot dedupe, and neither can any client.
import { dict } from '../shared/dict';
import type { Contact, CustomField, DestinationConfig, MatchKey, Mode, UserRef } from '../engine/types';
import type { PushContext, PushRow } from '../engine/destination';
import { CrmApi, CrmClient, bearerHeaders, failPrechecked } from './client';
import type { CrmNames } from '../shared/labels';
import { SKIPPED_MATCH, copyFields, customValues, email as emailOf, list, noteUnsent, ownerId, phone as phoneOf, str, unsentWarning, userId } from './fields';
import { HttpRequest, HttpResponse, errorMessage, isObject, parseJson, query } from './http';
import { CustomFieldIds, customFieldsPath, readCustomFields } from './highlevel-fields';
import { TOKEN_SETTING, baseUrlSetting, defineDestination, urlHost } from './module';
import { PushSession, SessionOptions } from './session';
import { CrmConfigError } from './url';
import { SlidingWindow } from './window';

const NAMES: CrmNames = { label: 'HighLevel', the: 'HighLevel', The: 'HighLevel', idLabel: 'HighLevel id' };

export const HIGHLEVEL_BASE_URL = 'https://services.leadconnectorhq.com';
export const HIGHLEVEL_VERSION = '2021-07-28';
export const HIGHLEVEL_WINDOW = { limit: 100, windowMs: 10_000 };

export interface HighLevelOptions {
  baseUrl?: string;
  token: string;
  locationId: string;
  users?: ReadonlyArray<UserRef>;
  /** Custom field key -> HighLevel custom field id (settings' destination.customFieldIds); others are looked up. */
  customFieldIds?: Record<string, string>;
  /** Settings.customFields: their labels (in warnings) and types. */
  customFields?: ReadonlyArray<CustomField>;
  /** Requests per fetchAll group (default 25). */
  maxParallel?: number;
  /** The burst window (default 100 requests per 10 s). */
  window?: { limit: number; windowMs: number };
  /** Rows per push() call (default 100). */
  chunkSize?: number;
}

export interface HighLevelBody {
  body: Record<string, unknown>;
  unsent: string[];
}

// Contact fields HighLevel takes under their own names, as text.
const NAME_FIELDS = [['firstName', 'firstName'], ['lastName', 'lastName'], ['name', 'name']] as const;
const TEXT_FIELDS = [
  ['companyName', 'companyName'], ['address1', 'address1'], ['city', 'city'], ['state', 'state'],
  ['postalCode', 'postalCode'], ['country', 'country'], ['website', 'website'], ['dateOfBirth', 'dateOfBirth'],
] as const;

/** Fields HighLevel does not take (after Contact owner), and why. */
const UNSENT = [
  ['followers', "not part of HighLevel's contact upsert"],
  ['additionalEmails', "not part of HighLevel's contact upsert"],
  ['additionalPhones', "not part of HighLevel's contact upsert"],
  ['contactId', 'HighLevel assigns its own ids'],
  ['externalId', 'map it to a custom field instead'],
] as const;

/**
 * Maps a normalized contact to a LeadConnector contact body (without locationId). Custom fields go by id (`ids`: the
 * settings' ids and, once read, the location's list; see highlevel-fields.ts); one without an id is reported unsent.
 */
export function highlevelBody(
  c: Contact,
  opts: Omit<HighLevelOptions, 'token' | 'locationId'>,
  runSource?: string,
  ids: CustomFieldIds = new CustomFieldIds(opts.customFieldIds, opts.customFields),
): HighLevelBody {
  const b: Record<string, unknown> = dict();
  const unsent: string[] = [];
  copyFields(c, b, NAME_FIELDS);
  const email = emailOf(c);
  if (email) b.email = email;
  const phone = phoneOf(c);
  if (phone) b.phone = phone;
  copyFields(c, b, TEXT_FIELDS);
  const source = str(c.source) ?? runSource;
  if (source) b.source = source;
  const tags = list(c.tags);
  if (tags.length) b.tags = tags;
  const owner = ownerId(c, unsent, (o) => userId(opts.users, o), 'HighLevel user id');
  if (owner) b.assignedTo = owner;
  noteUnsent(c, unsent, UNSENT);
  const custom: Array<Record<string, unknown>> = [];
  for (const [k, v] of customValues(c)) {
    if (v === '' || (Array.isArray(v) && !v.length)) continue;
    const r = ids.item(k, v);
    if ('item' in r) custom.push(r.item);
    else unsent.push(r.unsent);
  }
  if (custom.length) b.customFields = custom;
  return { body: b, unsent };
}

/** The key HighLevel most likely matched on: the first of the run's match keys the row has. */
export function highlevelMatchKey(c: Contact, matchOn: MatchKey[]): MatchKey | undefined {
  for (const k of [...matchOn, 'email' as const, 'phone' as const]) {
    if (k === 'email' && emailOf(c)) return 'email';
    if (k === 'phone' && phoneOf(c)) return 'phone';
  }
  return undefined;
}

const DUPLICATE_MESSAGE = /does not allow duplicated contacts/i;

/**
 * What HighLevel will refuse before anything is sent (Check and the import say the same): a row with neither
 * email nor phone, which HighLevel could not match, so every resume or re-run would create another copy.
 */
export function highlevelPrecheck(c: Contact, mode: Mode): string | null {
  if (emailOf(c) || phoneOf(c)) return null;
  return mode === 'update'
    ? 'Contact not found: HighLevel matches contacts on Email or Phone, and this row has neither.'
    : 'HighLevel matches contacts on Email or Phone, and this row has neither. Add one to import it to HighLevel.';
}

export class HighLevelClient implements CrmClient {
  readonly names = NAMES;
  readonly label = NAMES.label;
  readonly chunkSize: number;
  readonly secrets: ReadonlyArray<string>;
  private readonly api: CrmApi;
  /** One window for the whole run: it outlives a push() call, as HighLevel's own counter does. */
  readonly window: SlidingWindow;
  /** The custom fields' ids: the settings' and, once read, the location's (for the client's life: the execution). */
  private readonly fieldIds: CustomFieldIds;

  constructor(private readonly opts: HighLevelOptions) {
    this.secrets = [opts.token].filter(Boolean);
    this.api = new CrmApi(opts.baseUrl || HIGHLEVEL_BASE_URL, 'The HighLevel base URL', bearerHeaders(opts.token, { Version: HIGHLEVEL_VERSION }));
    if (!opts.locationId || !String(opts.locationId).trim()) {
      throw new CrmConfigError('HighLevel needs a location id (the sub-account id) — enter it in Settings.');
    }
    this.chunkSize = Math.max(1, opts.chunkSize ?? 100);
    const w = opts.window ?? HIGHLEVEL_WINDOW;
    this.window = new SlidingWindow(w.limit, w.windowMs);
    this.fieldIds = new CustomFieldIds(opts.customFieldIds, opts.customFields);
  }

  precheck(contact: Contact, mode: Mode): string | null {
    return highlevelPrecheck(contact, mode);
  }

  connectionRequest(): HttpRequest {
    return this.api.request('get', `/contacts/${query({ locationId: this.opts.locationId, limit: 1 })}`);
  }

  upsertRequest(body: Record<string, unknown>): HttpRequest {
    return this.api.request('post', '/contacts/upsert', { ...body, locationId: this.opts.locationId });
  }

  createRequest(body: Record<string, unknown>): HttpRequest {
    return this.api.request('post', '/contacts/', { ...body, locationId: this.opts.locationId });
  }

  updateRequest(id: string, body: Record<string, unknown>): HttpRequest {
    return this.api.request('put', `/contacts/${encodeURIComponent(id)}`, body);
  }

  searchRequest(email: string | undefined, phone: string | undefined): HttpRequest {
    return this.api.request('get', `/contacts/search/duplicate${query({ locationId: this.opts.locationId, email, number: phone })}`);
  }

  start(rows: PushRow[], ctx: PushContext, sessionOpts?: Partial<SessionOptions>): PushSession {
    const s = new PushSession({
      crm: this.names.The,
      secrets: this.secrets,
      maxParallel: this.opts.maxParallel ?? 25,
      window: this.window,
      ...sessionOpts,
    });
    const send = () => {
      for (const r of rows) {
        const problem = highlevelPrecheck(r.contact, ctx.mode);
        if (problem) {
          failPrechecked(s, r.line, ctx.mode, problem);
          continue;
        }
        const { body, unsent } = highlevelBody(r.contact, this.opts, ctx.source, this.fieldIds);
        const row: Row = {
          line: r.line,
          email: emailOf(r.contact),
          phone: phoneOf(r.contact),
          body,
          warning: unsentWarning('HighLevel', unsent),
          key: highlevelMatchKey(r.contact, ctx.matchOn) ?? 'email',
        };
        if (ctx.mode === 'upsert') this.addUpsert(s, row);
        else this.addSearch(s, row, ctx.mode);
      }
    };
    // Custom field ids: the location's list is read once (this client lives for an execution), before the first rows
    // that carry custom fields without an id in the settings.
    const keys = new Set(rows.flatMap((r) => customValues(r.contact).filter(([, v]) => list(v).length).map(([k]) => k)));
    if (!this.fieldIds.needsLookup(keys)) {
      send();
      return s;
    }
    s.add(this.api.request('get', customFieldsPath(this.opts.locationId)), rows.map((r) => r.line), (res) => {
      if (res.status >= 200 && res.status < 300) this.fieldIds.learn(readCustomFields(res));
      else this.fieldIds.failed(`HighLevel answered HTTP ${res.status}: ${errorMessage(res)}`);
      send();
    }, 0, true);
    return s;
  }

  private addUpsert(s: PushSession, row: Row): void {
    s.add(this.upsertRequest(row.body), [row.line], (res) => {
      if (res.status === 200 || res.status === 201) {
        const j = parseJson(res.body);
        if (!isObject(j) || !isObject(j.contact)) throw new Error('no contact in the answer');
        // A replay (a retry after a lost answer, a resumed chunk) finds the contact its lost first attempt created:
        // HighLevel says "not new", its dateAdded says it was created by this run.
        const created = j.new === true || s.createdByEarlierAttempt(row.line, j.contact.dateAdded);
        s.settle({
          line: row.line,
          action: created ? 'created' : 'updated',
          id: j.contact.id === undefined ? undefined : String(j.contact.id),
          matchedOn: created ? undefined : row.key,
          message: row.warning,
        });
      } else this.rejected(s, row, res);
    });
  }

  private addSearch(s: PushSession, row: Row, mode: 'create' | 'update'): void {
    s.add(this.searchRequest(row.email, row.phone), [row.line], (res) => {
      if (res.status !== 200) {
        this.rejected(s, row, res, false);
        return;
      }
      const found = foundContact(res);
      if (mode === 'create') {
        if (found) {
          const on = matchedField(found, row);
          s.settle({ line: row.line, action: 'skipped', id: found.id, matchedOn: on, message: SKIPPED_MATCH(on) });
        } else this.addCreate(s, row);
      } else if (found) {
        this.addUpdate(s, row, found.id, matchedField(found, row));
      } else {
        const tried = [row.email ? `Email: ${row.email}` : '', row.phone ? `Phone: ${row.phone}` : ''].filter(Boolean).join(', ');
        s.settle({ line: row.line, action: 'failed', code: 'contact_not_found', message: `Contact not found in HighLevel (tried ${tried}).` });
      }
    });
  }

  private addCreate(s: PushSession, row: Row): void {
    s.add(this.createRequest(row.body), [row.line], (res) => {
      if (res.status === 200 || res.status === 201) {
        const j = parseJson(res.body);
        if (!isObject(j) || !isObject(j.contact)) throw new Error('no contact in the answer');
        s.settle({ line: row.line, action: 'created', id: String(j.contact.id), message: row.warning });
        return;
      }
      const msg = errorMessage(res);
      if (res.status === 400 && DUPLICATE_MESSAGE.test(msg)) {
        const j = parseJson(res.body);
        const meta = isObject(j) && isObject(j.meta) ? j.meta : {};
        const on: MatchKey = meta.matchingField === 'phone' ? 'phone' : meta.matchingField === 'email' ? 'email' : row.key;
        const id = typeof meta.contactId === 'string' ? meta.contactId : undefined;
        if (s.isReplay(row.line)) {
          // A create sent again after a lost answer: the contact may be the one the lost attempt created. Ask
          // HighLevel for it and decide from its dateAdded.
          s.add(this.searchRequest(row.email, row.phone), [row.line], (r2) => {
            const found = r2.status === 200 ? foundContact(r2) : undefined;
            if (found && s.createdByEarlierAttempt(row.line, found.dateAdded)) {
              s.settle({ line: row.line, action: 'created', id: found.id, message: row.warning });
            } else s.settle({ line: row.line, action: 'skipped', id: found?.id ?? id, matchedOn: on, message: SKIPPED_MATCH(on) });
          });
          return;
        }
        s.settle({ line: row.line, action: 'skipped', id, matchedOn: on, message: SKIPPED_MATCH(on) });
        return;
      }
      this.rejected(s, row, res);
    });
  }

  private addUpdate(s: PushSession, row: Row, id: string, on: MatchKey): void {
    s.add(this.updateRequest(id, row.body), [row.line], (res) => {
      if (res.status === 200 || res.status === 201) {
        const j = parseJson(res.body);
        const cid = isObject(j) && isObject(j.contact) && j.contact.id !== undefined ? String(j.contact.id) : id;
        s.settle({ line: row.line, action: 'updated', id: cid, matchedOn: on, message: row.warning });
      } else this.rejected(s, row, res, false);
    });
  }

  /** A 4xx the retry policy handed back: the message lands on the line. After a 422, look for a saved contact. */
  private rejected(s: PushSession, row: Row, res: HttpResponse, lookAfter422 = true): void {
    const msg = errorMessage(res);
    if (res.status === 422 && lookAfter422) {
      s.add(this.searchRequest(row.email, row.phone), [row.line], (r2) => {
        const found = r2.status === 200 ? foundContact(r2) : undefined;
        if (found) {
          s.settle({
            line: row.line,
            action: 'failed',
            code: 'destination_error',
            id: found.id,
            message: `HighLevel: ${msg}. HighLevel holds a contact for this row anyway (id ${found.id}) — fix the value and run again to complete it.`,
          });
        } else {
          s.settle({ line: row.line, action: 'failed', code: 'destination_error', message: `HighLevel: ${msg}` });
        }
      });
      return;
    }
    const prefix = res.status === 400 || res.status === 422 ? 'HighLevel' : `HighLevel answered HTTP ${res.status}`;
    s.settle({ line: row.line, action: 'failed', code: 'destination_error', message: `${prefix}: ${msg}` });
  }
}

interface Row {
  line: number;
  email?: string;
  phone?: string;
  body: Record<string, unknown>;
  warning?: string;
  key: MatchKey;
}

interface Found {
  id: string;
  email?: string;
  phone?: string;
  dateAdded?: string;
}

function foundContact(res: HttpResponse): Found | undefined {
  const j = parseJson(res.body);
  if (!isObject(j) || !isObject(j.contact) || j.contact.id === undefined || j.contact.id === null) return undefined;
  const c = j.contact;
  return {
    id: String(c.id),
    email: typeof c.email === 'string' ? c.email.toLowerCase() : undefined,
    phone: typeof c.phone === 'string' ? c.phone : undefined,
    dateAdded: typeof c.dateAdded === 'string' ? c.dateAdded : undefined,
  };
}

function matchedField(found: Found, row: Row): MatchKey {
  if (row.key === 'phone' && row.phone && found.phone === row.phone) return 'phone';
  if (row.email && found.email === row.email) return 'email';
  if (row.phone && found.phone === row.phone) return 'phone';
  return row.key;
}

/** settings.json: {"type": "highlevel", "baseUrl"?, "token", "locationId", "customFieldIds"?}. */
export interface HighLevelConfig extends DestinationConfig {
  type: 'highlevel';
  baseUrl?: string;
  token?: string;
  locationId: string;
  /** Custom field key -> HighLevel custom field id, for fields whose id is not to be looked up by key or name. */
  customFieldIds?: Record<string, string>;
}

/** HighLevel in the registry (src/crm/registry.ts). */
export const highlevel = defineDestination<HighLevelConfig>({
  type: 'highlevel',
  names: NAMES,
  option: NAMES.label,
  settings: [
    baseUrlSetting('The HighLevel base URL'),
    TOKEN_SETTING,
    { key: 'locationId', kind: 'text', required: 'the HighLevel sub-account (location) id', form: { label: 'Location (sub-account) ID' } },
    { key: 'customFieldIds', kind: 'map', mapOf: 'custom field keys to HighLevel custom field ids' },
  ],
  credential: {
    kind: 'token',
    label: 'Private integration token',
    missing: 'No HighLevel token — paste a private integration token in Settings (the CLI reads destination.token or CONTACT_IMPORT_TOKEN).',
  },
  accountId: (c, key) => `HighLevel location ${c.locationId}${c.baseUrl ? ` at ${urlHost(c.baseUrl)}` : ''}${key}`,
  precheck: highlevelPrecheck,
  client: (c, x) => {
    const t = x.tuning as Partial<HighLevelOptions> | undefined;
    const ids = { ...(t?.customFieldIds ?? {}), ...(c.customFieldIds ?? {}) };
    return new HighLevelClient({ ...t, baseUrl: c.baseUrl, token: x.token, locationId: c.locationId, users: x.users, customFieldIds: ids, customFields: x.customFields });
  },
  // One request per contact (Create only and Update only search first), and the custom fields' list once.
  requestsFor: (rows, mode) => (rows ? 1 : 0) + (mode === 'upsert' ? 1 : 2) * rows,
  revertible: false,
});
