// Google Contacts (People API v1), sans I/O. The user's own contacts, through UrlFetchApp with their Google token.
//
// A push: read the user's contacts once (people/me/connections, paged; later, only the changes since, by the sync
// token), list the labels once and create the missing ones (once each), then decide each row as the Contacts tab does —
// matched on the run's keys (Email, Phone, External ID kept in userDefined): Create and update creates or updates,
// Create only skips a match ("is being skipped, a record was found for Contact (matched on Email)"), Update only fails
// a row that matches nothing. Creates go in people:batchCreateContacts, updates in people:batchUpdateContacts (200 at
// most per call, one call at a time: Google asks that a user's mutate requests be sequential), each update with the
// contact's etag and an updateMask of only the fields the row changes (person.ts; "Don't update empty values" holds).
//
// Idempotency: Google keeps no unique key, so a create could be made twice by a repeated request. Every contact the
// add-on creates carries its row's key in clientData (run, line, fingerprint). A create whose answer is unknown (a
// network error, a 5xx) is never sent again blindly: the changes since the last read are fetched first, a contact that
// carries the row's key is the row's (reported created), and only rows still missing are created again. A resumed run
// reads the contacts afresh and finds them the same way. An update is keyed by the contact and its etag: repeated after
// a lost answer, Google answers that the etag changed; the contact is read again and, holding the row's values
// already, reported updated.
//
// Errors: a 400 on a batch is split in halves down to the row, which fails with Google's message (the other rows go);
// 429 and 5xx are retried with backoff (src/crm/retry.ts); a daily quota stops the run, resumable (api.ts classify);
// 401 and 403 stop it with the reconnect message.
import type { PushContext, PushRow } from '../../engine/destination';
import type { KeyNormalizer } from '../../engine/plan';
import type { Contact, CustomField, MatchKey, Mode } from '../../engine/types';
import type { CrmNames } from '../../shared/labels';
import { chunk, failPrechecked, splitHalves, type CrmClient, type RevertOutcome, type RevertPlan } from '../client';
import { SKIPPED_MATCH, email as emailOf, phone as phoneOf, str, unsentWarning } from '../fields';
import { type HttpResponse, type HttpRequest, isObject, listIn, parseJson } from '../http';
import { PushSession, type SessionOptions } from '../session';
import { MAX_BATCH, PeopleApi, classifyGoogle, googleError, googleMessage } from './api';
import { GoogleLabels } from './labels';
import { PeopleIndex, ROW_KEY, rowKeyIn, rowKeyOf, type Known } from './people-index';
import { startGoogleRevert } from './revert';
import { fieldJson, maskOf, mergeFields, rowFields, type Person, type PersonFields, type RowFields } from './person';

export interface GoogleContactsOptions {
  baseUrl?: string;
  token: string;
  /** The settings' label: every contact the run writes gets it. */
  label?: string;
  customFields?: ReadonlyArray<CustomField>;
  /** The run's normalizer of match keys (phones by the default country). */
  normalize?: KeyNormalizer;
  /** Contacts per batch call (default and most: 200). */
  batchSize?: number;
}

/** A row on its way to Google. */
interface Item {
  line: number;
  contact: Contact;
  fields: RowFields;
  key: string;
  warning?: string;
  /** The changes of a first attempt at an update, kept when the contact is read again. */
  undo?: Record<string, [string, string]>;
  /** Read again once already after its etag changed. */
  refreshed?: boolean;
}

interface Update {
  it: Item;
  known: Known;
  on: MatchKey;
  diff: PersonFields;
  undo: Record<string, [string, string]>;
}

/**
 * What Google Contacts cannot take before anything is sent: in Update only, a row with none of its keys (Email, Phone,
 * External ID) matches nothing.
 */
export function googlePrecheck(c: Contact, mode: Mode): string | null {
  if (mode !== 'update' || emailOf(c) || phoneOf(c) || str(c.externalId)) return null;
  return 'Contact not found: Google Contacts matches contacts on Email, Phone or External ID, and this row has none.';
}

const lines = (items: Array<{ line: number }>) => items.map((i) => i.line);

