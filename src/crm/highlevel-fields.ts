// HighLevel custom fields, sent by id. HighLevel's own OpenAPI document (GoHighLevel/highlevel-api-docs,
// apps/contacts.json) requires an `id` on every `customFields` item of POST /contacts/upsert, POST /contacts/ and
// PUT /contacts/{contactId}, and types `field_value` by the field's data type (a string, a number, a list).
//
// The ids are resolved once per run (a client lives for an execution): GET /locations/{locationId}/customFields
// ?model=contact lists the location's fields with their data types; a custom field of Settings is matched by its key
// (HighLevel's fieldKey "contact.<key>", or the key itself) or its label or key as the field's name (case and spaces
// aside). Ids given in the settings (destination.customFieldIds: key -> id) are used as they are (the list still
// gives their data types; when it cannot be read they go typed by Settings' type). A field the location lacks is not
// sent: a warning on its rows names it ("Not sent to HighLevel: Favourite colour (no such custom field in this
// HighLevel location)"); the row itself goes.
import type { ContactValue, CustomField } from '../engine/types';
import { FIELD_LABELS } from './fields';
import { type HttpResponse, isObject, listIn, parseJson, query } from './http';

/** A custom field of the location, as HighLevel lists it. */
export interface HlCustomField {
  id: string;
  name: string;
  fieldKey: string;
  dataType: string;
  picklistOptions?: string[];
}

/** The path of the location's contact custom fields. */
export function customFieldsPath(locationId: string): string {
  return `/locations/${encodeURIComponent(locationId)}/customFields${query({ model: 'contact' })}`;
}

/** The fields of a GET /locations/{id}/customFields answer (the contact ones). */
export function readCustomFields(res: HttpResponse): HlCustomField[] {
  const out: HlCustomField[] = [];
  for (const f of listIn(parseJson(res.body), 'customFields')) {
    if (!isObject(f) || typeof f.id !== 'string') continue;
    if (typeof f.model === 'string' && f.model !== 'contact') continue;
    out.push({
      id: f.id,
      name: typeof f.name === 'string' ? f.name : '',
      fieldKey: typeof f.fieldKey === 'string' ? f.fieldKey : '',
      dataType: typeof f.dataType === 'string' ? f.dataType.toUpperCase() : 'TEXT',
      ...(Array.isArray(f.picklistOptions) ? { picklistOptions: f.picklistOptions.map(String) } : {}),
    });
  }
  return out;
}

const fold = (s: string) => s.trim().toLowerCase().replace(/[\s_-]+/g, ' ');

/** What the run knows of the location's custom fields. */
export class CustomFieldIds {
  /** The location's fields, once read; an error text when they could not be. */
  private location: HlCustomField[] | null = null;
  private problem = '';

  constructor(
    /** Settings' destination.customFieldIds: key -> id. */
    private readonly explicit: Readonly<Record<string, string>> = {},
    /** Settings.customFields: their labels and types. */
    private readonly defs: ReadonlyArray<CustomField> = [],
  ) {}

  /** Whether the location's list is still to be read for these custom field keys (their ids and data types). */
  needsLookup(keys: Iterable<string>): boolean {
    if (this.location || this.problem) return false;
    for (const _k of keys) return true;
    return false;
  }

  learn(fields: HlCustomField[]): void {
    this.location = fields;
  }

  /** The list could not be read: fields without an explicit id are not sent, with this reason. */
  failed(reason: string): void {
    this.problem = reason;
  }

  label(key: string): string {
    return this.defs.find((d) => d.key === key)?.label ?? FIELD_LABELS[key] ?? key;
  }

  /** The location's field for a key: explicit id first, then fieldKey, then name. */
  find(key: string): { field?: HlCustomField; id?: string; why?: string } {
    const byId = this.explicit[key];
    if (byId) return { id: byId, field: this.location?.find((f) => f.id === byId) };
    if (!this.location) return { why: this.problem ? `HighLevel's custom field list could not be read: ${this.problem}` : 'its HighLevel id is not known' };
    const label = this.label(key);
    const want = [`contact.${key}`.toLowerCase(), key.toLowerCase()];
    const f =
      this.location.find((x) => want.includes(x.fieldKey.toLowerCase())) ??
      this.location.find((x) => fold(x.name) === fold(label)) ??
      this.location.find((x) => fold(x.name) === fold(key));
    return f ? { id: f.id, field: f } : { why: 'no such custom field in this HighLevel location' };
  }

  /**
   * A custom value as a `customFields` item `{id, field_value}`, `field_value` typed as the field's data type wants; or
   * why it is not sent.
   */
  item(key: string, v: ContactValue): { item: { id: string; field_value: unknown } } | { unsent: string } {
    const found = this.find(key);
    if (!found.id) return { unsent: `${this.label(key)} (${found.why})` };
    const type = found.field?.dataType ?? typeOfDef(this.defs.find((d) => d.key === key));
    const value = typed(v, type, found.field?.picklistOptions);
    if ('problem' in value) return { unsent: `${this.label(key)} (${value.problem})` };
    return { item: { id: found.id, field_value: value.value } };
  }
}

/**
 * HighLevel's data type for a custom field of Settings, when the location's list is not known (an explicit id): by its
 * type in Settings, or '' when there is none (the value goes as the engine read it: a number, a list, a text).
 */
function typeOfDef(d: CustomField | undefined): string {
  switch (d?.type) {
    case undefined:
      return '';
    case 'number':
      return 'NUMERICAL';
    case 'monetary':
      return 'MONETORY';
    case 'multipleOptions':
      return 'MULTIPLE_OPTIONS';
    case 'largeText':
      return 'LARGE_TEXT';
    default:
      return 'TEXT';
  }
}

const LIST_TYPES = new Set(['CHECKBOX', 'MULTIPLE_OPTIONS', 'TEXTBOX_LIST']);
const NUMBER_TYPES = new Set(['NUMERICAL', 'MONETORY', 'MONETARY', 'FLOAT']);
const UNSENDABLE = new Set(['FILE_UPLOAD', 'SIGNATURE']);

/**
 * A value as a field of this HighLevel data type takes it: a list for CHECKBOX / MULTIPLE_OPTIONS (a checkbox that is
 * ticked is the field's one option, or "true"), a number for NUMERICAL / MONETORY, text otherwise (lists joined with
 * ", ", a checkbox "true" / "false", a date yyyy-mm-dd as it is).
 */
export function typed(v: ContactValue, dataType: string, options?: string[]): { value: unknown } | { problem: string } {
  if (UNSENDABLE.has(dataType)) return { problem: `a ${dataType.toLowerCase().replace('_', ' ')} field cannot be filled from a sheet` };
  if (LIST_TYPES.has(dataType)) {
    if (typeof v === 'boolean') return { value: v ? [options && options.length === 1 ? options[0] : 'true'] : [] };
    return { value: Array.isArray(v) ? v.map(String) : [String(v)] };
  }
  if (NUMBER_TYPES.has(dataType)) {
    const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v.replace(/[,\s]/g, '')) : NaN;
    if (Array.isArray(v) || typeof v === 'boolean' || !Number.isFinite(n)) return { problem: `HighLevel wants a number, not "${String(v)}"` };
    return { value: n };
  }
  if (typeof v === 'boolean') return { value: v ? 'true' : 'false' };
  if (!dataType) return { value: v };
  if (Array.isArray(v)) return { value: v.join(', ') };
  return { value: String(v) };
}
