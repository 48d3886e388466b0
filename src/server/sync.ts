// The sync record: what was sent to each CRM destination, so that a re-run to the same destination reports rows
// already sent unchanged as "Already imported (unchanged)" and does not send them again. (The Contacts tab keeps
// the same facts in its own hidden columns, Row fingerprint and Source run/line.)
//
// It is a hidden tab in the workbook, "Contact Import sync", so it survives the CLI's .xlsx round trip:
//   Destination | Key | Fingerprint | Remote ID | Run | Line | Action | Matched on | Synced at
// - Destination names the CRM account without any secret, as the kind's module says (src/crm/registry.ts): the CRM
//   and its host, HighLevel's location, the webhook's host plus a short hash of its URL, and a short one-way digest
//   of the token or the Google account (a different account behind the same host sends everything again rather than
//   skipping rows it never got).
// - Key is the contact's normalized email, else its phone, else "#" + the row's fingerprint.
// - Rows are only appended, one batch per chunk; the latest row of a (Destination, Key) is the one that counts,
//   so a contact whose row changed and changed back is sent again. The tab is compacted when it grows to more
//   than twice the live records.
// - Run and Line tag each record: a chunk replayed after a crash finds the rows this run already sent and reports
//   them as created or updated again, without sending them twice.
// - A value longer than a cell (a CRM's id or a key of any length) is stored in pieces after the last column
//   (cells.ts, toPieces), so no answer can make the record's write fail.
import { CONTACTS_TAB_LABEL } from '../shared/labels';
import { syncDigest } from '../crm/module';
import { moduleOf } from '../crm/registry';
import { ContactIndex, alreadyImportedMessage, type DestinationNames, type KeyNormalizer } from '../engine/plan';
import type { Contact, DestinationConfig, MatchKey, RowOutcome } from '../engine/types';
import type { Destination, PushContext, PushResult, PushRow } from '../engine/destination';
import { SYNC_HEADER, SYNC_TAB, findTab, insertBookkeepingTab } from './tabs';
import { fromPieces, toPieces } from './cells';
import { writePieceRows } from './entries';
import type { UndoJournal } from './undo';

export { SYNC_HEADER };
const W: number = SYNC_HEADER.length;

export interface SyncEntry {
  destination: string;
  key: string;
  fingerprint: string;
  remoteId: string;
  run: string;
  line: number;
  action: 'created' | 'updated';
  matchedOn: string;
  at: string;
}

/**
 * The Destination column: which account rows were sent to (the kind's module names it). Never holds a token or a full
 * webhook URL. `identity` is what tells accounts apart: the token, or for the user's own Google account their email.
 */
export function destinationId(config: DestinationConfig, identity?: string | null): string {
  const m = moduleOf(config.type);
  if (!m) return CONTACTS_TAB_LABEL;
  const t = (identity ?? (typeof config.token === 'string' ? config.token : '') ?? '').trim();
  return m.accountId(config, t ? ` key #${syncDigest(t)}` : '');
}

function fromRow(stored: unknown[]): SyncEntry | null {
  const r = fromPieces(stored, W);
  const s = (i: number) => r[i];
  const action = s(6);
  if (!s(0) || !s(1) || !s(2) || (action !== 'created' && action !== 'updated')) return null;
  return { destination: s(0), key: s(1), fingerprint: s(2), remoteId: s(3), run: s(4), line: Number(s(5)), action, matchedOn: s(7), at: s(8) };
}

function toRow(e: SyncEntry): string[] {
  return toPieces([e.destination, e.key, e.fingerprint, e.remoteId, e.run, String(e.line), e.action, e.matchedOn, e.at], W);
}

export class SyncRecord {
  /** This destination's live records as an index of fingerprints (id = the CRM's id), for planning. */
  readonly index: ContactIndex;
  private sheet: GoogleAppsScript.Spreadsheet.Sheet | null;
  /** Rows in the tab below the header (all destinations, superseded ones included). */
  private rowCount = 0;
  /** The widest row in the tab (pieces included): a rewrite clears that wide. */
  private width = W;
  private readonly pos = new Map<string, number>();
  private readonly entries: SyncEntry[] = [];

  /** Reads the tab (1 call when there is none, 3 when there is); `compact` rewrites it when it is mostly stale. */
  constructor(
    private readonly ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
    readonly destination: string,
    private readonly normalize: KeyNormalizer,
    opts: { compact?: boolean } = {},
  ) {
    this.index = new ContactIndex(normalize);
    this.sheet = findTab(ss, SYNC_TAB);
    if (!this.sheet) return;
    const values = this.sheet.getDataRange().getValues().slice(1);
    this.rowCount = values.length;
    this.width = Math.max(W, values[0]?.length ?? 0);
    const latest = new Map<string, SyncEntry>(); // every destination, for compaction
    for (const r of values) {
      const e = fromRow(r);
      if (!e) continue;
      latest.delete(`${e.destination}\u0000${e.key}`); // re-insert: keep the latest's order
      latest.set(`${e.destination}\u0000${e.key}`, e);
    }
    for (const e of latest.values()) if (e.destination === destination) this.remember(e);
    if (opts.compact && this.rowCount > 2 * latest.size + 1000) this.rewrite([...latest.values()]);
  }

  get size(): number {
    return this.entries.length;
  }

  /** The live record whose fingerprint this is, if any. */
  lookup(fingerprint: string): SyncEntry | undefined {
    const i = this.index.byFingerprint(fingerprint);
    return i === undefined ? undefined : this.entries[i];
  }

  /** Whether this run already sent this line with this fingerprint (a replayed chunk). */
  sentBy(run: string, line: number, fingerprint: string): SyncEntry | undefined {
    const e = this.lookup(fingerprint);
    return e && e.run === run && e.line === line ? e : undefined;
  }

