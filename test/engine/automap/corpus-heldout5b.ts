// The fifth held-out part of the auto-mapping corpus (see corpus-format.ts), its second half ("5b"): header sets in
// Spanish, Portuguese, French and Italian, and English exports of booking, membership, church, school, donor,
// ticketing and help-desk tools, from sources none of the other parts use, found in the public code index (CSV files
// and templates, importer tests and fixtures, export writers and their documentation) and written down, with the
// mapping a careful person would choose by the field definitions and the rules, BEFORE the mapper was run on
// them and without reading the lexicon or the mapper. "index:N" names the index file the header text was read from
// (the index does not name its repository); "github:owner/repo path" a repository's file; the kind says what the file
// is. Sample values are made up in the shape of each file's own (no personal data from the sources is copied).
//
// The choices are the third and fourth held-out parts' (corpus-heldout4.ts), written once so every set follows them:
// - Primary before alternate: an untyped phone is the main phone, a mobile next to it an additional phone; with
//   typed phones only, the mobile is the main phone; numbered phones and emails: the first is the main one, the
//   others additional.
// - Whose column: billing columns only when the file has nothing of the contact's own; shipping never; a parent's,
//   a relative's, an emergency contact's, an assistant's, a manager's, an account's or a deal's never; a company's
//   domain, industry or size never; an alternate address group never over the primary one.
// - Another system's id of this person (customer, member, subscriber, user, employee id) is the External ID; a
//   column named "Contact ID" in a CRM's export is the Contact ID; order, ticket, attendee and row numbers are not
//   imported. An owner or assigned user is the Contact owner.
// - Status columns, booleans (opt-outs, consent, active), IP addresses, links that are not the person's site,
//   free-form locations, job titles, departments, salutations, genders, house numbers on their own, second address
//   lines, national ids and bank details, notes and descriptions are not imported.
// - Source columns ("Lead Source", "Origem", "Quelle") are the Source; tags, labels, categories and groups are Tags.
// One more, for the Spanish double surname: with "Apellido Paterno" and "Apellido Materno" in two columns, the first
// (paternal) surname is the Last name and the second is not imported (Last name takes one column).
import { corpusSet, type CorpusSet } from './corpus-format';

const set = (meta: Omit<CorpusSet, 'headers' | 'expected' | 'rows' | 'part'>, table: string) => corpusSet({ ...meta, part: 'heldout5' }, table);

export const HELDOUT5B: CorpusSet[] = [
  // ------------------------------------------------------------------------------------------------ Spanish
  set({ id: 'es-crm-plantilla-sector-poblacion', kind: 'CRM import template of company contacts (sector, contact person, town, province, remarks)', lang: 'es', defaultCountry: 'ES', source: 'github:kevin15sandoval/web-Mongrua PLANTILLA-EXCEL-UNIFICADA.md (a training centre CRM\'s unified Excel template)' }, `
    SECTOR | tags | Electricidad | Gestoría
    EMPRESA | companyName | Instalaciones Ruiz S.L. | Asesoría Gómez
    CONTACTO | name | Pedro Ruiz |
    TELÉFONO | phone | 925 123 456 | +34 925 654 321
    CORREO | email | info@instalacionesruiz.example.es | contacto@asesoriagomez.example.es
    POBLACIÓN | city | Talavera de la Reina | Toledo
    PROVINCIA | state | Toledo | Toledo
    OBSERVACIONES | - | Llamar por la mañana |
  `),
  set({ id: 'es-induccion-contratistas-visualizaciones', kind: 'contractor safety induction report (identity card, paternal and maternal surnames, company, plant, progress)', lang: 'es', defaultCountry: 'BO', source: 'index:69524442836 (a mining company\'s induction video admin export, React)' }, `
    C.I. | - | 6123456 LP | 4876543 CB
    NOMBRES | firstName | Juan Carlos | María Elena
    APELLIDO PATERNO | lastName | Quispe | Mamani
    APELLIDO MATERNO | - | Condori | Flores
    EMPRESA | companyName | Servicios Andinos SRL | Transportes Illimani
    PLANTA | - | San Cristóbal | Oruro
    ROL | - | Contratista | Supervisor
    ESTADO VISUALIZACION | - | COMPLETO | EN PROGRESO
    VIDEOS VISTOS COMPLETOS (100%) | - | 8 | 3
    AVANCE TOTAL % | - | 100 | 37.5
    FECHA REGISTRO | - | 12/03/2026 | 15/03/2026
  `),
];
