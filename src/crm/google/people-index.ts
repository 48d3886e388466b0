// The user's Google contacts, as the run knows them: read once (people/me/connections, paged) and then kept up to date
// by the run's own writes and, after an answer was lost, by the changes since the last read (the sync token). Matched
// the way the Contacts tab is: the engine's ContactIndex over every email, every phone (normalized as the run
// normalizes) and the External ID kept in userDefined. A contact the add-on created carries its row's key in
// clientData, so a create whose answer was lost is found again, never made twice. Pure.
import { ContactIndex, makeNormalizer, type KeyNormalizer } from '../../engine/plan';
import type { Contact, MatchKey } from '../../engine/types';
import { isObject } from '../http';
import { FIELD_NAMES, type Person, type PersonFields, personKeys, writable } from './person';

/** The clientData key under which a contact the add-on created keeps its row's key. */
export const ROW_KEY = 'contactImport.row';

/** A row's key in a run: the run, the sheet line and the row's fingerprint ("R-…:14:f1a2…"). */
export function rowKeyOf(runId: string, line: number, fingerprint: string): string {
  return `${runId}:${line}:${fingerprint}`;
}

/** The run that created a contact, from its row key. */
export function runOfRowKey(key: string): string {
  return key.slice(0, key.indexOf(':'));
}

/** One contact as the index keeps it. */
export interface Known {
  resourceName: string;
  etag: string;
  fields: PersonFields;
  /** The row key, when the add-on created it. */
  rowKey?: string;
}

/** The row key a Person carries in its clientData (a contact the add-on created), if any. */
export function rowKeyIn(p: unknown): string | undefined {
  const cd: unknown[] = isObject(p) && Array.isArray(p.clientData) ? (p.clientData as unknown[]) : [];
  const key = cd.find((x): x is Record<string, unknown> => isObject(x) && x.key === ROW_KEY);
  return key && typeof key.value === 'string' ? key.value : undefined;
}

/** A Person of an answer as the index keeps it, or null when it is not a readable contact. */
export function knownOf(p: unknown): Known | null {
  if (!isObject(p) || typeof p.resourceName !== 'string' || !p.resourceName) return null;
  const fields: PersonFields = {};
  for (const f of FIELD_NAMES) {
    const v = writable(f, p[f]);
    if (v.length) (fields as Record<string, unknown>)[f] = v;
  }
  const rowKey = rowKeyIn(p);
  return {
    resourceName: p.resourceName,
    etag: typeof p.etag === 'string' ? p.etag : '',
    fields,
    ...(rowKey ? { rowKey } : {}),
  };
}

export class PeopleIndex {
  private readonly people = new Map<string, Known>();
  private readonly keysOf = new Map<string, Contact>();
  private readonly created = new Map<string, string>();
  /** The engine's index of match keys; rebuilt after a contact goes. */
  private keys: ContactIndex | null = null;
  private readonly normalize: KeyNormalizer;
  /** The token of the last complete read (people/me/connections' nextSyncToken). */
  syncToken?: string;
  /** Whether a complete read was made. */
  loaded = false;

  constructor(normalize?: KeyNormalizer) {
    this.normalize = normalize ?? makeNormalizer();
  }

  get size(): number {
    return this.people.size;
  }

  /** Forgets everything (before a complete read). */
  clear(): void {
    this.people.clear();
    this.keysOf.clear();
    this.created.clear();
    this.keys = null;
    this.loaded = false;
    delete this.syncToken;
  }

  /** Takes a Person from a page or an answer: a deleted one (a sync) goes; returns what is kept. */
  put(p: unknown): Known | undefined {
    if (isObject(p) && isObject(p.metadata) && p.metadata.deleted === true && typeof p.resourceName === 'string') {
      this.remove(p.resourceName);
      return undefined;
    }
    const k = knownOf(p);
    if (!k) return undefined;
    this.people.set(k.resourceName, k);
    if (k.rowKey) this.created.set(k.rowKey, k.resourceName);
    const keys = personKeys(p as Person);
    this.keysOf.set(k.resourceName, keys);
    this.keys?.add({ id: k.resourceName, contact: keys });
    return k;
  }

  remove(resourceName: string): void {
    const k = this.people.get(resourceName);
    if (!k) return;
    this.people.delete(resourceName);
    this.keysOf.delete(resourceName);
    if (k.rowKey) this.created.delete(k.rowKey);
    this.keys = null;
  }

  get(resourceName: string): Known | undefined {
    return this.people.get(resourceName);
  }

  /** The contact a row created (its row key), if the account holds it. */
  createdBy(rowKey: string): Known | undefined {
    const rn = this.created.get(rowKey);
    return rn ? this.people.get(rn) : undefined;
  }

  all(): Known[] {
    return [...this.people.values()];
  }

  /** The contact a row matches, on the first of `matchOn` that finds one (Contact ID is not a Google key). */
  find(contact: Contact, matchOn: readonly MatchKey[]): { known: Known; matchedOn: MatchKey } | { tried: MatchKey[] } {
    if (!this.keys) {
      this.keys = new ContactIndex(this.normalize);
      for (const [rn, keys] of this.keysOf) this.keys.add({ id: rn, contact: keys });
    }
    const r = this.keys.find(contact, matchOn.filter((k) => k !== 'contactId'));
    if (!('index' in r)) return r;
    // A key found by a record whose contact changed since keeps pointing at it: it is the same contact.
    const known = this.people.get(this.keys.records[r.index].id);
    return known ? { known, matchedOn: r.matchedOn } : { tried: [r.matchedOn] };
  }
}
