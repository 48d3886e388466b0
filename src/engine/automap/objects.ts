// Word lists of the header lexicon (./lexicon.ts) about things other than the person: names of things ("Event Name"),
// other records (a deal, an order, an insurance policy), cards and licences, pictures and files, national ids, and
// whose id a header names (a record's, or the person's in another system). Data only, split out of ./words.ts.

/** Words that make a "name" about a thing, not the person: "Company Name", "Event Name", "User Name", "In-game name". */
export const NOT_PERSON_NAME_WORDS: ReadonlySet<string> = new Set([
  'company', 'business', 'organization', 'organisation', 'account', 'employer', 'org', 'firm', 'file', 'user', 'screen', 'display', 'nick', 'game',
  'product', 'event', 'project', 'campaign', 'list', 'team', 'squad', 'group', 'pet', 'domain', 'brand', 'store', 'shop', 'site', 'page', 'form',
  'course', 'class', 'school', 'university', 'host', 'street', 'city', 'town', 'country', 'state', 'region', 'card', 'bank', 'song', 'artist',
  'ticket', 'plan', 'package', 'deal', 'opportunity', 'workshop', 'session', 'venue', 'hotel', 'room', 'ship', 'shipping', 'billing', 'invoice',
  'empresa', 'entreprise', 'societe', 'firma', 'azienda', 'bedrijf', 'evento', 'usuario', 'utilisateur', 'benutzer', 'utente', 'gebruiker',
  'produto', 'producto', 'prodotto', 'produit', 'campana', 'campanha', 'veranstaltung', 'yomi', 'phonetic', 'middle', 'maiden', 'additional',
  'middelste', 'meio', 'vendor', 'survey', 'conversion', 'github', 'twitter', 'instagram', 'facebook', 'linkedin', 'skype', 'telegram', 'ign',
  'item', 'article', 'artikel', 'articulo', 'articolo', 'artigo', 'sku', 'variant', 'tier', 'coupon', 'discount',
  // a lease's, a listing's, a law firm's matter's, a credential's name (a provider's "Credential Name": DEA Registration)
  'lease', 'listing', 'matter', 'credential', 'abonnement',
  // an exam's or a test's ("Exam Name" beside "Candidate Name"), a club's ("VereinName": the club, not the player)
  'exam', 'exams', 'examen', 'exame', 'esame', 'prufung', 'pruefung', 'quiz', 'assessment', 'verein', 'vereins', 'vereniging', 'clube',
  // a league's division, a price's, a form's security token's, a retailer's or dealer's, a team roster's name
  'division', 'price', 'csrf', 'token', 'retailer', 'dealer', 'roster',
  // a login's name ("LoginName", "Login name", "Anmeldename", "Nom de connexion") is an account, not the person
  'login', 'logon', 'signin', 'anmelde', 'anmeldung', 'connexion', 'accesso', 'acceso',
  // a campus's or an envelope's name (the name printed on a wedding envelope, "Nombre del sobre"), a "c/o" name (care of: someone else)
  'campus', 'envelope', 'enveloppe', 'umschlag', 'briefumschlag', 'busta', 'envelop', 'sobre', 'co', 'careof',
  // the name of what a person signs up for, buys or belongs to: a programme, a course, a category, a location, a
  // household ("Programme Name", "Category Name", "Location Friendly Name", "Household Full Name", Planning Center's and
  // Givebutter's "Household Name"), a branch, a package, in the seven languages ("Nombre del curso", "Nom du foyer")
  'programme', 'program', 'programa', 'programm', 'programma', 'category', 'categoria', 'categorie', 'kategorie', 'location', 'ubicacion',
  'localizacao', 'lieu', 'standort', 'luogo', 'locatie', 'household', 'hogar', 'foyer', 'menage', 'haushalt', 'huishouden', 'nucleo',
  'curso', 'cours', 'formation', 'kurs', 'corso', 'cursus', 'opleiding', 'equipo', 'equipe', 'mannschaft', 'squadra', 'ploeg', 'grupo', 'groupe',
  'gruppe', 'gruppo', 'groep', 'proyecto', 'projeto', 'projet', 'projekt', 'progetto', 'tienda', 'loja', 'magasin', 'boutique', 'negozio',
  'winkel', 'branch', 'sucursal', 'filial', 'agence', 'filiale', 'vestiging', 'escuela', 'escola', 'ecole', 'schule', 'scuola', 'clase', 'turma',
  'classe', 'klasse', 'klas', 'paquete', 'pacote', 'forfait', 'paket', 'pacchetto', 'pakket', 'evenement', 'recinto', 'salle', 'plano',
  'campagne', 'kampagne', 'campagna', 'service', 'activity', 'membership', 'subscription', 'fund', 'award', 'badge',
  // a part of a building: its floor, room, building, wing (Google Workspace's user upload "Floor Name", "Building ID";
  // a venue's "Room name", "Nombre de la sala", "Nom du bâtiment", "Raumname", "Nome dell'edificio", "Verdieping")
  'floor', 'building', 'wing', 'desk', 'planta', 'piso', 'sala', 'edificio', 'predio', 'andar', 'etage', 'batiment', 'stockwerk', 'geschoss',
  'gebaude', 'raum', 'zimmer', 'piano', 'stanza', 'verdieping', 'gebouw', 'kamer', 'ruimte', 'lokaal',
  // a department's ("Department Name", "Nombre del departamento") and a player's shirt ("Jersey Name": the name printed on it)
  'department', 'dept', 'departamento', 'departement', 'dipartimento', 'reparto', 'abteilung', 'afdeling', 'jersey', 'shirt', 'trikot', 'camiseta',
  'maillot', 'maglia', 'shirtnaam',
  // a school subject's ("Subject Name": Data Structures; "Nombre de la asignatura", "Nome della materia")
  'subject', 'asignatura', 'materia', 'disciplina', 'matiere', 'fach', 'vak',
]);

