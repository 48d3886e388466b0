// Column auto-mapping: suggests a contact field for each header, with a confidence in 0..1.
//
// How a header is read, first match wins:
//  1. The add-on's own "Import status" column: never data (null, confidence 1).
//  2. Custom fields, by label or key (normalized): confidence 1; fuzzy label match lower.
//  3. Label/type metadata of another column ("E-mail 1 - Label", "Phone 1 - Type", "E-mail Display Name"): null.
//  4. Exact synonyms, after normalization (case, accents, punctuation, spacing, camelCase, "e-mail" -> "email"),
//     covering the export conventions of Google Contacts, Outlook, HubSpot, HighLevel, Salesforce, Apple/vCard
//     and Mailchimp, and common abbreviations (tel, mob, cell, zip, dob, fname, lname, org). Numbered groups
//     ("Phone 2 - Value", "E-mail 3 Address") are read without their number; a number of 2 or more lowers the
//     confidence, so that the first one wins the single-valued field.
//  5. System dates (created, modified, updated, last activity...): null.
//  6. Key words inside a longer header ("Customer Email", "Billing Phone Number"), unless a word says it is
//     about something else (opt out, status, verified, count...).
//  7. Fuzzy matching (optimal string alignment distance, same first letter) for typos: "Emial", "Frist Name".
//  8. Sample values, when given: raise a column whose values are email addresses or phone numbers, lower an
//     email/phone column whose values are not.
//
// Then conflicts: email and phone candidates are ranked (confidence, then column order); the first takes the
// field, the others go to additionalEmails / additionalPhones. Any other single-valued field is kept by the
// best column (confidence, then order) and the others are left unmapped. List fields (additionalEmails,
// additionalPhones, tags, followers, multiple-option custom fields) may take several columns: their values merge.
import type { CellValue, CustomField, FieldKey, Mapping } from './types';
import { fieldIndex, type FieldDef } from './fields';
import { cellText } from './formats/text';

export interface MappingSuggestion {
  header: string;
  field: FieldKey | null;
  confidence: number;
  reason?: string;
}

export interface SuggestOptions {
  customFields?: readonly CustomField[];
  /** A few data rows under the headers, cells in the same order as the headers. */
  sampleRows?: readonly CellValue[][];
}

/** The add-on's own status column. Always unmapped and never read as data. */
export const STATUS_HEADER = 'Import status';

// ---------- normalization ----------

export function headerTokens(header: string): string[] {
  const s = String(header ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Za-z])(\d)/g, '$1 $2')
    .replace(/(\d)([A-Za-z])/g, '$1 $2')
    .toLowerCase()
    .replace(/\be[\s_.-]*mail/g, 'email');
  return s.split(/[^a-z0-9]+/).filter(Boolean);
}

/** Letters and digits only, lower case: "E-mail Address" -> "emailaddress". */
export function compactHeader(header: string): string {
  return headerTokens(header).join('');
}

// ---------- synonyms ----------

type Cat = FieldKey | null;
// [compact synonym, field, confidence]
const SYN = new Map<string, [Cat, number]>();
function syn(field: Cat, conf: number, ...names: string[]) {
  for (const n of names) SYN.set(compactHeader(n), [field, conf]);
}

