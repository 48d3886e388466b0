// The words values are known by: yes and no, a record's status, regions named by compass points, and countries (codes
// and names), in the seven languages. ./sniff.ts reads a cell with them.
import { withoutAccents } from './normalize';

/** Words of a value, accents dropped: "Février 2016" -> fevrier, 2016. */
export function words(s: string): string[] {
  return withoutAccents(s.replace(/ß/g, 'ss'))
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

export const BOOLEANS = new Set(['true', 'false', 'yes', 'no', 'y', 'n', 'si', 'sí', 'sim', 'não', 'nao', 'oui', 'non', 'ja', 'nein', 'nee', 'vero', 'falso', 'verdadero', 'verdadeiro', 'wahr', 'x', '✓', '✗']);

/** Words of a record's status, in the seven languages: a column of these is a status, not a place or a name. */
export const STATUSES = new Set(
  ('active inactive activo inactivo activa inactiva ativo inativo ativa inativa actif inactif aktiv inaktiv attivo inattivo attiva ' +
    'inattiva actief inactief pending pendiente pendente ausstehend approved aprobado aprovado approuve genehmigt approvato goedgekeurd ' +
    'declined rejected rechazado rejeitado refuse abgelehnt rifiutato afgewezen cancelled canceled cancelado annule storniert annullato ' +
    'geannuleerd subscribed unsubscribed cleaned bounced suspended blocked archived expired paid unpaid invited confirmed registered ' +
    'attending waitlisted lead prospect customer').split(' ').concat(
  // A booking's or a registration's, each gender where the language has two ("Estado": confirmada, pendiente).
  ('confirmado confirmada confirme confirmee bestatigt confermato confermata bevestigd cancelada annulee annullata aprobada aprovada ' +
    'approuvee approvata rechazada rejeitada refusee rifiutata pagado pagada pago paga payee bezahlt pagato pagata betaald accepted aceptado ' +
    'aceptada aceito aceita accepte acceptee akzeptiert accettato accettata geaccepteerd registrado registrada inscrito inscrita inscrit ' +
    'inscrite angemeldet registrato registrata iscritto iscritta aangemeld waiting ' +
    // a subscription's (a gym's "Estado": Suscrito, Cancelado)
    'suscrito suscrita suscripto suscripta assinado assinada abonne abonnee abonniert abbonato abbonata geabonneerd').split(' '),
  ['en attente', 'in attesa', 'en espera', 'em espera', 'in afwachting', 'no show', 'checked in'],
  // A lead's or a request's ("Estado": nueva, contactada)
  ('nuevo nueva novo nouveau nouvelle neu nuovo nuova nieuw contactado contactada contatado contatada contacte contactee kontaktiert ' +
    'contattato contattata gecontacteerd').split(' '),
  // An appointment's ("ESTADO": atendida, programada, cancelada)
  ['atendida', 'atendido', 'programada', 'programado', 'agendada', 'agendado', 'reprogramada', 'realizada', 'scheduled', 'rescheduled',
    'attended', 'programmee', 'programme', 'terminee', 'geplant', 'wahrgenommen', 'programmato', 'programmata', 'gepland'],
  // A shipment's ("Estado": Entregado, En ruta, Novedad of a courier's guides report)
  ['entregado', 'entregada', 'en ruta', 'en transito', 'novedad', 'devuelto', 'devuelta', 'enviado', 'enviada', 'entregue', 'em transito',
    'em rota', 'devolvido', 'livre', 'livree', 'en livraison', 'expedie', 'expediee', 'zugestellt', 'versendet', 'in zustellung',
    'consegnato', 'consegnata', 'spedito', 'spedita', 'in consegna', 'bezorgd', 'verzonden', 'onderweg', 'delivered', 'shipped',
    'in transit', 'out for delivery', 'returned'],
  // A consent's answer ("Acepta", "No Acepta" of a promotion's terms; "Não aceita")
  ['acepta', 'no acepta', 'acepto', 'no acepto', 'nao aceita', 'nao aceito', 'accepte pas', 'non accetta', 'accetta', 'not accepted'],
  // A staff list's: on leave, on holiday, on sick leave (HR exports: "De vacaciones", "Em férias", "Im Urlaub").
  ['on leave', 'on holiday', 'on vacation', 'de vacaciones', 'de baja', 'de licencia', 'de ferias', 'em ferias', 'de licenca',
    'em licenca', 'en conge', 'en vacances', 'im urlaub', 'in urlaub', 'krankgeschrieben', 'in ferie', 'in malattia', 'met verlof',
    'op vakantie', 'ziek'],
  // A lead's or a case's stage (CRM and form pipelines: "NUEVO", "EN PROCESO", "Cerrado"), and a trainee's or a student's
  // (a driving school's "En prácticas", "In Ausbildung").
  ['new', 'open', 'closed', 'in progress', 'completed', 'contacted', 'qualified', 'won', 'lost', 'nuevo', 'nueva', 'abierto', 'cerrado',
    'en proceso', 'en curso', 'en tramite', 'finalizado', 'completado', 'contactado', 'novo', 'aberto', 'fechado', 'em andamento', 'em processo',
    'concluido', 'contatado', 'nouveau', 'ouvert', 'ferme', 'en cours', 'termine', 'contacte', 'neu', 'offen', 'geschlossen', 'in bearbeitung',
    'abgeschlossen', 'erledigt', 'kontaktiert', 'nuovo', 'aperto', 'chiuso', 'in corso', 'in lavorazione', 'completato', 'concluso', 'contattato',
    'nieuw', 'gesloten', 'in behandeling', 'afgerond', 'voltooid', 'gecontacteerd', 'en practicas', 'en formacion', 'em estagio', 'em formacao',
    'en stage', 'en formation', 'im praktikum', 'in ausbildung', 'in tirocinio', 'in formazione', 'in opleiding', 'stagiair']),
);

/** A region named by its compass point ("Norte", "Nordeste", "Midden", "Sud", "Midwest", "Centro-Oeste"): a sales or
 *  sports region of a country, never one of its states or provinces. */
const COMPASS_WORDS = new Set(
  ('north south east west northeast northwest southeast southwest midwest central centre center mid middle norte sur sul este leste oeste ' +
    'nordeste noroeste sudeste sureste suroeste sudoeste centro nord sud est ouest nordest nordovest sudest sudovest norden suden osten westen ' +
    'nordost nordwest sudwest mitte mittel noord zuid oost midden noordoost noordwest zuidoost zuidwest region regio regiao regione').split(' '),
);
export function isCompassRegionText(s: string): boolean {
  const w = words(s);
  return w.length > 0 && w.length <= 3 && w.every((x) => COMPASS_WORDS.has(x)) && !w.every((x) => /^regi/.test(x));
}

/** ISO 3166-1 alpha-2 codes. */
const ISO2 = new Set(
  ('AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO ' +
    'CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN ' +
    'HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML ' +
    'MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA ' +
    'SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN ' +
    'VU WF WS YE YT ZA ZM ZW UK').split(' '),
);
/** Country names people write, in the seven languages (accents dropped). */
const COUNTRY_NAMES = new Set(
  [
    'united states', 'usa', 'us', 'united states of america', 'estados unidos', 'etats unis', 'vereinigte staaten', 'stati uniti', 'verenigde staten',
    'united kingdom', 'uk', 'great britain', 'england', 'scotland', 'wales', 'northern ireland', 'reino unido', 'royaume uni', 'vereinigtes konigreich', 'regno unito', 'verenigd koninkrijk',
    'canada', 'mexico', 'brazil', 'brasil', 'bresil', 'brasilien', 'brasile', 'brazilie', 'argentina', 'argentine', 'argentinien', 'chile', 'chili',
    'colombia', 'colombie', 'kolumbien', 'peru', 'perou', 'venezuela', 'ecuador', 'uruguay', 'paraguay', 'bolivia', 'spain', 'espana', 'espagne',
    'spanien', 'spagna', 'spanje', 'portugal', 'portogallo', 'france', 'francia', 'franca', 'frankreich', 'frankrijk', 'germany', 'alemania',
    'alemanha', 'allemagne', 'deutschland', 'germania', 'duitsland', 'italy', 'italia', 'italie', 'italien', 'italie', 'netherlands', 'the netherlands',
    'holland', 'paises bajos', 'pays bas', 'niederlande', 'paesi bassi', 'nederland', 'belgium', 'belgica', 'belgique', 'belgien', 'belgio', 'belgie',
    'switzerland', 'suiza', 'suica', 'suisse', 'schweiz', 'svizzera', 'zwitserland', 'austria', 'autriche', 'osterreich', 'oostenrijk', 'ireland',
    'irlanda', 'irlande', 'irland', 'ierland', 'sweden', 'suecia', 'suede', 'schweden', 'svezia', 'zweden', 'norway', 'noruega', 'norvege',
    'norwegen', 'norvegia', 'noorwegen', 'denmark', 'dinamarca', 'danemark', 'danemark', 'danimarca', 'denemarken', 'finland', 'poland', 'polonia',
    'pologne', 'polen', 'greece', 'grecia', 'grece', 'griechenland', 'griekenland', 'india', 'inde', 'indien', 'china', 'chine', 'cina', 'japan',
    'japon', 'giappone', 'australia', 'australie', 'australien', 'new zealand', 'south africa', 'nigeria', 'ghana', 'kenya', 'egypt', 'morocco',
    'marruecos', 'maroc', 'marokko', 'turkey', 'turquia', 'turquie', 'turkei', 'russia', 'rusia', 'russie', 'russland', 'ukraine', 'ucrania',
    'israel', 'united arab emirates', 'singapore', 'philippines', 'indonesia', 'malaysia', 'thailand', 'vietnam', 'pakistan', 'bangladesh',
    'czech republic', 'czechia', 'hungary', 'romania', 'croatia', 'serbia', 'slovenia', 'slovakia', 'bulgaria', 'luxembourg', 'iceland',
  ].map((n) => n.replace(/\s+/g, ' ')),
);

export function isCountryText(s: string): boolean {
  if (/^[A-Z]{2}$/.test(s)) return ISO2.has(s);
  if (/^[A-Z]{3}$/.test(s)) return ['USA', 'GBR', 'DEU', 'FRA', 'ESP', 'ITA', 'NLD', 'PRT', 'BRA', 'MEX', 'ARG', 'CAN', 'AUS', 'IND', 'CHE', 'BEL', 'AUT', 'IRL', 'CHL', 'COL', 'PER'].includes(s);
  return COUNTRY_NAMES.has(words(s).join(' '));
}

/** Kinds of a shop, a trade or a practice that start or end a business's name, in the seven languages ("Slagerij Hendriks",
 *  "Eetcafé De Zwaan", "Bäckerei Krause", "Farmacia Centrale", "Hotel Adlon", "Salon Chic", "Whitfield Law Office", "Cabinet
 *  Dupont"): the name of a business, not of a person.
 *  Compounds ending in one count ("Eetcafé", "Stadtbäckerei"); words that are also family names (Winkel, Markt) are left out. */
const BUSINESS_WORDS = new Set(
  ('bakery bakehouse butcher butchers cafe office offices firm attorneys associates partners lawyers solicitors coffeeshop restaurant bistro brasserie pizzeria trattoria osteria taverna hotel hostel motel ' +
    'pharmacy drugstore salon barbershop garage florist boutique supermarket grocery diner clinic studio agency workshop ' +
    'backerei baeckerei metzgerei fleischerei konditorei gaststatte gasthaus gasthof wirtshaus apotheke drogerie friseur autohaus werkstatt ' +
    'blumenladen buchhandlung kanzlei anwaltskanzlei rechtsanwalte rechtsanwaelte notariat praxis klinik ' +
    'panaderia carniceria cafeteria restaurante farmacia peluqueria taller floristeria libreria ferreteria clinica bufete abogados asesoria gestoria ' +
    'padaria acougue lanchonete cabeleireiro oficina floricultura papelaria drogaria advogados escritorio ' +
    'boulangerie boucherie patisserie pharmacie coiffure coiffeur clinique fleuriste librairie quincaillerie auberge cabinet avocats notaires ' +
    'panetteria panificio macelleria pasticceria ristorante albergo parrucchiere officina fioraio libreria ferramenta avvocati notaio ' +
    'bakkerij slagerij eetcafe apotheek kapsalon bloemist boekhandel garagebedrijf autobedrijf herberg advocaten advocatenkantoor notariskantoor ' +
    // the trade words that end English business names ("Blue Ridge Hardware", "Lakeside Dental Supply", "Vance Plumbing"),
    // and Dutch shop words ("Woonwinkel De Linde", "Interieur Bakker")
    'hardware supply supplies plumbing roofing landscaping logistics consulting solutions services construction constructions joinery tyres tires ' +
    'motors interiors realty dental physio logistica logistik ' +
    'woonwinkel interieur').split(' '),
);
const BUSINESS_HEADS = ['cafe', 'bakkerij', 'slagerij', 'backerei', 'baeckerei', 'metzgerei', 'apotheke', 'apotheek', 'restaurant', 'pizzeria'];
/** A word of a business's kind ("Slagerij", "Eetcafé", "Stadtbäckerei", "Pizzeria"), accents dropped, any case. */
export function isBusinessWord(word: string): boolean {
  const w = withoutAccents(word.replace(/ß/g, 'ss')).toLowerCase().replace(/[^a-z]/g, '');
  return w.length >= 4 && (BUSINESS_WORDS.has(w) || BUSINESS_HEADS.some((h) => w.length > h.length + 2 && w.endsWith(h)));
}

/** A user account's role or kind, as exports write it in every row ("EMPLOYEE", "STUDENT", "Mitarbeiter", "Alumno"): a
 *  word of the record, never a person's name. Words that are family names too (Gast, Lid) are left out. */
const ACCOUNT_ROLES = new Set(
  ('employee staff student students admin administrator user member guest teacher manager owner ' +
    'mitarbeiter mitarbeiterin angestellter studierende studentin dozent dozentin mitglied benutzer lehrer lehrerin ' +
    'empleado empleada estudiante alumno alumna usuario usuaria socio socia invitado profesor profesora ' +
    'funcionario funcionaria aluno aluna membro convidado professora colaborador colaboradora ' +
    'employe etudiant etudiante utilisateur utilisatrice membre invite enseignant enseignante ' +
    'dipendente studente studentessa utente ospite docente ' +
    'medewerker werknemer gebruiker docent leerling').split(' '),
);
export function isAccountRoleText(s: string): boolean {
  const w = words(s);
  return w.length === 1 && ACCOUNT_ROLES.has(w[0]);
}

/** A salutation ("Herr", "Frau", "Mrs.", "Mme", "Sra.", "Sig.ra", "Dhr."), alone in a cell: a column of these is the
 *  salutation, never a name part. */
const SALUTATIONS = new Set(
  ('mr mrs ms miss mx dr herr frau fraulein sr sra srta senor senora dona m mme mlle monsieur madame mademoiselle sig sigra signor ' +
    'signora dott dottssa dhr mevr heer mevrouw').split(' '),
);
export function isSalutationText(s: string): boolean {
  return SALUTATIONS.has(words(s).join(''));
}

/** Ways of reaching someone, a "preferred contact" column's answers ("Email", "Phone", "Text", "WhatsApp", "Brief",
 *  "Correo", "Courriel"): a channel, never a name. */
const CONTACT_CHANNELS = new Set(
  ('email,e mail,mail,phone,telephone,call,phone call,text,text message,sms,whatsapp,post,letter,mobile,cell,in person,any,either,' +
    'telefon,anruf,brief,post,personlich,handy,' +
    'correo,correo electronico,telefono,llamada,mensaje,carta,celular,' +
    'telefone,ligacao,mensagem,correio,' +
    'courriel,appel,courrier,lettre,texto,portable,' +
    'chiamata,messaggio,lettera,posta,cellulare,' +
    'telefoon,bellen,mobiel').split(','),
);
export function isContactChannelText(s: string): boolean {
  return CONTACT_CHANNELS.has(words(s).join(' '));
}

/** Where a lead comes from, as lead lists write it in the seven languages: a referral, word of mouth, a trade fair, an
 *  event, an ad, a flyer, the press, a website, a search engine, a social network (a source column of a file without a
 *  header row, ./noheader.ts; a referral's answers, ./referral.ts). */
const LEAD_CHANNELS = new Set(('referral,recommendation,word of mouth,trade show,trade fair,fair,event,website,web,google,facebook,instagram,' +
  'linkedin,twitter,tiktok,youtube,newsletter,flyer,advertisement,ad,ads,radio,tv,press,cold call,walk in,partner,friend,direct,' +
  'recomendacion,referido,referencia,boca a boca,feria,evento,pagina web,anuncio,volante,prensa,amigo,' +
  'indicacao,feira,site,anuncio,panfleto,' +
  'recommandation,bouche a oreille,salon,site web,site internet,publicite,prospectus,evenement,parrainage,ami,presse,' +
  'empfehlung,mundpropaganda,messe,webseite,anzeige,veranstaltung,freund,werbung,' +
  'passaparola,raccomandazione,segnalazione,fiera,sito,sito web,pubblicita,volantino,amico,' +
  'aanbeveling,mond tot mond,mond op mond,beurs,advertentie,folder,evenement,vriend').split(','));
export const leadChannelKey = (s: string) => withoutAccents(s).toLowerCase().replace(/[-_]+/g, ' ').replace(/\s+/g, ' ').trim();
export const isLeadChannelText = (s: string) => LEAD_CHANNELS.has(leadChannelKey(s));