/**
 * Words that say a header holds a number or a code, never a name: "Id entreprise", "Company Number" (a register's
 * number), "Código empresa", "Codice azienda", "Firmennummer". A name or company word next to one of them is the
 * code's owner, not the value.
 */
export const ID_TOKEN_WORDS: ReadonlySet<string> = new Set([
  'id', 'ids', 'uid', 'code', 'codes', 'codigo', 'codice', 'number', 'no', 'nr', 'nro', 'num', 'numero', 'nummer', 'ref', 'reference', 'identifiant',
  'identificador', 'identificativo', 'identifier', 'kennung', 'siret', 'siren',
]);

/** Words naming another record than the contact (a deal, an order, a device...): never the contact's own field. */
export const OTHER_OBJECTS: ReadonlySet<string> = new Set([
  'deal', 'deals', 'opportunity', 'opportunities', 'order', 'orders', 'ticket', 'tickets', 'product', 'products', 'invoiceno', 'quote',
  'ip', 'ipv4', 'ipv6', 'device', 'browser', 'campaign', 'utm', 'referrer', 'vendor', 'supplier', 'event',
  // a supplier or provider, in the other languages (a booking platform's invoice export: "Anbieter Rechnungsadresse Firma")
  'proveedor', 'fornecedor', 'fournisseur', 'lieferant', 'anbieter', 'fornitore', 'leverancier', 'aanbieder',
  'bank', 'iban', 'vat', 'tax', 'payment', 'survey', 'conversion', 'ad', 'ads', 'form', 'pipeline',
  'trato', 'negocio', 'oportunidad', 'pedido', 'encomenda', 'oportunidade', 'commande', 'opportunite', 'bestellung', 'auftrag', 'angebot',
  'ordine', 'offerta', 'opportunita', 'bestelling', 'offerte', 'dispositivo', 'appareil', 'geraet', 'apparaat',
  // orders and purchases, in the plural ("Número de Compras", "Nombre de commandes": how many; a "Correo de compra" is the buyer's)
  'pedidos', 'encomendas', 'commandes', 'bestellungen', 'ordini', 'bestellingen', 'compras', 'achats', 'acquisti', 'aankopen', 'purchases',
  // tickets, in the other languages: "Nº ingresso", "Tipo de ingresso", "Numéro de billet", "Biglietto"
  'ingresso', 'ingressos', 'bilhete', 'bilhetes', 'boleto', 'boletos', 'billet', 'billets', 'biglietto', 'biglietti', 'eintrittskarte',
  // crypto wallets and network addresses: an "address" that is no street
  'eth', 'ethereum', 'btc', 'bitcoin', 'solana', 'wallet', 'crypto', 'carteira', 'cartera', 'portefeuille', 'portafoglio', 'mac',
  // a product or an article, in the other languages (a shop's order export: "Produkt Name", "Artikelname", "Nombre del
  // producto", "Nom du produit", "Nome prodotto", "Productnaam"), an order's line item
  'produkt', 'produkte', 'producto', 'productos', 'produto', 'produtos', 'produit', 'produits', 'prodotto', 'prodotti', 'artikel', 'articulo',
  'articulos', 'artigo', 'artigos', 'article', 'articles', 'articolo', 'articoli', 'item', 'items', 'sku',
  // a real-estate property (a lead list's "Property Address", "Property City" beside the owner's mailing address)
  'property', 'properties', 'inmueble', 'imovel', 'immobilie', 'immobile', 'immeuble', 'onroerend',
  // a rental's lease, a listing of a property or a stay, a law firm's matter, a subscription in Dutch, French and German
  'lease', 'leases', 'listing', 'listings', 'matter', 'matters', 'abonnement', 'abonnements',
  // a project, and where it takes place ("Project Address", "IndirizzoSedeProgetto", "Projektort", "Ciudad del proyecto")
  'project', 'projects', 'proyecto', 'proyectos', 'projeto', 'projetos', 'projet', 'projets', 'projekt', 'projekte', 'progetto', 'progetti',
]);

