// Compile-time proof that the emulated classes match @types/google-apps-script: every public member of an
// emulated class is a member of the Apps Script interface, with a compatible type. (Members the test bed doesn't
// emulate are absent from the classes and throw "not emulated" at run time.) Checked by `tsc`; no runtime code.
import type { BlobImpl } from './utilities';
import type { UtilitiesImpl } from './utilities';
import type {
  CacheImpl, CacheServiceImpl, HtmlOutputImpl, HtmlServiceImpl, LockImpl, LockServiceImpl, LoggerImpl, PropertiesImpl,
  PropertiesServiceImpl, ScriptAppImpl, SessionImpl, UserImpl,
} from './services';
import type { MenuImpl, RangeImpl, RangeListImpl, SheetImpl, SpreadsheetAppImpl, SpreadsheetImpl, UiImpl } from './spreadsheet';
import type { HTTPResponseImpl, UrlFetchAppImpl } from './urlfetch';
import type { DeveloperMetadataFinderImpl, DeveloperMetadataImpl, DeveloperMetadataLocationImpl } from './metadata';

type Public<T> = { [K in keyof T as K extends `_${string}` ? never : K]: T[K] };

/** Resolves to `true`, or to the names of the offending members. */
type Conforms<Impl, G> = [Exclude<keyof Public<Impl>, keyof G>] extends [never]
  ? [{ [K in keyof Public<Impl> & keyof G]: Public<Impl>[K] extends G[K] ? never : K }[keyof Public<Impl> & keyof G]] extends [never]
    ? true
    : { incompatible: { [K in keyof Public<Impl> & keyof G]: Public<Impl>[K] extends G[K] ? never : K }[keyof Public<Impl> & keyof G] }
  : { notInAppsScript: Exclude<keyof Public<Impl>, keyof G> };

type Assert<T extends true> = T;

export type Checks = [
  Assert<Conforms<SpreadsheetAppImpl, GoogleAppsScript.Spreadsheet.SpreadsheetApp>>,
  Assert<Conforms<SpreadsheetImpl, GoogleAppsScript.Spreadsheet.Spreadsheet>>,
  Assert<Conforms<SheetImpl, GoogleAppsScript.Spreadsheet.Sheet>>,
  Assert<Conforms<RangeImpl, GoogleAppsScript.Spreadsheet.Range>>,
  Assert<Conforms<DeveloperMetadataImpl, GoogleAppsScript.Spreadsheet.DeveloperMetadata>>,
  Assert<Conforms<DeveloperMetadataFinderImpl, GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder>>,
  Assert<Conforms<DeveloperMetadataLocationImpl, GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation>>,
  Assert<Conforms<RangeListImpl, GoogleAppsScript.Spreadsheet.RangeList>>,
  Assert<Conforms<UiImpl, GoogleAppsScript.Base.Ui>>,
  Assert<Conforms<MenuImpl, GoogleAppsScript.Base.Menu>>,
  Assert<Conforms<PropertiesServiceImpl, GoogleAppsScript.Properties.PropertiesService>>,
  Assert<Conforms<PropertiesImpl, GoogleAppsScript.Properties.Properties>>,
  Assert<Conforms<LockServiceImpl, GoogleAppsScript.Lock.LockService>>,
  Assert<Conforms<LockImpl, GoogleAppsScript.Lock.Lock>>,
  Assert<Conforms<CacheServiceImpl, GoogleAppsScript.Cache.CacheService>>,
  Assert<Conforms<CacheImpl, GoogleAppsScript.Cache.Cache>>,
  Assert<Conforms<HtmlServiceImpl, GoogleAppsScript.HTML.HtmlService>>,
  Assert<Conforms<HtmlOutputImpl, GoogleAppsScript.HTML.HtmlOutput>>,
  Assert<Conforms<UtilitiesImpl, GoogleAppsScript.Utilities.Utilities>>,
  Assert<Conforms<BlobImpl, GoogleAppsScript.Base.Blob>>,
  Assert<Conforms<SessionImpl, GoogleAppsScript.Base.Session>>,
  Assert<Conforms<UserImpl, GoogleAppsScript.Base.User>>,
  Assert<Conforms<LoggerImpl, GoogleAppsScript.Base.Logger>>,
  Assert<Conforms<ScriptAppImpl, GoogleAppsScript.Script.ScriptApp>>,
  Assert<Conforms<UrlFetchAppImpl, GoogleAppsScript.URL_Fetch.UrlFetchApp>>,
  Assert<Conforms<HTTPResponseImpl, GoogleAppsScript.URL_Fetch.HTTPResponse>>,
];
