// The vocabulary of Fix in place (issue 11): a suggestion for one cell, its kind, rule and confidence.
// Pure types. The kinds and confidences themselves live in ../types.ts (validate's Issue carries a suggestion too).
import type { CellValue, ContactValue, FieldKey, FixConfidence, FixKind, ReadResult } from '../types';

export type { FixConfidence, FixKind } from '../types';

/** Every kind, in the order groups are listed (and the CLI's `--only` accepts). */
export const FIX_KINDS: readonly FixKind[] = ['phone', 'date', 'email', 'text', 'option', 'name'];

/**
 * Why a cell is suggested. With the kind it decides the group, its title and the confidence (a rule has one
 * confidence, so a group is all safe or all review).
 */
export type FixRule =
  | 'phone-format' // a valid number, to E.164 (or international format): safe
  | 'phone-not-valid' // a number that is possible but not valid for its country: review
  | 'date-format' // a date with one reading, to yyyy-mm-dd: safe
  | 'date-ambiguous' // a numeric date with two readings (09/08/2024): review, both shown
  | 'date-serial' // a bare number read as a spreadsheet date (45543): review
  | 'date-time' // a date with a time of day, which the import drops: review
  | 'email-clean' // spaces, mailto:, <…>, capitals: safe
  | 'email-typo' // a common domain typo (gmial.com): review
  | 'text-spaces' // invisible, non-breaking or repeated spaces: safe
  | 'text-list' // list separators (; . line breaks) to ", ": safe
  | 'text-list-dots' // a list separated by dots ("Blue. Green"): review, a dot may belong to a value
  | 'option-spelling' // a case or accent variant of an allowed option: safe
  | 'owner-spelling' // a case or accent variant of a user's name: safe
  | 'name-split'; // a full name split into First name and Last name: review

export const RULE_CONFIDENCE: Readonly<Record<FixRule, FixConfidence>> = {
  'phone-format': 'safe',
  'phone-not-valid': 'review',
  'date-format': 'safe',
  'date-ambiguous': 'review',
  'date-serial': 'review',
  'date-time': 'review',
  'email-clean': 'safe',
  'email-typo': 'review',
  'text-spaces': 'safe',
  'text-list': 'safe',
  'text-list-dots': 'review',
  'option-spelling': 'safe',
  'owner-spelling': 'safe',
  'name-split': 'review',
};

/** A suggestion for one cell's value, before it is placed on the sheet (see Suggestion). */
export interface CellFix {
  kind: FixKind;
  rule: FixRule;
  /** The cell as it is: the string itself, or the text of a number ("4155550132"). */
  from: string;
  /** What Fix writes. name-split: "First name: Ann; Last name: Lee" (the parts are in `parts`). */
  to: string;
  confidence: FixConfidence;
  /** The cell's note: what Fix would do and why, in one sentence. */
  message: string;
  /** Splits the group beyond kind and rule: "gmial.com → gmail.com" for email typos, the field's label for options. */
  group?: string;
  /** date-ambiguous: the other reading ("2024-08-09"). */
  alternative?: string;
  /** name-split: the two new cells. */
  parts?: { firstName: string; lastName: string };
}

/** A suggestion placed on the sheet: the cell's line (sheet row), column (key and 0-based index) and field. */
export interface Suggestion extends CellFix {
  /** The sheet's row number (the header is line 1 by default). */
  line: number;
  /** 0-based column index in the sheet. */
  col: number;
  /** The column key: the header text, made unique ("Email (2)") or "Column C" for an empty header. */
  column: string;
  field: FieldKey;
}

/**
 * The suggester of one column, set up once per column: the cell's value and, when the caller has read it already
 * (validation has), the reader's result. Returns null when there is nothing to suggest.
 */
export type CellFixer = (value: CellValue, read?: ReadResult<ContactValue>) => CellFix | null;

/** A fix with its confidence taken from its rule (so the two never disagree). */
export function cellFix(rule: FixRule, kind: FixKind, from: string, to: string, message: string, extra?: Partial<CellFix>): CellFix {
  return { kind, rule, from, to, confidence: RULE_CONFIDENCE[rule], message, ...extra };
}