  keyOf(contact: Contact, fingerprint: string): string {
    return this.normalize('email', contact.email) ?? this.normalize('phone', contact.phone) ?? `#${fingerprint}`;
  }

  /** Appends records (one batch: 4 calls, plus the tab's creation the first time). */
  record(entries: SyncEntry[]): void {
    if (!entries.length) return;
    const sh = this.ensureSheet();
    const rows = entries.map(toRow);
    const first = this.rowCount + 2;
    // Always insert (1 call, whatever the sheet's size): the number of calls per chunk stays the same.
    sh.insertRowsAfter(first - 1, rows.length);
    writePieceRows(sh, first, rows, W);
    this.width = Math.max(this.width, ...rows.map((r) => r.length));
    this.rowCount += rows.length;
    for (const e of entries) this.remember(e);
  }

  /**
   * Forgets what a run sent to this destination (after Revert run removed or restored it), so a later run imports
   * those rows again: a rewrite of the tab without them (3 calls; none when the run sent nothing here).
   */
  forgetRun(run: string): void {
    if (!this.sheet || !this.entries.some((e) => e.run === run)) return;
    const sh = this.sheet;
    const all = sh.getDataRange().getValues().slice(1);
    const keep = all.filter((r) => !(String(r[0]) === this.destination && String(r[4]) === run));
    if (keep.length) {
      const r = sh.getRange(2, 1, keep.length, W);
      r.setNumberFormat('@');
      r.setValues(keep.map((row) => row.slice(0, W).map((v) => (v === null || v === undefined ? '' : String(v)))));
    }
    if (all.length > keep.length) sh.getRange(keep.length + 2, 1, all.length - keep.length, W).clearContent();
    this.rowCount = keep.length;
  }

  private remember(e: SyncEntry): void {
    const at = this.pos.get(e.key);
    const rec = { id: e.remoteId, contact: {}, fingerprint: e.fingerprint };
    if (at === undefined) {
      this.pos.set(e.key, this.index.add(rec));
      this.entries.push(e);
    } else {
      this.index.replace(at, rec);
      this.entries[at] = e;
    }
  }

  private rewrite(live: SyncEntry[]): void {
    const sh = this.sheet!;
    if (live.length) writePieceRows(sh, 2, live.map(toRow), this.width);
    if (this.rowCount > live.length) sh.getRange(live.length + 2, 1, this.rowCount - live.length, this.width).clearContent();
    this.rowCount = live.length;
  }

  private ensureSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    if (this.sheet) return this.sheet;
    const sh = insertBookkeepingTab(this.ss, SYNC_TAB, SYNC_HEADER);
    this.sheet = sh;
    return sh;
  }
}

/**
 * A CRM destination behind the sync record: rows already sent unchanged are not sent again, rows this run already
 * sent (a replayed chunk) are reported as they were, and what the CRM created or updated is recorded, in one
 * batch per push, after the CRM answered.
 */
export class SyncedDestination implements Destination {
  readonly label: string;
  readonly chunkSize: number;

  constructor(
    readonly inner: Destination,
    private readonly sync: SyncRecord,
    private readonly now: () => string,
    private readonly names: DestinationNames = { name: inner.label, idLabel: `${inner.label} id` },
    /** Where a revertible CRM's updates keep what they changed (RowOutcome.undo), for Revert run. */
    private readonly journal?: Pick<UndoJournal, 'append'>,
  ) {
    this.label = inner.label;
    this.chunkSize = inner.chunkSize;
    if (inner.precheck) this.precheck = (c, mode) => inner.precheck!(c, mode);
  }

  precheck?: Destination['precheck'];

  push(rows: PushRow[], ctx: PushContext): PushResult {
    const outcomes: RowOutcome[] = [];
    const send: PushRow[] = [];
    for (const row of rows) {
      const e = this.sync.lookup(row.fingerprint);
      if (!e) send.push(row);
      else if (e.run === ctx.runId && e.line === row.line) {
        outcomes.push({ line: row.line, action: e.action, ...(e.remoteId ? { id: e.remoteId } : {}), ...(e.matchedOn ? { matchedOn: e.matchedOn as MatchKey } : {}) });
      } else {
        outcomes.push({
          line: row.line,
          action: 'skipped',
          ...(e.remoteId ? { id: e.remoteId } : {}),
          message: alreadyImportedMessage(e.remoteId, this.names.idLabel, this.names.name),
          code: 'already_imported',
        });
      }
    }
    if (!send.length) return { outcomes };
    const res = this.inner.push(send, ctx);
    const sent = new Map(send.map((r) => [r.line, r]));
    const at = this.now();
    const entries: SyncEntry[] = [];
    for (const o of res.outcomes) {
      const r = sent.get(o.line);
      if (!r || (o.action !== 'created' && o.action !== 'updated')) continue;
      entries.push({
        destination: this.sync.destination,
        key: this.sync.keyOf(r.contact, r.fingerprint),
        fingerprint: r.fingerprint,
        remoteId: o.id ?? '',
        run: ctx.runId,
        line: r.line,
        action: o.action,
        matchedOn: o.matchedOn ?? '',
        at,
      });
    }
    this.sync.record(entries);
    const undo = res.outcomes.filter((o) => o.action === 'updated' && o.undo && o.id);
    if (this.journal && undo.length) {
      this.journal.append(
        undo.map((o) => ({ run: ctx.runId, line: o.line, contactId: o.id!, matchedOn: o.matchedOn ?? '', changes: o.undo!, updatedBefore: '', updatedAfter: at, fpBefore: '', fpAfter: sent.get(o.line)?.fingerprint ?? '' })),
      );
    }
    return { ...res, outcomes: [...outcomes, ...res.outcomes] };
  }
}