/**
 * Words of an insurance policy, in the seven languages: "Policy Number", "Insurer", "Número de póliza", "Apólice",
 * "Numéro de police", "Versicherungsnummer", "Polizza", "Polisnummer". A policy is another record than the contact:
 * its number is no contact id, and its holder's or insurer's phone and name are not the contact's. Hospital, broker
 * and claims systems keep them beside the contact (index:272532273, a clinic's use cases: "insurance provider, policy
 * number, group number"; index:27409266168, an insurance agency CRM: "policy number, carrier").
 */
export const INSURANCE_WORDS: ReadonlySet<string> = new Set([
  'policy', 'policies', 'insurer', 'insurers', 'insurance', 'underwriter', 'poliza', 'polizas', 'aseguradora', 'asegurador', 'seguro', 'seguros',
  'apolice', 'apolices', 'seguradora', 'police', 'polices', 'assureur', 'assurance', 'assurances', 'mutuelle', 'versicherung', 'versicherer',
  'versicherungsnummer', 'versicherungsschein', 'versicherungsscheinnummer', 'versichertennummer', 'krankenkasse', 'krankenversicherung',
  'polizza', 'polizze', 'assicurazione', 'assicurazioni', 'assicuratore', 'polis', 'polissen', 'polisnummer', 'polisnr', 'verzekering',
  'verzekeraar', 'verzekeringsnummer', 'zorgverzekeraar',
]);

/** Stems of one-word insurance compounds (German, Dutch), wherever they stand: "Krankenversicherungsnummer", "Zorgverzekering". */
export const INSURANCE_STEMS: readonly string[] = ['versicher', 'verzeker'];

