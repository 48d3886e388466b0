// Contact fields: the standard fields (keys fixed by types.ts STANDARD_FIELD_KEYS) and the account's custom fields.
// A field says how its cells are read (kind), whether its value is a list, and whether several columns may feed it.
import {
  STANDARD_FIELD_KEYS,
  type CustomField,
  type CustomFieldType,
  type FieldKey,
  type MatchKey,
  type StandardFieldKey,
} from './types';

/** Which value reader a field's cells go through. */
export type FieldKind =
  | 'id' // contactId / externalId: trimmed text, compared exactly
  | 'text'
  | 'email'
  | 'emailList'
  | 'phone'
  | 'phoneList'
  | 'date'
  | 'url'
  | 'number'
  | 'monetary'
  | 'checkbox'
  | 'list' // tags, textbox lists: split on , ; .
  | 'singleOption'
  | 'multipleOptions'
  | 'user' // Contact owner
  | 'userList'; // Contact followers

export interface FieldDef {
  key: FieldKey;
  label: string;
  kind: FieldKind;
  /** The normalized value is an array. */
  list: boolean;
  /**
   * Several columns may feed this field; their values are merged in column order and de-duplicated.
   * True exactly for list fields. A single-valued field takes one column.
   */
  multiColumn: boolean;
  custom: boolean;
  /** singleOption / multipleOptions. */
  options?: string[];
  /** For custom fields: the declared type. */
  type?: CustomFieldType;
}

function std(key: StandardFieldKey, label: string, kind: FieldKind): FieldDef {
  const list = kind === 'emailList' || kind === 'phoneList' || kind === 'list' || kind === 'userList';
  return { key, label, kind, list, multiColumn: list, custom: false };
}

/** The standard fields, in the order the sidebar lists them. */
export const STANDARD_FIELDS: readonly FieldDef[] = Object.freeze([
  std('contactId', 'Contact ID', 'id'),
  std('externalId', 'External ID', 'id'),
  std('name', 'Name', 'text'),
  std('firstName', 'First name', 'text'),
  std('lastName', 'Last name', 'text'),
  std('email', 'Email', 'email'),
  std('additionalEmails', 'Additional email addresses', 'emailList'),
  std('phone', 'Phone', 'phone'),
  std('additionalPhones', 'Additional phone numbers', 'phoneList'),
  std('companyName', 'Company name', 'text'),
  std('address1', 'Street address', 'text'),
  std('city', 'City', 'text'),
  std('state', 'State', 'text'),
  std('postalCode', 'Postal code', 'text'),
  std('country', 'Country', 'text'),
  std('website', 'Website', 'url'),
  std('dateOfBirth', 'Date of birth', 'date'),
  std('source', 'Source', 'text'),
  std('tags', 'Tags', 'list'),
  std('owner', 'Contact owner', 'user'),
  std('followers', 'Contact followers', 'userList'),
]);

const STANDARD_BY_KEY: ReadonlyMap<string, FieldDef> = new Map(STANDARD_FIELDS.map((f) => [f.key, f]));

// Keep the table and the contract in step (checked once at load; a mismatch is a programming error).
if (STANDARD_FIELDS.length !== STANDARD_FIELD_KEYS.length || STANDARD_FIELD_KEYS.some((k) => !STANDARD_BY_KEY.has(k))) {
  throw new Error('fields.ts is out of step with STANDARD_FIELD_KEYS');
}

export const CUSTOM_FIELD_TYPES: readonly CustomFieldType[] = [
  'text',
  'largeText',
  'number',
  'monetary',
  'date',
  'phone',
  'email',
  'url',
  'checkbox',
  'singleOption',
  'multipleOptions',
];

const KIND_OF_TYPE: Record<CustomFieldType, FieldKind> = {
  text: 'text',
  largeText: 'text',
  number: 'number',
  monetary: 'monetary',
  date: 'date',
  phone: 'phone',
  email: 'email',
  url: 'url',
  checkbox: 'checkbox',
  singleOption: 'singleOption',
  multipleOptions: 'multipleOptions',
};

export function customFieldDef(cf: CustomField): FieldDef {
  const kind = KIND_OF_TYPE[cf.type];
  const list = kind === 'multipleOptions';
  return {
    key: cf.key,
    label: cf.label,
    kind,
    list,
    multiColumn: list,
    custom: true,
    type: cf.type,
    ...(cf.options ? { options: cf.options.slice() } : {}),
  };
}

export function isStandardFieldKey(key: string): key is StandardFieldKey {
  return STANDARD_BY_KEY.has(key);
}

/** Every field the settings offer: the standard fields, then the custom fields. */
export function listFields(customFields: readonly CustomField[] = []): FieldDef[] {
  return [...STANDARD_FIELDS, ...customFields.map(customFieldDef)];
}

/** A lookup by key over the standard fields and the given custom fields. */
export function fieldIndex(customFields: readonly CustomField[] = []): Map<FieldKey, FieldDef> {
  const m = new Map<FieldKey, FieldDef>(STANDARD_BY_KEY);
  for (const cf of customFields) m.set(cf.key, customFieldDef(cf));
  return m;
}

export function getField(key: FieldKey, customFields: readonly CustomField[] = []): FieldDef | undefined {
  const s = STANDARD_BY_KEY.get(key);
  if (s) return s;
  const cf = customFields.find((c) => c.key === key);
  return cf ? customFieldDef(cf) : undefined;
}

/** The label of a field key ("Email"), or the key itself when unknown. */
export function fieldLabel(key: FieldKey, customFields: readonly CustomField[] = []): string {
  return getField(key, customFields)?.label ?? key;
}

export const MATCH_KEYS: readonly MatchKey[] = ['contactId', 'externalId', 'email', 'phone'];

/** Fields any one of which lets a row create a contact (seed: "Either of Contact Name, Phone, or Email"). */
export const IDENTITY_FIELDS: readonly StandardFieldKey[] = ['name', 'firstName', 'lastName', 'phone', 'email'];
