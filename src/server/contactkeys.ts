// What the onEdit trigger plans a re-checked row against, without reading the whole Contacts tab on every edit: the
// Contacts tab's index (its match keys and fingerprints, ContactIndex.toCompact) kept in the document cache, valid
// for one version of the tab. The version is the tab's last row plus a stamp in DocumentProperties that every write
// of the add-on to the tab changes (ContactsTab), and so does an edit of the tab by hand (onEdit sees it). Simple
// triggers may use CacheService and PropertiesService (no authorization needed).
//
// The "Do not import" tab's normalized emails and phones are cached the same way ("sup"), for one version of that
// tab: its last row, a stamp onEdit bumps when it sees an edit of the tab, and the default country its phones were
// read with.
//
// Cache limits: a value holds at most 100 KB, so the index is cut in pieces ("ci.cidx.<i>", util.ts putPieces),
// written with one putAll and read with one getAll; a meta value says how many and for which version. An index too
// large for MAX_PIECES is not cached (the trigger reads the tab, as before). 6 hours at most, Apps Script's longest.
import { ContactIndex, type CompactIndex, type KeyNormalizer, type Suppression } from '../engine/plan';
import { CONTACTS_TAB } from './tabs';
import { docProps, documentCache, getPieces, putPieces } from './util';

export const CONTACTS_VERSION_KEY = 'ci.contactsVersion';
/** The same stamp for the CRM sync record (hidden tab), whose index onEdit plans CRM rows against. */
export const SYNC_VERSION_KEY = 'ci.syncVersion';
/**
 * The document's edit stamp: bumped by every edit (onEdit) and by imports, so a finished check is known to still
 * describe the sheet (planImport reuses it). With the Contacts and sync stamps, it is what checkBasis hashes.
 */
export const EDIT_STAMP_KEY = 'ci.editStamp';
/** The same stamp for the "Do not import" tab, bumped by onEdit when it sees an edit of that tab. */
export const SUPPRESSION_VERSION_KEY = 'ci.suppressionVersion';
/** The cache entries: the Contacts tab's index ("cidx") and the sync record's ("sidx"). */
export type IndexName = 'cidx' | 'sidx';
const MAX_PIECES = 100;

/**
 * Changes one of the document's version stamps (1 Properties call): the Contacts tab's, the sync record's, the "Do not
 * import" tab's (what is cached for that tab no longer applies) or the edit stamp (a finished check no longer stands).
 */
export function bumpVersionStamp(key: string, props?: GoogleAppsScript.Properties.Properties): void {
  try {
    (props ?? docProps()).setProperty(key, `${Date.now().toString(36)}.${Math.random().toString(36).slice(2, 8)}`);
  } catch {
    /* the cache then keys on the last row alone, for its few hours */
  }
}

/** A tab's version: its last row and its stamp (1 Spreadsheet call on the sheet, 1 Properties call). */
export function tabVersion(sheet: GoogleAppsScript.Spreadsheet.Sheet, key: string): string {
  let stamp: string;
  try {
    stamp = docProps().getProperty(key) ?? '';
  } catch {
    stamp = '';
  }
  return `${sheet.getLastRow()}:${stamp}`;
}

/** The text cached under `name` for this version, or null (2 Cache calls). */
function cachedText(name: string, version: string): string | null {
  const c = documentCache();
  if (!c) return null;
  try {
    const meta = JSON.parse(c.get(`ci.${name}.meta`) ?? 'null') as { version: string; parts: number } | null;
    if (!meta || meta.version !== version || !(meta.parts > 0)) return null;
    const texts = getPieces(`ci.${name}`, meta.parts, c);
    return texts && texts.length === 1 ? texts[0] : null;
  } catch {
    return null;
  }
}

/** Caches a text under `name` for this version (1 Cache call); too large, it is not cached. */
function cacheText(name: string, version: string, text: string): void {
  // The meta value says how many pieces; it is written in the same putAll.
  putPieces(`ci.${name}`, [text], { extra: (parts) => ({ [`ci.${name}.meta`]: JSON.stringify({ version, parts }) }), maxPieces: MAX_PIECES });
}

/** The cached index for this version of the tab, or null (2 Cache calls). */
export function cachedIndex(version: string, normalize: KeyNormalizer, name: IndexName = 'cidx'): ContactIndex | null {
  const text = cachedText(name, version);
  if (text === null) return null;
  try {
    const parsed = JSON.parse(text) as CompactIndex & { version?: string };
    if (parsed.version !== version) return null; // pieces of another version (a write raced this one)
    return ContactIndex.fromCompact(parsed, normalize);
  } catch {
    return null;
  }
}

/** Caches the index for this version of the tab (1 Cache call); too large, it is not cached. */
export function cacheIndex(version: string, index: ContactIndex, name: IndexName = 'cidx'): void {
  try {
    cacheText(name, version, JSON.stringify({ ...index.toCompact(), version }));
  } catch {
    /* not cached: the next edit reads the tab */
  }
}

/** The cached suppression list for this version of the "Do not import" tab, or null (2 Cache calls). */
export function cachedSuppression(version: string): Suppression | null {
  const text = cachedText('sup', version);
  if (text === null) return null;
  try {
    const parsed = JSON.parse(text) as { version: string; emails: string[]; phones: string[] };
    if (parsed.version !== version || !Array.isArray(parsed.emails) || !Array.isArray(parsed.phones)) return null;
    return { emails: new Set(parsed.emails), phones: new Set(parsed.phones) };
  } catch {
    return null;
  }
}

/** Caches the suppression list for this version of the "Do not import" tab (1 Cache call). */
export function cacheSuppression(version: string, suppression: Suppression): void {
  try {
    cacheText('sup', version, JSON.stringify({ version, emails: [...suppression.emails], phones: [...suppression.phones] }));
  } catch {
    /* not cached: the next edit reads the tab */
  }
}

export { CONTACTS_TAB };