syn('contactId', 1, 'Contact ID', 'ContactId', 'Contact Record ID', 'GHL Contact ID', 'Contact_ID');
syn('contactId', 0.85, 'Record ID', 'HubSpot ID', 'hs_object_id', 'Record ID - Contact');
syn('externalId', 1, 'External ID', 'ExternalId', 'Ext ID', 'External Reference', 'External Ref');
syn('externalId', 0.85, 'Source ID', 'Legacy ID', 'Import ID', 'Customer ID', 'Client ID', 'Patient ID', 'PMS ID', 'Member ID');
syn('externalId', 0.6, 'ID', 'UID', 'Unique ID');
syn('name', 1, 'Name', 'Full Name', 'Contact Name', 'Fullname');
syn('name', 0.9, 'FN', 'Customer Name', 'Client Name', 'Lead Name', 'Person Name', 'Your Name', 'Contact');
syn('name', 0.8, 'Display Name', 'Person', 'Full Name (Display)');
syn('firstName', 1, 'First Name', 'Given Name', 'FName', 'First', 'Forename', 'FirstName');
syn('firstName', 0.85, 'Given', 'Christian Name', 'First Names');
syn('lastName', 1, 'Last Name', 'Family Name', 'LName', 'Surname', 'Last', 'LastName');
syn('lastName', 0.85, 'Family', 'Sur Name');
syn('email', 1, 'Email', 'Email Address', 'E-mail', 'Contact Email', 'Primary Email', 'Email Value', 'Email Address Value');
syn('email', 0.95, 'Work Email', 'Personal Email', 'Business Email', 'Home Email', 'Mail', 'Email ID', 'Emails');
syn('email', 0.85, 'Secondary Email', 'Other Email', 'Alternate Email', 'Alt Email', 'Alternative Email', 'Backup Email');
syn('additionalEmails', 1, 'Additional Emails', 'Additional Email', 'Additional Email Addresses', 'Additional Email Address', 'Other Emails', 'Secondary Emails', 'Alternate Emails', 'Other Email Addresses');
syn('phone', 1, 'Phone', 'Phone Number', 'Telephone', 'Tel', 'Telephone Number', 'Primary Phone', 'Phone Value', 'Contact Phone', 'Phone No', 'Tel No', 'Contact Number');
syn('phone', 0.95, 'Mobile', 'Mobile Phone', 'Mobile Number', 'Mobile Phone Number', 'Mob', 'Mob No', 'Cell', 'Cell Phone', 'Cell Number', 'Cellphone', 'Mobile No', 'Main Phone', 'Direct Phone', 'Direct Line', 'Phones');
syn('phone', 0.9, 'Work Phone', 'Business Phone', 'Home Phone', 'Office Phone', 'Company Main Phone', 'Company Phone', 'Landline', 'WhatsApp', 'WhatsApp Number', 'Car Phone');
syn('phone', 0.85, 'Other Phone', 'Secondary Phone', 'Alternate Phone', 'Alt Phone', 'Alternative Phone', 'Business Phone 2', 'Home Phone 2');
syn('additionalPhones', 1, 'Additional Phones', 'Additional Phone', 'Additional Phone Numbers', 'Additional Phone Number', 'Other Phones', 'Secondary Phones', 'Other Phone Numbers');
syn('companyName', 1, 'Company', 'Company Name', 'Organization', 'Organisation', 'Organization Name', 'Organisation Name', 'Org', 'Business Name', 'Organization Value');
syn('companyName', 0.95, 'Account Name', 'Employer', 'Business', 'Firm', 'Company Account', 'Associated Company', 'Org Name', 'Organization 1 - Name');
syn('companyName', 0.8, 'Account');
syn('address1', 1, 'Street Address', 'Address', 'Street', 'Address 1', 'Address Line 1', 'Address1', 'Street 1', 'Address Street', 'Mailing Street', 'Addr', 'Street Address 1', 'Street Line 1');
syn('address1', 0.9, 'Business Street', 'Home Street', 'Billing Street', 'Mailing Address', 'Home Address', 'Business Address', 'Work Address', 'Postal Address', 'ADR');
syn('address1', 0.8, 'Other Street', 'Shipping Street', 'Other Address', 'Shipping Address', 'Billing Address');
syn(null, 0.9, 'Address Line 2', 'Address 2', 'Street 2', 'Street Line 2', 'Address Line 3', 'Street 3', 'Business Street 2', 'Business Street 3', 'Home Street 2', 'Home Street 3', 'Other Street 2', 'Address Extended Address', 'Address PO Box', 'Business PO Box', 'Home PO Box', 'PO Box', 'Address Formatted', 'Formatted Address', 'Apartment', 'Suite', 'Unit');
syn('city', 1, 'City', 'Town', 'Mailing City', 'Address City', 'City/Town', 'Locality');
syn('city', 0.9, 'Business City', 'Home City', 'Billing City', 'Suburb', 'Work City');
syn('city', 0.8, 'Other City', 'Shipping City');
syn('state', 1, 'State', 'Province', 'State/Province', 'State/Region', 'State or Province', 'Mailing State/Province', 'Mailing State', 'Address Region', 'State Province Region');
syn('state', 0.9, 'Region', 'Business State', 'Home State', 'Billing State/Province', 'Billing State', 'Work State', 'Business State/Province', 'Home State/Province');
syn('state', 0.8, 'Other State', 'Shipping State', 'Shipping State/Province');
syn('postalCode', 1, 'Postal Code', 'Zip', 'Zip Code', 'Postcode', 'Post Code', 'Zip/Postal Code', 'Postal/Zip Code', 'Mailing Zip/Postal Code', 'Mailing Postal Code', 'Mailing Zip', 'Address Postal Code', 'Zipcode', 'Postal');
syn('postalCode', 0.9, 'Business Postal Code', 'Home Postal Code', 'Billing Zip/Postal Code', 'Billing Postal Code', 'Work Zip', 'PIN Code', 'Business Zip', 'Home Zip');
syn('postalCode', 0.8, 'Other Postal Code', 'Shipping Zip/Postal Code', 'Shipping Postal Code');
syn('country', 1, 'Country', 'Country/Region', 'Mailing Country', 'Address Country', 'Country Name');
syn('country', 0.9, 'Business Country/Region', 'Home Country/Region', 'Business Country', 'Home Country', 'Billing Country', 'Nation', 'Work Country');
syn('country', 0.8, 'Other Country/Region', 'Other Country', 'Shipping Country');
syn('country', 0.6, 'Country Code');
syn('website', 1, 'Website', 'Web Site', 'Web Page', 'Webpage', 'URL', 'Homepage', 'Home Page', 'Website URL', 'Website Value', 'Web');
syn('website', 0.9, 'Company Website', 'Personal Website', 'Business Web Page', 'Personal Web Page', 'Site', 'Company URL', 'Domain', 'Company Domain Name');
syn('dateOfBirth', 1, 'Date of Birth', 'DOB', 'Birthday', 'Birthdate', 'Birth Date', 'BDAY', 'Birth Day', 'D.O.B.');
syn('dateOfBirth', 0.8, 'Born', 'Birthday Value');
syn('source', 1, 'Source', 'Lead Source', 'Contact Source', 'Original Source', 'Referral Source', 'Source Name');
syn('source', 0.8, 'UTM Source', 'Original Source Type', 'Channel');
syn('tags', 1, 'Tags', 'Tag', 'Group Membership', 'Labels', 'Categories');
syn('tags', 0.85, 'Groups', 'Group', 'Category', 'Keywords', 'Lists', 'Segments', 'Segment', 'Interests');
syn('owner', 1, 'Contact Owner', 'Owner', 'Assigned To', 'Assigned User', 'Assignee', 'Lead Owner', 'Account Owner', 'Record Owner', 'HubSpot Owner', 'Contact Owner Name');
syn('owner', 0.8, 'Sales Rep', 'Salesperson', 'Rep', 'Agent', 'Assigned', 'Owner Name', 'User');
syn('followers', 1, 'Contact Followers', 'Followers', 'Follower');
syn('followers', 0.7, 'Watchers', 'Collaborators');
// Known headers that are not contact fields: listed so that fuzzy matching does not turn them into one
// ("Stage" is one letter from "State", "County" from "Country").
syn(null, 0.8, 'Stage', 'Lifecycle Stage', 'Lead Status', 'Status', 'Title', 'Job Title', 'Position', 'Role', 'Department',
  'Notes', 'Note', 'Description', 'Comments', 'Comment', 'County', 'Gender', 'Age', 'Salutation', 'Prefix', 'Suffix',
  'Middle Name', 'Additional Name', 'Nickname', 'Name Prefix', 'Name Suffix', 'Maiden Name', 'Initials', 'Score',
  'Rating', 'Member Rating', 'Priority', 'Type', 'Language', 'Timezone', 'Time Zone', 'Currency', 'Industry',
  'Revenue', 'Annual Revenue', 'Employees', 'Number of Employees', 'LEID', 'EUID', 'GMT Offset', 'DST Offset',
  'Latitude', 'Longitude', 'Photo', 'Picture', 'Avatar', 'Fax', 'Business Fax', 'Home Fax', 'Other Fax', 'Pager',
  'Assistant', "Assistant's Phone", 'Assistant Phone', 'Manager', "Manager's Name", 'Spouse', 'Children', 'Anniversary',
  'Office Location', 'Sensitivity', 'Priority', 'Private', 'Mileage', 'Billing Information', 'Directory Server',
  'Hobby', 'Location', 'Profession', 'ISDN', 'Telex', 'TTY/TDD Phone', 'Radio Phone', 'Callback', 'Organization Title',
  'Organization Department', 'Organization Job Description', 'Organization Symbol', 'Organization Location',
  'Organization Type', 'Yomi Name', 'Phonetic First Name', 'Phonetic Last Name', 'Given Name Yomi', 'Family Name Yomi',
  'Name Yomi', 'Short Name', 'File As', 'Email Opt Out', 'Unsubscribed', 'DND', 'Do Not Call', 'Do Not Email',
  'Email Status', 'Phone Status', 'Marketing Contact Status', 'Persona', 'Password', 'Deal', 'Deals', 'Opportunity',
  // Outlook's free custom fields "User 1".."User 4" are not the account user who owns the contact; an
  // assistant's phone (Salesforce "Asst. Phone") is not the contact's phone.
  'User 1', 'User 2', 'User 3', 'User 4', 'Asst. Phone', 'Asst Phone', 'Assistant Phone Number', 'Asst. Name', 'Assistant Name',
  'Assistant Email', 'Reports To');