export class GoogleContactsClient implements CrmClient {
  readonly label: string;
  readonly chunkSize: number;
  readonly secrets: ReadonlyArray<string>;
  readonly api: PeopleApi;
  /** The user's contacts, for the client's life (an execution): read once, then kept up to date. */
  readonly index: PeopleIndex;
  private readonly labels: GoogleLabels;
  /** A create's outcome was left unknown: the next push reads the changes first. */
  private stale = false;
  private readonly phoneKey: (v: string) => string;

  constructor(
    readonly names: CrmNames,
    private readonly opts: GoogleContactsOptions,
  ) {
    this.label = names.label;
    this.secrets = [opts.token].filter(Boolean);
    this.api = new PeopleApi(opts.baseUrl, opts.token);
    this.chunkSize = Math.max(1, Math.min(MAX_BATCH, opts.batchSize ?? MAX_BATCH));
    this.index = new PeopleIndex(opts.normalize);
    this.labels = new GoogleLabels(this.api);
    const n = opts.normalize;
    this.phoneKey = (v) => (n ? n('phone', v) : null) ?? v.replace(/[^\d+]/g, '');
  }

  connectionRequest(): HttpRequest {
    return this.api.probe();
  }

  precheck(contact: Contact, mode: Mode): string | null {
    return googlePrecheck(contact, mode);
  }

  /** "Revert run": delete the contacts the run created, put back what it changed (revert.ts). */
  revert(plan: RevertPlan, sessionOpts?: Partial<SessionOptions>): { session: PushSession; result(): RevertOutcome } {
    return startGoogleRevert(this, plan, sessionOpts);
  }

  /** A session for Google: one request at a time, quota errors read as Google words them. */
  session(sessionOpts?: Partial<SessionOptions>): PushSession {
    return new PushSession({ crm: this.names.The, secrets: this.secrets, maxParallel: 1, classify: classifyGoogle(this.names.The), ...sessionOpts });
  }

  start(rows: PushRow[], ctx: PushContext, sessionOpts?: Partial<SessionOptions>): PushSession {
    const s = this.session(sessionOpts);
    const items: Item[] = [];
    for (const r of rows) {
      const problem = googlePrecheck(r.contact, ctx.mode);
      if (problem) {
        failPrechecked(s, r.line, ctx.mode, problem);
        continue;
      }
      const fields = rowFields(r.contact, this.opts.customFields, this.opts.label);
      items.push({ line: r.line, contact: r.contact, fields, key: rowKeyOf(ctx.runId, r.line, r.fingerprint) });
    }
    if (!items.length) return s;
    const all = lines(items);
    this.read(s, all, this.index.loaded && this.stale, () => {
      const wanted = [...new Set(items.flatMap((i) => i.fields.labels))];
      this.labels.ensure(s, all, wanted, () => this.plan(s, items, ctx));
    });
    return s;
  }

  /**
   * Reads the user's contacts: all of them (when none were read, or `changes` is false), or only the changes since
   * the last read (its sync token); an expired sync token (410) reads them all. Then `then`.
   */
  read(s: PushSession, ls: number[], changes: boolean, then: () => void, at = 0): void {
    if (this.index.loaded && !changes) return then();
    const token = changes ? this.index.syncToken : undefined;
    if (!token) this.index.clear();
    const page = (pageToken?: string, due = 0) =>
      s.add(this.api.connections({ pageToken, syncToken: token }), ls, (res) => {
        // An expired sync token (Google: 400 FAILED_PRECONDITION, reason EXPIRED_SYNC_TOKEN; formerly 410): read them all.
        if (token && (res.status === 410 || (res.status === 400 && googleError(res).reasons.includes('EXPIRED_SYNC_TOKEN')))) {
          this.index.clear();
          this.read(s, ls, false, then);
          return;
        }
        if (res.status !== 200) {
          s.fail(ls, `${this.names.The} answered HTTP ${res.status} when reading your contacts: ${googleMessage(res)}`);
          return;
        }
        const j = parseJson(res.body);
        for (const p of listIn(j, 'connections')) this.index.put(p);
        const next = isObject(j) && typeof j.nextPageToken === 'string' ? j.nextPageToken : '';
        if (next) {
          page(next);
          return;
        }
        if (isObject(j) && typeof j.nextSyncToken === 'string') this.index.syncToken = j.nextSyncToken;
        this.index.loaded = true;
        this.stale = false;
        then();
      }, due);
    page(undefined, at);
  }

