// validate --clean OUT.csv: the rows that would import, as normalized values (E.164 phones, yyyy-mm-dd dates,
// emails in lower case, lists joined), ready for a CRM's bulk importer. The headers are the field labels, or with
// --clean-format a CRM's own import headers:
//   hubspot          HubSpot's contact property names (email, firstname, ...), as the HubSpot destination sends
//                    them; HubSpot's import and its Imports API match columns to these names.
//   salesforce       Salesforce Contact field API names (FirstName, MailingCity, ...), as Bulk API 2.0 ingest
//                    jobs and Data Loader take them.
//   google-contacts  Google Contacts' CSV columns ("E-mail 1 - Value", "Address 1 - City", ...); several values
//                    in one cell are joined by " ::: " as Google writes them.
//   highlevel        HighLevel's contact import columns ("First Name", "Postal Code", ...).
// A CRM format has no column for some fields (Salesforce keeps a contact's company on its Account, for
// instance); the command says which mapped fields it leaves out.
import { fieldLabel } from '../src/engine/fields';
import type { Contact, ContactValue, FieldKey, Settings } from '../src/engine/types';
import { FIELD_LABELS, splitName, userId } from '../src/crm/fields';
import { hubspotProperties } from '../src/crm/hubspot';
import { CsvFileWriter } from './csv/write';

export const CLEAN_FORMATS = ['hubspot', 'salesforce', 'google-contacts', 'highlevel'] as const;
export type CleanFormat = 'fields' | (typeof CLEAN_FORMATS)[number];

export interface CleanLayout {
  headers: string[];
  row(c: Contact): string[];
  /** Mapped fields the format has no column for: "Tags (HubSpot has no tags property)". */
  leftOut: string[];
}

const text = (v: ContactValue | undefined, sep: string): string =>
  v === undefined ? '' : Array.isArray(v) ? v.join(sep) : typeof v === 'boolean' ? (v ? 'true' : 'false') : String(v);

/** A column of a CRM format: its header, the fields that feed it, and its value (HubSpot's come from its mapping). */
type Column = [header: string, fields: readonly FieldKey[], value?: (c: Contact) => string];

const first = (c: Contact) => (typeof c.firstName === 'string' ? c.firstName : typeof c.name === 'string' && c.lastName === undefined ? splitName(c.name).first : '');
const last = (c: Contact) => (typeof c.lastName === 'string' ? c.lastName : typeof c.name === 'string' && c.firstName === undefined ? splitName(c.name).last ?? '' : '');
const NAME: readonly FieldKey[] = ['firstName', 'lastName', 'name'];
const field = (key: FieldKey, sep = ';') => (c: Contact) => text(c[key], sep);
const nth = (key: FieldKey, i: number) => (c: Contact) => {
  const v = c[key];
  return Array.isArray(v) ? v[i] ?? '' : '';
};

/** The columns a format has; `left` lists the standard fields it has none for, with why. */
interface FormatDef {
  columns(settings: Settings): Column[];
  /** Custom fields: their column header, or null when the format cannot take them (why). */
  custom: ((key: string, label: string) => string) | string;
  left: Record<string, string>;
  sep: string;
}