const SYSTEM_DATE_WORDS = new Set([
  'created', 'create', 'creation', 'modified', 'modify', 'modification', 'updated', 'update', 'changed', 'timestamp',
  'optin', 'confirm', 'confirmed', 'added', 'imported', 'synced', 'sync', 'edited', 'deleted', 'archived',
]);
const SYSTEM_DATE_PHRASES = ['last activity', 'last contacted', 'last seen', 'last engagement', 'last changed', 'last viewed',
  'last login', 'last opened', 'last clicked', 'last email', 'last call', 'last meeting', 'first seen', 'first contact',
  'opt in', 'date added', 'created by', 'modified by', 'updated by', 'last modified', 'last updated'];

// Words that say a header is about something else than the value of a field ("Email Opt Out", "Phone Verified").
const NEGATIVE_WORDS = new Set([
  'opt', 'optout', 'optin', 'out', 'unsubscribe', 'unsubscribed', 'status', 'verified', 'verification', 'bounce',
  'bounced', 'consent', 'count', 'sent', 'opened', 'clicked', 'domain', 'type', 'label', 'labels', 'format', 'valid',
  'subscription', 'subscribed', 'preference', 'preferences', 'dnd', 'source', 'sms', 'campaign', 'display', 'yomi',
  'phonetic', 'fax', 'pager', 'assistant', 'assistants', 'manager', 'managers', 'spouse', 'quality', 'score', 'size',
  'industry', 'revenue', 'employees', 'file', 'user', 'username', 'middle', 'nick', 'nickname', 'maiden', 'job', 'product',
  'list', 'event', 'pet', 'parent', 'emergency', 'asst', 'reference', 'referrer', 'referred', 'date', 'time', 'count', 'total',
]);