  /** Decides each row against the index; sends the creates and the updates. */
  private plan(s: PushSession, items: Item[], ctx: PushContext, attempt = 0, at = 0): void {
    const creates: Item[] = [];
    const updates = new Map<string, Update[]>();
    for (const it of items) {
      if (s.has(it.line)) continue;
      const groups = this.labels.resolve(it.fields.labels);
      it.warning = unsentWarning(this.label, [...it.fields.unsent, ...groups.unsent]);
      const mine = this.index.createdBy(it.key);
      if (mine) {
        // The run created it already (an answer that was lost, a resumed chunk).
        s.settle({ line: it.line, action: 'created', id: mine.resourceName, message: it.warning });
        continue;
      }
      const hit = this.index.find(it.contact, ctx.matchOn);
      if (!('known' in hit)) {
        if (ctx.mode === 'update') this.notFound(s, it);
        else creates.push(it);
        continue;
      }
      const { known, matchedOn: on } = hit;
      if (ctx.mode === 'create') {
        s.settle({ line: it.line, action: 'skipped', id: known.resourceName, matchedOn: on, message: SKIPPED_MATCH(on) });
        continue;
      }
      const diff = mergeFields(known.fields, it.fields, groups.names, this.phoneKey);
      const mask = maskOf(diff);
      if (!mask) {
        // Nothing to change: the contact holds the row's values (after a lost answer: the run's first attempt did it).
        s.settle({ line: it.line, action: 'updated', id: known.resourceName, matchedOn: on, message: it.warning, ...(it.undo ? { undo: it.undo } : {}) });
        continue;
      }
      const undo: Record<string, [string, string]> = {};
      for (const f of mask.split(',') as Array<keyof PersonFields>) undo[f] = [fieldJson(f, known.fields[f]), fieldJson(f, diff[f])];
      const list = updates.get(mask) ?? [];
      list.push({ it, known, on, diff, undo });
      updates.set(mask, list);
    }
    for (const batch of chunk(creates, this.chunkSize)) this.addCreate(s, batch, ctx, attempt, at);
    for (const [mask, list] of updates) for (const batch of chunk(list, this.chunkSize)) this.addUpdate(s, mask, batch, ctx);
  }

  private notFound(s: PushSession, it: Item): void {
    const tried = [
      it.fields.emails[0] ? `Email: ${it.fields.emails[0]}` : '',
      it.fields.phones[0] ? `Phone: ${it.fields.phones[0]}` : '',
      str(it.contact.externalId) ? `External ID: ${str(it.contact.externalId)}` : '',
    ].filter(Boolean);
    s.settle({ line: it.line, action: 'failed', code: 'contact_not_found', message: `Contact not found in ${this.names.the} (tried ${tried.join(', ')}).` });
  }

  private addCreate(s: PushSession, batch: Item[], ctx: PushContext, attempt: number, at: number): void {
    const people: Person[] = batch.map((it) => ({
      ...mergeFields({}, it.fields, this.labels.resolve(it.fields.labels).names, this.phoneKey),
      clientData: [{ key: ROW_KEY, value: it.key }],
    }));
    const task = s.add(this.api.batchCreate(people), lines(batch), (res) => {
      if (res.status >= 200 && res.status < 300) this.created(s, batch, res, ctx, attempt);
      else if (res.status === 400) this.splitOrFail(s, batch, res, (half) => this.addCreate(s, half, ctx, attempt, 0));
      else this.failAll(s, batch, res);
    }, at);
    task.attempt = attempt;
    // Its outcome unknown (a network error, a 5xx): find out what it did before creating anything again.
    task.recover = (s2, t) => this.recover(s2, batch, ctx, t.attempt, t.dueAt);
  }