/**
 * Numbers of a card or licence the contact holds: a library card, a member or loyalty card, a driver's licence. In a
 * file with no better id (no customer or member number) it is the contact's number in another system, the External
 * ID; it is never a phone, whatever its digits look like. A payment card ("Card Number", "Card Last4") is not one:
 * the card words count only next to a holder word (library, member, loyalty...).
 */
export const LICENCE_WORDS: ReadonlySet<string> = new Set([
  'licence', 'license', 'licencia', 'licenca', 'permis', 'fuhrerschein', 'fuehrerschein', 'fuhrerscheinnummer', 'patente', 'rijbewijs',
  'rijbewijsnummer', 'cnh', 'habilitacao',
  // a referee's, a coach's or an athlete's licence number in German and Dutch ("Lizenznummer": SR-10442; a bare "Lizenz" may
  // be a software licence's tier: Basis, Pro)
  'lizenznummer', 'licentienummer',
  // one-word cards (German, Dutch): a library or member card
  'bibliotheksausweis', 'leserausweis', 'mitgliedskarte', 'mitgliedsausweis', 'kundenkarte', 'bibliotheekpas', 'ledenpas', 'lidkaart',
  'klantenkaart', 'klantenpas', 'bibliotheksnummer', 'lesernummer', 'leserausweisnummer', 'bibliotheeknummer', 'bibliotheekpasnummer',
]);

/** A library: its number for a reader is the reader's card number ("Library Number", "Número de biblioteca"). */
export const LIBRARY_WORDS: ReadonlySet<string> = new Set(['library', 'biblioteca', 'bibliotheque', 'bibliothek', 'bibliotheks', 'bibliotheek']);

export const ID_CARD_WORDS: ReadonlySet<string> = new Set(['card', 'tarjeta', 'carte', 'cartao', 'karte', 'ausweis', 'tessera', 'kaart', 'pas', 'carnet', 'carne', 'carteira', 'carta']);

export const CARD_HOLDER_WORDS: ReadonlySet<string> = new Set([
  'library', 'member', 'membership', 'loyalty', 'club', 'rewards', 'reward', 'biblioteca', 'socio', 'fidelidad', 'fidelidade', 'bibliotheque',
  'adherent', 'membre', 'fidelite', 'bibliothek', 'bibliotheks', 'mitglied', 'mitglieds', 'kunden', 'bibliotheek', 'lid', 'lidmaatschap',
  'klanten', 'bibliotecaria', 'associado', 'tesserato', 'leen',
  // an Italian "tessera" is a membership card by itself (an association's "Numero Tessera", "N. tessera")
  'tessera',
  // a driving card: "Carnet de conducir", "Carteira de motorista", "Carta di guida"
  'conducir', 'conduire', 'motorista', 'guida', 'conducao',
]);

/** The other words such a header may have: "Driver's License Number", "Número de licencia de conducir", "N° de permis de conduire". */
export const LICENCE_OTHER_WORDS: ReadonlySet<string> = new Set([
  'driver', 'drivers', 'driving', 's', 'number', 'no', 'num', 'nr', 'nro', 'numero', 'n', 'id', 'code', 'de', 'do', 'da', 'di', 'du', 'del', 'of',
  'conducir', 'conduccion', 'conducao', 'motorista', 'conduire', 'guida', 'van', 'the', 'nummer', 'card', 'tarjeta', 'carte', 'cartao', 'karte',
]);

/** An account, in the seven languages: with a number word alone, an account's or a card's number is never a phone. */
export const ACCOUNT_WORDS: ReadonlySet<string> = new Set(['account', 'acct', 'acc', 'compte', 'cuenta', 'conta', 'konto', 'conto', 'rekening']);

