// HubSpot CRM v3 contacts, sans I/O.
//
// Modes (PushContext.mode):
// - upsert: POST /crm/v3/objects/contacts/batch/upsert, inputs [{idProperty: "email", id, properties}], at most
//   100 per call. `new` in each result tells created from updated.
// - create: POST /batch/read by email first; found contacts are skipped ("is being skipped, a record was found
//   for Contact (matched on Email)"); the rest go to POST /batch/create. A 409 on create (a contact appeared
//   in between, or a retried create that HubSpot had already done) is split in halves down to the row, which
//   is then skipped with HubSpot's existing id. Existing contacts are never updated.
// - update: POST /batch/read by email; rows with no contact fail "Contact not found in HubSpot (tried Email: …)";
//   the others go to POST /batch/update by HubSpot id. Nothing is ever created.
//
// HubSpot matches contacts by email only, so a row without an email cannot be upserted safely: it fails with
// a clear message (creating it without a key would create a second copy on every resume or re-run).
//
// Answers are mapped back to lines BY EMAIL (results[].properties.email, errors[].context.ids), never by
// position. A whole-batch 400 (one bad value fails HubSpot's whole batch) is split in halves recursively;
// each faulty single row fails with HubSpot's message.
//
// Idempotency: every write is keyed by the email (upsert/update by key; create is guarded by the read and
// by HubSpot's unique email, whose 409 we turn into "skipped"). Re-sending a batch after a lost answer, a
// retry or a resume therefore never creates a second contact. A contact created by a request whose answer was
// lost is still reported "created" when sent again: its createdAt is after the run's first attempt for the row
// (upsert results carry createdAt; after a 409 create a batch/read fetches it). See AttemptLog in session.ts.
import { dict } from '../shared/dict';
import type { Contact, DestinationConfig, Mode, UserRef } from '../engine/types';
import type { PushContext, PushRow } from '../engine/destination';
import { CrmApi, CrmClient, bearerHeaders, chunk, failPrechecked, splitHalves } from './client';
import type { CrmNames } from '../shared/labels';
import { FIELD_LABELS, SKIPPED_MATCH, copyFields, customValues, email as emailOf, list, noteUnsent, ownerId, splitName, str, unsentWarning, userId } from './fields';
import { HttpRequest, HttpResponse, errorMessage, isObject, listIn, parseJson } from './http';
import { TOKEN_SETTING, baseUrlSetting, defineDestination, urlHost } from './module';
import { PushSession, SessionOptions } from './session';

const NAMES: CrmNames = { label: 'HubSpot', the: 'HubSpot', The: 'HubSpot', idLabel: 'HubSpot id' };

export const HUBSPOT_BASE_URL = 'https://api.hubapi.com';
export const HUBSPOT_MAX_BATCH = 100;
const CONTACTS = '/crm/v3/objects/contacts';

export interface HubSpotOptions {
  baseUrl?: string;
  token: string;
  /** Account users with their HubSpot owner ids, for Contact owner -> hubspot_owner_id. */
  users?: ReadonlyArray<UserRef>;
  /** A HubSpot property (e.g. a multiple-checkbox one) to receive Tags, joined with ';'. Unset: tags are not sent. */
  tagsProperty?: string;
  /** A HubSpot property to receive Source (the row's Source, or the run's source). Unset: not sent. */
  sourceProperty?: string;
  /** Inputs per batch call, at most 100. */
  batchSize?: number;
}

export interface HubSpotMapped {
  properties: Record<string, string>;
  /** Fields the row has that HubSpot does not receive, with why. */
  unsent: string[];
}

// [HubSpot property, contact field], copied as text.
const NAME_PROPS = [['firstname', 'firstName'], ['lastname', 'lastName']] as const;
const TEXT_PROPS = [
  ['company', 'companyName'], ['address', 'address1'], ['city', 'city'], ['state', 'state'],
  ['zip', 'postalCode'], ['country', 'country'], ['website', 'website'], ['date_of_birth', 'dateOfBirth'],
] as const;

