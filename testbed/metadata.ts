// Developer metadata, as Sheets keeps it: key/value pairs a script attaches to a sheet (Sheet.addDeveloperMetadata),
// read back from the sheet (getDeveloperMetadata) or found across the spreadsheet (createDeveloperMetadataFinder).
// The add-on marks its own tabs with it (src/server/tabs.ts).
//
// Emulated: metadata located on a sheet (the SHEET location type); visibility DOCUMENT or PROJECT (one project here:
// both are visible to the script); the finder's withKey, withValue, withId, withVisibility, withLocationType, find.
// Metadata moves with its sheet (renamed, reordered) and goes with it (deleted). In an .xlsx it is kept as defined
// names (testbed/xlsx.ts). Row, column and spreadsheet locations are not emulated ("not emulated: …").
import { emulate, gas, makeEnum, notEmulated } from './emulate';
import type { SpreadsheetCtx } from './spreadsheet';
import type { DevMetadata, SheetData } from './workbook';

type GSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GMetadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;
type GFinder = GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder;
type GLocation = GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation;
type Visibility = DevMetadata['visibility'];

export const DeveloperMetadataVisibility = makeEnum(['DOCUMENT', 'PROJECT'] as const);
export const DeveloperMetadataLocationType = makeEnum(['SPREADSHEET', 'SHEET', 'ROW', 'COLUMN'] as const);

/** Makes the Sheet object a location hands out (spreadsheet.ts passes its SheetImpl wrapper). */
export type SheetWrapper = (ctx: SpreadsheetCtx, s: SheetData) => GSheet;

const isVisibility = (v: unknown): v is Visibility => v === 'DOCUMENT' || v === 'PROJECT';

function checkKey(key: unknown, method: string): string {
  if (typeof key !== 'string' || key === '') throw new Error(`The parameters don't match the method signature for SpreadsheetApp.${method}.`);
  return key;
}

/**
 * Sheet.addDeveloperMetadata(key), (key, visibility), (key, value), (key, value, visibility). With two arguments, a
 * visibility's name is taken for the visibility (the test bed's enum values are their names).
 */
export function addMetadata(ctx: SpreadsheetCtx, s: SheetData, key: unknown, b?: unknown, c?: unknown): void {
  const k = checkKey(key, 'Sheet.addDeveloperMetadata');
  let value: string | null = null;
  let visibility: Visibility = 'DOCUMENT';
  if (c !== undefined) {
    value = String(b);
    if (!isVisibility(c)) throw new Error("The parameters don't match the method signature for SpreadsheetApp.Sheet.addDeveloperMetadata.");
    visibility = c;
  } else if (b !== undefined) {
    if (isVisibility(b)) visibility = b;
    else value = String(b);
  }
  s.metadata.push({ id: ctx.workbook.newMetadataId(), key: k, value, visibility });
}

export class DeveloperMetadataLocationImpl {
  constructor(readonly _ctx: SpreadsheetCtx, readonly _sheet: SheetData, private readonly _wrap: SheetWrapper) {}

  getLocationType(): GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType {
    return DeveloperMetadataLocationType.SHEET as unknown as GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType;
  }
  getSheet(): GSheet { return this._wrap(this._ctx, this._sheet); }
  getSpreadsheet(): null { return null; }
  getRow(): null { return null; }
  getColumn(): null { return null; }
}

export class DeveloperMetadataImpl {
  constructor(readonly _ctx: SpreadsheetCtx, readonly _sheet: SheetData, readonly _entry: DevMetadata, private readonly _wrap: SheetWrapper) {}

  _self(): GMetadata {
    return gas<GMetadata>(this);
  }

  private _live(): DevMetadata {
    if (!this._ctx.workbook.sheets.includes(this._sheet) || !this._sheet.metadata.includes(this._entry)) {
      throw new Error(`No developer metadata with id ${this._entry.id} exists.`);
    }
    return this._entry;
  }

