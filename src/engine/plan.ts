// Planning: what happens to each validated row in a destination that can match before writing (the Contacts tab).
// Matching against an index of existing contacts on normalized keys, the mode rules (seed 003), suppression,
// the record limit (seed 002), "Don't update empty values" merging, and stable Contact IDs. Pure: no I/O.
//
// Contact ID is the add-on's own id for a contact in the Contacts tab, so it is the strongest key: a row that has
// one is matched on it first, whatever the match order (matchOn) says, in every mode. A Contact ID that matches no
// contact is never a new contact (its ID would be a different one, and the user's value would be lost): the row
// fails with seed 003's "Contact is not valid or not in your sub-account", naming the value and the fix. CRM
// destinations assign their own ids, so there Contact ID is not a key (they report it as not sent).
import { dict, dictOf } from '../shared/dict';
import { MATCH_LABELS } from '../shared/labels';
import { hash53 } from './fingerprint';
import type { Contact, ContactValue, FieldKey, IssueCode, MatchKey, Mode, Issue, ValidatedRow } from './types';

/** Normalizes a match key's value; null when there is nothing to match on. */
export type KeyNormalizer = (key: MatchKey, value: unknown) => string | null;

/** Digits of a phone with its leading "+", extension dropped. The server passes the engine's phoneKey instead. */
export function simplePhoneKey(v: string): string | null {
  const main = v.split(/\s*(?:ext\.?|x|#)\s*\d+\s*$/i)[0];
  const digits = main.replace(/[^\d]/g, '');
  if (digits.length < 5) return null;
  return (main.trim().startsWith('+') ? '+' : '') + digits;
}

export function makeNormalizer(phoneKey: (v: string) => string | null = simplePhoneKey): KeyNormalizer {
  return (key, value) => {
    if (value === null || value === undefined) return null;
    const s = (Array.isArray(value) ? String(value[0] ?? '') : String(value)).trim();
    if (!s) return null;
    if (key === 'email') return s.toLowerCase();
    if (key === 'phone') return phoneKey(s);
    return s;
  };
}

export interface IndexedRecord {
  /** The destination's id (Contact ID). */
  id: string;
  contact: Contact;
  /** Fingerprint of the source row this record was last written from. */
  fingerprint?: string;
}

/** Existing contacts by normalized key, and by fingerprint. Positions are stable: records are only added. */
export class ContactIndex {
  readonly records: IndexedRecord[] = [];
  private readonly maps = new Map<MatchKey, Map<string, number>>();
  private readonly fps = new Map<string, number>();
  private blanks = 0;

  constructor(private readonly normalize: KeyNormalizer = makeNormalizer()) {
    for (const k of ['contactId', 'externalId', 'email', 'phone'] as MatchKey[]) this.maps.set(k, new Map());
  }

  /** The contacts held (blank slots not counted): what the record limit counts. */
  get size(): number {
    return this.records.length - this.blanks;
  }

  /**
   * A slot that holds no contact (a blank row of the Contacts tab), so that positions stay equal to the tab's rows.
   * It matches nothing and is not counted in `size`.
   */
  addBlank(): number {
    this.records.push({ id: '', contact: {} });
    this.blanks++;
    return this.records.length - 1;
  }

  private keyValue(rec: IndexedRecord, k: MatchKey): unknown {
    return k === 'contactId' ? rec.id || rec.contact.contactId : rec.contact[k];
  }

  /** Indexes a record's keys; a key holding a list (a Google contact's emails and phones) is indexed by each value. */
  private indexKeys(i: number): void {
    const rec = this.records[i];
    for (const [k, m] of this.maps) {
      const v = this.keyValue(rec, k);
      for (const x of Array.isArray(v) ? v : [v]) {
        const n = this.normalize(k, x);
        if (n !== null && !m.has(n)) m.set(n, i);
      }
    }
    if (rec.fingerprint) this.fps.set(rec.fingerprint, i);
  }

  add(rec: IndexedRecord): number {
    this.records.push(rec);
    const i = this.records.length - 1;
    this.indexKeys(i);
    return i;
  }

  /** Replaces a record (after an update); old keys keep pointing at it, new keys are added. */
  replace(i: number, rec: IndexedRecord): void {
    const old = this.records[i];
    if (old.fingerprint && this.fps.get(old.fingerprint) === i && old.fingerprint !== rec.fingerprint) this.fps.delete(old.fingerprint);
    this.records[i] = rec;
    this.indexKeys(i);
  }

  hasId(id: string): boolean {
    return this.maps.get('contactId')!.has(id);
  }

  byFingerprint(fp: string): number | undefined {
    return this.fps.get(fp);
  }

  /**
   * The index's lookup state in a compact, JSON-able form (what planning reads: the key maps, the fingerprints and
   * the number of records; the records' contacts are left out). fromCompact() gives an index that plans exactly
   * like this one. The onEdit trigger keeps it in the cache instead of reading the whole Contacts tab on each edit.
   */
  toCompact(): CompactIndex {
    const flat = (m: Map<string, number>) => {
      const out: Array<string | number> = [];
      for (const [k, i] of m) out.push(k, i);
      return out;
    };
    const keys = {} as Record<MatchKey, Array<string | number>>;
    for (const [k, m] of this.maps) keys[k] = flat(m);
    return { v: 1, n: this.records.length, keys, fps: flat(this.fps), ...(this.blanks ? { blanks: this.blanks } : {}) };
  }

  static fromCompact(c: CompactIndex, normalize: KeyNormalizer = makeNormalizer()): ContactIndex {
    if (!c || c.v !== 1 || typeof c.n !== 'number') throw new Error('unreadable compact index');
    const ix = new ContactIndex(normalize);
    for (let i = 0; i < c.n; i++) ix.records.push({ id: '', contact: {} });
    ix.blanks = typeof c.blanks === 'number' && c.blanks > 0 && c.blanks <= c.n ? c.blanks : 0;
    const fill = (m: Map<string, number>, flat: Array<string | number> | undefined) => {
      if (!flat) return;
      for (let j = 0; j + 1 < flat.length; j += 2) m.set(String(flat[j]), Number(flat[j + 1]));
    };
    for (const [k, m] of ix.maps) fill(m, c.keys[k]);
    fill(ix.fps, c.fps);
    // The records' ids (in "already imported" messages): the Contact ID key of each record.
    for (const [id, i] of ix.maps.get('contactId')!) if (ix.records[i] && !ix.records[i].id) ix.records[i].id = id;
    return ix;
  }

  /** The first key in `matchOn` order with a value in `contact` that finds a record. */
  find(contact: Contact, matchOn: readonly MatchKey[]): { index: number; matchedOn: MatchKey } | { tried: MatchKey[] } {
    const tried: MatchKey[] = [];
    for (const k of matchOn) {
      const n = this.normalize(k, contact[k]);
      if (n === null) continue;
      tried.push(k);
      const i = this.maps.get(k)!.get(n);
      if (i !== undefined) return { index: i, matchedOn: k };
    }
    return { tried };
  }
}

/** ContactIndex.toCompact(): key -> record maps and fingerprints as flat [key, index, key, index, …] arrays. */
export interface CompactIndex {
  v: 1;
  n: number;
  keys: Record<MatchKey, Array<string | number>>;
  fps: Array<string | number>;
  /** Slots of `n` that hold no contact (blank rows), not counted by the record limit. */
  blanks?: number;
}

/** Emails and phones on the "Do not import" tab, normalized. */
export interface Suppression {
  emails: Set<string>;
  phones: Set<string>;
}

export function buildSuppression(cells: readonly unknown[], normalize: KeyNormalizer = makeNormalizer()): Suppression {
  const s: Suppression = { emails: new Set(), phones: new Set() };
  for (const c of cells) {
    if (c === null || c === undefined || c === '') continue;
    const text = String(c).trim();
    if (!text) continue;
    if (text.includes('@')) s.emails.add(text.toLowerCase());
    else {
      const p = normalize('phone', text);
      if (p) s.phones.add(p);
    }
  }
  return s;
}

/** A validated row with its fingerprint (what "already imported" is decided by). */
export interface PlanRowInput extends ValidatedRow {
  fingerprint: string;
}

/** A CRM destination as the "already imported to …" message names it and its ids: "the webhook", "id". */
export interface DestinationNames {
  name: string;
  idLabel: string;
}

export interface PlanContext {
  mode: Mode;
  matchOn: readonly MatchKey[];
  index: ContactIndex;
  normalize: KeyNormalizer;
  suppression?: Suppression;
  recordLimit?: number;
  /** Contacts the destination holds, counting those this run created so far (for the record limit). */
  count: number;
  /** Where rows go when it is not the Contacts tab, for the "already imported" message: "HubSpot", "HubSpot id". */
  destination?: DestinationNames;
  /**
   * Whether Contact ID is the destination's own id (the Contacts tab: matched first, and an unknown one fails).
   * Default: true for the Contacts tab (no `destination`), false for a CRM.
   */
  ownIds?: boolean;
}

/**
 * What happens to a row. A skip or a failure carries its cause as data: `code`, `matchedOn`, and `fields` (the cells
 * it is about, marked in the sheet); `message` is rendered from them, for people, and no decision reads it.
 */
export type PlanDecision =
  | { kind: 'create'; line: number }
  | { kind: 'update'; line: number; index: number; matchedOn: MatchKey }
  | { kind: 'skip'; line: number; code: IssueCode | 'already_imported'; message: string; matchedOn?: MatchKey; index?: number; fields?: FieldKey[] }
  | { kind: 'fail'; line: number; code: IssueCode; message: string; matchedOn?: MatchKey; fields?: FieldKey[] };

function q(v: unknown): string {
  const s = Array.isArray(v) ? v.join(', ') : String(v);
  return JSON.stringify(s.length > 60 ? s.slice(0, 57) + '...' : s);
}

/** Text of the row's failing issues, seed 000 style: "Value cannot be an empty string. Field: Email". */
export function issueText(issue: Pick<Issue, 'message' | 'column'>): string {
  const msg = issue.message.trim();
  if (!issue.column || /Field:/.test(msg)) return msg;
  return `${/[.!?]$/.test(msg) ? msg : msg + '.'} Field: ${issue.column}`;
}

export function keyList(keys: readonly MatchKey[], contact: Contact): string {
  return keys.map((k) => `${MATCH_LABELS[k]} ${q(contact[k])}`).join(' or ');
}

/** "is being skipped, it was already imported and has not changed since (Contact ID C-…)". */
export function alreadyImportedMessage(id: string, idLabel = 'Contact ID', destination?: string): string {
  return `is being skipped, it was already imported${destination ? ` to ${destination}` : ''} and has not changed since${id ? ` (${idLabel} ${id})` : ''}`;
}

/** Seed 002's wording for a row past the record limit. */
export function recordLimitMessage(limit: number): string {
  return `Max number of contacts reached (${limit})`;
}

/** Seed 003's wording for a Contact ID that matches no contact. */
const INVALID_CONTACT_ID = 'Contact is not valid or not in your sub-account';

export function invalidContactIdMessage(value: unknown): string {
  return (
    `${INVALID_CONTACT_ID}: no contact in the Contacts tab has Contact ID ${q(value)} — it is not one of this ` +
    `spreadsheet's contacts, it is invalid, or its contact was deleted. Use the Contact ID of an existing contact ` +
    `from the Contacts tab, or clear the cell to import the row as a new contact.`
  );
}

export function alreadyExistsMessage(matchedOn: MatchKey): string {
  return `is being skipped, a record was found for Contact (matched on ${MATCH_LABELS[matchedOn]})`;
}

/** Decides one row. Does not change the index: the caller applies creates and updates (see applyDecision). */
export function planRow(row: PlanRowInput, ctx: PlanContext): PlanDecision {
  const line = row.line;
  if (row.result === 'failure') {
    const errs = row.issues.filter((i) => i.severity === 'error');
    const first = errs[0] ?? row.issues[0];
    if (row.duplicateOf && (!first || first.code === 'duplicate_in_sheet')) {
      return {
        kind: 'fail',
        line,
        code: 'duplicate_in_sheet',
        message: first?.message ?? `Duplicate of line ${row.duplicateOf.line} (matched on ${MATCH_LABELS[row.duplicateOf.matchedOn]})`,
        matchedOn: row.duplicateOf.matchedOn,
      };
    }
    const list = errs.length ? errs : row.issues;
    return {
      kind: 'fail',
      line,
      code: first?.code ?? 'invalid_value',
      message: list.length ? list.map(issueText).join('; ') : 'The row could not be read.',
    };
  }
  const fpIndex = ctx.index.byFingerprint(row.fingerprint);
  if (fpIndex !== undefined) {
    const rec = ctx.index.records[fpIndex];
    return {
      kind: 'skip',
      line,
      code: 'already_imported',
      message: ctx.destination ? alreadyImportedMessage(rec.id, ctx.destination.idLabel, ctx.destination.name) : alreadyImportedMessage(rec.id),
      index: fpIndex,
    };
  }
  const suppressed = ctx.suppression && suppressedKey(row.contact, ctx.suppression, ctx.normalize);
  if (suppressed) return { kind: 'fail', line, code: 'suppressed', message: suppressedMessage(suppressed, row.contact[suppressed]), fields: [suppressed] };
  const ownIds = ctx.ownIds ?? !ctx.destination;
  if (ownIds && ctx.normalize('contactId', row.contact.contactId) !== null) {
    // The strongest key, first whatever matchOn says; an unknown one fails in every mode (see the header).
    const byId = ctx.index.find(row.contact, ['contactId']);
    if (!('index' in byId)) return { kind: 'fail', line, code: 'contact_not_found', message: invalidContactIdMessage(row.contact.contactId), fields: ['contactId'] };
    return matched(line, ctx.mode, byId.index, 'contactId');
  }
  const found = ctx.index.find(row.contact, ctx.matchOn);
  if ('index' in found) return matched(line, ctx.mode, found.index, found.matchedOn);
  if (ctx.mode === 'update') {
    const tried = found.tried;
    const message = tried.length
      ? `Contact not found: no contact has ${keyList(tried, row.contact)}. "Update only" changes existing contacts only; fix the value or choose "Create and update" to add it.`
      : `Contact not found: the row has no ${ctx.matchOn.map((k) => MATCH_LABELS[k]).join(' or ')} to look the contact up by. Fill one in, or choose "Create and update".`;
    return { kind: 'fail', line, code: 'contact_not_found', message, fields: [...MATCH_KEYS] };
  }
  if (ctx.recordLimit !== undefined && ctx.count >= ctx.recordLimit) {
    return { kind: 'fail', line, code: 'record_limit', message: recordLimitMessage(ctx.recordLimit) };
  }
  return { kind: 'create', line };
}

/** A row that matched an existing contact: skipped in Create only (seed 003), else an update of that contact. */
function matched(line: number, mode: Mode, index: number, matchedOn: MatchKey): PlanDecision {
  if (mode === 'create') return { kind: 'skip', line, code: 'already_exists', message: alreadyExistsMessage(matchedOn), matchedOn, index, fields: [matchedOn] };
  return { kind: 'update', line, index, matchedOn };
}

/** Every match key, in the order a row's cells are marked when no contact was found by any. */
const MATCH_KEYS: readonly MatchKey[] = ['contactId', 'externalId', 'email', 'phone'];

const SUPPRESSED_KEYS = [['email', 'emails'], ['phone', 'phones']] as const;

/** The row's key (its email, else its phone) that is on the "Do not import" tab, or null when neither is. */
function suppressedKey(contact: Contact, suppression: Suppression, normalize: KeyNormalizer): 'email' | 'phone' | null {
  for (const [key, set] of SUPPRESSED_KEYS) {
    const n = normalize(key, contact[key]);
    if (n && suppression[set].has(n)) return key;
  }
  return null;
}

function suppressedMessage(key: 'email' | 'phone', value: unknown): string {
  return `${MATCH_LABELS[key]} is on the Do not import list (${q(value)}), so the row was not imported. Remove it from the "Do not import" tab to import it.`;
}

/** A stable Contact ID, deterministic for (run, line): a resumed run regenerates the same one. */
export function newContactId(runId: string, line: number, taken?: (id: string) => boolean): string {
  let id = 'C-' + hash53(`${runId}:${line}`).toUpperCase();
  for (let n = 1; taken && taken(id); n++) id = 'C-' + hash53(`${runId}:${line}:${n}`).toUpperCase();
  return id;
}

function isEmptyValue(v: ContactValue | undefined): boolean {
  return v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);
}

/**
 * Merges an incoming row into an existing contact. With dontUpdateEmpty (the default), an empty or absent value
 * never blanks an existing one; without it, a mapped field that is empty in the row blanks the contact's value.
 * Returns the merged contact and the previous values of the fields that changed (for History's details).
 */
export function mergeContact(
  existing: Contact,
  incoming: Contact,
  mappedFields: readonly FieldKey[],
  dontUpdateEmpty: boolean,
): { contact: Contact; previous: Contact; changed: FieldKey[] } {
  const contact: Contact = dictOf(existing);
  const previous: Contact = dict();
  const changed: FieldKey[] = [];
  const keys = new Set<FieldKey>([...Object.keys(incoming), ...(dontUpdateEmpty ? [] : mappedFields)]);
  for (const k of keys) {
    if (k === 'contactId') continue; // updated contacts keep their ID
    const v = incoming[k];
    if (isEmptyValue(v)) {
      if (dontUpdateEmpty || isEmptyValue(existing[k])) continue;
      previous[k] = existing[k];
      delete contact[k];
      changed.push(k);
      continue;
    }
    if (JSON.stringify(existing[k]) === JSON.stringify(v)) continue;
    if (!isEmptyValue(existing[k])) previous[k] = existing[k];
    contact[k] = v;
    changed.push(k);
  }
  return { contact, previous, changed };
}
