// What a column's values add to its header's guess (./resolve.ts, rule 1): values fill columns the header says nothing
// about and break ties for ambiguous headers; a strong header match is never overruled by them, except where the values
// plainly are not what it names (compass regions under "Region", statuses under "Estado").
import type { CellValue } from '../types';
import type { ResolveOptions, Work } from './resolve';
import { VALUE_CONF } from './noheader';
import { ADDRESS_FIELDS, family, pct, round2, STRONG, unmap } from './work';
import { compactHeader, headerTokens, withoutAccents } from './normalize';
import { OTHER_PEOPLE } from './words';
import { columnVote, filledTexts, isCompanyText, isFullNameText, isPlaceText, isStreetText, kindShare, oneForEachRow, sniffColumn, sniffValue, valueShare, type ValueKind } from './sniff';
import { mayBeRegion, regionOf } from './regions';
import { isCompassRegionText, isContactChannelText, isCountryText } from './valuewords';
import { isBlankHeader } from './header';
import { exactEntry } from './tables';
import { isRegistryIdHeader } from './nationalids';

/** Other people's words long enough to end a one-word header ("emailouder", "telefoonmoeder"). */
const OTHER_PEOPLE_TAILS: readonly string[] = [...OTHER_PEOPLE].filter((p) => p.length >= 5);

const KIND_WORDS: Record<string, string> = { email: 'email addresses', phone: 'phone numbers', website: 'web addresses', country: 'countries' };

/** Share of the non-empty values matching `re`. */
const textShare = (values: readonly CellValue[], re: RegExp) => valueShare(values, (v) => re.test(v));
/** A social profile's address (LinkedIn, GitHub, and the portfolio networks Behance and Dribbble...): the add-on keeps
 *  no profile, and a profile is no website. */
const RE_PROFILE_URL = /^(?:https?:\/\/)?(?:[\w-]+\.)?(?:(?:linkedin|github|facebook|twitter|x|instagram|tiktok|youtube|xing|dribbble|pinterest|snapchat)\.com|(?:behance|threads)\.net)\//i;
/** A link that opens a chat with the contact (WhatsApp's wa.me and api.whatsapp.com, Telegram's t.me, Facebook Messenger's
 *  m.me, Signal's signal.me, LINE's line.me): a way to message a phone or an account, not the contact's website. */
const RE_CHAT_URL = /^(?:https?:\/\/)?(?:www\.)?(?:wa\.me|(?:api|chat|web)\.whatsapp\.com|t\.me|telegram\.(?:me|dog)|m\.me|signal\.me|line\.me)\//i;
/** An EU VAT number ("ATU12345678", "DE123456789", "FR12345678901", "NL123456789B01", "IT12345678901", "ESB12345678")
 *  or a Swiss UID ("CHE-123.456.789 MWST"): a tax number, never the contact's id. */
const RE_VAT = /^(?:ATU\d{8}|DE\d{9}|FR[\dA-Z]{2}\d{9}|IT\d{11}|NL\d{9}B\d{2}|ES[\dA-Z]\d{7}[\dA-Z]|BE0?\d{9}|PT\d{9}|LU\d{8}|CHE-?\d{3}\.?\d{3}\.?\d{3}(?: ?(?:MWST|TVA|IVA))?)$/i;
/** A web API's address: an "api." host, or an "/api/" or "/v1/" path. */
const RE_API_URL = /^(?:https?:\/\/)?(?:api\.[^/\s]+|[^/\s]+\/(?:[^\s]*\/)?(?:api|v\d+)\/)/i;
/** A shared file's link (a form's uploads: "https://drive.google.com/open?id=1aB", Dropbox, OneDrive, SharePoint, Box,
 *  WeTransfer, iCloud), a document and not the contact's website. */