/** Fields HubSpot does not take (after Contact owner), and why. */
const UNSENT = [
  ['followers', 'HubSpot has no followers'],
  ['contactId', 'HubSpot assigns its own ids'],
  ['externalId', 'map it to a custom field instead'],
] as const;

/** Maps a normalized contact to HubSpot contact properties. */
export function hubspotProperties(c: Contact, opts: Omit<HubSpotOptions, 'token'>, runSource?: string): HubSpotMapped {
  const p: Record<string, string> = dict();
  const unsent: string[] = [];
  const e = emailOf(c);
  if (e) p.email = e;
  copyFields(c, p, NAME_PROPS);
  const name = str(c.name);
  if (name && !p.firstname && !p.lastname) {
    // HubSpot has no full-name property: split "Ada King Lovelace" into "Ada King" + "Lovelace".
    const { first, last } = splitName(name);
    if (last !== undefined) p.lastname = last;
    p.firstname = first;
  }
  const phone = str(c.phone);
  if (phone) p.phone = phone;
  const more = list(c.additionalPhones);
  if (more.length) {
    p.mobilephone = more[0];
    if (more.length > 1) unsent.push(`${FIELD_LABELS.additionalPhones} after the first (HubSpot has one mobile phone)`);
  }
  if (list(c.additionalEmails).length) unsent.push(`${FIELD_LABELS.additionalEmails} (HubSpot's API cannot set them)`);
  copyFields(c, p, TEXT_PROPS);
  const tags = list(c.tags);
  if (tags.length) {
    if (opts.tagsProperty) p[opts.tagsProperty] = tags.join(';');
    else unsent.push(`${FIELD_LABELS.tags} (choose a HubSpot property for tags)`);
  }
  const source = str(c.source) ?? runSource;
  if (opts.sourceProperty && source) p[opts.sourceProperty] = source;
  else if (str(c.source)) unsent.push(`${FIELD_LABELS.source} (choose a HubSpot property for the source)`);
  const owner = ownerId(c, unsent, (o) => (/^\d+$/.test(o) ? o : userId(opts.users, o)), 'HubSpot owner id');
  if (owner) p.hubspot_owner_id = owner;
  noteUnsent(c, unsent, UNSENT);
  for (const [k, v] of customValues(c)) {
    const s = typeof v === 'boolean' ? (v ? 'true' : 'false') : str(v);
    if (s !== undefined) p[k] = s; // a custom field's key is its HubSpot internal name
  }
  return { properties: p, unsent };
}

/**
 * What HubSpot will refuse before anything is sent (Check and the import say the same): a row without an email,
 * since HubSpot can only upsert by email and a row without a key would be created again on every resume or re-run.
 */
export function hubspotPrecheck(c: Contact, mode: Mode): string | null {
  if (emailOf(c)) return null;
  return mode === 'update'
    ? 'Contact not found: HubSpot matches contacts on Email, and this row has no Email. Add the email to update the contact.'
    : 'HubSpot matches contacts on Email, and this row has no Email. Add the email to import it to HubSpot.';
}

/** HubSpot's message, with "Property values were not valid: [json]" unpacked into its inner messages. */
export function hubspotMessage(res: HttpResponse): string {
  const m = errorMessage(res);
  const i = m.indexOf('[');
  if (/^Property values were not valid/i.test(m) && i > 0) {
    const inner = parseJson(m.slice(i));
    if (Array.isArray(inner)) {
      const msgs = inner.map((x) => (isObject(x) && typeof x.message === 'string' ? x.message : '')).filter(Boolean);
      if (msgs.length) return msgs.join('; ');
    }
  }
  return m;
}

interface Item {
  line: number;
  email: string;
  properties: Record<string, string>;
  warning?: string;
  /** HubSpot's record id, once read (update mode). */
  hsId?: string;
}

export class HubSpotClient implements CrmClient {
  readonly names = NAMES;
  readonly label = NAMES.label;
  readonly chunkSize: number;
  readonly secrets: ReadonlyArray<string>;
  private readonly api: CrmApi;

