// "Object - Field" headers, read by ./header.ts before whose column it is: Pipedrive's "Person - Email - Work" is the
// contact's, its "Deal - Owner" another record's; Google Contacts' numbered groups as its exports in other languages
// write them ("Dirección 1 - Calle", "Adresse 1 - Ort", "Organización 1 - Nombre").
import type { HeaderGuess } from './header';
import { BARE_NAME_WORDS, OTHER_RECORD_PREFIXES, SELF_OBJECTS } from './lexicon';
import { compactHeader, headerTokens } from './normalize';
import { ADDRESS_FIELDS, ADDRESS_NOUNS } from './work';

/** An organisation, in the seven languages: "Organización 1 - Nombre" is the company's name. */
const ORGANISATION_WORDS: ReadonlySet<string> = new Set(['organization', 'organisation', 'organizacion', 'organizacao', 'organizzazione', 'organisatie']);

/**
 * What an "Object - Field" header names, or null when it is not one. `read`: how a part of it is read (qualifiers
 * kept), `guess`: how a whole header is read.
 */
export function segmentGuess(main: string, read: (header: string) => HeaderGuess, guess: (header: string) => HeaderGuess): HeaderGuess | null {
  // The contact's own object is dropped, another record's is not the contact's.
  const segs = main.split(/\s+[-–—]\s+/);
  if (segs.length >= 2) {
    const first = compactHeader(segs[0]);
    if (SELF_OBJECTS.has(first)) return guess(segs.slice(1).join(' - '));
    // Google Contacts' numbered groups in other languages: "Dirección 1 - Calle", "Adresse 1 - Ort" are the street and
    // the town of address 1; "Organización 1 - Nombre", "Organisatie 1 - Naam" the company's name.
    const group = /^(\D+)(\d{1,2})$/.exec(first);
    const part = segs.slice(1).join(' ');
    if (group && ADDRESS_NOUNS.has(group[1])) {
      const g = read(part);
      const n = Number(group[2]);
      if (g.field && ADDRESS_FIELDS.has(g.field)) return { ...g, group: n >= 2 ? `other ${n}` : '', rank: n >= 2 ? 'alternate' : g.rank, reason: `${g.reason} (address ${n})` };
      // "Dirección 1 - Apartado postal": a part of the address no field holds (a PO box, a second line).
      if (g.field === null && g.final) return g;
    }
    if (group && ORGANISATION_WORDS.has(group[1]) && BARE_NAME_WORDS.has(compactHeader(part))) {
      return { field: 'companyName', conf: 0.9, reason: `The ${segs[0].trim()}'s name`, rank: Number(group[2]) >= 2 ? 'alternate' : 'primary' };
    }
    if (OTHER_RECORD_PREFIXES.has(first)) {
      const rest = headerTokens(segs.slice(1).join(' '));
      if (['organization', 'organisation', 'org', 'company', 'account'].includes(first) && rest.length === 1 && ['name', 'nombre', 'nome', 'nom', 'naam'].includes(rest[0])) {
        return { field: 'companyName', conf: 0.9, reason: `The ${segs[0].trim()}'s name`, rank: 'primary' };
      }
      if (first === 'deal' && rest.join(' ') === 'contact person') return { field: 'name', conf: 0.8, reason: "The deal's contact person", rank: 'primary' };
      return { field: null, conf: 0.9, reason: `About another record (${segs[0].trim()})`, final: true, rank: 'primary' };
    }
  }
  return null;
}