const RE_FILE_LINK = /^(?:https?:\/\/)?(?:(?:drive|docs|dl|files?)\.[^/\s]+|(?:[\w-]+\.)*(?:dropbox\.com|onedrive\.live\.com|1drv\.ms|sharepoint\.com|box\.com|wetransfer\.com|we\.tl|icloud\.com)(?:[/?]|$)|[^\s]*[/?](?:open\?id=|file\/d\/|uc\?(?:export=\w+&)?id=)|\S*\/[^\s/?#]+\.(?:jpe?g|png|gif|webp|svg|bmp|heic|pdf|docx?|xlsx?|zip)(?:[?#]\S*)?$)/i;
/** A file's name ("cfe_dic.pdf", "IMG_2041.JPG"): an upload's, not a value of the contact's. */
const RE_FILE_NAME = /^[^\s/\\]+\.(?:jpe?g|png|gif|webp|heic|pdf|docx?|xlsx?|odt|txt|zip)$/i;
/** A header word naming an id or a record's number: "id", "uuid", or a "-nr"/"-nummer" compound that is not a phone's
 *  ("matnr", "Kundennummer", "Bestellnummer", "lidnummer"; not "Telnr", "Handynummer", "telefoonnummer",
 *  "Rufnummer"): the phone word is the compound's head, right before "nr"/"nummer", or its first word. */
const isIdToken = (t: string) =>
  /^(?:id|ids|uuid|guid)$/.test(t) || (/^\w{2,}(?:nr|nummer)$/.test(t) && !RE_PHONE_COMPOUND.test(t));
/** The words a phone's header starts with, the one list both phone tests below read. */
const PHONE_STEMS = 'tel|fon|phone|handy|mobil|mobiel|fax|ruf|whatsapp|gsm';
const RE_PHONE_COMPOUND = new RegExp(`^(?:${PHONE_STEMS})|(?:telefon|telefoon|phone|handy|mobil|mobiel|fax|festnetz|ruf|whatsapp|gsm)(?:nr|nummer)$`);
/** A header whose words end in a separate number word ("HauptZielOrgaNr", "Kunden Nr", "Member No.", "Mitglieds-Nr.",
 *  "Reservation number") with no phone or contact word among them ("Phone No", "Tel. Nr.", "Mobile number", "Contact No",
 *  "WhatsApp Nr" stay phones): the number of a record, as "Kundennummer" is. */
const isIdNumberHeader = (tokens: readonly string[]) =>
  tokens.length >= 2 && /^(?:nr|nummer|no|nro|num|number|numero)$/.test(tokens[tokens.length - 1]) && !tokens.some((t) => RE_PHONE_WORD.test(t));
const RE_PHONE_WORD = new RegExp(`^(?:${PHONE_STEMS}|whats|cel|movil|portable|portatile|contact|kontakt|sms|natel|festnetz|direct|durchwahl|ddi)`);
/** Kinds of field that never hold a yes/no value, whatever their header says. */
const NO_FLAG_KINDS: ReadonlySet<string> = new Set(['phone', 'phoneList', 'url', 'date']);
/** A record's code: one to four letters, then three digits or more, in brackets or not ("[I0001]", "C-1001", "CUST_0042"). */
const RE_RECORD_CODE = /^\[?[A-Z]{1,4}[-_]?\d{3,}\]?$/i;
const NAME_OR_COMPANY = new Set<string | null>(['name', 'firstName', 'lastName', 'companyName']);
const PLACE_FIELDS = new Set<string | null>(['city', 'state', 'country']);
/** A link written with its scheme or "www." (a bare "name.surname" may be a chat handle). */
const RE_LINK = /^(?:https?:\/\/|www\.)\S+\.\S+$/i;
/** A header word naming a date or a moment, alone or as a compound's head ("signondate", "createdAt" is read as two
 *  words): date, datum, fecha, data, dato, timestamp, zeitpunkt, tijdstip, horodatage; none of a phone's or contact's words. */
const RE_DATE_WORD = /^(?:date|dates|datum|data|dato|fecha|timestamp|zeitpunkt|tijdstip|horodatage)$|.(?:date|datum|fecha|timestamp)$/;
/** Words that end in "date" and name no date ("Candidate", "Update", "Mandate"). */
const RE_NOT_DATE = /(?:candi|up|vali|man|accommo|liqui|consoli|inun)dates?$/;
const isDateHeader = (tokens: readonly string[]) => tokens.some((t) => RE_DATE_WORD.test(t) && !RE_NOT_DATE.test(t)) && !tokens.some((t) => RE_PHONE_WORD.test(t));
/** A header naming a code of something ("Entity Code", "Status Code", "Código de tipo"). */
const RE_CODE_HEADER = /\b(?:code|codes|codigo|codice|cod|kode)\b/i;

/** The year a date value names (four digits from 1900 to 2099), NaN without one. */
const yearOf = (v: string): number => {
  const m = /(?:^|\D)((?:19|20)\d{2})(?:\D|$)/.exec(v);
  return m ? Number(m[1]) : NaN;
};

/** "Atlanta, GA", "Guadalajara, Jalisco", "Lyon, France": a town, a comma, then a region of the default country (a code
 *  or a name) or a country. */
const isTownAndRegionText = (v: string, country = 'US'): boolean => {
  const m = /^(\p{L}[\p{L} .'’-]{1,40}),\s*(\p{L}[\p{L} .'’-]{1,30})$/u.exec(v);
  return !!m && isPlaceText(m[1]) && (regionOf(m[2], country) !== null || isCountryText(m[2].trim()));
};

/** A house number alone: "24", "12a", "3/115" (a unit and its number), "5-7". */
export const isHouseNumberText = (s: string) => /^\d{1,5}\s?[a-z]?(?:\s?[/-]\s?\d{1,5}\s?[a-z]?)?$/i.test(s);

/** Whether a column's links (two at least, all of them links) lead to one site's different pages: a tool's record pages
 *  (not social profiles, each the person's own page on one network: read above). */
function oneSitesPages(values: readonly CellValue[]): boolean {
  const links = filledTexts(values);
  if (links.length < 2 || !links.every((v) => /^https?:\/\/[^/\s]+\/\S+/i.test(v) && !RE_PROFILE_URL.test(v))) return false;
  const hosts = new Set(links.map((v) => v.replace(/^https?:\/\//i, '').split('/')[0].toLowerCase().replace(/^www\./, '')));
  return hosts.size === 1 && new Set(links).size === links.length;
}

/** The kinds of values a field's column never holds most of, with the words that say so: tags and sources are labels,
 *  an owner is someone. */
const UNLIKE_KINDS: Partial<Record<string, { kinds: readonly ValueKind[]; what: string; not: string }>> = {
  tags: { kinds: ['number', 'date', 'time', 'money', 'email', 'phone', 'url', 'nationalId', 'boolean'], what: 'numbers or dates', not: 'labels' },
  source: { kinds: ['number', 'date', 'time', 'money', 'boolean'], what: 'numbers or dates', not: 'labels' },
  owner: { kinds: ['date', 'time', 'money', 'boolean', 'status'], what: 'yes/no answers, statuses, dates or amounts', not: 'people' },
};

/** Whether the values of a typo's column are unlike its field's: postal codes without a digit, places without a place's
 *  name, street lines without a house number ("Direction": DRH, DAF), names that are no person's ("Référentiel":
 *  Développement web), owners without a letter ("ausserDienst": 0, a flag). A typo of a tag ("Choix", "Keyword", "Interested In") is a word of its own, whatever it holds. */
function typoUnfit(field: string | null, values: readonly CellValue[]): boolean {
  if (field === 'tags') return true;
  if (field === 'postalCode') return valueShare(values, (v) => /\d/.test(v)) < 0.5;
  if (field === 'state') return valueShare(values, mayBeRegion) < 0.5;
  if (field === 'city' || field === 'country') return valueShare(values, isPlaceText) < 0.5;
  if (field === 'address1') return valueShare(values, (v) => /\d/.test(v)) < 0.5;
  if (field === 'name') return valueShare(values, isFullNameText) < 0.5;
  // (an owner is someone: a name or an email, not "0", a flag)
  if (field === 'owner') return valueShare(values, (v) => /\p{L}{2}/u.test(v)) < 0.5;
  return false;
}

export function applyValues(w: Work, values: readonly CellValue[], opts: ResolveOptions): void {
  // "Straße Nr." over "Rosenstraße 12", "Neckarstraße 7": the street and its number, the whole line.
  const line = (v: string) => /^\p{L}[\p{L}'’. -]{2,60} \d{1,5}\s?[a-z]?$/u.test(v);
  if (w.houseNumber && valueShare(values, line) >= 0.8 && valueShare(values, (v) => line(v) && isStreetText(v)) >= 0.5) {
    Object.assign(w, { field: 'address1', conf: 0.7, basis: 'both', final: false, reason: `"${w.header}" holds whole street lines, each with its number` });
    return;
  }
  if (w.final) return;
  // A postal code and its town in one column ("PLZ Ort": 34117 Kassel; "Postcode en gemeente": 2440 Geel): the town.
  const named = headerTokens(w.header).map((t) => exactEntry(t)?.field);
  if (named.includes('postalCode') && named.includes('city') && valueShare(values, (v) => /^\d{4,5}(?: ?[A-Z]{2})? \p{L}/u.test(v)) >= 0.8) {
    Object.assign(w, { field: 'city', conf: 0.7, basis: 'both', reason: `"${w.header}" holds a postal code and its town ("${filledTexts(values)[0]}"): the town` });
    return;
  }
  const sniff = sniffColumn(values, opts);
  // Without a header row, one email address or web address is enough: nothing else has their shapes
  // ("m.krause@firma.example", "http://www.martin-krause.example" in the one row that has them).
  const single = opts.noHeader && sniff.n === 1 ? (sniff.counts.email ? 'email' : sniff.counts.url && values.some((v) => RE_LINK.test(String(v ?? '').trim())) ? 'website' : null) : null;
  let vote = columnVote(sniff) ?? (single ? { field: single, share: 1 } : null);
  // Links that are no website, under a weak header or none: their values' vote goes, and a weak website header lets go.
  // Addresses of a web API and links to shared files only lose their vote.
  const notWebsites: readonly (readonly [() => boolean, (() => string) | null])[] = [
    // Social profiles under a header that asks for something else (a form's "Any links: LinkedIn, GitHub..."); without
    // a header (LinkedIn's own export), the profile is the one web address the contact has.
    [() => !w.empty && textShare(values, RE_PROFILE_URL) >= 0.6, () => 'social profiles, not a website'],
    // Links that open a chat ("ENLACE_WHATSAPP": https://wa.me/51987654321).
    [() => textShare(values, RE_CHAT_URL) >= 0.6, () => 'links that open a chat, not a website'],
    // Addresses of a web API ("https://api.calendly.com/organizations/AAAA": the record a column links to).
    [() => textShare(values, RE_API_URL) >= 0.6, null],
    // Links to shared files (a form's uploaded documents).
    [() => textShare(values, RE_FILE_LINK) >= 0.6, null],
    // Links into one site's records ("https://app.example.com/prospects/1042", ".../1043"): each contact's page in a
    // tool, not their website, which differs from row to row.
    [() => oneSitesPages(values), () => `links to one site's pages ("${filledTexts(values)[0]}"), not each contact's website`],
  ];
  const weakWebsite = w.field === 'website' && w.conf < STRONG;
  for (const [holds, what] of notWebsites) {
    if ((vote?.field !== 'website' && !(what && weakWebsite)) || !holds()) continue;
    vote = null;
    if (what && weakWebsite) {
      unmap(w, `"${w.header}" holds ${what()}`);
      return;
    }
  }
  // File names under a header read by a weak key word ("doc_comprobante_domicilio": cfe_dic.pdf, a proof of address):
  // uploaded files, not the value the word names.
  if (w.field !== null && w.conf < STRONG && textShare(values, RE_FILE_NAME) >= 0.8) {
    unmap(w, `"${w.header}" holds file names ("${filledTexts(values)[0]}"), uploads, not contact data`);
    return;
  }
  // A header naming an id, a code, a record's number or a number in a national register ("State_id", "COD. CONTRATTO",
  // "matnr", "Kundennummer"; "adeli", "NPI": ./nationalids.ts) is never a phone by its digits.
  const tokens = headerTokens(w.header);
  // (a code word inside a compound too: "ComuneNascitaCodice", a town's register code; "CodFiscale", a tax code)
  const coded = RE_CODE_HEADER.test(withoutAccents(w.header).replace(/_/g, ' ')) || tokens.some((t) => RE_CODE_HEADER.test(t));
  if (vote?.field === 'phone' && family(w.field) !== 'phone' && (coded || tokens.some(isIdToken) || isIdNumberHeader(tokens) || isRegistryIdHeader(tokens))) vote = null;
  // A header naming a date or a moment ("signondate", "Anmeldedatum", "Fecha alta", "Data cadastro", "timestamp") is never a
  // phone by its digits: ten digits there are a Unix timestamp (1771930800), not a mobile without its "0".
  if (vote?.field === 'phone' && family(w.field) !== 'phone' && isDateHeader(tokens)) vote = null;
  // Three-letter codes under a header that names another code ("Entity Code": IND for an individual) are no countries.
  if (vote?.field === 'country' && w.field === null && RE_CODE_HEADER.test(withoutAccents(w.header).replace(/_/g, ' ')) && textShare(values, /^[A-Z]{2,3}$/) === 1) vote = null;
  // Bare codes of two or three letters ("CHE", "ESP" under "Règlement": cheque and cash; "CR", "MF" under "Database") under
  // a header of words that names no country: the codes of what the header names. Country names still vote, and codes do
  // under a header the lexicon cannot read: an abbreviation ("Nat"), another script's word ("Страна"), or none.
  if (vote?.field === 'country' && family(w.field) !== 'country' && !opts.noHeader && /\p{Script=Latin}{5}/u.test(w.header) && !isBlankHeader(w.header) && textShare(values, /^[A-Za-z]{2,3}$/) === 1) vote = null;
  // A weak id header over VAT numbers (Austrian "UID": ATU12345678) holds a tax number.
  if (w.field === 'externalId' && w.conf < STRONG && textShare(values, RE_VAT) >= 0.6) {
    unmap(w, `"${w.header}" holds VAT numbers, a tax number`);
    return;
  }
  // A vague header read as the name ("Contact", "contactinfo", "Contact Info") over values with digits ("tst. 4412", an
  // extension) or over no name at all ("Call after 5pm", "Prefers text": when to call) holds something else.
  const nameLike = (v: string) => isFullNameText(v) || isCompanyText(v) || /^\p{Lu}\p{Ll}+$/u.test(v);
  const noNames = valueShare(values, (v) => /\d/.test(v)) === 1 || (sniff.n >= 2 && valueShare(values, nameLike) === 0);
  if (w.field === 'name' && w.conf <= 0.5 && sniff.n >= 1 && noNames && !sniff.counts.email && !sniff.counts.phone) {
    unmap(w, `"${w.header}" holds no names ("${filledTexts(values)[0]}")`);
    return;
  }
  // A weak id header (another system's "Voice ID", "Theme ID", read as an id by its word alone) over words written as
  // names ("Puck", "Aoede"; "Deep Blue"): the names of things. An id has digits or a code's shape ("app_14", "U02AB3",
  // "ABC"), or is a login in lower case ("fprieto"); a strong id header ("Customer ID", "External ID") is kept. So is a
  // card's or a licence's id, read only when the file has no better one, over words ("License": Personal, Commercial: its kind).
  if (w.field === 'externalId' && (w.conf < 0.6 || w.fallback) && sniff.n >= 2 && textShare(values, /^\p{Lu}\p{Ll}*(?:['’]\p{Lu})?\p{Ll}+(?:[ -]\p{Lu}?\p{Ll}+)*$/u) === 1) {
    unmap(w, `"${w.header}" holds words, the names of things, not ids`);
    return;
  }
  // A weak id header over dates, years or months of a year ("Mitglied seit", a close typo of an id's name: 2019, 03/2022,
  // 2023-05-01): since when, not an id. One full date says it; a lone year could be a number.
  if (w.field === 'externalId' && w.conf < STRONG && sniff.n >= 1 && valueShare(values, (v) => sniffValue(v, opts) === 'date' || /^(?:\d{1,2}[./-])?(?:19\d{2}|20[0-3]\d)$/.test(v)) === 1 && (sniff.n >= 2 || kindShare(sniff, 'date') === 1)) {
    unmap(w, `"${w.header}" holds dates, not ids`);
    return;
  }
  // A birth date's header over years alone ("Geboren": 1991, 2008, a chess federation's rating list): a year, no date.
  if (w.field === 'dateOfBirth' && sniff.n >= 2 && valueShare(values, (v) => /^(?:19|20)\d{2}$/.test(v)) === 1) {
    unmap(w, `"${w.header}" holds years of birth ("${filledTexts(values)[0]}"), not dates`);
    return;
  }
  if (w.field === null) {
    // (A header whose letters end in another person, "emailouder1", "telefoonmoeder": their values are that person's.)
    const tail = compactHeader(w.header).replace(/\d+$/, '');
    if (vote && !OTHER_PEOPLE_TAILS.some((p) => tail.length > p.length + 2 && tail.endsWith(p))) {
      w.field = vote.field;
      w.conf = VALUE_CONF[vote.field];
      w.basis = 'values';
      w.reason = `Values look like ${KIND_WORDS[vote.field]} (${pct(vote.share)})`;
    }
    return;
  }
  w.basis = 'header';
  // "State" holding active/inactive (Kit), "Estado" holding Activo/Inactivo: a status, not a place. One value is enough
  // when it is a status's words ("Estado": En curso, a form's one answer): no region is called so.
  if (w.mayBeStatus && sniff.n >= 1 && kindShare(sniff, 'status') >= (sniff.n === 1 ? 1 : 0.6)) {
    unmap(w, `"${w.header}" holds statuses (${pct(kindShare(sniff, 'status'))}), not places`);
    return;
  }
  // A region column of compass points ("REGIAO": Norte, Nordeste; "Regio": Midden, Noord): a country's sales or sports
  // region, none of its states, whatever the header.
  if (w.field === 'state' && sniff.n >= 2 && valueShare(values, isCompassRegionText) === 1) {
    unmap(w, `"${w.header}" holds regions named by compass points, not states`);
    return;
  }
  // Italian "Paese" is a village as often as a country: over towns ("Avigliana", "Condove"), none of them a country, the town.
  if (w.field === 'country' && headerTokens(w.header).includes('paese') && sniff.n >= 2 && valueShare(values, isCountryText) === 0) {
    Object.assign(w, { field: 'city', reason: `"${w.header}" holds towns ("${filledTexts(values)[0]}"), no country` });
    return;
  }
  // A weak header over yes/no values ("Studente": true/false): no contact field holds a flag. Nor does an id: "Permis de
  // conduire" or "Library Card" holding Oui/Non says whether the contact has one. Nor, whatever the header's strength, a
  // phone, a web address or a date: "whatsapp" holding sim/não says whether the contact takes messages there. (A strong
  // email header over them is kept, less sure, below: test/engine/automap.test.ts asks so.)
  const kind = opts.fields.get(w.field)?.kind;
  if ((w.conf < STRONG || w.field === 'externalId' || (kind && NO_FLAG_KINDS.has(kind))) && sniff.n >= 2 && kindShare(sniff, 'boolean') >= 0.8 && kind !== 'checkbox') {
    unmap(w, `"${w.header}" holds yes/no values`);
    return;
  }
  // A weak name header over yes/no marks only, even one ("Ehrenmitglied": x, a flag that the member is an honorary one):
  // no name is a tick.
  if (NAME_OR_COMPANY.has(w.field) && w.conf < STRONG && sniff.n >= 1 && kindShare(sniff, 'boolean') === 1) {
    unmap(w, `"${w.header}" holds yes/no marks, not names`);
    return;
  }
  // A weak birth-date header (a close typo: "Data Vencimento", one letter from "Data nascimento") over dates none older
  // than last year: due dates, appointments, not births; no contact list is of babies born this year.
  if (w.field === 'dateOfBirth' && w.conf < STRONG && sniff.n >= 1 && kindShare(sniff, 'date') === 1 && valueShare(values, (v) => yearOf(v) >= (opts.currentYear ?? new Date().getFullYear()) - 1) === 1) {
    unmap(w, `"${w.header}" holds recent or future dates, not dates of birth`);
    return;
  }
  // A weak name header over ways of reaching someone ("Preferred Contact": Email, Phone) holds a channel, not a name.
  if (NAME_OR_COMPANY.has(w.field) && w.conf < STRONG && sniff.n >= 1 && valueShare(values, isContactChannelText) === 1) {
    unmap(w, `"${w.header}" holds ways of reaching someone, not names`);
    return;
  }
  const numberCount = (['number', 'phone', 'nationalId', 'money'] as const).reduce((n, k) => n + (sniff.counts[k] ?? 0), 0)
    // Digits joined by dashes, dots or slashes that read as no other kind ("12345-6", an account with its check digit;
    // "2024/118", a file number) are numbers too: no name, no place.
    + (sniff.counts.text ? Math.round(valueShare(values, (v) => /^\d[\d\s.\-/]*\d$/.test(v) && sniffValue(v, opts) === 'text') * sniff.n) : 0);
  const numbers = sniff.n ? numberCount / sniff.n : 0;
  // A name is never a number, whatever the header: "Conta" holding 5678 (an account number), "Organisation (...)" holding
  // 8, 7 (a form's mark for the organisation of a talk).
  if (NAME_OR_COMPANY.has(w.field) && sniff.n >= 2 && numberCount === sniff.n && !(vote?.field === 'phone' && w.conf <= 0.5)) {
    // Unless its words name a phone too ("Student mobile", "Member phone", "Celular do aluno": a person's word and a
    // phone's) over numbers with a phone's shape: the person's phone, typed by its word.
    if (tokens.some((t) => RE_PHONE_WORD.test(t) && !/^(?:contact|kontakt)/.test(t)) && looseShare(values, opts) >= 0.8) {
      Object.assign(w, { field: 'phone', conf: 0.6, basis: 'both', rank: 'typed', mobile: tokens.some((t) => /^(?:mobil|mobiel|cel|movil|portable|portatile|handy|natel|gsm|whatsapp)/.test(t)),
        reason: `"${w.header}" names a phone, and holds phone numbers` });
      return;
    }
    // Under a whole name's header ("Debiteur", "Customer": 10234, 10871), a whole number for each row is the record's
    // number, as the codes below.
    const whole = filledTexts(values);
    if (w.field === 'name' && vote?.field !== 'phone' && oneForEachRow(whole) && whole.every((v) => /^[1-9]\d{2,9}$/.test(v))) {
      Object.assign(w, { field: 'externalId', conf: 0.5, basis: 'both', rank: 'primary', bareName: false, reason: `"${w.header}" holds a number for each row: the record's id` });
      return;
    }
    unmap(w, `"${w.header}" holds numbers, not names`);
    return;
  }
  // Nor a record's code ("Person": [I0001], [I0002], a genealogy program's own id of each person; "Customer": C-1001):
  // letters then digits, one for each row. Under a whole name's header, the record's id; under another name's, nothing.
  const codes = filledTexts(values);
  if (NAME_OR_COMPANY.has(w.field) && oneForEachRow(codes) && codes.every((v) => RE_RECORD_CODE.test(v))) {
    if (w.field === 'name') Object.assign(w, { field: 'externalId', conf: 0.5, basis: 'both', rank: 'primary', bareName: false, reason: `"${w.header}" holds a code for each row: the record's id` });
    else unmap(w, `"${w.header}" holds codes, not names`);
    return;
  }
  // A weak street header over house numbers only ("Street Number": 1204, 58, "3/115"; "Street No"), where the street's
  // name stands apart: the number is no street line.
  if (w.field === 'address1' && w.conf < STRONG && sniff.n >= 2 && valueShare(values, isHouseNumberText) === 1) {
    unmap(w, `"${w.header}" holds house numbers, not street lines`);
    return;
  }
  // A header read as a typo of a known name, over values that are not of that field: "pmode" (ideal, cod) is no "postcode",
  // "stats" ({}) no "state" (typoUnfit says what each field's values are); a typo of a tag is never one, values or none.
  if (w.typo && (w.field === 'tags' || sniff.n >= 2) && typoUnfit(w.field, values)) {
    unmap(w, `"${w.header}" is close to a known column name, but its values are not ${opts.fields.get(w.field)?.label ?? w.field}`);
    return;
  }
  // Nor, whatever the header's strength, over numbers of one or two digits only ("default_address": 1, 1, 2, which of
  // the contact's addresses is the default one): no street line is a bare number.
  if (w.field === 'address1' && sniff.n >= 2 && valueShare(values, (v) => /^\d{1,2}$/.test(v)) === 1) {
    unmap(w, `"${w.header}" holds small numbers, not street lines`);
    return;
  }
  // A weak email header without one email under it, over flags or numbers ("Email validé": 1, 0; "Email opt-in": yes),
  // says something about the email (a strong one is kept, with a lower confidence, below).
  if (family(w.field) === 'email' && w.conf < STRONG && sniff.n >= 2 && !sniff.counts.email && numbers + kindShare(sniff, 'boolean') >= 0.8) {
    unmap(w, `"${w.header}" holds flags or numbers, not email addresses`);
    return;
  }
  // An email header read by a typo or a key word alone, without one email under it ("Cor principal (#RRGGBB)": #1E5AA8, a
  // form's colour, one letter from "Correo principal"; "AdresseParl": Deutscher Bundestag, a parliament's postal address):
  // the values say it is something else.
  if (family(w.field) === 'email' && w.conf < STRONG && sniff.n >= 2 && !sniff.counts.email) {
    unmap(w, `"${w.header}" holds no email addresses`);
    return;
  }
  // A weak region or country header over towns written with their region or country ("City, State": Atlanta, GA; "Ort,
  // Land": Lyon, France): the town comes first and says most, and the file's city column is this one.
  if ((w.field === 'state' || w.field === 'country') && w.conf < STRONG && sniff.n >= 2 && valueShare(values, (v) => isTownAndRegionText(v, opts.defaultCountry)) >= 0.8) {
    Object.assign(w, { field: 'city', basis: 'both', reason: `"${w.header}" holds towns with their region; the town comes first` });
    return;
  }
  // A weak town header over two-letter codes ("Residence": ru, cy): no town is written so. The default country's region
  // codes are its regions; other countries' codes are the country.
  if (w.field === 'city' && w.conf < STRONG && sniff.n >= 2 && valueShare(values, (v) => /^[a-z]{2}$/i.test(v)) === 1) {
    const codes = values.map((v) => String(v ?? '').trim().toUpperCase()).filter(Boolean);
    const field = codes.every((c) => regionOf(c, opts.defaultCountry) !== null) ? 'state' : codes.every((c) => isCountryText(c)) ? 'country' : null;
    if (!field) {
      unmap(w, `"${w.header}" holds two-letter codes, not towns`);
      return;
    }
    Object.assign(w, { field, basis: 'both', reason: `"${w.header}" holds the codes of ${field === 'state' ? 'regions' : 'countries'}, not towns` });
    return;
  }
  // A weak place header over numbers ("State_id": 7712093341) names no place; nor does a strong one over numbers and
  // amounts only ("Land Value": $210,000; "Ciudad (DANE)": 05360, a register's town code).
  // (A French département's number, "75", "2A", "971", is its code: the state.)
  const departements = w.field === 'state' && valueShare(values, (v) => regionOf(v, opts.defaultCountry) === 'code') === 1;
  if (PLACE_FIELDS.has(w.field) && sniff.n >= 2 && !departements && (w.conf < STRONG ? numbers >= 0.8 : numbers === 1)) {
    unmap(w, `"${w.header}" holds numbers, not places`);
    return;
  }
  // Tags are labels: a "Group", "Categoría" or "Gruppe" column of numbers, dates, amounts, flags or contact data (a
  // class number, a price band, Calendly's "Group": false) holds something else. So is a source, a channel's or a
  // campaign's name, or a referring site's address ("VALOR ORIGEM": 180,00 is an amount). An owner is someone: a
  // "Proprietário" column of yes and no (sim, não) says whether the contact owns something, and dates or amounts there
  // are something else's.
  const unlike = w.field ? UNLIKE_KINDS[w.field] : undefined;
  if (unlike && sniff.n >= 2) {
    const share = unlike.kinds.reduce((t, k) => t + kindShare(sniff, k), 0);
    // (Of contact data the values say which: a "Team" column of web addresses is the website.)
    const contactData = w.field === 'tags' && vote && w.conf < STRONG && vote.share >= 0.8 && ['email', 'phone', 'website'].includes(family(vote.field) ?? '');
    if (share >= 0.8 && !contactData) {
      unmap(w, `"${w.header}" holds ${unlike.what} (${pct(share)}), not ${unlike.not}`);
      return;
    }
  }
  // A weak phone header over values of fewer than six digits each ("Dienstart": 01, 03, a close typo of a phone word): a
  // code. No phone number is written with fewer digits; a value with a label ("Phone: 312-555-0111") keeps its digits.
  if (family(w.field) === 'phone' && w.conf < STRONG && sniff.n >= 2 && valueShare(values, (v) => v.replace(/\D/g, '').length >= 6) === 0) {
    unmap(w, `"${w.header}" holds no phone numbers`);
    return;
  }
  // A website header over words without a dot ("Domain": Python, MERN, a training's field of knowledge; "Web": Yes) holds
  // no web address: a domain or a link always has one. The field's full names ("Website", "URL") are kept, less sure; a
  // bare "Site" is a place too (French and Portuguese "site": PARIS, LYON; a branch's "studio-bela").
  if (w.field === 'website' && sniff.n >= 2 && !sniff.counts.url && valueShare(values, (v) => /\p{L}\.\p{L}/u.test(v)) === 0) {
    if (w.conf < 1 || /^sites?$/.test(headerTokens(w.header).join(''))) {
      unmap(w, `"${w.header}" holds no web addresses`);
      return;
    }
    w.conf = round2(w.conf * 0.5);
    w.reason = `${w.reason}; but the values do not look like web addresses`;
    return;
  }
  // A link or website column of plain numbers ("Links": 2, 4, a count) holds no web address.
  if (w.field === 'website' && w.conf < STRONG && sniff.n >= 2 && kindShare(sniff, 'number') >= 0.8) {
    unmap(w, `"${w.header}" holds numbers, not web addresses`);
    return;
  }
  // Two-letter codes read as countries are also states and provinces ("CA", "PA", "MG"): a country vote never moves
  // a column its header calls a place.
  if (vote?.field === 'country' && w.field !== 'country' && ADDRESS_FIELDS.has(w.field)) return;
  const same = vote && family(vote.field) === family(w.field);
  if (w.conf < STRONG) {
    const ambiguous = w.conf <= 0.5;
    if (vote && !same && vote.share >= (ambiguous ? 0.6 : 0.8)) {
      w.reason = ambiguous
        ? `"${w.header}" may hold several kinds; the values are ${KIND_WORDS[vote.field]} (${pct(vote.share)})`
        : `Values look like ${KIND_WORDS[vote.field]} (${pct(vote.share)}), not what "${w.header}" suggested`;
      w.field = vote.field;
      w.conf = ambiguous ? 0.6 : VALUE_CONF[vote.field];
      w.basis = ambiguous ? 'both' : 'values';
      w.rank = 'primary';
      w.barePhoneType = false;
      return;
    }
  }
  if (same) {
    w.basis = 'both';
    w.conf = round2(Math.min(1, w.conf + 0.05));
    return;
  }
  // A strong header whose values plainly are not what it says: kept, with a lower confidence.
  const f = family(w.field);
  if (sniff.n >= 3 && f === 'email' && !sniff.counts.email) {
    w.conf = round2(w.conf * 0.5);
    w.reason = `${w.reason}; but the values do not look like email addresses`;
  } else if (sniff.n >= 3 && f === 'phone' && kindShare(sniff, 'phone') === 0 && looseShare(values, opts) === 0) {
    w.conf = round2(w.conf * 0.5);
    w.reason = `${w.reason}; but the values do not look like phone numbers`;
  }
}

/** Share of values that at least have a phone's shape (digits and phone punctuation), valid or not, and are
 *  not a date, a time, an amount or an id. */
export function looseShare(values: readonly CellValue[], opts: ResolveOptions): number {
  let n = 0;
  let hits = 0;
  for (const v of values) {
    const kind = sniffValue(v, opts);
    if (kind === 'empty') continue;
    n++;
    const s = String(v).replace(/^'+/, '').trim();
    const digits = s.replace(/\D/g, '').length;
    if (kind === 'phone' || ((kind === 'number' || kind === 'text') && /^\+?[\d\s().\-/]+$/.test(s) && digits >= 7 && digits <= 15)) hits++;
  }
  return n ? hits / n : 0;
}
