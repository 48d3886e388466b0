// The engine's shared vocabulary. Pure types: no Apps Script global, no Node API.
// Data flows one way: sheet cells -> validated rows -> plan -> destination outcomes -> history.

/** What Sheets' getValues() returns for a cell: '' for an empty cell. */
export type CellValue = string | number | boolean | Date | null | undefined;

export const STANDARD_FIELD_KEYS = [
  'contactId',
  'externalId',
  'name',
  'firstName',
  'lastName',
  'email',
  'additionalEmails',
  'phone',
  'additionalPhones',
  'companyName',
  'address1',
  'city',
  'state',
  'postalCode',
  'country',
  'website',
  'dateOfBirth',
  'source',
  'tags',
  'owner',
  'followers',
] as const;
export type StandardFieldKey = (typeof STANDARD_FIELD_KEYS)[number];
/** A standard field key or a custom field's key. */
export type FieldKey = string;

export type CustomFieldType =
  | 'text'
  | 'largeText'
  | 'number'
  | 'monetary'
  | 'date'
  | 'phone'
  | 'email'
  | 'url'
  | 'checkbox'
  | 'singleOption'
  | 'multipleOptions';

export interface CustomField {
  key: string;
  label: string;
  type: CustomFieldType;
  options?: string[];
}

/** An account user, for Contact owner and Contact followers ("FirstName LastName"). */
export type UserRef = string | { name: string; id?: string; email?: string };

export type Mode = 'create' | 'update' | 'upsert';
export type MatchKey = 'contactId' | 'externalId' | 'email' | 'phone';
export type Policy = 'skip-field' | 'fail-row';
export type DateOrder = 'MDY' | 'DMY';
/** How Fix writes phone numbers: E.164 ("+14155550132") or international format ("+1 415 555 0132"). */
export type PhoneFormat = 'e164' | 'international';

/** header text -> field key, or null for "Don't import". */
export type Mapping = Record<string, FieldKey | null>;

/**
 * Where an import goes: a destination kind of the registry (src/crm/registry.ts: "contacts", "hubspot", …) and that
 * kind's own settings keys, as its module reads and checks them. The engine only tells the Contacts tab from the rest.
 */
export interface DestinationConfig {
  type: string;
  [key: string]: unknown;
}

/** Every setting has a default; see engine/settings.ts. */
export interface Settings {
  mode: Mode;
  matchOn: MatchKey[];
  defaultCountry: string;
  dateOrder: DateOrder;
  policy: Policy;
  /** When absent, columns are auto-mapped. */
  mapping?: Mapping;
  customFields: CustomField[];
  users: UserRef[];
  /** "Don't update empty values": an empty cell never blanks an existing value. */
  dontUpdateEmpty: boolean;
  /** 1-based sheet row holding the headers. */
  headerRow: number;
  destination: DestinationConfig;
  /** Optional cap on the number of contacts in the destination ("Max number of contacts reached (N)"). */
  recordLimit?: number;
  /** List successful rows in the History tab too (they are always counted). */
  listSuccesses: boolean;
  /** How Fix writes phone numbers (the import always reads and sends E.164). */
  phoneFormat: PhoneFormat;
}

export type Severity = 'error' | 'warning';

/** A problem found in the data, as data (zod-style), never an exception. */
export interface Issue {
  /** The sheet's row number; the header row is line 1. */
  line: number;
  /** The header text of the column, or null for a row-level issue. */
  column: string | null;
  field: FieldKey | null;
  severity: Severity;
  code: IssueCode;
  /** Says what is wrong, quotes the value, says how to fix it. */
  message: string;
  /** 0-based column index in the sheet, when the issue belongs to one cell. Not part of the CLI's JSON. */
  col?: number;
  /** The fix the add-on can make to this cell (engine/fix), when it has one. */
  suggestion?: IssueSuggestion;
}

/** What a Fix suggestion changes (engine/fix): the CLI's `fix --only` names. */
export type FixKind = 'phone' | 'date' | 'email' | 'text' | 'option' | 'name';
/** `safe` fixes keep what the import reads (or only its spelling); `review` ones need a person's eye. */
export type FixConfidence = 'safe' | 'review';

/** A fix for an issue's cell, as validate --json prints it: the cell's value now, what Fix would write, how sure it is. */
export interface IssueSuggestion {
  kind: FixKind;
  from: string;
  to: string;
  confidence: FixConfidence;
  message: string;
}

export type IssueCode =
  | 'invalid_date'
  | 'invalid_phone'
  | 'phone_not_valid_for_country'
  | 'invalid_email'
  | 'invalid_number'
  | 'invalid_monetary'
  | 'invalid_checkbox'
  | 'invalid_option'
  | 'too_many_options'
  | 'unknown_user'
  | 'invalid_url'
  | 'invalid_value'
  | 'required_missing'
  | 'empty_value'
  | 'duplicate_in_sheet'
  | 'cell_too_long'
  | 'contact_not_found'
  | 'already_exists'
  | 'suppressed'
  | 'record_limit'
  | 'destination_error';

/** A normalized contact: lists as arrays, numbers as numbers, dates "yyyy-mm-dd", phones E.164. */
export type ContactValue = string | number | boolean | string[];
export type Contact = Record<FieldKey, ContactValue>;

export type RowResult = 'success' | 'warning' | 'failure';

export interface ValidatedRow {
  line: number;
  result: RowResult;
  issues: Issue[];
  contact: Contact;
  /** Set when this row repeats an earlier row of the sheet on a match key. */
  duplicateOf?: { line: number; matchedOn: MatchKey };
}

export interface ValidationSummary {
  total: number;
  success: number;
  warning: number;
  failure: number;
}

/** What a value reader returns: a normalized value (maybe with a warning) or a problem. Never a silently wrong value. */
export type ReadResult<T> =
  | { ok: true; value: T; warning?: Problem }
  | { ok: false; error: Problem };
export interface Problem {
  code: IssueCode;
  message: string;
}

/**
 * Why a row was skipped or failed, as data: an issue's code, "already imported" (its fingerprint was sent before,
 * unchanged), or "run failed" (the run stopped before the row: nothing in its cells to fix).
 */
export type OutcomeCode = IssueCode | 'already_imported' | 'run_failed';

/** The final outcome of one row in a run. Every row ends in exactly one. */
export type RowAction = 'created' | 'updated' | 'skipped' | 'failed';
export interface RowOutcome {
  line: number;
  action: RowAction;
  /** The destination's id for the contact (Contact ID, HubSpot id, HighLevel id, webhook id). */
  id?: string;
  matchedOn?: MatchKey;
  /** Why a row was skipped or failed, or a warning about it: rendered from the cause, for people. */
  message?: string;
  /** The cause of a skip or a failure. Decisions read this, never `message`. */
  code?: OutcomeCode;
  /** The fields whose cells the cause is about (marked in the sheet), when it is about some. */
  fields?: FieldKey[];
  /**
   * An update of a CRM that can be reverted (Google Contacts): what it changed, per field of the CRM's record, as
   * [before, after] (JSON). The run keeps it in the undo journal for "Revert run"; nothing else reads it.
   */
  undo?: Record<string, [string, string]>;
}