  getId(): number { return this._entry.id; }
  getKey(): string { return this._live().key; }
  getValue(): string | null { return this._live().value; }
  getVisibility(): GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility {
    return this._live().visibility as unknown as GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility;
  }
  getLocation(): GLocation {
    this._live();
    return gas<GLocation>(new DeveloperMetadataLocationImpl(this._ctx, this._sheet, this._wrap));
  }
  setKey(key: string): GMetadata {
    this._live().key = checkKey(key, 'DeveloperMetadata.setKey');
    return this._self();
  }
  setValue(value: string): GMetadata {
    this._live().value = String(value);
    return this._self();
  }
  setVisibility(visibility: GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility): GMetadata {
    const v: unknown = visibility;
    if (!isVisibility(v)) throw new Error("The parameters don't match the method signature for SpreadsheetApp.DeveloperMetadata.setVisibility.");
    this._live().visibility = v;
    return this._self();
  }
  remove(): void {
    const list = this._sheet.metadata;
    const i = list.indexOf(this._live());
    list.splice(i, 1);
  }
}

interface Filter {
  key?: string;
  value?: string;
  id?: number;
  visibility?: Visibility;
  locationType?: string;
}

export class DeveloperMetadataFinderImpl {
  private readonly _filter: Filter = {};
  /** Where it searches: one sheet, or every sheet of the spreadsheet (null). */
  constructor(readonly _ctx: SpreadsheetCtx, private readonly _scope: SheetData | null, private readonly _wrap: SheetWrapper) {}

  _self(): GFinder {
    return gas<GFinder>(this);
  }

  withKey(key: string): GFinder {
    this._filter.key = String(key);
    return this._self();
  }
  withValue(value: string): GFinder {
    this._filter.value = String(value);
    return this._self();
  }
  withId(id: number): GFinder {
    this._filter.id = Number(id);
    return this._self();
  }
  withVisibility(visibility: GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility): GFinder {
    const v: unknown = visibility;
    if (!isVisibility(v)) throw new Error("The parameters don't match the method signature for SpreadsheetApp.DeveloperMetadataFinder.withVisibility.");
    this._filter.visibility = v;
    return this._self();
  }
  withLocationType(locationType: GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType): GFinder {
    this._filter.locationType = String(locationType);
    return this._self();
  }
  onIntersectingLocations(): GFinder {
    return notEmulated('DeveloperMetadataFinder.onIntersectingLocations');
  }

  /** The matching metadata: sheet by sheet in tab order, each sheet's in the order it was added. */
  find(): GMetadata[] {
    const f = this._filter;
    if (f.locationType !== undefined && f.locationType !== DeveloperMetadataLocationType.SHEET) return [];
    const out: GMetadata[] = [];
    for (const s of this._scope ? [this._scope] : this._ctx.workbook.sheets) {
      for (const m of s.metadata) {
        if (f.key !== undefined && m.key !== f.key) continue;
        if (f.value !== undefined && m.value !== f.value) continue;
        if (f.id !== undefined && m.id !== f.id) continue;
        if (f.visibility !== undefined && m.visibility !== f.visibility) continue;
        out.push(new DeveloperMetadataImpl(this._ctx, s, m, this._wrap)._self());
      }
    }
    return out;
  }
}

/** Sheet.getDeveloperMetadata(): the metadata on the sheet itself. */
export function sheetMetadata(ctx: SpreadsheetCtx, s: SheetData, wrap: SheetWrapper): GMetadata[] {
  return s.metadata.map((m) => new DeveloperMetadataImpl(ctx, s, m, wrap)._self());
}

export function metadataFinder(ctx: SpreadsheetCtx, scope: SheetData | null, wrap: SheetWrapper): GFinder {
  return new DeveloperMetadataFinderImpl(ctx, scope, wrap)._self();
}

emulate(DeveloperMetadataImpl, 'DeveloperMetadata');
emulate(DeveloperMetadataFinderImpl, 'DeveloperMetadataFinder');
emulate(DeveloperMetadataLocationImpl, 'DeveloperMetadataLocation');
