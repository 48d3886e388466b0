// The words that say which one of several a header is (./qualifiers.ts reads them): a billing or shipping address, an
// alternate or the primary one, a phone's, an email's or an address's type, and the address group a type names. Data
// only, split out of ./words.ts.

/** Words that mark a billing address (mapped only when the file has no other address), including a payment card's. */
export const BILLING_WORDS: ReadonlySet<string> = new Set(['billing', 'bill', 'invoice', 'invoicing', 'card', 'facturacion', 'factura', 'faturamento', 'cobranca', 'fatura', 'faturas', 'facturation', 'facture', 'rechnung', 'rechnungs', 'rechnungsadresse', 'fatturazione', 'fattura', 'factuur', 'facturatie', 'payer',
  // the finance or accounting department's ("E-mail financeiro", "Email comptabilité", "Buchhaltung E-Mail"): where invoices go
  'finance', 'financeiro', 'financeira', 'finanzas', 'financiero', 'financiera', 'finances', 'financier', 'finanz', 'finanzen', 'finanza', 'financien',
  'buchhaltung', 'contabilidad', 'contabilidade', 'comptabilite', 'contabilita', 'amministrazione', 'boekhouding',
  // a business's fiscal (tax) address, its invoices' ("Dirección fiscal", "Domicilio fiscal", "Indirizzo fiscale")
  'fiscal', 'fiscale']);
/** Words that mark a shipping address: never the contact's own. */
export const SHIPPING_WORDS: ReadonlySet<string> = new Set(['shipping', 'ship', 'delivery', 'deliver', 'envio', 'entrega', 'livraison', 'lieferung', 'liefer', 'lieferadresse', 'versand', 'spedizione', 'consegna', 'levering', 'verzending', 'afleveradres', 'aflever', 'bezorg', 'bezorging', 'recipient', 'shipment', 'shipments']);
/** Words that mark an alternate (other, secondary) address, email or phone. */
export const ALTERNATE_WORDS: ReadonlySet<string> = new Set(['other', 'alternate', 'alt', 'alternative', 'secondary', 'second', 'segundo', 'segunda', 'deuxieme', 'secondo', 'seconda', 'backup', 'additional', 'extra', 'previous', 'old', 'former', 'otro', 'otra', 'otros', 'otras', 'secundario', 'secundaria', 'alternativo', 'alternativa', 'outro', 'outra', 'outros', 'outras', 'autre', 'autres', 'secondaire', 'weitere', 'weiterer', 'weiteres', 'weiteren', 'zweite', 'zweiter', 'alte', 'altro', 'altra', 'altri', 'altre', 'secondario', 'secondaria', 'ander', 'andere', 'tweede', 'oud', 'oude', 'overige', 'overig', 'anders', 'zweit', 'zweitwohnsitz',
  // An account's recovery address or number (Google Workspace's "Recovery Email", "Recovery Phone"): a second one, not the main.
  'recovery', 'recuperacion', 'recuperacao', 'recuperation', 'wiederherstellung', 'recupero', 'herstel']);
