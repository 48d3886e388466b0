// What a destination (the Contacts tab, HubSpot, HighLevel, a webhook) does with one chunk of planned rows.
// The import run (src/server/run) plans and chunks; a destination only writes and reports one outcome per row.
import type { Contact, MatchKey, Mode, RowOutcome } from '../../engine/types';
import type { AttemptLog } from '../../crm/session';

/** One row that passed validation and planning and is ready to be written. */
export interface PushRow {
  line: number;
  /** Normalized values (lists as arrays, dates yyyy-mm-dd, phones E.164). Empty fields are absent. */
  contact: Contact;
  /** Fingerprint of the source row, so a re-run can tell unchanged rows. */
  fingerprint: string;
}

export interface PushContext {
  runId: string;
  mode: Mode;
  matchOn: MatchKey[];
  /** "Don't update empty values". */
  dontUpdateEmpty: boolean;
  /** Epoch ms after which the destination should stop starting new requests. */
  deadline: number;
  /** Where the run came from, e.g. the sheet name, for the destination's Source field. */
  source: string;
  /**
   * CRM destinations: when the run first sent each row, kept by the run across push() calls (and, as a bound,
   * across executions), so a row re-sent after a lost answer is reported from what the CRM holds. Optional: a
   * destination keeps its own when absent.
   */
  attempts?: AttemptLog;
}

export interface PushResult {
  /** Exactly one outcome for every row pushed, in any order, keyed by line. */
  outcomes: RowOutcome[];
  /**
   * Set when the destination must stop the run: a rejected token (not resumable) or a daily quota
   * (resumable). Rows without an outcome are pushed again when the run resumes.
   */
  stop?: { message: string; resumable: boolean };
}

export interface Destination {
  /** Shown in History's Destination column and the sidebar, e.g. "Contacts tab" or "HubSpot". */
  readonly label: string;
  /** Rows per push() call that suits the destination (HubSpot 100, HighLevel a fetchAll group, ...). */
  readonly chunkSize: number;
  push(rows: PushRow[], ctx: PushContext): PushResult;
  /**
   * Optional: why the destination will refuse this (valid) row, before anything is sent, or null. The run uses it
   * in Check (status "Error: …", a red mark on the row's identity cells, counted as an error) and in the import
   * (the row fails with the same message, unsent), so the two agree. E.g. HubSpot: a row without an email.
   */
  precheck?(contact: Contact, mode: Mode): string | null;
}