  /** A batch create's answer, mapped to rows by the row key each contact carries (never by position alone). */
  private created(s: PushSession, batch: Item[], res: HttpResponse, ctx: PushContext, attempt: number): void {
    const byKey = new Map(batch.map((it) => [it.key, it]));
    listIn(parseJson(res.body), 'createdPeople').forEach((entry, i) => {
      if (!isObject(entry)) return;
      const person = isObject(entry.person) ? entry.person : undefined;
      const key = rowKeyIn(person);
      const it = (key ? byKey.get(key) : undefined) ?? batch[i];
      if (!it || s.has(it.line)) return;
      const st = isObject(entry.status) ? entry.status : undefined;
      if (st && typeof st.code === 'number' && st.code !== 0) {
        s.settle({ line: it.line, action: 'failed', code: 'destination_error', message: `${this.names.The} rejected this row: ${String(st.message ?? 'error')}` });
        return;
      }
      const known = this.index.put(person);
      if (!known) return;
      s.settle({ line: it.line, action: 'created', id: known.resourceName, message: it.warning });
    });
    const missing = batch.filter((it) => !s.has(it.line));
    if (missing.length) this.recover(s, missing, ctx, attempt, 0);
  }

  /** After a create of unknown outcome: read what changed, report the rows it created, send the others again. */
  private recover(s: PushSession, batch: Item[], ctx: PushContext, attempt: number, at: number): void {
    this.stale = true;
    this.read(s, lines(batch), true, () => this.plan(s, batch, ctx, attempt, 0), at);
  }

  private addUpdate(s: PushSession, mask: string, batch: Update[], ctx: PushContext): void {
    const people: Record<string, Person> = {};
    for (const u of batch) people[u.known.resourceName] = { etag: u.known.etag, ...u.diff };
    s.add(this.api.batchUpdate(people, mask), lines(batch.map((u) => u.it)), (res) => {
      if (res.status >= 200 && res.status < 300) {
        const result = parseJson(res.body);
        const map = isObject(result) && isObject(result.updateResult) ? result.updateResult : {};
        for (const u of batch) {
          const entry = map[u.known.resourceName];
          const st = isObject(entry) && isObject(entry.status) ? entry.status : undefined;
          if (st && typeof st.code === 'number' && st.code !== 0) {
            s.settle({ line: u.it.line, action: 'failed', code: 'destination_error', message: `${this.names.The} rejected this row: ${String(st.message ?? 'error')}` });
            continue;
          }
          if (isObject(entry) && isObject(entry.person)) this.index.put(entry.person);
          const undo = u.it.undo ?? u.undo;
          s.settle({ line: u.it.line, action: 'updated', id: u.known.resourceName, matchedOn: u.on, message: u.it.warning, undo });
        }
      } else if (res.status === 400 && batch.length > 1) {
        for (const half of splitHalves(batch)) this.addUpdate(s, mask, half, ctx);
      } else if (res.status === 400 && isStale(res) && !batch[0].it.refreshed) {
        // The contact changed since it was read (or a repeated update already wrote it): read it again, decide again.
        const it = { ...batch[0].it, undo: batch[0].it.undo ?? batch[0].undo, refreshed: true };
        this.read(s, [it.line], true, () => this.plan(s, [it], ctx));
      } else if (res.status === 400) {
        s.fail([batch[0].it.line], `${this.names.The} rejected this row: ${googleMessage(res)}`);
      } else this.failAll(s, batch.map((u) => u.it), res);
    });
  }

  private splitOrFail(s: PushSession, batch: Item[], res: HttpResponse, again: (half: Item[]) => void): void {
    if (batch.length > 1) for (const half of splitHalves(batch)) again(half);
    else s.fail(lines(batch), `${this.names.The} rejected this row: ${googleMessage(res)}`);
  }

  private failAll(s: PushSession, batch: Item[], res: HttpResponse): void {
    s.fail(lines(batch), `${this.names.The} answered HTTP ${res.status}: ${googleMessage(res)}`);
  }
}

/** Google's answer that the etag sent is not the contact's any more. */
function isStale(res: HttpResponse): boolean {
  const e = googleError(res);
  return e.status === 'FAILED_PRECONDITION' || e.reasons.includes('failedPrecondition') || /etag/i.test(googleMessage(res));
}