/** Generic custom attributes ("Attribut 2", "Custom 1", "Campo 3", "Merkmal 1"): what they hold is not known. */
export const GENERIC_ATTRIBUTE_WORDS: ReadonlySet<string> = new Set([
  'attribute', 'attributes', 'attribut', 'atributo', 'attributo', 'attribuut', 'merkmal', 'eigenschaft', 'kenmerk', 'custom',
  'champ', 'campo', 'feld', 'veld', 'field', 'property', 'propriete', 'propiedad', 'propriedade', 'proprieta', 'variable',
  'personalizado', 'personalizada', 'personnalise', 'personnalisee', 'benutzerdefiniert', 'benutzerdefiniertes', 'personalizzato', 'aangepast',
  'eigen', 'libre', 'libero', 'vrij', 'zusatzfeld', 'freifeld', 'zusatzinfo', 'zusatz',
]);

/** Words of pictures and codes: "Player Image", "qr_code_url", "Photo URL" hold a link to a picture, not a website. */
export const MEDIA_WORDS: ReadonlySet<string> = new Set([
  'image', 'images', 'img', 'photo', 'photos', 'picture', 'pic', 'avatar', 'logo', 'thumbnail', 'qr', 'barcode', 'signature',
  'imagen', 'imagem', 'foto', 'fotos', 'bild', 'immagine', 'afbeelding',
]);

/** Words of files and uploads: "Upload entry file", "CV (PDF)", "Anhang" hold a link to a file, not a website. */
export const FILE_WORDS: ReadonlySet<string> = new Set([
  'file', 'files', 'upload', 'uploads', 'uploaded', 'attachment', 'attachments', 'pdf', 'archivo', 'adjunto', 'arquivo', 'anexo',
  'fichier', 'datei', 'anhang', 'allegato', 'bestand', 'bijlage',
]);

/** Words of national identity and tax numbers (DNI, CPF, RUC, codice fiscale...): never a contact field. */
export const NATIONAL_ID_WORDS: ReadonlySet<string> = new Set([
  'dni', 'nie', 'nif', 'cif', 'cpf', 'sofinummer', 'sofi', 'cnpj', 'rut', 'cuit', 'cuil', 'curp', 'rfc', 'nit', 'ruc', 'cedula', 'ssn', 'nino', 'nir', 'bsn',
  'passport', 'pasaporte', 'passaporte', 'passeport', 'reisepass', 'personalausweis', 'ausweis', 'document', 'documents', 'documento',
  'documentos', 'documenti', 'identidad', 'identidade', 'identite', 'steuernummer', 'siret', 'siren', 'piva',
  // a German social insurance number ("SV-Nummer", "sv_nummer", "SVNR"), a Swiss AHV number (read whole as well)
  'svnr', 'svnummer', 'sozialversicherungsnummer', 'versicherungsnummer', 'ahv', 'ahvnummer', 'ahvnr',
  // India's Aadhaar, Singapore's and Malaysia's NRIC, the UAE's Emirates ID, a Philippine TIN's and UMID's numbers
  'aadhaar', 'aadhar', 'nric', 'emirates', 'umid',
  // a business's tax numbers: India's GST number ("GST Number": 29AAFCS1234K1Z9), Australia's ABN
  'gst', 'gstin', 'abn',
]);

