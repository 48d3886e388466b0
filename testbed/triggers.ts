// What a simple trigger's execution is given: the globals a script sees, and the onEdit(e) event of a typed cell.
// Its own module so that the concurrent executions (concurrent.ts) and the test bed (testbed.ts) share it without
// importing each other.
import { gas } from './emulate';
import { AuthMode, UserImpl } from './services';
import { RangeImpl, SpreadsheetImpl } from './spreadsheet';
import type { Testbed } from './testbed';
import type { SheetData } from './workbook';

export const GLOBAL_NAMES = [
  'SpreadsheetApp', 'PropertiesService', 'LockService', 'CacheService', 'HtmlService', 'Utilities', 'Session',
  'Logger', 'UrlFetchApp', 'ScriptApp', 'Charset', 'DigestAlgorithm', 'MacAlgorithm', 'MimeType', 'console',
] as const;

/** The event object of the onEdit(e) simple trigger. */
export interface EditEvent {
  authMode: string;
  range: GoogleAppsScript.Spreadsheet.Range;
  source: GoogleAppsScript.Spreadsheet.Spreadsheet;
  user: GoogleAppsScript.Base.User;
  value?: string;
  oldValue?: string;
  triggerUid: string;
}

/** The onEdit(e) event of a typed cell, for the trigger's execution `ex`. */
export function editEvent(ex: Testbed, typed: { sheet: SheetData; row: number; column: number; oldText?: string }, input: string): EditEvent {
  const e: EditEvent = {
    authMode: AuthMode.LIMITED,
    range: new RangeImpl(ex, typed.sheet, typed.row, typed.column, 1, 1)._self(),
    source: new SpreadsheetImpl(ex)._self(),
    user: gas(new UserImpl(ex, ex.user)),
    value: input,
    triggerUid: 'testbed-onEdit',
  };
  if (typed.oldText !== undefined) e.oldValue = typed.oldText;
  return e;
}