// Key words of longer headers. The head word (the last one, or the one before "number"/"no"/"code"/"value")
// decides: "Customer Email", "Billing Phone Number", "Company Address" (an address), "Company Website".
const HEAD_WORDS = new Map<string, [Cat, number]>([
  ['email', ['email', 0.75]], ['emails', ['email', 0.75]], ['mail', ['email', 0.7]],
  ['phone', ['phone', 0.75]], ['phones', ['phone', 0.75]], ['mobile', ['phone', 0.75]], ['cell', ['phone', 0.75]],
  ['tel', ['phone', 0.75]], ['telephone', ['phone', 0.75]], ['cellphone', ['phone', 0.75]], ['whatsapp', ['phone', 0.7]],
  ['birthday', ['dateOfBirth', 0.75]], ['birthdate', ['dateOfBirth', 0.75]], ['dob', ['dateOfBirth', 0.75]],
  ['zip', ['postalCode', 0.75]], ['zipcode', ['postalCode', 0.75]], ['postcode', ['postalCode', 0.75]], ['postal', ['postalCode', 0.7]],
  ['city', ['city', 0.7]], ['town', ['city', 0.7]],
  ['state', ['state', 0.65]], ['province', ['state', 0.65]],
  ['country', ['country', 0.7]],
  ['street', ['address1', 0.7]], ['address', ['address1', 0.7]],
  ['website', ['website', 0.7]], ['url', ['website', 0.65]], ['homepage', ['website', 0.7]], ['webpage', ['website', 0.7]],
  ['company', ['companyName', 0.7]], ['organization', ['companyName', 0.7]], ['organisation', ['companyName', 0.7]], ['employer', ['companyName', 0.7]],
  ['tags', ['tags', 0.7]], ['tag', ['tags', 0.7]],
  ['followers', ['followers', 0.7]],
  ['owner', ['owner', 0.7]],
  ['name', ['name', 0.7]],
]);
const OWNER_WORDS = new Set(['owner', 'assigned', 'assignee', 'salesperson', 'rep']);
const FILLER_TAIL = new Set(['number', 'no', 'num', 'nr', 'code', 'value', 'id']);

