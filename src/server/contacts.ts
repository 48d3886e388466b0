// The Contacts tab: the embedded default destination. Matches on normalized keys (plan.ts), creates with stable
// Contact IDs, updates in place ("Don't update empty values"), and tags each created row with its run and line so
// a resumed chunk sees rows it already wrote (no contact is ever created twice). Its cells are read and written by
// contactrows.ts: the key columns for planning, the rows an update touches, the cells it changes.
import { dict, dictOf } from '../shared/dict';
import { CONTACTS_TAB_LABEL } from '../shared/labels';
import { fieldIndex, listFields, type FieldDef } from '../engine/fields';
import {
  ContactIndex,
  mergeContact,
  newContactId,
  planRow,
  type KeyNormalizer,
  type PlanDecision,
  type PlanRowInput,
  type Suppression,
} from '../engine/plan';
import type { Contact, ContactValue, FieldKey, MatchKey, RowOutcome, Settings } from '../engine/types';
import type { Destination, PushContext, PushResult, PushRow } from '../engine/destination';
import { CONTACTS_SYSTEM_COLUMNS, CONTACTS_TAB, deleteRows, insertTab } from './tabs';
import { writeAsText } from './entries';
import { UndoJournal, type UndoEntry } from './undo';
import { ContactsSheet, fitWidth } from './contactrows';
import { bumpVersionStamp, CONTACTS_VERSION_KEY } from './contactkeys';
import { dayOf, lazyZone } from './dates';
import { type Cell, fromCell, isDate, toCell } from './contactcells';
import { firstTooLong, tooLongOutcome } from './cells';

export { CONTACTS_TAB };
export const SYSTEM_COLUMNS = CONTACTS_SYSTEM_COLUMNS;

export interface ContactsOptions {
  settings: Settings;
  normalize: KeyNormalizer;
  suppression?: Suppression;
  now: () => string;
  /**
   * A check whose rows have no Contact ID to match on: the tab's Contact IDs are read only when a message needs one
   * (a row already imported names its contact: ensureIds), not with the keys.
   */
  lazyIds?: boolean;
}

/**
 * Plans rows against the Contacts tab's index (ContactsTab.plan; the onEdit trigger with the cached index):
 * matches, the mode's rules, suppression and the record limit. Changes nothing.
 */
export function planContacts(
  index: ContactIndex,
  rows: PlanRowInput[],
  ctx: Pick<PushContext, 'mode' | 'matchOn'>,
  opts: Pick<ContactsOptions, 'settings' | 'normalize' | 'suppression'>,
  count?: { value: number },
): PlanDecision[] {
  const c = count ?? { value: index.size };
  return rows.map((r) => {
    const d = planRow(r, {
      mode: ctx.mode,
      matchOn: ctx.matchOn,
      index,
      normalize: opts.normalize,
      suppression: opts.suppression,
      recordLimit: opts.settings.recordLimit,
      count: c.value,
    });
    if (d.kind === 'create') c.value++;
    return d;
  });
}

export class ContactsTab implements Destination {
  readonly label = CONTACTS_TAB_LABEL;
  readonly chunkSize = 1000;
  readonly index: ContactIndex;
  /** The tab's cells (header, rows as read so far). */
  readonly cells: ContactsSheet;
  private fieldCols: Array<{ col: number; def: FieldDef }> = [];
  private tags = new Map<string, number>();
  private headerDirty = false;
  readonly defs: Map<FieldKey, FieldDef>;
  /** Previous values of the fields each update changed, by line (for History's details). */
  readonly previous = new Map<number, Contact>();
  private journal: UndoJournal | null = null;
  /** The Contact ID column is not read yet (lazyIds). */
  private idsPending = false;
  /** The spreadsheet's time zone, asked when a date cell is met. */
  readonly zone: () => string;

  /**
   * `read`: 'keys' reads what an import needs (the match keys, fingerprints and run/line tags); 'plan' what planning
   * alone needs (a check, onEdit: no run/line tags, as nothing is pushed); 'all' every cell (a revert). The record
   * limit counts the rows that hold anything, so with one set every cell is read too.
   */
  constructor(private readonly ss: GoogleAppsScript.Spreadsheet.Spreadsheet, readonly opts: ContactsOptions, read: 'plan' | 'keys' | 'all' = 'keys') {
    this.zone = lazyZone(() => ss);
    this.defs = fieldIndex(opts.settings.customFields);
    this.index = new ContactIndex(opts.normalize);
    this.cells = new ContactsSheet(ss);
    if (this.cells.sheet) this.load(opts.settings.recordLimit !== undefined ? 'all' : read);
  }

