// What the onEdit trigger plans a re-checked row against, without reading the whole Contacts tab on every edit: the
// Contacts tab's index (its match keys and fingerprints, ContactIndex.toCompact) kept in the document cache, valid
// for one version of the tab. The version is the tab's last row plus a stamp in DocumentProperties that every write
// of the add-on to the tab changes (ContactsTab), and so does an edit of the tab by hand (onEdit sees it). Simple
// triggers may use CacheService and PropertiesService (no authorization needed).
//
// Cache limits: a value holds at most 100 KB, so the index is cut in pieces ("ci.cidx.<version>.<i>"), written with
// one putAll and read with one getAll; a meta value says how many. An index too large for MAX_PIECES is not cached
// (the trigger reads the tab, as before). 6 hours at most, Apps Script's longest.
import { ContactIndex, type CompactIndex, type KeyNormalizer } from '../engine/plan';
import { CONTACTS_TAB } from './tabs';
import { docProps, splitUtf8 } from './util';

export const CONTACTS_VERSION_KEY = 'ci.contactsVersion';
/** The same stamp for the CRM sync record (hidden tab), whose index onEdit plans CRM rows against. */
export const SYNC_VERSION_KEY = 'ci.syncVersion';
/**
 * The document's edit stamp: bumped by every edit (onEdit) and by imports, so a finished check is known to still
 * describe the sheet (planImport reuses it). With the Contacts and sync stamps, it is what checkBasis hashes.
 */
export const EDIT_STAMP_KEY = 'ci.editStamp';
/** The cache entries: the Contacts tab's index ("cidx") and the sync record's ("sidx"). */
export type IndexName = 'cidx' | 'sidx';
const TTL_S = 21_600;
const PIECE = 100 * 1024 - 64;
const MAX_PIECES = 100;

/** Marks the Contacts tab as changed (1 Properties call): the cached index of its keys no longer applies. */
export function bumpContactsVersion(key: string = CONTACTS_VERSION_KEY, props?: GoogleAppsScript.Properties.Properties): void {
  try {
    (props ?? docProps()).setProperty(key, `${Date.now().toString(36)}.${Math.random().toString(36).slice(2, 8)}`);
  } catch {
    /* the cache then keys on the last row alone, for its few hours */
  }
}

function cache(): GoogleAppsScript.Cache.Cache | null {
  try {
    return typeof CacheService === 'undefined' ? null : CacheService.getDocumentCache();
  } catch {
    return null;
  }
}

/** The Contacts tab's version: its last row and the stamp (1 Spreadsheet call on the sheet, 1 Properties call). */
export function contactsVersion(sheet: GoogleAppsScript.Spreadsheet.Sheet, key: string = CONTACTS_VERSION_KEY): string {
  let stamp = '';
  try {
    stamp = docProps().getProperty(key) ?? '';
  } catch {
    stamp = '';
  }
  return `${sheet.getLastRow()}:${stamp}`;
}

/** The cached index for this version of the tab, or null (2 Cache calls). */
export function cachedIndex(version: string, normalize: KeyNormalizer, name: IndexName = 'cidx'): ContactIndex | null {
  const c = cache();
  if (!c) return null;
  try {
    const meta = JSON.parse(c.get(`ci.${name}.meta`) ?? 'null') as { version: string; parts: number } | null;
    if (!meta || meta.version !== version || !(meta.parts > 0)) return null;
    const keys = Array.from({ length: meta.parts }, (_, i) => `ci.${name}.${i}`);
    const got = c.getAll(keys);
    if (keys.some((k) => typeof got[k] !== 'string')) return null;
    const text = keys.map((k) => got[k]).join('');
    const parsed = JSON.parse(text) as CompactIndex & { version?: string };
    if (parsed.version !== version) return null; // pieces of another version (a write raced this one)
    return ContactIndex.fromCompact(parsed, normalize);
  } catch {
    return null;
  }
}

/** Caches the index for this version of the tab (1 Cache call); too large, it is not cached. */
export function cacheIndex(version: string, index: ContactIndex, name: IndexName = 'cidx'): void {
  const c = cache();
  if (!c) return;
  try {
    const text = JSON.stringify({ ...index.toCompact(), version });
    const parts = splitUtf8(text, PIECE);
    if (parts.length > MAX_PIECES) return;
    const values: Record<string, string> = { [`ci.${name}.meta`]: JSON.stringify({ version, parts: parts.length }) };
    parts.forEach((p, i) => (values[`ci.${name}.${i}`] = p));
    c.putAll(values, TTL_S);
  } catch {
    /* not cached: the next edit reads the tab */
  }
}

export { CONTACTS_TAB };
