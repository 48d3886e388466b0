// The header lexicon's names of the CRM fields (./lexicon.ts keeps the person's): where a contact came from (Source),
// its groups (Tags), who in the organisation follows it (Contact owner, Followers). Data only; ./lexicon.ts lists them
// after the person's fields, in this order.
import type { SynonymTier } from './lexicon';

export const CRM_FIELD_NAMES: readonly SynonymTier[] = [
  { field: 'source', conf: 1, names: {
    en: ['Source', 'Lead Source', 'Contact Source', 'Original Source', 'Referral Source', 'Origin', 'How did you hear about us', 'Data Source', 'Record Source', 'List Source'],
    es: ['Origen', 'Fuente', 'Origen del contacto', 'Fuente del lead', 'Canal de origen', 'Procedencia'],
    pt: ['Origem', 'Fonte', 'Origem do contato', 'Origem do lead', 'Canal de origem'],
    fr: ['Source', 'Origine', 'Provenance', 'Origine du contact', 'Source du contact'],
    de: ['Quelle', 'Herkunft', 'Lead-Quelle', 'Kontaktquelle'],
    it: ['Fonte', 'Origine', 'Provenienza', 'Sorgente', 'Fonte del contatto'],
    nl: ['Bron', 'Herkomst', 'Leadbron'],
  } },
  // "Source Name": a source's label, below a bare "Source" (Shopify's orders name their sales channel so)
  { field: 'source', conf: 0.8, names: { en: ['UTM Source', 'Original Source Type', 'Channel', 'Acquisition Channel', 'Source Name'], es: ['Canal'], pt: ['Canal'], fr: ['Canal'], de: ['Kanal'], it: ['Canale'], nl: ['Kanaal'] } },

  // How a lead was won, by marketing's words (an Australian job-history export's "Marketing Method": "Letterbox drop",
  // "Google"; CRMs' "Acquisition Source", "Lead Channel"), in the seven languages
  { field: 'source', conf: 0.8, names: {
    en: ['Marketing Method', 'Marketing Channel', 'Marketing Source', 'Lead Channel', 'Lead Method', 'Acquisition Source', 'Acquisition Method', 'Referral Channel', 'Referral Method', 'Lead Origin', 'Source Channel'],
    es: ['Canal de adquisición', 'Canal de captación', 'Medio de captación', 'Fuente de captación', 'Canal de marketing', 'Origen de captación'],
    pt: ['Canal de captação', 'Canal de aquisição', 'Origem da captação', 'Meio de captação', 'Canal de marketing'],
    fr: ["Canal d'acquisition", 'Canal marketing', "Source d'acquisition", 'Canal de prospection'],
    de: ['Akquisekanal', 'Akquisitionskanal', 'Marketingkanal', 'Akquisequelle', 'Akquiseweg', 'Gewinnungskanal', 'Mitgliedergewinnung'],
    it: ['Canale di acquisizione', 'Canale marketing', 'Fonte di acquisizione', 'Canale di provenienza'],
    nl: ['Acquisitiekanaal', 'Marketingkanaal', 'Acquisitiebron', 'Wervingskanaal'],
  } },
  // A lead's acquisition ("acquisition": inbound, outbound; a sales CRM's contacts), a French broker's business
  // introducer ("Apporteur": an estate agency, a person) and RD Station's first and last conversion's origin
  { field: 'source', conf: 0.75, names: { en: ['Acquisition'], fr: ['Apporteur', "Apporteur d'affaires"], pt: ['Origem da primeira conversão', 'Origem da última conversão'] } },
  // The political group of an elected member (a parliament's handbook: "Fraktion": SPD; a town council's "Groupe
  // politique": Majorité) and the committees they sit on ("Gremien"): groups the member belongs to
  { field: 'tags', conf: 0.75, names: {
    en: ['Political Group', 'Parliamentary Group', 'Political Affiliation', 'Committees'],
    es: ['Grupo político', 'Grupo parlamentario'],
    pt: ['Grupo político', 'Grupo parlamentar'],
    fr: ['Groupe politique', 'Groupe parlementaire'],
    de: ['Fraktion', 'Gremien', 'Gremium', 'Ausschüsse'],
    it: ['Gruppo politico', 'Gruppo consiliare', 'Gruppo parlamentare'],
    nl: ['Commissies'],
  } },
  // A sports club's divisions a member trains in ("Sparte": Turnen, Volleyball)
  { field: 'tags', conf: 0.75, names: { de: ['Sparte', 'Sparten'] } },

  { field: 'tags', conf: 1, names: {
    en: ['Tags', 'Tag', 'Group Membership', 'Labels', 'Categories', 'Label'],
    es: ['Etiquetas', 'Etiqueta', 'Categorías', 'Categoría', 'Categoria'],
    pt: ['Etiquetas', 'Tags', 'Marcadores', 'Categorias', 'Categoria'],
    fr: ['Étiquettes', 'Étiquette', 'Catégories', 'Catégorie', 'Mots-clés'],
    // "Kat": the Kategorie, abbreviated (Swiss club lists: "Kat I", "Kat II")
    de: ['Schlagwörter', 'Schlagworte', 'Kategorien', 'Kategorie', 'Etiketten', 'Stichwörter', 'Kat'],
    it: ['Etichette', 'Etichetta', 'Categorie', 'Tag'],
    nl: ['Labels', 'Categorieën', 'Categorie', 'Trefwoorden'],
  } },
  // A CRM's classifications of a contact, in the plural (CiviCRM's and constituent templates' "Contact Types": Donor,
  // Volunteer, Board; CiviCRM's "Contact Subtype": Student, Staff), several to a contact like tags; a singular "Contact
  // Type" is one record type (Dynamics 365's option set, "Recruiting Contact"), not imported.
  { field: 'tags', conf: 0.8, names: { en: ['Contact Types', 'Contact Categories', 'Contact Subtype', 'Contact Sub Type', 'Contact Subtypes'], es: ['Tipos de contacto'], pt: ['Tipos de contato', 'Tipos de contacto'], fr: ['Types de contact'], de: ['Kontakttypen'], it: ['Tipi di contatto'], nl: ['Contacttypes', 'Contacttypen'] } },
  // The orchestra or choir of a music society a member plays or sings in ("Orkest": Harmonie, Jeugdorkest), one or several:
  // the member's groups, as "Groups". (A school's "Ensembles" lists a student's bands, not imported.)
  { field: 'tags', conf: 0.75, names: {
    en: ['Orchestra', 'Orchestras', 'Choir', 'Choirs'],
    es: ['Orquesta', 'Orquestas', 'Agrupación musical', 'Coro', 'Coros'],
    pt: ['Orquestra', 'Orquestras', 'Coral', 'Corais'],
    fr: ['Orchestre', 'Orchestres', 'Chœur', 'Chorale', 'Chorales'],
    de: ['Orchester', 'Chor', 'Chöre'],
    it: ['Orchestra', 'Orchestre', 'Coro', 'Cori'],
    nl: ['Orkest', 'Orkesten', 'Koor', 'Koren'],
  } },
  // the teams a church member serves in ("Teams": Worship; Tech), a group's name ("Group Name": a member's group, where
  // a bare "Team" is a sports team's), and a shop's or an ERP's customer group (Magento's "Customer Group", Collmex's
  // "Adressgruppe", "Grupo cliente": AGENCIAS, COLEGIOS)
  { field: 'tags', conf: 0.75, names: {
    en: ['Teams', 'Group Name', 'Customer Group', 'Customer Groups'],
    es: ['Nombre del grupo', 'Grupo cliente', 'Grupo de clientes', 'Grupo de cliente'],
    pt: ['Nome do grupo', 'Grupo cliente', 'Grupo de clientes', 'Grupo do cliente'],
    fr: ['Nom du groupe', 'Groupe client', 'Groupe de clients', 'Groupe clients'],
    de: ['Gruppenname', 'Kundengruppe', 'Kundengruppen', 'Adressgruppe', 'Adressgruppen'],
    it: ['Nome gruppo', 'Nome del gruppo', 'Gruppo cliente', 'Gruppo clienti'],
    nl: ['Groepsnaam', 'Klantgroep', 'Klantengroep', 'Relatiegroep'],
  } },
  // a customer's or a member's tier (a shop's loyalty programme: gold, bronze; a membership's level), a group they are in
  // (a bare "Tier" is as often a product's or a patron's pledge level)
  { field: 'tags', conf: 0.75, names: {
    en: ['Customer Tier', 'Loyalty Tier', 'Membership Tier'],
    es: ['Nivel de cliente', 'Nivel de fidelidad'],
    pt: ['Nível do cliente', 'Nível de fidelidade'],
    fr: ['Niveau de fidélité', 'Niveau client'],
    de: ['Kundenstufe', 'Treuestufe'],
    it: ['Livello cliente', 'Livello fedeltà'],
    nl: ['Klantniveau', 'Loyaliteitsniveau'],
  } },
  // the collections a customer is added to (a billing platform's customer import, index:17130025425: "collection handles")
  { field: 'tags', conf: 0.75, names: { en: ['Collections'] } },
  // (Not a Spanish, Portuguese or Italian "Segmento": a B2B list's market segment, the company's industry, "Varejo",
  // "Agronegócio", "Tecnologia", which the corpus's writers leave out, nine files to none.)
  { field: 'tags', conf: 0.85, names: { en: ['Groups', 'Group', 'Category', 'Keywords', 'Lists', 'Segments', 'Segment', 'Interests', 'List', 'Contact Group', 'Contact Groups'], es: ['Grupos', 'Grupo', 'Intereses', 'Lista', 'Grupo de contactos'], pt: ['Grupos', 'Grupo', 'Interesses', 'Lista', 'Grupo de contatos'], fr: ['Groupes', 'Groupe', "Centres d'intérêt", 'Segment', 'Liste', 'Groupe de contacts'], de: ['Gruppen', 'Gruppe', 'Interessen', 'Segment', 'Liste', 'Kontaktgruppe', 'Kontaktgruppen'], it: ['Gruppi', 'Gruppo', 'Interessi', 'Lista', 'Gruppo di contatti'], nl: ['Groepen', 'Groep', 'Interesses', 'Segment', 'Lijst', 'Contactgroep', 'Contactgroepen'] } },

  // The contact owner in the CRMs' other display languages: Salesforce's German "Kontaktinhaber" and "Lead-Inhaber"
  // (index:4657136214, a Marketo Sales Connect page on Salesforce: "im Feld Lead-Inhaber und Kontaktinhaber";
  // index:22628199348, a German CRM's contact export class with a Kontaktinhaber beside its address lines), HubSpot's
  // "Contact owner" as its Portuguese, Italian and Dutch interfaces write it ("Proprietário do contato", "Proprietario del
  // contatto", "Eigenaar van contactpersoon"), RD Station's "Dono do Lead".
  { field: 'owner', conf: 1, names: {
    en: ['Contact Owner', 'Owner', 'Assigned To', 'Assigned User', 'Assignee', 'Lead Owner', 'Record Owner', 'HubSpot Owner', 'Contact Owner Name', 'Account Manager', 'Sales Owner'],
    es: ['Propietario', 'Propietario del contacto', 'Responsable', 'Asignado a', 'Vendedor', 'Comercial', 'Ejecutivo'],
    // ("Vendedor responsável": the salesperson in charge; a bare "Responsável" of a school is a pupil's guardian, ./words.ts)
    pt: ['Proprietário', 'Responsável', 'Atribuído a', 'Vendedor', 'Dono', 'Vendedor responsável', 'Consultor responsável', 'Responsável comercial', 'Proprietário do contato', 'Proprietário do contacto', 'Dono do contato', 'Dono do lead',
      // Kommo's (amoCRM's) contacts export: the user in charge
      'Usuário responsável', 'Utilizador responsável'],
    fr: ['Propriétaire', 'Responsable', 'Assigné à', 'Attribué à', 'Commercial', 'Chargé de compte'],
    de: ['Besitzer', 'Verantwortlich', 'Zuständig', 'Betreuer', 'Zugewiesen an', 'Kundenbetreuer', 'Vertriebsmitarbeiter', 'Kontaktinhaber', 'Lead-Inhaber',
      // the clerk in charge of the customer (an office's case lists, ERP exports)
      'Sachbearbeiter', 'Sachbearbeiterin', 'Zuständiger Sachbearbeiter'],
    it: ['Proprietario', 'Responsabile', 'Assegnato a', 'Commerciale', 'Referente commerciale', 'Proprietario del contatto', 'Proprietario contatto'],
    nl: ['Eigenaar', 'Verantwoordelijke', 'Toegewezen aan', 'Accountmanager', 'Behandelaar', 'Eigenaar van contactpersoon', 'Contacteigenaar', 'Eigenaar contactpersoon'],
  } },

  // Bitrix24 names the owner "Responsible person" (its CRM export and REST field ASSIGNED_BY_ID, "Responsible").
  { field: 'owner', conf: 0.8, names: { en: ['Sales Rep', 'Salesperson', 'Rep', 'Agent', 'Assigned', 'Owner Name', 'User', 'Owned By', 'Handled By', 'Responsible Person', 'Responsible', 'Responsible User',
    // the staff member a school's or a bank's CRM assigns each lead to (an admissions CRM's "AdmissionsAdvisor")
    'Advisor', 'Adviser', 'Admissions Advisor', 'Enrollment Advisor', 'Enrolment Advisor', 'Sales Advisor', 'Account Advisor', 'Assigned Advisor',
    // a consultant, as advisors are: the firm's staff member who follows the client (a wealth manager's "Consultant")
    'Consultant', 'Assigned Consultant', 'Sales Consultant', 'Sales Representative',
    // a recruiting tool's recruiter who owns each candidate (Greenhouse's, Lever's and Workable's candidate exports)
    'Recruiter', 'Assigned Recruiter', 'Recruiter Name',
    // a school's or a social service's case manager (a special-education import's "Case Manager"), an agency's agent
    'Case Manager', 'Case Worker', 'Caseworker', 'Assigned Case Manager', 'Agent Name',
    // a college counselling firm's counselor, a studio's trainer assigned to each member
    'Counselor', 'Counsellor', 'Assigned Counselor', 'Assigned Counsellor', 'Assigned Trainer', 'Personal Trainer',
    // the staff member who captured a lead at a trade show (a badge scanner's export: "Captured By", "Scanned By"); a
    // bank's or a broker's relationship manager; Salesforce reports' owner by alias; a clinic's therapist
    'Captured By', 'Scanned By', 'RM', 'RM Name', 'Owner Alias', 'Lead Owner Alias', 'Contact Owner Alias', 'Relationship Manager', 'Therapist', 'Physiotherapist', 'Assigned Therapist'],
    // a sales representative: Brazilian "Representante" (representante comercial) is the seller a client is assigned to; a
    // bare Spanish "Representante" is often a pupil's guardian (Venezuela) and a French "Représentant" a legal one
    es: ['Agente', 'Asesor', 'Asesor asignado', 'Asesor comercial', 'Consultor', 'Representante comercial', 'Representante de ventas', 'Reclutador', 'Reclutadora'],
    // a real-estate agency's broker who follows each lead ("Corretor" of a Brazilian imobiliária's leads, "Makelaar")
    pt: ['Agente', 'Consultor', 'Representante', 'Representante comercial', 'Representante de vendas', 'Corretor', 'Corretor responsável'], fr: ['Agent', 'Conseiller', 'Consultant', 'Représentant commercial', 'Agent immobilier'], de: ['Berater', 'Kundenberater', 'Makler', 'Fallmanager', 'Fallmanagerin', 'Vertreter', 'Handelsvertreter', 'Außendienst', 'Außendienstmitarbeiter', 'Verkäufer'], it: ['Agente', 'Consulente', 'Agente immobiliare'], nl: ['Adviseur', 'Consulent', 'Makelaar'] } },
  // a clinic's therapist who follows each patient, in the other languages ("Fisioterapeuta": Dra. Sofía Herrera)
  { field: 'owner', conf: 0.75, names: { es: ['Terapeuta', 'Fisioterapeuta'], pt: ['Terapeuta', 'Fisioterapeuta'], fr: ['Thérapeute', 'Kinésithérapeute'], it: ['Terapista', 'Fisioterapista'], nl: ['Fysiotherapeut'] } },
  // "Assigned" alone, as a lead list's column of the user each lead is assigned to ("Asignado": Usuario Pérez), in the
  // languages of the lexicon's "Assigned To" (Asignado a, Atribuído a, Assigné à, Zugewiesen an, Assegnato a, Toegewezen aan)
  { field: 'owner', conf: 0.8, names: { es: ['Asignado', 'Asignada', 'Usuario asignado'], pt: ['Atribuído', 'Atribuída', 'Usuário atribuído'], fr: ['Assigné', 'Attribué'], de: ['Zugewiesen', 'Zugewiesener Benutzer'], it: ['Assegnato', 'Assegnata', 'Utente assegnato'], nl: ['Toegewezen', 'Toegewezen gebruiker'] } },
  { field: 'followers', conf: 1, names: { en: ['Contact Followers', 'Followers', 'Follower'], es: ['Seguidores'], pt: ['Seguidores'], fr: ['Abonnés du contact', 'Suiveurs'], de: ['Follower', 'Beobachter'], it: ['Follower'], nl: ['Volgers'] } },
  { field: 'followers', conf: 0.7, names: { en: ['Watchers', 'Collaborators'] } },
];
