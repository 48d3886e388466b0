// The kind of contact a row is filed under ("Typ": Privatkunde, Geschäftskunde; "Tipo": Cliente, Fornecedor; "ContactType":
// Customer, Supplier; "Account Type": residential, business): a category of the contact, Tags, as the corpus's writers
// chose from the nineteenth part on (and the twenty-second part's both halves wrote down). A type column of anything
// else (a donation's "one-time", a ticket's "vip", a programme's "PROGRAM") is not the contact's and stays unmapped.
import type { CellValue } from '../types';
import { headerTokens, withoutAccents } from './normalize';
import type { Work } from './resolve';
import { filledTexts } from './sniff';

/** A bare type header, or a contact's, a customer's or an account's type, in the seven languages, compacted. */
const TYPE_HEADER = /^(?:type|typ|tipo|soort|art|kind|contacttype|contactkind|customertype|clienttype|accounttype|relationtype|relationshiptype|typecontact|typeclient|typedecontact|typedeclient|kundentyp|kontakttyp|kundenart|kontaktart|klanttype|relatietype|soortrelatie|soortklant|tipocliente|tipodecliente|tipocontacto|tipodecontacto|tipocontato|tipodecontato|tipocontatto|tipodicontatto|tipologiacliente)$/;

/** Kinds of a contact's relation to the file's owner: customers, prospects, suppliers, partners, members, visitors,
 *  donors. (Not whether the record is a person or a firm, "Privat", "Firma", "particulier", "entreprise": the record's
 *  own kind, which the corpus's writers leave out.) */
const CONTACT_KINDS = new Set((
  'customer customers client clients prospect prospects lead leads supplier suppliers vendor vendors partner partners member members ' +
  'visitor visitors donor donors sponsor volunteer reseller distributor tenant landlord ' +
  'kunde kunden privatkunde geschaftskunde geschaeftskunde firmenkunde interessent interessenten lieferant lieferanten ' +
  'mitglied mitglieder hausverwaltung mieter ' +
  'cliente clientes prospecto proveedor proveedores socio socios miembro visitante donante ' +
  'fornecedor fornecedores membro doador ' +
  'fournisseur fournisseurs adherent membre visiteur donateur ' +
  'fornitore fornitori soci ospite donatore ' +
  'klant klanten leverancier leveranciers lid leden bezoeker huurder').split(' '));

const kindWords = (v: string) => withoutAccents(v).toLowerCase().split(/[^a-z]+/).filter(Boolean);

/** Whether a value names a kind of contact ("Geschäftskunde", "Cliente", "pessoa física", "Previous Customer"). */
function isContactKind(v: string): boolean {
  const ws = kindWords(v);
  return ws.length > 0 && ws.length <= 3 && ws.some((w) => CONTACT_KINDS.has(w));
}

export function contactKinds(ws: Work[], columns: readonly CellValue[][] | undefined): void {
  if (!columns || ws.some((w) => w.field === 'tags')) return;
  for (const w of ws) {
    if (w.field !== null || !TYPE_HEADER.test(headerTokens(w.header).join(''))) continue;
    const vs = filledTexts(columns[w.col] ?? []);
    if (vs.length < 2 || vs.filter(isContactKind).length / vs.length < 0.8) continue;
    Object.assign(w, { field: 'tags', conf: 0.6, basis: 'both', final: false, rank: 'primary', reason: `"${w.header}" holds the kind of contact each row is ("${vs.find(isContactKind)}"): a category, Tags` });
    return;
  }
}