  constructor(private readonly opts: HubSpotOptions) {
    this.secrets = [opts.token].filter(Boolean);
    this.api = new CrmApi(opts.baseUrl || HUBSPOT_BASE_URL, 'The HubSpot base URL', bearerHeaders(opts.token));
    this.chunkSize = Math.max(1, Math.min(HUBSPOT_MAX_BATCH, opts.batchSize ?? HUBSPOT_MAX_BATCH));
  }

  private post(path: string, body: unknown): HttpRequest {
    return this.api.request('post', CONTACTS + path, body);
  }

  connectionRequest(): HttpRequest {
    return this.api.request('get', `${CONTACTS}?limit=1`);
  }

  precheck(contact: Contact, mode: Mode): string | null {
    return hubspotPrecheck(contact, mode);
  }

  upsertRequest(items: Item[]): HttpRequest {
    return this.post('/batch/upsert', {
      inputs: items.map((it) => ({ idProperty: 'email', id: it.email, properties: it.properties })),
    });
  }

  readRequest(items: Item[]): HttpRequest {
    return this.post('/batch/read', {
      idProperty: 'email',
      properties: ['email'],
      inputs: items.map((it) => ({ id: it.email })),
    });
  }

  createRequest(items: Item[]): HttpRequest {
    return this.post('/batch/create', { inputs: items.map((it) => ({ properties: it.properties })) });
  }

  updateRequest(items: Item[]): HttpRequest {
    return this.post('/batch/update', {
      inputs: items.map((it) => ({ id: it.hsId as string, properties: it.properties })),
    });
  }

  start(rows: PushRow[], ctx: PushContext, sessionOpts?: Partial<SessionOptions>): PushSession {
    const s = new PushSession({ crm: this.names.The, secrets: this.secrets, ...sessionOpts });
    const items: Item[] = [];
    for (const r of rows) {
      const e = emailOf(r.contact);
      const problem = hubspotPrecheck(r.contact, ctx.mode);
      if (!e || problem) {
        failPrechecked(s, r.line, ctx.mode, problem ?? '');
        continue;
      }
      const m = hubspotProperties(r.contact, this.opts, ctx.source);
      items.push({ line: r.line, email: e, properties: m.properties, warning: unsentWarning('HubSpot', m.unsent) });
    }
    for (const batch of chunk(items, this.chunkSize)) {
      if (ctx.mode === 'upsert') this.addUpsert(s, batch);
      else this.addRead(s, batch, ctx.mode);
    }
    return s;
  }

  private addUpsert(s: PushSession, batch: Item[]): void {
    s.add(this.upsertRequest(batch), lines(batch), (res) => {
      if (res.status === 200 || res.status === 201 || res.status === 207) {
        this.mapResults(s, batch, res, 'upsert');
      } else if (res.status === 400) {
        this.splitOrFail(s, batch, res, (half) => this.addUpsert(s, half));
      } else {
        failBatch(s, batch, res);
      }
    });
  }

  private addRead(s: PushSession, batch: Item[], mode: 'create' | 'update'): void {
    s.add(this.readRequest(batch), lines(batch), (res) => {
      if (res.status === 400) {
        this.splitOrFail(s, batch, res, (half) => this.addRead(s, half, mode));
        return;
      }
      if (res.status !== 200 && res.status !== 207) {
        failBatch(s, batch, res);
        return;
      }
      const found = new Map<string, string>();
      for (const r of listIn(parseJson(res.body), 'results')) {
        if (!isObject(r)) continue;
        const e = resultEmail(r);
        if (e !== undefined) found.set(e, String(r.id));
      }
      const rest: Item[] = [];
      for (const it of batch) {
        const id = found.get(it.email);
        if (mode === 'create') {
          if (id) skipExisting(s, it.line, id);
          else rest.push(it);
        } else if (id) {
          rest.push({ ...it, hsId: id });
        } else {
          s.settle({
            line: it.line,
            action: 'failed',
            code: 'contact_not_found',
            message: `Contact not found in HubSpot (tried Email: ${it.email}).`,
          });
        }
      }
      if (!rest.length) return;
      if (mode === 'create') this.addCreate(s, rest);
      else this.addUpdate(s, rest);
    }, 0, true);
  }