/** Words that mark the primary one of its kind. */
export const PRIMARY_WORDS: ReadonlySet<string> = new Set(['primary', 'main', 'principal', 'principale', 'preferred', 'default', 'hoofd', 'haupt', 'primair', 'primaire', 'primario', 'primaria', 'primar']);
/** Words typing an email, phone or address (one of several of equal rank). */
export const TYPE_WORDS: ReadonlySet<string> = new Set([
  'work', 'business', 'office', 'home', 'personal', 'private', 'mobile', 'cell', 'landline', 'direct', 'fixed',
  'company', 'corporate', 'professional', 'casa', 'trabajo', 'oficina', 'particular', 'fijo', 'personal', 'trabalho', 'comercial',
  'residencial', 'pessoal', 'fixo', 'maison', 'domicile', 'bureau', 'travail', 'professionnel', 'perso', 'pro', 'fixe', 'privat', 'geschaft',
  // French personal, after its key word ("Portable personnel", "Numéro de téléphone personnel")
  'personnel', 'personnelle',
  // German compounds' first part, with its joining "s" ("GeschaeftsTelefon", "Geschäftsadresse" split as camelCase;
  // German written without umlauts, "Geschaefts", "Buero", is read as "geschafts", "buro": ./normalize.ts)
  'geschafts',
  'geschaftlich', 'dienstlich', 'buro', 'arbeit',
  // abbreviated ("Tel. geschäftl.", "Tel. dienstl.", "Mobil priv.")
  'geschaftl', 'dienstl', 'priv', 'festnetz', 'lavoro', 'ufficio', 'privato', 'fisso', 'thuis', 'werk', 'kantoor', 'prive', 'zakelijk',
  'vast', 'handy', 'whatsapp', 'sms', 'car', 'voiture', 'auto', 'coche', 'carro',
  // a mobile after its key word: "Telefoon Mobiel", "Telefon Mobil", "Teléfono Móvil", "Telefone Celular", "Téléphone Portable"
  'mobiel', 'mobil', 'movil', 'celular', 'cellulare', 'telemovel', 'portable', 'gsm',
  // business, after its key word: "Adresse commerciale", "Indirizzo commerciale" (alone, "Commercial" is the owner)
  'commercial', 'commerciale',
  // home, after its key word: "Calle del domicilio", "Ciudad de residencia" (Outlook in Spanish)
  'domicilio', 'residencia', 'residence', 'residenza',
  // abbreviated ("Indirizzo Res.", "Comune Res.", "Cap Res." of a volunteers' register)
  'res',
  // Outlook in Italian ("Via (uff.)", "Città (ab.)") and Dutch ("Werkadres, straat", "Huisadres, plaats")
  'uff', 'ab', 'abitazione', 'werkadres', 'huisadres', 'thuisadres', 'bezoekadres',
  // German home and on the go, after the key word: "Telefon zu Hause" (read as one word, ./normalize.ts), "telefon_daheim",
  // "Handy unterwegs"
  'zuhause', 'daheim', 'unterwegs',
]);
/** The address group a type word names, in any language: Outlook in Spanish types its home address with both
 *  "domicilio" (Calle del domicilio) and "residencia" (Ciudad de residencia), its work address with "trabajo". */
export const TYPE_GROUPS: Readonly<Record<string, string>> = {
  home: 'home', casa: 'home', domicilio: 'home', residencia: 'home', residence: 'home', residenza: 'home', residencial: 'home', maison: 'home',
  domicile: 'home', res: 'home', privat: 'home', private: 'home', prive: 'home', privato: 'home', thuis: 'home', particular: 'home', personal: 'home',
  pessoal: 'home', perso: 'home', ab: 'home', abitazione: 'home', huisadres: 'home', thuisadres: 'home',
  work: 'business', business: 'business', office: 'business', trabajo: 'business', oficina: 'business', trabalho: 'business', comercial: 'business',
  commercial: 'business', commerciale: 'business', bureau: 'business', travail: 'business', professionnel: 'business', pro: 'business',
  geschaftlich: 'business', arbeit: 'business', geschaftl: 'business', dienstl: 'business', priv: 'home', geschaft: 'business', geschafts: 'business', dienstlich: 'business', buro: 'business', lavoro: 'business',
  ufficio: 'business', werk: 'business', kantoor: 'business', zakelijk: 'business', company: 'business', corporate: 'business',
  professional: 'business', uff: 'business', werkadres: 'business', bezoekadres: 'business',
};
/** A whole header made of one of these words holds a phone when the file has other phone columns ("Handy", "Büro", "Privat"). */
export const BARE_PHONE_TYPES: ReadonlySet<string> = new Set(['work', 'business', 'office', 'home', 'personal', 'private', 'casa', 'trabajo', 'oficina', 'particular', 'trabalho', 'comercial', 'residencial', 'maison', 'domicile', 'bureau', 'travail', 'privat', 'buro', 'geschaftlich', 'dienstlich', 'lavoro', 'ufficio', 'thuis', 'werk', 'kantoor', 'prive', 'zakelijk']);