/** Records whose id is not the contact's ("Account ID", "OrderId"). */
export const OBJECT_ID_WORDS: ReadonlySet<string> = new Set(['module', 'modulo', 'modul', 'purchase', 'evaluation', 'account', 'company', 'organization', 'organisation', 'org', 'deal', 'location', 'transaction', 'party', 'object', 'site', 'campaign', 'list', 'order', 'opportunity', 'owner', 'parent', 'record', 'book', 'group', 'team', 'workspace', 'tenant', 'session', 'event', 'ticket', 'form', 'page', 'ad', 'pipeline', 'stage', 'product', 'plan', 'subscription', 'invoice', 'payment', 'card', 'attendee', 'registrant', 'registration',
  // a direct-debit mandate (GoCardless' "mandate_id", SEPA's "Mandatsreferenz"), a contract, a donation or gift, a task or a message
  'mandate', 'mandat', 'mandato', 'mandats', 'machtiging', 'mandaat', 'contract', 'contrato', 'contrat', 'vertrag', 'contratto', 'agreement', 'donation', 'gift', 'pledge',
  'task', 'message', 'thread', 'call', 'meeting', 'appointment', 'case', 'claim',
  // an application, a form's entry, submission or response, a job, a request; a voice, a model, an app of a tool ("Application
  // ID": "app_14"; a voice assistant's "Voice ID": "Puck")
  // a project ("Codice Progetto Interno", "Project Code", "Projektnummer")
  'project', 'projects', 'proyecto', 'projeto', 'projet', 'projekt', 'progetto',
  'application', 'entry', 'submission', 'response', 'job', 'request', 'voice', 'model', 'app', 'asset',
  'booking', 'reservation', 'reserva', 'reservierung', 'buchung', 'prenotazione', 'reservering', 'boeking',
  // a school, a campus, a store, a shop's website or a household a contact belongs to: its id is the place's ("SchoolID", "store_id",
  // Magento's "website_id", "Household ID")
  'school', 'escuela', 'escola', 'ecole', 'schule', 'schul', 'scuola', 'campus', 'store', 'shop', 'website', 'tienda', 'loja', 'magasin', 'negozio', 'winkel', 'household',
  // an office or a branch ("sede_id", "Filial-ID", "ID sucursal", "branch_id")
  'sede', 'branch', 'filiale', 'filial', 'sucursal', 'vestiging', 'agence',
  // a department ("reparto_id", "department_id", "Abteilungs-ID") and a type or kind of a list ("type_id", "tipo_id",
  // "soort_id")
  'department', 'dept', 'departamento', 'departement', 'abteilung', 'afdeling', 'reparto', 'dipartimento', 'type', 'typ', 'tipo', 'soort']);

/**
 * People whose id in another system is the contact's External ID ("Customer ID", "guest_id"). Not an attendee's or a
 * registrant's: event tools number each registration ("Attendee ID", Eventbrite's "Attendee #"), so the same person
 * has one per event, like a ticket or an order number.
 */