function keywordGuess(words: string[]): Guess | null {
  if (!words.length || words.some((w) => NEGATIVE_WORDS.has(w))) return null;
  if (words.some((w) => OWNER_WORDS.has(w))) return { field: 'owner', conf: 0.7, reason: 'Header names an owner' };
  let head = words[words.length - 1];
  if (FILLER_TAIL.has(head) && words.length > 1) head = words[words.length - 2];
  if (head === 'address' && words.some((w) => w === 'email' || w === 'mail')) head = 'email';
  const hit = HEAD_WORDS.get(head);
  if (!hit) return null;
  let field = hit[0];
  if (field === 'name') {
    if (words.some((w) => w === 'first' || w === 'given' || w === 'forename')) field = 'firstName';
    else if (words.some((w) => w === 'last' || w === 'surname' || w === 'family')) field = 'lastName';
    else if (words.some((w) => ['company', 'business', 'organization', 'organisation', 'account', 'employer'].includes(w))) field = 'companyName';
  }
  return { field, conf: hit[1], reason: `Header's key word "${head}"` };
}

// ---------- fuzzy ----------

/** Optimal string alignment distance (Damerau-Levenshtein with adjacent transpositions), capped at max+1. */
export function osaDistance(a: string, b: string, max = 3): number {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  let prev2 = new Array<number>(lb + 1).fill(0);
  let prev = new Array<number>(lb + 1);
  let cur = new Array<number>(lb + 1);
  for (let j = 0; j <= lb; j++) prev[j] = j;
  for (let i = 1; i <= la; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= lb; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return prev[lb];
}

function allowedDistance(len: number): number {
  if (len < 4) return 0;
  if (len <= 6) return 1;
  if (len <= 11) return 2;
  return 3;
}

function fuzzyLookup(c: string, table: Iterable<[string, Cat, number]>): { field: Cat; conf: number; match: string } | null {
  if (c.length < 4) return null;
  let best: { field: Cat; conf: number; match: string; d: number } | null = null;
  for (const [key, field, conf] of table) {
    if (key[0] !== c[0]) continue;
    const L = Math.max(key.length, c.length);
    const allowed = allowedDistance(Math.min(key.length, c.length));
    if (allowed === 0) continue;
    const d = osaDistance(c, key, allowed);
    if (d === 0 || d > allowed) continue;
    const score = conf * 0.85 * (1 - d / L);
    if (!best || d < best.d || (d === best.d && score > best.conf)) best = { field, conf: score, match: key, d };
  }
  return best && best.field !== null ? { field: best.field, conf: Math.round(best.conf * 100) / 100, match: best.match } : null;
}

// ---------- samples ----------

const EMAIL_LIKE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
function looksLikeEmail(v: CellValue): boolean {
  return typeof v === 'string' && EMAIL_LIKE.test(v.trim());
}
function looksLikePhone(v: CellValue, strict: boolean): boolean {
  if (typeof v === 'number') return !strict && Number.isInteger(v) && v >= 1e6 && v < 1e15;
  if (typeof v !== 'string') return false;
  const s = v.trim();
  if (!/^[+\d\s().\-/]+((x|ext\.?|extension)\s*\d+)?$/i.test(s)) return false;
  const digits = s.replace(/\D/g, '').length;
  if (digits < 7 || digits > 15) return false;
  return !strict || /[+()\-\s.]/.test(s);
}
function sampleStats(samples: CellValue[]): { n: number; emails: number; phones: number; strictPhones: number } {
  let n = 0, emails = 0, phones = 0, strictPhones = 0;
  for (const v of samples) {
    if (v === null || v === undefined || (typeof v === 'string' && !v.trim())) continue;
    n++;
    if (looksLikeEmail(v)) emails++;
    if (looksLikePhone(v, false)) phones++;
    if (looksLikePhone(v, true)) strictPhones++;
  }
  return { n, emails, phones, strictPhones };
}

// ---------- the per-header guess ----------

interface Guess {
  field: Cat;
  conf: number;
  reason?: string;
  /** Decided to be unmapped on purpose (status, metadata, system date, known non-field). */
  final?: boolean;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

function guessHeader(header: string, custom: ReadonlyArray<{ def: FieldDef; c: string[] }>, customTable: Array<[string, Cat, number]>): Guess {
  const raw = String(header ?? '').trim();
  if (!raw) return { field: null, conf: 0, reason: 'Empty header' };
  const tokens = headerTokens(raw);
  const c = tokens.join('');
  if (c === compactHeader(STATUS_HEADER)) return { field: null, conf: 1, reason: "The add-on's own status column", final: true };

  // Custom fields by label or key.
  for (const { def, c: names } of custom) {
    if (names.includes(c)) return { field: def.key, conf: 1, reason: `Custom field "${def.label}"` };
  }

  // Metadata of another column: "E-mail 1 - Type", "Phone 1 - Label", "E-mail Display Name".
  const words = tokens.filter((t) => !/^\d+$/.test(t) && t !== 'value');
  const last = words[words.length - 1];
  const metaSubjects = ['email', 'phone', 'address', 'website', 'organization', 'im', 'relation', 'event', 'custom', 'field', 'mobile', 'url', 'group'];
  if (words.length >= 2 && (last === 'type' || last === 'label' || last === 'labels' || last === 'kind') && words.slice(0, -1).some((w) => metaSubjects.includes(w))) {
    return { field: null, conf: 0.95, reason: 'Describes another column (its label or type)', final: true };
  }
  if (words[0] === 'email' && words.includes('display')) {
    return { field: null, conf: 0.95, reason: 'Describes another column (its display name)', final: true };
  }

  // Exact synonym, with the numbers, then without numbers and "value".
  const exact = SYN.get(c);
  if (exact) return exact[0] === null ? { field: null, conf: exact[1], reason: 'Not a contact field', final: true } : { field: exact[0], conf: exact[1], reason: 'Known column name' };
  const num = tokens.find((t) => /^\d+$/.test(t));
  const n = num ? parseInt(num, 10) : 0;
  const base = words.join('');
  if (base !== c && base) {
    const hit = SYN.get(base);
    if (hit) {
      if (hit[0] === null) return { field: null, conf: hit[1], reason: 'Not a contact field', final: true };
      const conf = n >= 2 ? Math.min(hit[1], 0.9) - 0.02 * Math.min(n - 2, 5) : hit[1];
      return { field: hit[0], conf: round2(conf), reason: n >= 2 ? `Known column name (number ${n})` : 'Known column name' };
    }
  }

  // System dates.
  const phrase = ' ' + words.join(' ') + ' ';
  if (words.some((w) => SYSTEM_DATE_WORDS.has(w)) || SYSTEM_DATE_PHRASES.some((p) => phrase.includes(' ' + p + ' '))) {
    return { field: null, conf: 0.9, reason: 'A system date, not contact data', final: true };
  }

  // Fuzzy, for typos: custom labels first, then the synonyms.
  const fc = fuzzyLookup(base || c, customTable);
  if (fc) return { field: fc.field, conf: fc.conf, reason: `Close to the custom field "${custom.find((x) => x.def.key === fc.field)?.def.label ?? fc.field}" (typo?)` };
  const fs = fuzzyLookup(base || c, synEntries());
  if (fs) return { field: fs.field, conf: n >= 2 ? fs.conf - 0.05 : fs.conf, reason: 'Close to a known column name (typo?)' };

  // Key words of a longer header.
  const kw = keywordGuess(words);
  if (kw) return n >= 2 ? { ...kw, conf: kw.conf - 0.05 } : kw;

  return { field: null, conf: 0, reason: 'No matching field' };
}

let SYN_ENTRIES: Array<[string, Cat, number]> | null = null;
function synEntries(): Array<[string, Cat, number]> {
  if (!SYN_ENTRIES) SYN_ENTRIES = [...SYN].map(([k, [f, c]]) => [k, f, c]);
  return SYN_ENTRIES;
}

function applySamples(g: Guess, samples: CellValue[]): Guess {
  if (g.final) return g;
  const st = sampleStats(samples);
  if (st.n < 2) return g;
  const emailShare = st.emails / st.n;
  const phoneShare = st.phones / st.n;
  const weak = g.field === null || g.conf < 0.6;
  // A loosely named column ("Contact", "Info", "ID") whose values are plainly emails or phones.
  const loose = weak || (g.conf < 1 && ['name', 'externalId', 'contactId', 'companyName'].includes(g.field as string));
  if (loose && emailShare >= (weak ? 0.6 : 0.8)) return { field: 'email', conf: 0.7, reason: 'Values look like email addresses' };
  if (loose && st.strictPhones / st.n >= 0.8) return { field: 'phone', conf: 0.6, reason: 'Values look like phone numbers' };
  if (weak) return g;
  if (st.n >= 3 && (g.field === 'email' || g.field === 'additionalEmails') && st.emails === 0) {
    if (phoneShare >= 0.8) return { field: 'phone', conf: 0.6, reason: 'Values look like phone numbers, not email addresses' };
    return { ...g, conf: round2(g.conf * 0.5), reason: `${g.reason ?? ''}; but the values do not look like email addresses` };
  }
  if (st.n >= 3 && (g.field === 'phone' || g.field === 'additionalPhones') && st.phones === 0) {
    if (emailShare >= 0.8) return { field: 'email', conf: 0.6, reason: 'Values look like email addresses, not phone numbers' };
    return { ...g, conf: round2(g.conf * 0.5), reason: `${g.reason ?? ''}; but the values do not look like phone numbers` };
  }
  if ((g.field === 'email' && emailShare >= 0.8) || (g.field === 'phone' && phoneShare >= 0.8)) {
    return { ...g, conf: round2(Math.min(1, g.conf + 0.05)) };
  }
  return g;
}

/** Suggest a field for each header (same order). Two columns never share a single-valued field. */
export function suggestMapping(headers: readonly string[], opts: SuggestOptions = {}): MappingSuggestion[] {
  const customFields = opts.customFields ?? [];
  const fields = fieldIndex(customFields);
  const custom = customFields.map((cf) => ({ def: fields.get(cf.key)!, c: [compactHeader(cf.label), compactHeader(cf.key)] }));
  const customTable: Array<[string, Cat, number]> = custom.flatMap(({ def, c }) => c.map((k) => [k, def.key, 1] as [string, Cat, number]));

  const guesses = headers.map((h, i) => {
    let g = guessHeader(h, custom, customTable);
    if (opts.sampleRows && opts.sampleRows.length) g = applySamples(g, opts.sampleRows.map((r) => r[i]));
    return g;
  });

  // Email and phone: the best candidate takes the field, the others go to the additional list.
  for (const [single, list, label] of [['email', 'additionalEmails', 'email'], ['phone', 'additionalPhones', 'phone']] as const) {
    const cands = guesses.map((g, i) => ({ g, i })).filter(({ g }) => g.field === single);
    cands.sort((a, b) => b.g.conf - a.g.conf || a.i - b.i);
    for (const { g } of cands.slice(1)) {
      g.field = list;
      g.conf = round2(Math.min(g.conf, 0.9));
      g.reason = `Another ${label} column is the main ${label}; this one adds to ${fields.get(list)!.label}`;
    }
  }
  // Other single-valued fields: confidence, then order.
  const byField = new Map<string, number[]>();
  guesses.forEach((g, i) => {
    if (g.field && !fields.get(g.field)?.multiColumn) byField.set(g.field, [...(byField.get(g.field) ?? []), i]);
  });
  for (const [field, idx] of byField) {
    if (idx.length < 2) continue;
    const sorted = idx.slice().sort((a, b) => guesses[b].conf - guesses[a].conf || a - b);
    for (const i of sorted.slice(1)) {
      guesses[i].reason = `"${String(headers[sorted[0]]).trim()}" already maps to ${fields.get(field)?.label ?? field}, which holds one value`;
      guesses[i].field = null;
      guesses[i].conf = 0;
    }
  }

  return headers.map((h, i) => {
    const g = guesses[i];
    const out: MappingSuggestion = { header: h, field: g.field, confidence: round2(Math.max(0, Math.min(1, g.conf))) };
    if (g.reason) out.reason = g.reason;
    return out;
  });
}

// ---------- mappings and columns ----------

/**
 * Unique keys for the columns, as used in a Mapping: the trimmed header text; a repeated header gets " (2)",
 * " (3)"...; an empty header is "Column C" (its column letter).
 */
export function columnKeys(headers: readonly CellValue[]): string[] {
  const seen = new Map<string, number>();
  const used = new Set<string>();
  return headers.map((h, i) => {
    let base = headerText(h);
    if (!base) base = `Column ${columnLetter(i)}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    let key = count === 1 ? base : `${base} (${count})`;
    let k = count;
    while (used.has(key)) key = `${base} (${++k})`;
    used.add(key);
    return key;
  });
}

/**
 * A header cell's text as the user sees it (cellText): trimmed, without the invisible marks (zero-width
 * spaces, BOM, bidi marks) that exports leave around headers, so "\u200bEmail" is the column "Email" and a
 * saved mapping naming "Email" finds it; a number, checkbox or date header as Sheets shows it.
 */
function headerText(h: CellValue): string {
  return cellText(h);
}

/** A sheet column's letters from its 0-based index: 0 -> "A", 26 -> "AA". */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Suggestions turned into a Mapping keyed by column key. */
export function autoMapping(headers: readonly string[], opts: SuggestOptions = {}): Mapping {
  const keys = columnKeys(headers);
  const sug = suggestMapping(keys, opts);
  const m: Mapping = {};
  keys.forEach((k, i) => (m[k] = sug[i].field));
  return m;
}

export interface ColumnPlan {
  /** Column keys (unique header texts), one per column. */
  keys: string[];
  /** Field per column index, null for not imported. */
  fields: (FieldKey | null)[];
}

/**
 * Turns a Mapping (column key -> field) into a field per column index.
 * - Matches keys exactly, then case-insensitively.
 * - A repeated header ("Email", "Email") not named in the mapping as "Email (2)" follows its first
 *   occurrence: same field for a list field, additionalEmails / additionalPhones after email / phone,
 *   otherwise not imported.
 * - The "Import status" column is never imported; unknown field keys are not imported.
 * - A single-valued field keeps its first column only.
 */
export function applyMapping(headers: readonly CellValue[], mapping: Mapping, customFields: readonly CustomField[] = []): ColumnPlan {
  const fields = fieldIndex(customFields);
  const keys = columnKeys(headers);
  const lower = new Map<string, string>();
  for (const k of Object.keys(mapping)) {
    const lk = k.trim().toLowerCase();
    if (!lower.has(lk)) lower.set(lk, k);
  }
  const lookup = (key: string): FieldKey | null | undefined => {
    if (Object.prototype.hasOwnProperty.call(mapping, key)) return mapping[key];
    const k = lower.get(key.toLowerCase());
    return k === undefined ? undefined : mapping[k];
  };
  const baseOf = (h: CellValue, i: number) => headerText(h) || `Column ${columnLetter(i)}`;
  const statusKey = STATUS_HEADER.toLowerCase();
  const used = new Set<string>();
  const out = keys.map((key, i) => {
    const base = baseOf(headers[i], i);
    if (base.toLowerCase() === statusKey) return null;
    let f = lookup(key);
    if (f === undefined && key !== base) {
      const bf = lookup(base);
      if (bf) {
        const def = fields.get(bf);
        f = def?.multiColumn ? bf : bf === 'email' ? 'additionalEmails' : bf === 'phone' ? 'additionalPhones' : null;
      }
    }
    if (!f) return null;
    const def = fields.get(f);
    if (!def) return null;
    if (!def.multiColumn) {
      if (used.has(f)) return null;
      used.add(f);
    }
    return f;
  });
  return { keys, fields: out };
}