  private addCreate(s: PushSession, batch: Item[]): void {
    s.add(this.createRequest(batch), lines(batch), (res) => {
      if (res.status === 200 || res.status === 201 || res.status === 207) {
        this.mapResults(s, batch, res, 'create');
      } else if (res.status === 409) {
        // Batch create is all-or-nothing: one existing email fails it. Split down to the row.
        if (batch.length > 1) {
          for (const half of splitHalves(batch)) this.addCreate(s, half);
        } else this.createConflict(s, batch[0], res);
      } else if (res.status === 400) {
        this.splitOrFail(s, batch, res, (half) => this.addCreate(s, half));
      } else {
        failBatch(s, batch, res);
      }
    });
  }

  /** A single-row create HubSpot refused with 409: a contact has the email, so the row is skipped with its id. */
  private createConflict(s: PushSession, it: Item, res: HttpResponse): void {
    const id = /Existing ID:\s*(\d+)/i.exec(errorMessage(res))?.[1];
    if (!s.isReplay(it.line)) {
      skipExisting(s, it.line, id);
      return;
    }
    // A create sent again after a lost answer: the contact may be the one the lost attempt created.
    // Read it and decide from HubSpot's createdAt.
    s.add(this.readRequest([it]), [it.line], (r2) => {
      const hit = listIn(parseJson(r2.body), 'results').find((r) => isObject(r) && isObject(r.properties) && String(r.properties.email ?? '').toLowerCase() === it.email);
      const hid = isObject(hit) && hit.id !== undefined ? String(hit.id) : id;
      if (isObject(hit) && s.createdByEarlierAttempt(it.line, hit.createdAt)) s.settle({ line: it.line, action: 'created', id: hid, message: it.warning });
      else skipExisting(s, it.line, hid);
    }, 0, true);
  }

  private addUpdate(s: PushSession, batch: Item[]): void {
    s.add(this.updateRequest(batch), lines(batch), (res) => {
      if (res.status === 200 || res.status === 207) {
        this.mapResults(s, batch, res, 'update');
      } else if (res.status === 400) {
        this.splitOrFail(s, batch, res, (half) => this.addUpdate(s, half));
      } else {
        failBatch(s, batch, res);
      }
    });
  }

  private splitOrFail(s: PushSession, batch: Item[], res: HttpResponse, again: (half: Item[]) => void): void {
    if (batch.length > 1) {
      for (const half of splitHalves(batch)) again(half);
    } else {
      s.fail(lines(batch), `HubSpot rejected this row: ${hubspotMessage(res)}`, 'destination_error');
    }
  }

