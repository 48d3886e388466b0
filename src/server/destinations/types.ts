// What a destination (the Contacts tab, HubSpot, HighLevel, a webhook) does with one chunk of planned rows.
// The import run (src/server/run) plans and chunks; a destination only writes and reports one outcome per row.
import type { Contact, MatchKey, Mode, RowOutcome } from '../../engine/types';

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
}