export const SELF_ID_WORDS: ReadonlySet<string> = new Set(['person', 'persona', 'pessoa', 'personne', 'customer', 'client', 'cliente', 'member', 'subscriber', 'participant', 'student', 'patient', 'kunde', 'klant', 'socio', 'adherent', 'lid', 'guest', 'invitee', 'visitor', 'donor', 'volunteer', 'supporter', 'player',
  // a lead in a CRM's lead export is the person ("Lead ID", Salesforce's 00Q... ids); a buyer in a marketplace's sales
  // export ("Buyer User ID", Etsy); a patient, a member, a pupil, a donor in the other languages ("Patienten-Nr",
  // "ID du membre", "Número de paciente", "Codice paziente", "Mitgliedsnummer")
  'lead', 'buyer', 'comprador', 'acheteur', 'kaeufer', 'kaufer', 'acquirente', 'koper', 'paciente', 'paziente', 'membre', 'miembro',
  'membro', 'mitglied', 'teilnehmer', 'deelnemer', 'participante', 'partecipante', 'alumno', 'aluno', 'eleve', 'etudiant', 'studente', 'alunno', 'allievo', 'allieva',
  'schueler', 'schuler', 'leerling', 'donante', 'doador', 'donateur', 'spender', 'donatore', 'abonne', 'abonnent', 'abonnee', 'suscriptor', 'assinante',
  // an employee's id in the employer's system ("Id Empleado", "ID Funcionário", "Mitarbeiter-ID", "ID dipendente")
  'employee', 'empleado', 'funcionario', 'colaborador', 'employe', 'salarie', 'mitarbeiter', 'dipendente', 'medewerker', 'staff',
  // a person in a role the file lists them in: a driver of a delivery or ride platform ("ID Driver", "Fahrer-ID", "ID autista")
  'driver', 'conductor', 'motorista', 'chauffeur', 'conducteur', 'fahrer', 'autista', 'bestuurder',
  // a fundraising CRM's person: a constituent (Blackbaud Raiser's Edge "Constituent ID", Little Green Light's "LGL
  // Constituent ID", Salesforce NPSP)
  'constituent',
  // a volunteer in the other languages ("CodiceVolontario", "ID voluntario", "Freiwilligen-Nr", "Vrijwilligersnummer")
  'voluntario', 'voluntaria', 'volontario', 'volontaria', 'volontaire', 'freiwillige', 'freiwilliger', 'vrijwilliger',
  // an athlete on a club's or a federation's list ("Athlete ID", "Cognome nome atleta")
  'athlete', 'atleta', 'athlet', 'atleet', 'sportler', 'sporter',
  // a student in Spanish and Portuguese, a university's student ("código universitario": the university's code for its
  // student, as a student number)
  'estudiante', 'estudante', 'universitario', 'universitaria', 'universitaire',
  // the person's record in the file's own register: Italian "anagrafica" ("ID anagrafica", "Codice anagrafica"), German
  // "Stammdaten", "Stammsatz", a Spanish or Portuguese "ficha", a French "fiche", a Dutch "relatie"
  'anagrafica', 'anagrafe', 'stammdaten', 'stammsatz', 'ficha', 'fiche', 'relatie',
  // a hotel's guest in Spanish and Portuguese ("Id_Huesped")
  'huesped', 'hospede',
  // a customer in accounting, its debtor account ("Debiteurnummer", "Debitorennummer", "Deudor"), and a teacher of a
  // teachers' register ("Lerarennummer", "Lehrernummer")
  'debtor', 'debiteur', 'debitor', 'debitoren', 'deudor', 'devedor', 'debitore', 'teacher', 'leraar', 'leraren', 'lehrer', 'docent', 'docente',
  // a beneficiary of a service (a mail-forwarding or a social programme's list: "Référence Bénéficiaire", "Beneficiary ID")
  'beneficiary', 'beneficiaire', 'beneficiario', 'beneficiaria', 'begunstigde',
  // a recruiting tool's candidate (Greenhouse's "Candidate ID", "Applicant ID", "ID candidato", "Bewerber-Nr")
  'candidate', 'applicant', 'candidato', 'candidata', 'candidat', 'kandidat', 'bewerber', 'sollicitant', 'kandidaat']);
/** A user account in another system: its id is the person's there ("User ID", "ID Utente", "ID Usuario"), below a
 *  customer's or member's id when the file has both (a Meetup export's "User ID" and "Member ID"). */
export const USER_ID_WORDS: ReadonlySet<string> = new Set(['user', 'usuario', 'utilisateur', 'utente', 'benutzer', 'gebruiker', 'utilizador', 'nutzer',
  // a login's id is the user account's ("LoginID", "Login ID", "ID de acceso", "Anmelde-ID")
  'login', 'logon', 'signin', 'acceso', 'connexion', 'anmelde', 'accesso']);
/** A supplier in a supplier list: its id is the row's ("Supplier ID", "ID Fornitore", "Lieferantennummer"), its other
 *  columns another record's in a customer file (Zoho's "Vendor Name"). */
export const SUPPLIER_WORDS: ReadonlySet<string> = new Set(['supplier', 'vendor', 'proveedor', 'fornecedor', 'fournisseur', 'lieferant', 'fornitore', 'leverancier', 'anbieter', 'aanbieder']);
/** People whose number is a shirt or a seat, not a register's ("Player No", "Guest Number"): only their "ID" is an id. */
export const NOT_REGISTER_NUMBER_WORDS: ReadonlySet<string> = new Set(['player', 'guest', 'jugador', 'jogador', 'joueur', 'spieler', 'giocatore', 'speler']);