const FORMATS: Record<Exclude<CleanFormat, 'fields'>, FormatDef> = {
  hubspot: {
    // The HubSpot destination's own mapping (hubspotProperties), so the file and the API push agree.
    columns: () => [
      ['email', ['email']], ['firstname', NAME], ['lastname', NAME], ['phone', ['phone']], ['mobilephone', ['additionalPhones']],
      ['company', ['companyName']], ['address', ['address1']], ['city', ['city']], ['state', ['state']], ['zip', ['postalCode']],
      ['country', ['country']], ['website', ['website']], ['date_of_birth', ['dateOfBirth']], ['hubspot_owner_id', ['owner']],
    ],
    custom: (key) => key,
    left: {
      additionalEmails: "HubSpot's contact properties cannot take them",
      tags: 'HubSpot has no tags property',
      source: "HubSpot's source properties are set by HubSpot",
      followers: 'HubSpot has no followers',
      contactId: 'HubSpot assigns its own ids',
      externalId: 'map it to a custom field instead',
    },
    sep: ';',
  },
  salesforce: {
    columns: (settings) => [
      ['FirstName', NAME, first], ['LastName', NAME, last], ['Email', ['email'], field('email')], ['Phone', ['phone'], field('phone')],
      ['MobilePhone', ['additionalPhones'], nth('additionalPhones', 0)], ['MailingStreet', ['address1'], field('address1')],
      ['MailingCity', ['city'], field('city')], ['MailingState', ['state'], field('state')], ['MailingPostalCode', ['postalCode'], field('postalCode')],
      ['MailingCountry', ['country'], field('country')], ['Birthdate', ['dateOfBirth'], field('dateOfBirth')], ['LeadSource', ['source'], field('source')],
      ['OwnerId', ['owner'], (c) => (typeof c.owner === 'string' ? userId(settings.users, c.owner) ?? '' : '')],
    ],
    custom: (key) => (key.endsWith('__c') ? key : `${key}__c`),
    left: {
      companyName: "a Salesforce contact's company is its Account",
      website: "a Salesforce contact's website is its Account's",
      additionalEmails: 'a Salesforce contact has one email',
      tags: 'Salesforce contacts have no tags',
      followers: 'Salesforce contacts have no followers',
      contactId: 'Salesforce assigns its own ids',
      externalId: 'map it to an external ID custom field instead',
    },
    sep: ';',
  },
  'google-contacts': {
    columns: () => [
      ['First Name', NAME, first], ['Last Name', NAME, last], ['E-mail 1 - Value', ['email'], field('email')],
      ['E-mail 2 - Value', ['additionalEmails'], field('additionalEmails', ' ::: ')], ['Phone 1 - Value', ['phone'], field('phone')],
      ['Phone 2 - Value', ['additionalPhones'], field('additionalPhones', ' ::: ')], ['Organization Name', ['companyName'], field('companyName')],
      ['Address 1 - Street', ['address1'], field('address1')], ['Address 1 - City', ['city'], field('city')],
      ['Address 1 - Region', ['state'], field('state')], ['Address 1 - Postal Code', ['postalCode'], field('postalCode')],
      ['Address 1 - Country', ['country'], field('country')], ['Website 1 - Value', ['website'], field('website')],
      ['Birthday', ['dateOfBirth'], field('dateOfBirth')], ['Labels', ['tags'], field('tags', ' ::: ')],
    ],
    custom: 'Google Contacts has no custom fields of an account',
    left: {
      source: 'Google Contacts has no source',
      owner: 'Google Contacts has no owner',
      followers: 'Google Contacts has no followers',
      contactId: 'Google Contacts assigns its own ids',
      externalId: 'Google Contacts has no external id',
    },
    sep: ' ::: ',
  },
  highlevel: {
    columns: () => [
      ['First Name', NAME, first], ['Last Name', NAME, last], ['Email', ['email'], field('email')],
      ['Additional Emails', ['additionalEmails'], field('additionalEmails', ',')], ['Phone', ['phone'], field('phone')],
      ['Additional Phones', ['additionalPhones'], field('additionalPhones', ',')], ['Company Name', ['companyName'], field('companyName')],
      ['Address', ['address1'], field('address1')], ['City', ['city'], field('city')], ['State', ['state'], field('state')],
      ['Postal Code', ['postalCode'], field('postalCode')], ['Country', ['country'], field('country')], ['Website', ['website'], field('website')],
      ['Date Of Birth', ['dateOfBirth'], field('dateOfBirth')], ['Source', ['source'], field('source')], ['Tags', ['tags'], field('tags', ',')],
    ],
    custom: (_key, label) => label,
    left: {
      owner: "HighLevel's import assigns users itself",
      followers: "HighLevel's import has no followers",
      contactId: 'HighLevel assigns its own ids',
      externalId: 'map it to a custom field instead',
    },
    sep: ',',
  },
};

/**
 * The clean file's layout for the fields the mapping uses (`mapped`, in column order, each once): one column per
 * field under its label, or the CRM format's columns that those fields feed.
 */
export function cleanLayout(format: CleanFormat, mapped: readonly FieldKey[], settings: Settings): CleanLayout {
  const custom = settings.customFields;
  if (format === 'fields') {
    return { headers: mapped.map((f) => fieldLabel(f, custom)), row: (c) => mapped.map((f) => text(c[f], ';')), leftOut: [] };
  }
  const def = FORMATS[format];
  const used = new Set(mapped);
  const columns = def.columns(settings).filter(([, fields]) => fields.some((f) => used.has(f)));
  const customKeys = new Set(custom.map((cf) => cf.key));
  const leftOut: string[] = [];
  for (const f of mapped) {
    if (customKeys.has(f)) {
      const cf = custom.find((x) => x.key === f)!;
      if (typeof def.custom === 'string') leftOut.push(`${cf.label} (${def.custom})`);
      else columns.push([def.custom(cf.key, cf.label), [f], field(f, def.sep)]);
    } else if (def.left[f]) leftOut.push(`${FIELD_LABELS[f] ?? f} (${def.left[f]})`);
  }
  if (format === 'hubspot') {
    const names = columns.map(([h]) => h);
    return {
      headers: names,
      row: (c) => {
        const p = hubspotProperties(c, { users: settings.users }).properties;
        return names.map((h) => p[h] ?? '');
      },
      leftOut,
    };
  }
  return { headers: columns.map(([h]) => h), row: (c) => columns.map(([, , v]) => v!(c)), leftOut };
}

/** Writes the rows that would import (success and warning) to the clean file. */
export class CleanFile {
  private readonly writer: CsvFileWriter;

  constructor(
    target: string,
    readonly layout: CleanLayout,
  ) {
    this.writer = new CsvFileWriter(target, layout.headers);
  }

  /** False when the caller should wait for drain(). */
  add(contact: Contact): boolean {
    return this.writer.row(this.layout.row(contact));
  }

  drain = () => this.writer.drain();
  commit = () => this.writer.commit();
  abort = () => this.writer.abort();
}