  private load(read: 'plan' | 'keys' | 'all'): void {
    const keyFields: FieldKey[] = ['externalId', 'email', 'phone'];
    this.idsPending = read === 'plan' && !!this.opts.lazyIds;
    const skip = new Set<string>(['Created at', 'Updated at', ...(read === 'plan' ? ['Source run', 'Source line'] : []), ...(this.idsPending ? ['Contact ID'] : [])]);
    const names = [...SYSTEM_COLUMNS.filter((c) => !skip.has(c)), ...keyFields.map((k) => this.defs.get(k)?.label ?? k)];
    this.cells.load(read === 'all' ? null : names);
    const byLabel = new Map(listFields(this.opts.settings.customFields).map((d) => [d.label.toLowerCase(), d]));
    this.fieldCols = [];
    this.cells.header.forEach((h, col) => {
      const def = byLabel.get(h.toLowerCase());
      if (def && def.key !== 'contactId') this.fieldCols.push({ col, def });
    });
    // Blank rows are kept: rows[i] is always the tab's row i + 2, which every write relies on. They hold no contact
    // (a blank slot in the index); new contacts are appended after the last row.
    for (let i = 0; i < this.cells.rows.length; i++) {
      if (this.cells.blank(i)) {
        if (this.index.addBlank() !== i) throw new Error('Contacts index out of step');
      } else this.indexRow(i);
    }
  }

  /** Reads the Contact IDs left unread (lazyIds), in 1 call; nothing when they were read. */
  ensureIds(): void {
    if (!this.idsPending) return;
    this.idsPending = false;
    const ids = this.cells.readColumn('Contact ID');
    if (!ids) return;
    ids.forEach((id, i) => {
      const rec = this.index.records[i];
      if (rec && !rec.id && !this.cells.blank(i)) rec.id = String(id ?? '');
    });
  }

  col(name: string): number {
    return this.cells.col(name);
  }

  get(row: Cell[], name: string): string {
    const c = this.col(name);
    return c < 0 || row[c] === undefined ? '' : String(row[c]);
  }

  private contactOf(row: Cell[]): Contact {
    const contact: Contact = dict();
    for (const { col, def } of this.fieldCols) {
      const v = fromCell(def, row[col], this.zone);
      if (v !== undefined) contact[def.key] = v;
    }
    return contact;
  }

  private indexRow(i: number): void {
    const row = this.cells.rows[i];
    const id = this.get(row, 'Contact ID');
    const pos = this.index.add({ id, contact: this.contactOf(row), fingerprint: this.get(row, 'Row fingerprint') || undefined });
    if (pos !== i) throw new Error('Contacts index out of step');
    const run = this.get(row, 'Source run');
    const line = this.get(row, 'Source line');
    if (run && line) this.tags.set(`${run}:${line}`, i);
  }

  /** Makes sure the header has a column for each field (new fields are added at the end). */
  private ensureFields(keys: Iterable<FieldKey>): void {
    const header = this.cells.header;
    if (!header.length) this.headerDirty = true;
    for (const k of keys) {
      if (k === 'contactId') continue;
      const def = this.defs.get(k);
      if (!def || this.col(def.label) >= 0) continue;
      header.push(def.label);
      this.headerDirty = true;
      this.cells.reindexColumns();
      this.fieldCols.push({ col: this.col(def.label), def });
    }
    for (const s of SYSTEM_COLUMNS) {
      if (this.col(s) < 0) {
        header.push(s);
        this.headerDirty = true;
        this.cells.reindexColumns();
      }
    }
  }

  /** Creates the tab with its standard header for the mapped fields (first use). */
  ensureTab(mappedFields: FieldKey[]): void {
    const order = listFields(this.opts.settings.customFields).map((d) => d.key).filter((k) => mappedFields.includes(k));
    this.ensureFields(order);
    if (!this.cells.sheet) this.cells.sheet = insertTab(this.ss, CONTACTS_TAB);
    if (this.headerDirty) this.writeHeader();
  }