  /** Maps a 200/201/207 batch answer to lines by email (or by HubSpot id for updates), never by position. */
  private mapResults(s: PushSession, batch: Item[], res: HttpResponse, kind: 'upsert' | 'create' | 'update'): void {
    const body = parseJson(res.body);
    const byKey = new Map<string, Item[]>();
    const keyOf = (it: Item) => (kind === 'update' ? (it.hsId as string) : it.email);
    for (const it of batch) {
      const k = keyOf(it);
      const a = byKey.get(k);
      if (a) a.push(it);
      else byKey.set(k, [it]);
    }
    for (const r of listIn(body, 'results')) {
      if (!isObject(r)) continue;
      const id = r.id === undefined ? undefined : String(r.id);
      const k = kind === 'update' ? id : resultEmail(r);
      const its = k === undefined ? undefined : byKey.get(k);
      if (!its) continue;
      let action: 'created' | 'updated';
      if (kind === 'create') action = 'created';
      else if (kind === 'update') action = 'updated';
      else if (typeof r.new === 'boolean') action = r.new ? 'created' : 'updated';
      else action = r.createdAt !== undefined && r.createdAt === r.updatedAt ? 'created' : 'updated';
      for (const it of its) {
        // A replay (a retry after a lost answer, a resumed chunk) finds the contact its lost first attempt
        // created: HubSpot says "not new", its createdAt says it was created by this run.
        const act = kind === 'upsert' && action === 'updated' && s.createdByEarlierAttempt(it.line, r.createdAt) ? 'created' : action;
        s.settle({
          line: it.line,
          action: act,
          id,
          matchedOn: act === 'updated' ? 'email' : undefined,
          message: it.warning,
        });
      }
    }
    const loose: string[] = [];
    for (const e of listIn(body, 'errors')) {
      if (!isObject(e)) continue;
      const msg = typeof e.message === 'string' && e.message ? e.message : 'HubSpot reported an error';
      const ids: string[] = [];
      if (isObject(e.context)) {
        for (const v of Object.values(e.context)) {
          if (Array.isArray(v)) for (const x of v) ids.push(String(x));
          else if (typeof v === 'string') ids.push(v);
        }
      }
      let hit = false;
      for (const raw of ids) {
        const its = byKey.get(kind === 'update' ? raw : raw.toLowerCase());
        if (!its) continue;
        hit = true;
        for (const it of its) s.settle({ line: it.line, action: 'failed', code: 'destination_error', message: `HubSpot: ${msg}` });
      }
      if (!hit) loose.push(msg);
    }
    for (const it of batch) {
      if (s.has(it.line)) continue;
      s.settle({
        line: it.line,
        action: 'failed',
        code: 'destination_error',
        message: loose.length
          ? `HubSpot did not report on this row; it reported: ${loose.join('; ')}`
          : 'HubSpot did not report on this row — run again to retry it.',
      });
    }
  }
}

function lines(items: Item[]): number[] {
  return items.map((i) => i.line);
}

function failBatch(s: PushSession, batch: Item[], res: HttpResponse): void {
  s.fail(lines(batch), `HubSpot answered HTTP ${res.status}: ${hubspotMessage(res)}`);
}

/** Create only: a contact has the row's email, so the row is skipped (seed 003's wording). */
function skipExisting(s: PushSession, line: number, id: string | undefined): void {
  s.settle({ line, action: 'skipped', id, matchedOn: 'email', message: SKIPPED_MATCH('email') });
}

/** The email of a batch answer's result (results[].properties.email), in lower case. */
function resultEmail(r: unknown): string | undefined {
  const e = isObject(r) && isObject(r.properties) ? r.properties.email : undefined;
  return typeof e === 'string' ? e.toLowerCase() : undefined;
}

/** settings.json: {"type": "hubspot", "baseUrl"?, "token"}. */
export interface HubSpotConfig extends DestinationConfig {
  type: 'hubspot';
  baseUrl?: string;
  token?: string;
}

/** HubSpot in the registry (src/crm/registry.ts). */
export const hubspot = defineDestination<HubSpotConfig>({
  type: 'hubspot',
  names: NAMES,
  option: NAMES.label,
  settings: [
    baseUrlSetting('The HubSpot base URL'),
    TOKEN_SETTING,
  ],
  credential: {
    kind: 'token',
    label: 'Private app access token',
    missing: 'No HubSpot token — paste a private-app token in Settings (the CLI reads destination.token or CONTACT_IMPORT_TOKEN).',
  },
  accountId: (c, key) => `HubSpot ${urlHost(c.baseUrl) || 'api.hubapi.com'}${key}`,
  precheck: hubspotPrecheck,
  client: (c, x) => new HubSpotClient({ ...(x.tuning as Partial<HubSpotOptions>), baseUrl: c.baseUrl, token: x.token, users: x.users }),
  // Upsert: one batch call per 100 rows; Create only and Update only read the batch first.
  requestsFor: (rows, mode) => (mode === 'upsert' ? 1 : 2) * Math.ceil(rows / HUBSPOT_MAX_BATCH),
  revertible: false,
});