  private writeHeader(): void {
    const sh = this.cells.sheet!;
    const header = this.cells.header;
    const maxCols = sh.getMaxColumns();
    if (header.length > maxCols) sh.insertColumnsAfter(maxCols, header.length - maxCols);
    const r = sh.getRange(1, 1, 1, header.length);
    r.setNumberFormat('@');
    r.setValues([header]);
    r.setFontWeight('bold');
    sh.setFrozenRows(1);
    this.headerDirty = false;
    bumpVersionStamp(CONTACTS_VERSION_KEY);
    // Bookkeeping columns for re-runs and resumes; hidden where the platform allows it.
    const first = this.col('Source line') + 1;
    try {
      sh.hideColumns(first, 2);
    } catch {
      /* not available (test bed): they stay visible, labelled */
    }
  }

  plan(rows: PlanRowInput[], ctx: PushContext, count?: { value: number }): PlanDecision[] {
    return planContacts(this.index, rows, ctx, this.opts, count);
  }

  push(rows: PushRow[], ctx: PushContext & { mappedFields?: FieldKey[] }): PushResult {
    const mapped = ctx.mappedFields ?? [];
    this.ensureTab(mapped);
    const outcomes: RowOutcome[] = [];
    const firstNew = this.cells.rows.length;
    const now = this.opts.now();
    const width = () => this.cells.header.length;
    const journal = this.undoJournal();
    const undo: UndoEntry[] = [];
    /** Cells of existing rows this push changes (rows it creates are written whole). */
    const changed: Array<{ i: number; c: number; value: Cell }> = [];
    // The contacts these rows may update, read at once (their other values are merged and journaled).
    const targets = new Set<number>();
    for (const row of rows) {
      const at = this.index.find(row.contact, ['contactId', ...ctx.matchOn]);
      if ('index' in at) targets.add(at.index);
    }
    this.cells.ensureFull(targets);
    for (const row of rows) {
      // A resumed chunk: this run already wrote this line (the crash came before the cursor was saved).
      const tagged = this.tags.get(`${ctx.runId}:${row.line}`);
      if (tagged !== undefined) {
        outcomes.push({ line: row.line, action: 'created', id: this.index.records[tagged].id });
        continue;
      }
      const upd = journal.tagged(ctx.runId, row.line);
      if (upd) {
        // This run journaled an update from this line; it landed if the contact carries the row's fingerprint.
        const at = this.index.find({ contactId: upd.contactId }, ['contactId']);
        if ('index' in at && this.index.records[at.index].fingerprint === row.fingerprint) {
          const prev: Contact = dict();
          for (const [k, [before]] of Object.entries(upd.changes ?? {})) if (before !== '' && before !== null) prev[k] = before as ContactValue;
          if (Object.keys(prev).length) this.previous.set(row.line, prev);
          outcomes.push({ line: row.line, action: 'updated', id: upd.contactId, matchedOn: (upd.matchedOn || undefined) as MatchKey | undefined });
          continue;
        }
      }
      const [d] = this.plan([{ line: row.line, result: 'success', issues: [], contact: row.contact, fingerprint: row.fingerprint }], ctx);
      if (d.kind === 'skip') {
        outcomes.push({ line: row.line, action: 'skipped', matchedOn: d.matchedOn, message: d.message, code: d.code, fields: d.fields, id: d.index !== undefined ? this.index.records[d.index].id : undefined });
        continue;
      }
      if (d.kind === 'fail') {
        outcomes.push({ line: row.line, action: 'failed', matchedOn: d.matchedOn, message: d.message, code: d.code, fields: d.fields });
        continue;
      }
      this.ensureFields(Object.keys(row.contact));
      // Every value is checked before anything of the row is written: one that cannot fit a cell fails its row alone.
      if (d.kind === 'update') this.cells.ensureFull([d.index]);
      const merged = d.kind === 'update' ? mergeContact(this.contactOf(this.cells.rows[d.index]), row.contact, mapped, ctx.dontUpdateEmpty) : null;
      const values = merged ? merged.contact : row.contact;
      const long = firstTooLong((merged ? merged.changed : Object.keys(values)).filter((k) => k !== 'contactId' && this.defs.has(k)).map((k) => [k, toCell(values[k])] as const));
      if (long) {
        outcomes.push(tooLongOutcome(row.line, long.key, this.defs.get(long.key)!.label, long.chars, CONTACTS_TAB_LABEL));
        continue;
      }
      if (d.kind === 'create') {
        const id = newContactId(ctx.runId, row.line, (x) => this.index.hasId(x));
        const cells: Cell[] = new Array<Cell>(width()).fill('');
        for (const [k, v] of Object.entries(row.contact)) {
          if (k === 'contactId') continue;
          const def = this.defs.get(k);
          if (def) cells[this.col(def.label)] = toCell(v);
        }
        cells[this.col('Contact ID')] = id;
        cells[this.col('Created at')] = now;
        cells[this.col('Updated at')] = now;
        cells[this.col('Source run')] = ctx.runId;
        cells[this.col('Source line')] = String(row.line);
        cells[this.col('Row fingerprint')] = row.fingerprint;
        const i = this.cells.append(cells);
        const contact = dictOf(row.contact);
        delete contact.contactId;
        this.index.add({ id, contact, fingerprint: row.fingerprint });
        this.tags.set(`${ctx.runId}:${row.line}`, i);
        outcomes.push({ line: row.line, action: 'created', id });
      } else {
        const i = d.index;
        const rec = this.index.records[i];
        const cells = this.cells.rows[i];
        const m = merged!;
        while (cells.length < width()) cells.push('');
        const set = (c: number, value: Cell) => {
          cells[c] = value;
          if (i < firstNew) changed.push({ i, c, value });
        };
        const changes: Record<string, [Cell, Cell]> = dict();
        for (const k of m.changed) {
          const def = this.defs.get(k);
          if (!def) continue;
          const c = this.col(def.label);
          // A date typed into the tab is kept as the day it shows (the journal is JSON: a Date would become an instant).
          const before = isDate(cells[c]) ? dayOf(cells[c], this.zone()) : cells[c] ?? '';
          set(c, toCell(m.contact[k]));
          changes[k] = [before, cells[c]];
        }
        const updatedBefore = this.get(cells, 'Updated at');
        const fpBefore = this.get(cells, 'Row fingerprint');
        // 'Updated at' says when the contact's values last changed: an update that changed nothing leaves it.
        if (m.changed.length) set(this.col('Updated at'), now);
        if (fpBefore !== row.fingerprint) set(this.col('Row fingerprint'), row.fingerprint);
        undo.push({
          run: ctx.runId,
          line: row.line,
          contactId: rec.id,
          matchedOn: d.matchedOn,
          changes,
          updatedBefore,
          updatedAfter: this.get(cells, 'Updated at'),
          fpBefore,
          fpAfter: row.fingerprint,
        });
        this.index.replace(i, { id: rec.id, contact: m.contact, fingerprint: row.fingerprint });
        if (Object.keys(m.previous).length) this.previous.set(row.line, m.previous);
        outcomes.push({ line: row.line, action: 'updated', id: rec.id, matchedOn: d.matchedOn });
      }
    }
    // The journal first: a crash between the two writes leaves a journaled update that did not land, which a
    // resumed chunk sees (the contact lacks the row's fingerprint) and makes again.
    journal.append(undo);
    this.flush(firstNew, changed);
    return { outcomes };
  }

  undoJournal(): UndoJournal {
    if (!this.journal) this.journal = new UndoJournal(this.ss);
    return this.journal;
  }

  /** Writes the header (if it grew), the cells updates changed and the new rows. */
  private flush(firstNew: number, changed: Array<{ i: number; c: number; value: Cell }>): void {
    if (this.headerDirty) this.writeHeader();
    this.cells.writeCells(changed);
    this.cells.writeNew(firstNew);
    if (changed.length || this.cells.rows.length > firstNew) bumpVersionStamp(CONTACTS_VERSION_KEY);
  }

  /** Rewrites the tab's rows with `keep` (a revert): 3-4 calls. */
  rewrite(keep: Cell[][]): void {
    const sh = this.cells.sheet!;
    const w = this.cells.header.length;
    const total = this.cells.rows.length;
    if (keep.length) writeAsText(sh.getRange(2, 1, keep.length, w), keep.map((row) => fitWidth(row.slice(), w)));
    if (total > keep.length) deleteRows(sh, keep.length + 2, total - keep.length);
    this.cells.replaceRows(keep);
    bumpVersionStamp(CONTACTS_VERSION_KEY);
  }
}
