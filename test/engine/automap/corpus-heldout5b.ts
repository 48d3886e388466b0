// The fifth held-out part of the auto-mapping corpus (see corpus-format.ts), its second half ("5b"): 45 header sets
// (754 columns, 283 of them expected to map) in Spanish, Portuguese, French and Italian, and English exports of
// booking, church, school, donor and help-desk tools, from sources none of the other parts use, found in the public
// code index (CSV files and templates, importer tests and fixtures, export writers and their documentation) and written
// down, with the mapping a careful person would choose by the field definitions and the rules, BEFORE the
// mapper was run on them and without reading the lexicon or the mapper. "index:N" names the index file the header
// text was read from (the index does not name its repository); "github:owner/repo path" a repository's file; the kind
// says what the file is. Sample values are made up in the shape of each file's own (no personal data from the sources
// is copied).
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
    SECTOR | - | Electricidad | Gestoría
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
  set({ id: 'es-tiendanube-ventas-export', kind: 'Tienda Nube order export (buyer and shipping name and phone, address, amounts, seller, cancellation)', lang: 'es', defaultCountry: 'AR', source: 'index:54118168 (an ERP\'s Tienda Nube sales import check, Python)' }, `
    Número de orden | - | 10231 | 10232
    Email | email | lucia.gimenez@example.com.ar | martin.sosa@example.com
    Fecha | - | 20/03/2026 10:14:00 | 21/03/2026 18:40:12
    Estado de la orden | - | Abierta | Cerrada
    Estado del pago | - | Recibido | Pendiente
    Estado del envío | - | Enviado | No está empaquetado
    Moneda | - | ARS | ARS
    Subtotal de productos | - | 25000,00 | 8900,00
    Descuento | - | 0,00 | 890,00
    Costo de envío | - | 3500,00 | 0,00
    Total | - | 28500,00 | 8010,00
    Nombre del comprador | name | Lucía Giménez | Martín Sosa
    DNI / CUIT | - | 30123456 | 20-28765432-1
    Teléfono | phone | +5491145678901 | 3415551234
    Nombre para el envío | - | Lucía Giménez | Carolina Sosa
    Teléfono para el envío | - | | +5493416667788
    Dirección | address1 | Av. Corrientes | Bv. Oroño
    Número | - | 1234 | 850
    Piso | - | 3 B |
    Localidad | - | Almagro | Centro
    Ciudad | city | Ciudad Autónoma de Buenos Aires | Rosario
    Código postal | postalCode | 1414 | 2000
    Provincia o estado | state | Capital Federal | Santa Fe
    País | country | Argentina | Argentina
    Medio de envío | - | Correo Argentino - Envío a domicilio | Retiro en local
    Medio de pago | - | Mercado Pago | Transferencia
    Cupón de descuento | - | | OTONIO10
    Notas del comprador | - | Tocar timbre 3B |
    Notas del vendedor | - | |
    Fecha de pago | - | 20/03/2026 | 
    Fecha de envío | - | 22/03/2026 |
    Nombre del producto | - | Taza de cerámica | Mate de calabaza
    Precio del producto | - | 12500,00 | 8900,00
    Cantidad del producto | - | 2 | 1
    SKU | - | TAZA-001 | MATE-07
    Canal | - | Tienda online | Tienda online
    Código de tracking del envío | - | ="CA123456789AR" |
    Identificador de la transacción en el medio de pago | - | 1312345678 |
    Identificador de la orden | - | 1598765432 | 1598765433
    Producto Físico | - | Sí | Sí
    Persona que registró la venta | - | |
    Sucursal de venta | - | |
    Vendedor | - | |
    Fecha y hora de cancelación | - | | 
    Motivo de cancelación | - | |
  `),
  set({ id: 'es-buro-credito-cartera-clientes', kind: 'credit bureau portfolio file (document, two given names and two surnames, street and number apart, account executive, branch)', lang: 'es', defaultCountry: 'AR', source: 'index:34436728541 (a bank\'s PL/SQL package writing its Equifax files)' }, `
    Documento | - | 23456789 | 31987654
    Tipo Documento | - | DNI | DNI
    Primer nombre | firstName | Carlos | Valeria
    Segundo nombre | - | Alberto |
    Primer apellido | lastName | Benítez | Ríos
    Segundo apellido | - | Luna |
    Sexo | - | M | F
    Cartera | - | Consumo | Consumo
    Calle | address1 | San Martín | Belgrano
    Altura | - | 1450 | 322
    Piso y Depto | - | 2 A |
    Localidad | city | San Miguel de Tucumán | Yerba Buena
    Código Postal | postalCode | 4000 | 4107
    Provincia | state | Tucumán | Tucumán
    Teléfono | phone | 0381 4223344 | 381 15 5556677
    Operación | - | 100045678 | 100045912
    Tiempo de Control | - | 90 | 30
    Ejecutivo | owner | Gabriela Paz | Diego Ferreyra
    Sucursal | - | Centro | Yerba Buena
    Tipo de Cliente | - | Individuo | Individuo
  `),
  set({ id: 'es-participacion-usuarios-redes', kind: 'participation portal user import (password hash and salt, Twitter and Facebook tokens, user type, free-form place)', lang: 'es', defaultCountry: 'ES', source: 'index:19076494911 (a city participation site\'s seed import task, Ruby)' }, `
    id | externalId | 101 | 102
    Email | email | ane.etxeberria@example.es | inaki@example.es
    Contraseña | - | $2a$10$Qm1xY2ZkZ... | $2a$10$Zk9wRnVx...
    Salt | - | $2a$10$Qm1xY2ZkZ | $2a$10$Zk9wRnVx
    Twitter screen_name | - | aneetxe |
    Twitter atoken | - | 12345-AbCdEf |
    Twitter asecret | - | XyZ123 |
    Facebook ID | - | | 100004567890123
    Nombre | firstName | Ane | Iñaki
    Apellidos | lastName | Etxeberria Goñi | Larrañaga
    Tipo | - | Ciudadano | Asociación
    Departamento | - | |
    Lugar | - | Bilbao | Getxo
    Código postal | postalCode | 48001 | 48990
    Provincia | state | Bizkaia | Bizkaia
    Ciudad | city | Bilbao | Getxo
  `),
  set({ id: 'es-google-forms-pacientes-emergencia', kind: 'Google Forms responses of a care home\'s patients (national id, mobile, an emergency contact\'s mobile and name, age, health insurance, consent)', lang: 'es', defaultCountry: 'AR', source: 'index:59633681181 (a patient intake app\'s Google Forms template download, React)' }, `
    Marca temporal | - | 2026/08/20 10:15:22 | 2026/08/21 17:02:09
    Dirección de correo electrónico | email | rosa.quiroga@example.com | hector.moyano@example.com.ar
    Nombre Completo: | name | Rosa Quiroga | Héctor Moyano
    DNI: | - | 35890123 | 12456789
    CELULAR: | phone | 3515501122 | 351 155 667788
    Domicilio donde reside actualmente: | address1 | Av. Colón 1234, Alberdi | Octavio Pinto 2100, Villa Cabrera
    En casos de ser necesario llamar a esta persona  (celular y nombre): | - | Hijo: Pablo 351-5559988 | Madre: Elena 351-5554433
    Posee servicio de Emergencia? ,Cuál? | - | No | Sí, Paravachasca
    Edad | - | 35 | 71
    Tiene Obra social? | - | PAMI | Swiss Medical
    Con quien vive actualmente? | - | Sola | Con su esposa
    Acepto los términos y condiciones del Consentimiento Informado. | - | Acepto | Acepto
  `),
  set({ id: 'es-google-forms-inscripcion-matricula', kind: 'Google Forms responses for a campus event sign-up (student id, chosen event)', lang: 'es', defaultCountry: 'MX', source: 'index:70858602562 (a campus life site\'s Google Forms feed test)' }, `
    Marca temporal | - | 10/08/2026 9:12:45 | 11/08/2026 13:40:02
    Dirección de correo electrónico | email | a00123456@alumno.example.mx | valeria.c@example.mx
    Matricula | externalId | A00123456 | A00654321
    Seleccióna el evento al que deseas inscribirte | - | CONCURSO PUZZLE SWITCH Jueves 20 de agosto | Torneo de ajedrez 22 de agosto
  `),
  set({ id: 'es-contactos-txt-noheader', kind: 'contact list text file without a header row (full name, phone, email; commas)', lang: 'es', defaultCountry: 'AR', noHeader: true, source: 'github:4lexxe/mp_curso .history/Alexxe/ejercicio_02/ejercicio02_20260204170347.py (a programming course exercise reading contactos.txt)' }, `
    "" | name | María García | Jorge Cruz | Silvia Tolaba
    "" | phone | 3884123456 | 388 155 234567 | +54 9 388 4998877
    "" | email | maria.garcia@example.com | jcruz@example.com.ar | silvia.tolaba@example.com
  `),
  set({ id: 'es-empresas-duplicados-excel', kind: 'company directory export of duplicate records (phone and mobile, website, sector, headcount, the administrator and the contact person, tax id, trailing empty column)', lang: 'es', defaultCountry: 'ES', source: 'index:20870378330 (a sales CRM\'s duplicate records Excel export, PHP)' }, `
    Empresa | companyName | Talleres Hermanos Vidal S.L. | Clínica Dental Sonrisa
    Dirección | address1 | Polígono Industrial El Prado, nave 7 | C/ Mayor 23, 1º
    CP | postalCode | 46900 | 28013
    Ciudad | city | Torrent | Madrid
    Provincia | state | Valencia | Madrid
    Teléfono | phone | 961 234 567 | 915 551 234
    Móvil | additionalPhones | 654 321 987 | 
    Email | email | info@talleresvidal.example.es | recepcion@sonrisa.example.es
    Web | website | www.talleresvidal.example.es | 
    Sector | - | Automoción | Salud
    N. Empleados | - | 12 | 5
    Administrador | - | Francisco Vidal Pons | Elena Ruiz Sanz
    P.Contacto | name | Marta Vidal | Elena Ruiz
    CIF | - | B46123456 | B87654321
    Comentario | - | Llamar a partir de las 16h |
    "" | - | |
  `),
  set({ id: 'es-clinica-pacientes-importacion', kind: 'dental clinic patient import from the previous software (patient code, mobile, date of birth, clinical remarks)', lang: 'es', defaultCountry: 'ES', source: 'index:70898432809 (a clinic app\'s patient import test, Node)' }, `
    Código | externalId | 1003 | 1004
    Nombre | firstName | Laura | Ana
    Apellidos | lastName | Gómez Ruiz | Vidal
    Móvil | phone | 611000301 | +34 622 000 402
    Email | email | laura.gomez@example.es | ana.vidal@example.es
    Fecha nacimiento | dateOfBirth | 29/02/1988 | 01/02/1980
    Observaciones | - | Alérgica a la lidocaína | Toma Sintrom
  `),
  set({ id: 'es-uy-bolillero-datos-noheader', kind: 'lottery draw input file without a header row (Uruguay: identity card first, given name, surname, mobile, email, address; semicolons)', lang: 'es', defaultCountry: 'UY', noHeader: true, source: 'index:71568642324 (a toolbox app\'s user manual on its draw input file)' }, `
    "" | - | 1.234.567-2 | 4.567.890-1 | 3.210.987-6
    "" | firstName | Sofía | Matías | Valentina
    "" | lastName | Pereira | Rodríguez | Silva
    "" | phone | 099 123 456 | 098765432 | +598 94 555 111
    "" | email | sofia.pereira@example.com.uy | matias.r@example.com | vsilva@example.com.uy
    "" | address1 | Av. 18 de Julio 1234 | Bv. Artigas 567 apto 3 | Rambla República de México 5515
  `),
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
  // ------------------------------------------------------------------------------------------------ Italian
  set({ id: 'it-pagopa-pagamenti-debitori', kind: 'payment notice import (payer tax code, payer type, house number apart, tenant id, amount, reason)', lang: 'it', defaultCountry: 'IT', source: 'index:33216539049 (a pagoPA test data faker, Node)' }, `
    CodiceFiscale/P.IVA | - | RSSMRA80A01H501U | 01234567890
    Tipo Pagatore | - | F | G
    Nome | firstName | Mario | 
    Cognome | lastName | Rossi | Edilnord srl
    Indirizzo | address1 | Via Nazionale | Viale Monza
    Civico | - | 12 | 140/B
    Localita | city | Roma | Milano
    Provincia | state | RM | MI
    CAP | postalCode | 00184 | 20127
    Nazione | country | IT | IT
    Email | email | mario.rossi@example.it | amministrazione@edilnord.example.it
    Telefono | phone | 06 4881234 | +39 02 2612345
    ID Tenant | - | comune-roma | comune-milano
    Importo | - | 150.00 | 1320.50
    Causale | - | TARI 2026 rata 1 | Canone occupazione suolo pubblico
  `),
  set({ id: 'it-fornitori-export-banca', kind: 'supplier export of a business network (supplier id, VAT and tax codes, certified email, status beside the country, bank details, sector)', lang: 'it', defaultCountry: 'IT', source: 'index:19095555630 (a consultancy network portal\'s supplier CSV export, ASP.NET MVC)' }, `
    ID Fornitore | externalId | 41 | 57
    Nome | companyName | Studio Tecnico Ferri | Logistica Adriatica
    Tipo Ragione Sociale | - | Studio associato | S.r.l.
    Partita IVA | - | 01987650432 | 02345670418
    Codice Fiscale | - | 01987650432 | 02345670418
    Codice Univoco | - | KRRH6B9 | M5UXCR1
    Indirizzo | address1 | Via Cavour 21 | Strada Statale 16 km 310
    Telefono | phone | 0541 123456 | +39 071 9876543
    Email | email | info@studioferri.example.it | ordini@logisticaadriatica.example.it
    PEC | additionalEmails | studioferri@pec.example.it | logisticaadriatica@legalmail.example.it
    Sito Web | website | www.studioferri.example.it | https://logisticaadriatica.example.it
    Città | city | Rimini | Ancona
    Nazione | country | Italia | Italia
    Stato | - | Attivo | Sospeso
    Note | - | | Consegne solo al mattino
    Descrizione Attività | - | Progettazione impianti | Trasporto merci
    Banca | - | Banca di Rimini | Intesa Sanpaolo
    IBAN | - | IT60X0542811101000000123456 | IT02A0306902117100000001234
    Intestatario | - | Studio Tecnico Ferri | Logistica Adriatica S.r.l.
    BIC/SWIFT | - | BPMOIT22 | BCITITMM
    Note Bancarie | - | |
    Settore Fornitore | - | Ingegneria | Logistica
  `),
  set({ id: 'it-canoni-mensili-contabilita', kind: 'monthly billing export for the accountant (recipient and company, VAT number, activity, line item, amount, VAT rate, state)', lang: 'it', defaultCountry: 'IT', source: 'index:71046218521 (a coworking manager\'s monthly statement CSV, ASP.NET Razor Pages)' }, `
    Mese | - | 2026-03 | 2026-03
    Intestatario | name | Giulia Marchetti | Alessandro Neri
    Ragione sociale | companyName | | Neri Design S.r.l.
    Partita IVA | - | | 03456780987
    Indirizzo | address1 | Via Solferino 3, 25121 Brescia | Corso Magenta 40, 25121 Brescia
    Email | email | giulia.marchetti@example.it | amministrazione@neridesign.example.it
    Attività | - | Coworking | Ufficio privato
    Voce | - | Abbonamento | Abbonamento
    Descrizione | - | Postazione flessibile marzo | Ufficio 4 posti marzo
    Importo (€) | - | 180,00 | 950,00
    IVA % | - | 22 | 22
    Stato | - | Da fatturare | Fatturato
  `),
  set({ id: 'it-portafoglio-clienti-agente', kind: 'insurance portfolio export from a management system (customer code, company name, VAT number, agent, yearly premium)', lang: 'it', defaultCountry: 'IT', source: 'index:63151470282 (a broker app\'s portfolio CSV reader test)' }, `
    Codice cliente | externalId | C-0012 | C-0013
    Ragione sociale | companyName | Ferramenta Gatti S.n.c. | Panificio Lodi S.r.l.
    Partita IVA | - | 01234567897 | 01111111116
    Agente | owner | Rossi | Bianchi
    Premio annuo | - | 1.250,00 | 8.400,00
  `),
  set({ id: 'it-telemaco-imprese-esteso', kind: 'chamber of commerce company extract (legal form, activity status, ATECO code, REA number, capital, employees, founding date)', lang: 'it', defaultCountry: 'IT', source: 'index:68540843249 (a company lookup tool\'s Telemaco extract parser test)' }, `
    RAGIONE SOCIALE | companyName | OFFICINE MECCANICHE BRAMBILLA S.R.L. | TIPOGRAFIA SANTORO S.N.C.
    PARTITA IVA | - | 01234560155 | 04567890721
    FORMA GIURIDICA | - | SOCIETA' A RESPONSABILITA' LIMITATA | SOCIETA' IN NOME COLLETTIVO
    STATO ATTIVITA | - | ATTIVA | ATTIVA
    ATECO | - | 25.62.00 | 18.12.00
    DESCRIZIONE ATECO | - | Lavori di meccanica generale | Altra stampa
    REA | - | 1305487 | 298765
    CCIAA | - | MI | BA
    CAPITALE SOCIALE | - | 100.000,00 | 20.000,00
    DIPENDENTI | - | 24 | 6
    DATA COSTITUZIONE | - | 17/04/1982 | 03/10/1995
    COMUNE | city | SESTO SAN GIOVANNI | BARI
    PROVINCIA | state | MI | BA
  `),
  set({ id: 'it-google-forms-docenti-desiderata', kind: 'Google Forms responses of a school\'s teachers (family name first, weekly hours, day preferences, unwanted hours by weekday, notes)', lang: 'it', defaultCountry: 'IT', source: 'index:57970660489 (a school timetable helper\'s README on its Google Forms export)' }, `
    Informazioni cronologiche | - | 08/07/2026 13.49.22 | 09/07/2026 08.12.05
    Indirizzo email | email | laura.benassi@scuola.example.it | m.ferretti@scuola.example.it
    Cognome | lastName | BENASSI | FERRETTI
    Nome | firstName | LAURA | MATTEO
    Numero ore settimanali previste | - | 18 | 9
    Seleziona MSL [Opzione 1] | - | Sabato | Lunedì
    Seleziona MSL [Opzione 2] | - | Mercoledì | Lunedì
    Seleziona MSL [Opzione 3] | - | | Venerdì
    Indica 3 ore NON desiderate [Lunedì] | - | 1, 6 |
    Indica 3 ore NON desiderate [Martedì] | - | | 4, 5, 6
    Indica 3 ore NON desiderate [Mercoledì] | - | |
    Indica 3 ore NON desiderate [Giovedì] | - | 6 |
    Indica 3 ore NON desiderate [Venerdì] | - | |
    Indica 3 ore NON desiderate [Sabato] | - | | 1
    Orario compatto o con ore buche | - | Compatto | Indifferente
    Per i part time con massimo nove ore | - | | Tre giorni
    Note | - | | Accompagno in gita il 12/10
  `),
  set({ id: 'it-google-forms-candidature-aree', kind: 'Google Forms responses of job applicants (two preferred areas)', lang: 'it', defaultCountry: 'IT', source: 'index:71449416105 (an HR app\'s application import test, Django)' }, `
    Informazioni cronologiche | - | 27/09/2026 14:03:22 | 28/09/2026 09:00:00
    Indirizzo di mail | email | chiara.sala@example.it | d.greco@example.com
    Nome | firstName | Chiara | Daniele
    Cognome | lastName | Sala | Greco
    Area 1 | - | Data & Automation | Legal
    Area 2 | - | Human Resources |
  `),
  set({ id: 'it-palestra-atleti-titolo', kind: 'gym member export with a title line, a generated-on line and a blank line above the headers (tax code, medical certificate, subscription, entries, spend, level)', lang: 'it', defaultCountry: 'IT', source: 'index:56572689297 (a gym manager\'s Excel-oriented user export, TypeScript)', above: [['ANAGRAFICA ATLETI - GYM MANAGER'], ['Generato il', '12/3/2026, 10:15:00'], ['']] }, `
    ID Utente | externalId | u_8f3a21 | u_9c47d0
    Cognome | lastName | Fabbri | Lombardo
    Nome | firstName | Elisa | Nicola
    Codice Fiscale | - | FBBLSE92D52A944K | LMBNCL88T10F205Z
    Email | email | elisa.fabbri@example.it | nicola.lombardo@example.it
    Telefono | phone | 349 112 2334 | +39 02 4455667
    Indirizzo | address1 | Via Emilia 45, Bologna | Via Padova 10, Milano
    Data Iscrizione | - | 15/01/2026 | 03/02/2026
    Certificato Medico | - | Sì | No
    Scadenza Certificato | - | 14/01/2027 |
    Abbonamento | - | Open mensile | Carnet 10 ingressi
    Stato Abbonamento | - | Attivo | Scaduto
    Scadenza Abbonamento | - | 15/04/2026 | 03/03/2026
    Ingressi Rimanenti | - | | 0
    Ingressi Totali | - | 38 | 10
    Spesa Totale (€) | - | 180,00 | 90,00
    Livello | - | 4 | 2
    XP | - | 1250 | 340
    Ultimo Accesso | - | 11/3/2026, 18:42:10 | 28/2/2026, 07:05:55
  `),
  set({ id: 'it-sat-soci-tesseramento', kind: 'alpine club member register export (member code, category, tax code, renewal year and date, years of membership, second email and phone, roles, full address)', lang: 'it', defaultCountry: 'IT', source: 'index:8359419461 (an alpine club section\'s member file converter, Python)' }, `
    Codice | externalId | 1048 | 1312
    Categoria | tags | Ordinario | Familiare
    Cognome | lastName | Dallapiccola | Zanoni
    Nome | firstName | Marco | Irene
    Codice Fiscale | - | DLLMRC75H12L378P | ZNNRNI81C55L378W
    Data nascita | dateOfBirth | 12/06/1975 | 15/03/1981
    Anno rinnovo | - | 2026 | 2025
    Data rinnovo | - | 20/01/2026 | 14/02/2025
    N. anni tess. | - | 22 | 6
    Email | email | marco.dallapiccola@example.it |
    Email2 | additionalEmails | | irene.zanoni@example.it
    Tel | phone | 0461 234567 | 340 9988776
    Tel2 | additionalPhones | 347 1234567 |
    Funzioni | - | Accompagnatore | 
    Indirizzo completo | address1 | Via Brennero 12, 38122 Trento (TN) | Via Roma 3, 38068 Rovereto (TN)
  `),
  set({ id: 'it-soci-import-residenza', kind: 'association member CSV import (tax code, place of birth, residence street, acceptance date)', lang: 'it', defaultCountry: 'IT', source: 'index:62074352765 (an association manager\'s member import test, Spring)' }, `
    Cognome | lastName | Caruso | Ferraro
    Nome | firstName | Salvatore | Beatrice
    Codice fiscale | - | CRSSVT90R10F839B | FRRBTR85E60D612C
    Data di nascita | dateOfBirth | 10/10/1990 | 20/05/1985
    Nato a | - | Napoli | Firenze
    Residenza | address1 | Via Toledo 15 | Via dei Servi 8
    Citta | city | Napoli | Firenze
    Telefono | phone | 3331111111 | 055 2345678
    Data accettazione | - | 15/01/2026 | 20/01/2026
  `),
  // ------------------------------------------------------------------------------------------------ Portuguese
  set({ id: 'pt-varejo-leads-captacao-layout', kind: 'retail lead capture import layout (person type, CPF, mother\'s name, gender, category, opt-ins, store of origin)', lang: 'pt', defaultCountry: 'BR', source: 'index:2126149697 (a retail ERP\'s lead spreadsheet import program, Progress 4GL)' }, `
    TIPO PESSOA | - | F | F
    NOME COMPLETO | name | Juliana Pereira Campos | Roberto Alves Lima
    CPF | - | 123.456.789-09 | 98765432100
    NOME DA MÃE | - | Sandra Pereira Campos | Maria Alves Lima
    GENERO | - | F | M
    CATEGORIA | tags | Ouro | Prata
    DATA DE NASCIMENTO | dateOfBirth | 14/02/1991 | 30/09/1979
    CELULAR | phone | (51) 99876-5432 | 51 98123-4567
    EMAIL | email | juliana.campos@example.com.br | roberto.lima@example.com
    CIDADE | city | Porto Alegre | Canoas
    OPTIN SMS | - | S | N
    OPTIN WHATSAPP | - | S | S
    OPTIN EMAIL | - | N | S
    LOJA ORIGEM | source | Loja 12 - Centro | Loja 07 - Canoas Shopping
  `),
  set({ id: 'pt-rh-funcionarios-export-regime', kind: 'HR employee export (registration number, CPF, department, job, status, work regime, hybrid days, base salary)', lang: 'pt', defaultCountry: 'BR', source: 'index:4690680587 (an HR system\'s employee CSV export, Spring)' }, `
    Matricula | externalId | 000482 | 000517
    Nome Completo | name | Fernanda Ribeiro Costa | Thiago Nascimento
    CPF | - | 529.982.247-25 | 111.444.777-35
    Email | email | fernanda.costa@empresa.example.com.br | thiago.nascimento@empresa.example.com.br
    Departamento | - | Financeiro | Tecnologia
    Cargo | - | Analista Financeira | Desenvolvedor Pleno
    Status | - | ATIVO | FERIAS
    Regime | - | HIBRIDO | REMOTO
    Dias Hibridos | - | SEG,QUA | 
    Salario Base | - | 6500.00 | 9800.00
  `),
  set({ id: 'pt-rifa-participantes-variantes', kind: 'raffle buyer list with variant headers (CPF, number of tickets, short phone and mail headers)', lang: 'pt', defaultCountry: 'BR', source: 'index:71426537470 (a raffle app\'s line parser test)' }, `
    Nome Completo | name | Joana Batista | Pedro Henrique Souza
    CPF | - | 86730169087 | 529.982.247-25
    Qtd de rifas | - | 2 | 5
    fone | phone | 1138765432 | (11) 98765-4321
    Mail | email | joana.batista@example.com | pedrohenrique@example.com.br
  `),
  set({ id: 'pt-recargas-pedidos-celular', kind: 'mobile top-up order export (CPF, order and transaction numbers, status, payment, total, the topped-up mobile number)', lang: 'pt', defaultCountry: 'BR', source: 'index:27038008544 (a top-up store\'s fake order generator, PHP)' }, `
    Nome Completo | name | Luana Martins Rocha | Cristiano Freitas
    CPF | - | 390.533.447-05 | 275.484.389-23
    Pedido Recarga | - | 884120 | 884121
    Numero da Transacao | - | TRX-5F2A91C0 | TRX-77B0D3E4
    Status | - | Aprovado | Cancelado
    Data e Hora do Pedido | - | 12/03/2026 14:22:05 | 12/03/2026 15:01:47
    Forma de Pagamento | - | Pix | Cartão de Crédito
    Total | - | 30,00 | 50,00
    Celular Recarregado | phone | (21) 99654-3210 | (31) 98877-6655
  `),
  set({ id: 'pt-liga-jogadores-noheader', kind: 'pasted player list without a header row (full name, nickname, mobile, email; Portugal)', lang: 'pt', defaultCountry: 'PT', noHeader: true, source: 'index:13179812005 (a football league app\'s CSV paste import, React)' }, `
    "" | name | Rui Fernandes | Inês Carvalho | Tiago Moreira
    "" | - | Ruizinho | | Tigas
    "" | phone | +351 912345678 | 923 456 789 |
    "" | email | rui.fernandes@example.pt | | tiago.moreira@example.com
  `),
  set({ id: 'pt-consignado-contratos-nasp', kind: 'payroll loan contract export from a bank (91 columns: contract terms and amounts, agent, the client\'s registration, documents, parents\' and spouse\'s names, spouse\'s phone, phone, mobile and WhatsApp, address, bank account, PIX key, commission)', lang: 'pt', defaultCountry: 'BR', source: 'index:71035661433 (a loan broker\'s contract sheet import test, on a bank\'s export layout)' }, `
    Data do pagamento | - | 02/10/2026 | 05/10/2026
    Forma de pagamento | - | TED | PIX
    Nº proposta | - | 999 | 1004
    ADE | - | 7000001 | 7000019
    Tipo | - | emprestimo | refinanciamento
    Operação | - | novo | refin
    Origem | source | Loja | Digital
    Fase | - | credito_liberado | em_analise
    Situação | - | ativo | ativo
    Data do contrato | - | 28/09/2026 | 01/10/2026
    Data da liberação | - | 02/10/2026 |
    Data 1ª parcela | - | 10/11/2026 | 10/11/2026
    Data última parcela | - | 10/01/2028 | 10/10/2029
    Qtd parcelas | - | 15 | 36
    Valor da parcela | - | 100,50 | 212,00
    Valor final | - | 1507,5 | 7632,00
    Valor bruto liberado | - | 1000 | 5000
    Valor líquido pago | - | 1000 | 4100
    Saldo por dentro (refin) | - | 0 | 900
    Quitação externa (compra dívida) | - | 0 | 0
    Taxa juros mensal (%) | - | 1,85 | 1,72
    CET a.m. (%) | - | 1,98 | 1,85
    CET a.a. (%) | - | 26,5 | 24,6
    IOF | - | 12,30 | 61,50
    Observações do contrato | - | | Cliente pediu retorno por WhatsApp
    Convênio | - | Governo do Estado do Acre | Prefeitura de Rio Branco
    Tabela | - | Temporário (8 a 18 meses) | Normal - Efetivo / Pensionista
    Recurso financeiro | - | Próprio | Próprio
    Parceiro | - | Correspondente Norte | Correspondente Norte
    Agente | - | Vendedor Teste | Ana Vendas
    Matrícula | externalId | 123456789 | 987654321
    Categoria servidor | - | Temporário | Efetivo
    Secretaria | - | SECRETARIA DE EDUCAÇÃO | SECRETARIA DE SAÚDE
    Lotação | - | Escola Estadual Centro | UBS Bosque
    Cargo | - | Professor | Técnico de enfermagem
    Salário | - | 3200,00 | 2800,00
    Regime de contratação | - | Temporário | Estatutário
    Data de admissão | - | 01/02/2024 | 15/03/2012
    Cliente | name | CLEBER SOUZA LIMA | MARIA DAS GRAÇAS NUNES
    CPF | - | 529.982.247-25 | 111.444.777-35
    Data de nascimento | dateOfBirth | 15/09/2000 | 22/04/1971
    Sexo | - | masculino | feminino
    Estado civil | - | solteiro(a) | casado(a)
    Nacionalidade | - | Brasileira | Brasileira
    Naturalidade | - | MANCIO LIMA - AC | SENA MADUREIRA - AC
    Escolaridade | - | Superior completo | Médio completo
    RG | - | 1234567 | 7654321
    RG órgão emissor | - | SSP | SSP
    RG UF | - | ac | AC
    RG data expedição | - | 07/02/2017 | 12/06/1990
    PIS | - | 123.45678.90-1 | 109.87654.32-1
    Nome da mãe | - | ROSA SOUZA LIMA | JOSEFA NUNES
    Nome do pai | - | JOSÉ LIMA | 
    Cônjuge | - | | ANTÔNIO NUNES
    Telefone cônjuge | - | | 68 99988-7766
    Pessoa exposta politicamente | - | Não | Não
    Analfabeto | - | Não | Não
    Telefone | phone | | 68 3224-5566
    Celular | additionalPhones | 68 99999-0000 | 68 98111-2233
    WhatsApp | additionalPhones | 68 99999-0000 | 68 98111-2233
    E-mail | email | cleber.lima@example.com.br | mgracas.nunes@example.com
    Logradouro | address1 | RUA TESTE | AV. CEARÁ
    Número | - | 10 | 1520
    Complemento | - | | CASA 2
    Bairro | - | CENTRO | ABRAÃO ALAB
    Cidade | city | Rio Branco | Rio Branco
    UF | state | AC | AC
    CEP | postalCode | 69900-000 | 69907-000
    Banco (código) | - | 1 | 104
    Banco | - | Banco do Brasil S.A. | Caixa Econômica Federal
    Agência | - | 1234 | 0567
    Dígito agência | - | 9 | 
    Conta | - | 5678 | 00012345
    Dígito conta | - | x | 6
    Tipo de conta | - | corrente | poupança
    Titular da conta | - | CLEBER SOUZA LIMA | MARIA DAS GRAÇAS NUNES
    CPF do titular | - | 529.982.247-25 | 111.444.777-35
    Tipo chave PIX | - | celular | email
    Chave PIX | - | +5568999990000 | mgracas.nunes@example.com
    Comissão base | - | 1000 | 5000
    Comissão % | - | 10 | 8
    Comissão valor | - | 100 | 400
    Comissão status | - | paga | pendente
    Mensalidade (contrato) | - | | 
    Mensalidade ADE | - | | 
    Mensalidade data averbação | - | | 
    Mensalidade valor da ADE | - | 50 |
    Mensalidade valor anterior | - | |
    Mensalidade valor líquido (diferença) | - | |
    Mensalidade é migração | - | | 
  `),
  set({ id: 'pt-clientes-modelo-whatsapp', kind: 'customer import template download (phone, mobile and WhatsApp, CPF or CNPJ, house number apart, district)', lang: 'pt', defaultCountry: 'BR', source: 'index:53171588431 (a shop system\'s customer import page, React)' }, `
    Nome | name | JOAO DA SILVA | MERCADINHO BOA VISTA
    Telefone | phone | 1133334444 | (11) 2222-3333
    Celular | additionalPhones | 11999998888 | (11) 97777-6666
    WhatsApp | additionalPhones | 11999998888 | 11977776666
    CPF/CNPJ | - | 12345678900 | 12.345.678/0001-90
    Email | email | joao.silva@example.com | compras@boavista.example.com.br
    Endereco | address1 | RUA A | AV. BRASIL
    Numero | - | 100 | 2500
    Bairro | - | CENTRO | VILA NOVA
    Cidade | city | SAO PAULO | GUARULHOS
    UF | state | SP | SP
    CEP | postalCode | 01001000 | 07010-000
    Observacoes | - | CLIENTE VIP |
  `),
  set({ id: 'pt-higienizacao-retorno-cadastral', kind: 'data enrichment return file (CPF, mother\'s name, income, numbered mobile with a WhatsApp flag, numbered email)', lang: 'pt', defaultCountry: 'BR', source: 'index:65777909491 (a credit campaign tool\'s monthly import test, Python)' }, `
    CPF | - | 12345678900 | 98765432100
    NOME | name | MARIA SILVA | JOSE CARLOS PEREIRA
    NOME_MAE | - | JOANA SILVA | ANTONIA PEREIRA
    SEXO | - | F | M
    NASC | dateOfBirth | 1980-05-19 00:00:00 | 1966-11-02 00:00:00
    RENDA | - | 3200,50 | 1850,00
    LOGRADOURO | address1 | RUA A | RUA DAS FLORES
    NUMERO | - | 45 | 310
    COMPLEMENTO | - | AP 2 |
    BAIRRO | - | CENTRO | JARDIM PAULISTA
    CIDADE | city | CAMPINAS | RIBEIRAO PRETO
    UF | state | SP | SP
    CEP | postalCode | 13000000 | 14025000
    CEL1 | phone | 11911112222 | 16988776655
    FLGWHATSCEL1 | - | SIM | NAO
    EMAIL1 | email | maria.silva@example.com |
  `),
  // ------------------------------------------------------------------------------------------------ French
  set({ id: 'fr-clients-import-civilite-societe', kind: 'customer CSV import with a BOM (salutation, phone, email, address, short postal-code header, company)', lang: 'fr', defaultCountry: 'FR', source: 'index:70135150092 (a tradesman app\'s client import preview test, Laravel)' }, `
    Civilité | - | Mme | M.
    Nom | lastName | Martin | Durand
    Prénom | firstName | Sophie | Paul
    Téléphone | phone | 06 12 34 56 01 | 04.78.12.34.56
    E-mail | email | sophie.martin@exemple.test | paul.durand@exemple.test
    Adresse | address1 | 12 rue des Lilas | 
    CP | postalCode | 01000 | 69003
    Ville | city | Bourg-en-Bresse | Lyon
    Société | companyName | | Durand Menuiserie
  `),
  set({ id: 'fr-jeux-concours-membres-export', kind: 'contest platform member export (member id, nickname, landline and mobile, opt-ins, children count, sign-up source, bounce and validation flags)', lang: 'fr', defaultCountry: 'FR', source: 'index:48058424144 (a games platform\'s admin member export, Zend Framework)' }, `
    ID du membre | externalId | 48213 | 48377
    Civilité | - | Mme | M.
    Nom | lastName | Lefèvre | Girard
    Prénom | firstName | Amandine | Julien
    Pseudo | - | amandine_l | jujugirard
    Email | email | amandine.lefevre@example.fr | julien.girard@example.com
    Adresse | address1 | 5 allée des Tilleuls | 27 avenue Jean Jaurès
    CP | postalCode | 44300 | 31000
    Ville | city | Nantes | Toulouse
    Date de naissance | dateOfBirth | 14/06/1987 | 02/12/1979
    Tél fixe | additionalPhones | 02 40 12 34 56 |
    Tél mobile | phone | 06 11 22 33 44 | 07 55 66 77 88
    Optin Newsletter | - | 1 | 0
    Optin NL partenaires | - | 0 | 0
    Nb enfants | - | 2 | 0
    Date d'inscription | - | 2026-01-12 18:22:41 | 2026-02-03 09:10:05
    Source d'inscription | source | Facebook | Site web
    Hard Bounce | - | 0 | 0
    Email validé | - | 1 | 1
  `),
  set({ id: 'fr-placements-supports-contrats', kind: 'life insurance fund holdings import (contract number, fund, ISIN, units and values, the advisor, the holders\' email)', lang: 'fr', defaultCountry: 'FR', source: 'index:59659872736 (a wealth advisor CRM\'s contract holdings import test)' }, `
    Prestation | - | Assurance vie | PER
    Numéro contrat | - | AV-2019-00412 | PER-2023-0088
    Civilité | - | M. | Mme
    Nom | lastName | Rousseau | Perrin
    Prénom | firstName | Bernard | Catherine
    Support | - | Fonds euros | Actions Europe ISR
    Code ISIN | - | | FR0010148981
    Société de gestion | - | Assureur | Gestion Patrimoine SA
    Type | - | Fonds euros | UC
    SRI | - | 1 | 4
    Nombre de parts | - | | 152,35
    Valeur unitaire en € | - | | 118,40
    Encours en € | - | 45 210,55 | 18 038,24
    +/- value (en %)) | - | 2,1 | -0,8
    Date valeur | - | 31/03/2026 | 31/03/2026
    Date d'import | - | 02/04/2026 | 02/04/2026
    Consultant | owner | Claire Vidal | Marc Aubert
    Email titulaire(s) | email | b.rousseau@example.fr | catherine.perrin@example.fr
  `),
  set({ id: 'fr-parrainages-elus-presidentielle', kind: 'public list of elected officials\' presidential sponsorships (office, constituency, department, the sponsored candidate, publication date)', lang: 'fr', defaultCountry: 'FR', source: 'index:60402110218 (an open-data app\'s sponsorship CSV fetch test)' }, `
    Civilité | - | M. | Mme
    Nom | lastName | BERTRAND | LACROIX
    Prénom | firstName | Gérard | Odile
    Mandat | - | Maire | Conseillère départementale
    Circonscription | - | Saint-Rémy-sur-Creuse | Canton de Laon-1
    Département | state | Vienne | Aisne
    Candidat | - | DUPONT Jeanne | MARTIN Paul
    Date de publication | - | 01/02/2027 | 08/02/2027
  `),
  set({ id: 'fr-google-forms-evaluation-pairs', kind: 'Google Forms peer review responses (the reviewer\'s family and given names, the group reviewed, marks, comments)', lang: 'fr', defaultCountry: 'FR', source: 'index:5749264090 (a grade book app\'s README on its Google Forms input)' }, `
    Horodateur | - | 2026-01-10 14:30:00 | 2026-01-10 14:41:12
    Adresse e-mail | email | hugo.lambert@example.fr | lea.caron@example.fr
    Votre nom | lastName | Lambert | Caron
    Votre prénom | firstName | Hugo | Léa
    Groupe à évaluer | - | Groupe 1 | Groupe 3
    Qualité de la présentation (communication, la forme) | - | 9 | 7
    Qualité théorique (...) | - | 8 | 8
    Qualité technique (...) | - | 9 | 6
    Organisation (...) | - | 8 | 7
    Points positifs | - | Bon travail | Démo claire
    Points négatifs | - | RAS | Trop long
    Recommandations | - | Continuer | Réduire les slides
  `),
  set({ id: 'fr-mq-entreprises-btp-repertoire', kind: 'building contractors directory import (Martinique: company, SIRET, contact person, trades, zone)', lang: 'fr', defaultCountry: 'MQ', source: 'index:69325838454 (a construction economist app\'s company import test)' }, `
    Raison sociale | companyName | Maçonnerie Caraïbe | Électricité du Nord
    SIRET | - | 73282932000074 |
    Contact | name | Jean-Claude Rosier | Marie-Line Léger
    E-mail | email | contact@maconnerie-caraibe.example.fr | mlleger@electricite-nord.example.mq
    Téléphone | phone | 0596 12 34 56 | 0696 78 90 12
    Corps d’état | - | Gros œuvre, VRD | Électricité
    Zone | - | Nord Atlantique | Centre
  `),
  set({ id: 'fr-prospection-entreprises-avis', kind: 'prospecting list of local businesses (SIRET, postal code and town, phone, email, website, rating and review count)', lang: 'fr', defaultCountry: 'FR', source: 'index:70077322104 (a prospecting app\'s CSV import test)' }, `
    Raison sociale | companyName | Jardins & Terrasses | Paysages du Nord
    SIRET | - | 12345678900012 |
    CP | postalCode | 76000 | 59000
    Ville | city | Rouen | Lille
    Téléphone | phone | 06 12 34 56 78 | 03 20 00 00 00
    Email | email | contact@jardins-terrasses.example.fr |
    Site | website | jardins-terrasses.example.fr |
    Note | - | 4,7 |
    Avis | - | 87 |
  `),
  set({ id: 'fr-formation-apprenants-migration', kind: 'training organisation migration package, learners file (learner id, the employer\'s id)', lang: 'fr', defaultCountry: 'FR', source: 'index:71111867405 (a training management app\'s generic migration package test)' }, `
    ID | externalId | P0 | P1
    Prénom | firstName | Nadia | Olivier
    Nom | lastName | Benali | Marchand
    Email | email | nadia.benali@acme-formation.example.fr | o.marchand@beta.example.fr
    Id entreprise | - | C1 | C2
  `),
  set({ id: 'fr-onde-responsables-enfants', kind: 'primary school ONDE export of the children\'s legal guardians (guardian\'s married and birth names, address, home, work and mobile phones, then up to three children)', lang: 'fr', defaultCountry: 'FR', source: 'index:60331798629 (a school app\'s ONDE import test)' }, `
    Civilité Responsable | - | Mme | M.
    Nom usage responsable | - | ROBIN | 
    Nom responsable | lastName | GARNIER | MOULIN
    Prénom responsable | firstName | Sandrine | Karim
    Adresse responsable | address1 | 4 rue des Écoles | 18 chemin du Moulin
    CP responsable | postalCode | 21000 | 21121
    Commune responsable | city | Dijon | Fontaine-lès-Dijon
    Pays | country | FRANCE | FRANCE
    Courriel | email | sandrine.robin@example.fr | karim.moulin@example.fr
    Téléphone domicile | additionalPhones | 03 80 12 34 56 |
    Téléphone travail | additionalPhones | | 03 80 65 43 21
    Téléphone portable | phone | 06 12 34 56 78 | 07 98 76 54 32
    Nom d'usage enfant | - | |
    Nom de famille enfant | - | GARNIER | MOULIN
    Prénom enfant | - | Lucas | Inès
    Classes enfants | - | CE2 | CP
    Nom d'usage enfant | - | |
    Nom de famille enfant | - | GARNIER |
    Prénom enfant | - | Chloé |
    Classes enfants | - | MS |
    Nom d'usage enfant | - | |
    Nom de famille enfant | - | |
    Prénom enfant | - | |
    Classes enfants | - | |
  `),
  set({ id: 'fr-federation-adhesions-club', kind: 'sports federation membership export (usage name, member number, mobile, membership dates, club name and code)', lang: 'fr', defaultCountry: 'FR', source: 'index:46971330671 (a climbing club tool\'s federation membership CSV reader test, Rust)' }, `
    Nom d'usage | lastName | Lemoine | Faure
    Prénom | firstName | Thibault | Manon
    Date de Naissance | dateOfBirth | 14-03-1988 | 02-11-2001
    Numéro d'adhérent | externalId | 812345 | 790112
    Téléphone portable | phone | +33 6 12 34 56 78 | 06 98 76 54 32
    Email | email | thibault.lemoine@example.fr | manon.faure@example.fr
    Date Début d'adhésion | - | 01-09-2025 | 15-09-2025
    Date Fin d'adhésion | - | 31-08-2026 | 31-08-2026
    Nom de structure | companyName | Grimpe Lyonnaise | Roc'n Bloc Grenoble
    Code de structure | - | 69012 | 38007
  `),
  set({ id: 'fr-colissimo-expedition-destinataires', kind: 'Colissimo shipping file written per order (the recipient: company, department, name, floor and building lines, street, locality, ISO country code, landline and mobile, door codes, delivery instructions, the shipper\'s trade name; an unnamed second column)', lang: 'fr', defaultCountry: 'FR', source: 'index:12927072353 (a mail-order back office\'s Colissimo extract, Flask)' }, `
    Référence | - | CMD-20260412-031 | CMD-20260412-032
    "" | - | |
    Raison sociale | companyName | | Pharmacie du Marché
    Service | - | | Comptabilité
    Prénom | firstName | Élodie | Jacques
    Nom | lastName | Bernard | Roux
    Etage couloir escalier | - | 3e étage porte gauche |
    Entrée bâtiment | - | Bât. B | 
    N° et voie | address1 | 14 rue Victor Hugo | 2 place du Marché
    Lieu dit | - | | Les Granges
    Code postal | postalCode | 33000 | 84200
    Commune | city | Bordeaux | Carpentras
    Code ISO du pays | country | FR | FR
    Téléphone fixe | additionalPhones | 05 56 12 34 56 | 04 90 63 12 12
    Téléphone portable | phone | 06 11 22 33 44 |
    Email | email | elodie.bernard@example.fr | compta@pharmaciedumarche.example.fr
    Code porte1 | - | 4512B |
    Code porte2 | - | |
    Interphone | - | BERNARD |
    Instructions de livraison | - | Laisser chez la gardienne | 
    Nom commercial chargeur | - | Les Thés de Marie | Les Thés de Marie
  `),
  // ------------------------------------------------------------------------------------------------ English (tools the older parts lack)
  set({ id: 'planning-center-people-export', kind: 'Planning Center People export (church: person id, given and first name, home, work and other address groups, typed phones including pager, fax and Skype, three emails, household, background check)', lang: 'en', source: 'index:11771202708 (a church data transfer tool writing the Planning Center People layout, TypeScript)' }, `
    Person ID | externalId | 48213377 | 48213378
    Name Prefix | - | Mr. | 
    Given Name | - | Robert | Emily
    First Name | firstName | Bob | Emily
    Nickname | - | Bobby |
    Middle Name | - | James | Rose
    Last Name | lastName | Whitaker | Whitaker
    Name Suffix | - | Jr. |
    Birthdate | dateOfBirth | 1978-04-12 | 2014-09-30
    Anniversary | - | 2005-06-18 |
    Gender | - | M | F
    Grade | - | | 6
    School | - | | Lincoln Middle School
    Medical Notes | - | | Peanut allergy
    Child | - | false | true
    Marital Status | - | Married | Single
    Status | - | active | active
    Membership | - | Member | Regular Attender
    Inactive Reason | - | |
    Inactive Date | - | |
    Services User | - | true | false
    Calendar User | - | false | false
    Check-Ins User | - | true | false
    Registrations User | - | false | false
    Giving User | - | true | false
    Groups User | - | true | false
    Home Address Street Line 1 | address1 | 412 Maple Ave | 412 Maple Ave
    Home Address Street Line 2 | - | Apt 3 | Apt 3
    Home Address City | city | Springfield | Springfield
    Home Address State | state | IL | IL
    Home Address Zip Code | postalCode | 62704 | 62704
    Work Address Street Line 1 | - | 100 Commerce Dr |
    Work Address Street Line 2 | - | Suite 210 |
    Work Address City | - | Springfield |
    Work Address State | - | IL |
    Work Address Zip Code | - | 62701 |
    Other Address Street Line 1 | - | |
    Other Address Street Line 2 | - | |
    Other Address City | - | |
    Other Address State | - | |
    Other Address Zip Code | - | |
    Mobile Phone Number | phone | (217) 555-0143 |
    Home Phone Number | additionalPhones | (217) 555-0178 | (217) 555-0178
    Work Phone Number | additionalPhones | 217-555-0190 x12 |
    Pager Phone Number | - | |
    Fax Phone Number | - | 217-555-0199 |
    Skype Phone Number | - | |
    Other Phone Number | additionalPhones | |
    Home Email | email | bob.whitaker@example.com |
    Work Email | additionalEmails | rwhitaker@acme-insurance.example.com |
    Other Email | additionalEmails | |
    Household ID | - | 9920114 | 9920114
    Household Name | - | Whitaker Household | Whitaker Household
    Household Primary Contact | - | true | false
    Background Check Cleared | - | true |
    Background Check Created At | - | 2025-08-01 |
    Background Check Expires On | - | 2027-08-01 |
    Background Check Note | - | |
    Created At | - | 2019-03-10T14:22:05Z | 2019-03-10T14:25:40Z
    Updated At | - | 2026-02-02T09:13:44Z | 2025-11-20T18:01:12Z
  `),
  set({ id: 'calendly-scheduled-events-report', kind: 'Calendly scheduled events export (host user and email, invitee names and email, text reminder number, booking questions, UTM columns, guests\' emails, event and invitee ids)', lang: 'en', source: 'index:59870340985 (a marketing team\'s Calendly-to-BigQuery loader listing the export columns, Python)' }, `
    User Name | owner | Dana Whitfield | Marcus Lee
    Team | - | https://api.calendly.com/organizations/AAAA | https://api.calendly.com/organizations/AAAA
    Invitee Name | name | Priya Raman | Tom Okafor
    Invitee First Name | firstName | Priya | Tom
    Invitee Last Name | lastName | Raman | Okafor
    Invitee Email | email | priya.raman@example.com | tom@okafor-builds.example.com
    Invitee Time Zone | - | America/Chicago | America/New_York
    Invitee accepted marketing emails | - | true | false
    Text Reminder Number | phone | +1 312-555-0147 |
    Event Type Name | - | 30 Minute Discovery Call | Product Demo
    Start Date & Time | - | 2026-03-10T15:00:00.000000Z | 2026-03-11T18:30:00.000000Z
    End Date & Time | - | 2026-03-10T15:30:00.000000Z | 2026-03-11T19:15:00.000000Z
    Location | - | https://zoom.us/j/91234567890 | Google Meet
    Event Created Date & Time | - | 2026-03-02T21:14:09.000000Z | 2026-03-05T08:40:33.000000Z
    Canceled | - | false | true
    Canceled By | - | | Tom Okafor
    Cancellation reason | - | | Schedule conflict
    Question 1 | - | Company name | Company name
    Response 1 | - | Raman Analytics | Okafor Builds
    Question 2 | - | What would you like to discuss? | What would you like to discuss?
    Response 2 | - | Pricing for 20 seats | Integrations
    Question 3 | - | |
    Response 3 | - | |
    Question 4 | - | |
    Response 4 | - | |
    UTM Campaign | - | spring_webinar |
    UTM Source | source | linkedin | google
    UTM Medium | - | social | cpc
    UTM Term | - | | scheduling software
    UTM Content | - | |
    Salesforce UUID | - | |
    Event Price | - | |
    Payment Currency | - | |
    Guest Email(s) | - | ops@raman-analytics.example.com |
    Invitee Reconfirmed | - | false | false
    Marked as No-Show | - | false | false
    Meeting Notes | - | |
    Group | - | false | false
    User Email | - | dana@ourcompany.example.com | marcus@ourcompany.example.com
    Event UUID | - | 4f1c2a9e-7d3b-4c1a-9a0e-1b2c3d4e5f60 | 8a7b6c5d-4e3f-2a1b-0c9d-8e7f6a5b4c3d
    Invitee UUID | - | c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f | d3e4f5a6-b7c8-4d9e-0f1a-2b3c4d5e6f7a
    Invitee scheduled by | - | | 
    Scheduling method | - | | 
  `),
  set({ id: 'givebutter-contacts-layout', kind: 'Givebutter contacts layout (donor platform: Givebutter id and the organisation\'s external id, preferred name, household and envelope name, extra emails and phones lists, employer, social links, subscription states)', lang: 'en', source: 'index:23359608746 (a nonprofit CRM\'s Givebutter contacts export, React)' }, `
    Givebutter Contact ID | - | 18833201 | 18833202
    Contact External ID | externalId | C-1042 | C-1043
    Contact Since | - | 2023-11-02 | 2025-04-18
    Prefix | - | Dr. |
    First Name | firstName | Angela | Marcus
    Preferred First Name | - | Angie |
    Middle Name | - | M. |
    Last Name | lastName | Brooks | Delgado
    Suffix | - | | III
    Primary Email | email | angela.brooks@example.org | marcus.delgado@example.com
    Primary Phone Number | phone | +1 404-555-0132 | (678) 555-0199
    Address Line 1 | address1 | 88 Peachtree Pl NE | 1207 Oak Hollow Dr
    Address Line 2 | - | Unit 5 |
    City | city | Atlanta | Marietta
    State | state | GA | GA
    Zip Code | postalCode | 30309 | 30062
    Country | country | US | US
    Gender | - | female | male
    Pronouns | - | she/her | he/him
    Household Name | - | Brooks Family |
    Household Envelope Name | - | Dr. and Mr. Brooks |
    Is Household Primary Contact | - | yes |
    Email Addresses | additionalEmails | abrooks@emory.example.edu |
    Phone Numbers | additionalPhones | +1 404-555-0177 |
    Date of Birth | dateOfBirth | 1975-02-14 |
    Employer | companyName | Emory Healthcare | Delgado Roofing LLC
    Title | - | Physician | Owner
    Twitter URL | - | https://twitter.com/angiebrooks |
    LinkedIn URL | - | https://www.linkedin.com/in/angelabrooks |
    Facebook URL | - | | https://facebook.com/marcus.delgado
    TikTok URL | - | |
    Tags | tags | Major Donor, Gala 2025 | Volunteer
    Notes | - | Prefers phone calls |
    Email Subscription Status | - | yes | yes
    Phone Subscription Status | - | yes | no
    Address Subscription Status | - | yes | yes
  `),
  set({ id: 'clever-students-from-powerschool', kind: 'Clever students.csv written from PowerSchool (school roster: three student ids, demographics and program flags, home address, student email, a parent contact\'s relationship, email and SIS id, credentials)', lang: 'en', source: 'index:47424343949 (a school district\'s SQL*Plus script spooling the Clever students file)' }, `
    School_id | - | 104 | 104
    Student_id | externalId | 22871 | 22902
    Student_number | - | 240118 | 240377
    State_id | - | 7712093341 | 7712094410
    Last_name | lastName | Nguyen | Castillo
    Middle_name | - | Thi | 
    First_name | firstName | Linh | Diego
    Grade | - | 9 | 11
    Gender | - | F | M
    Graduation_year | - | 2029 | 2027
    DOB | dateOfBirth | 03/14/2011 | 08/02/2009
    Race | - | A | W
    Hispanic_Latino | - | N | Y
    Home_language | - | Vietnamese | Spanish
    Ell_status | - | Y | N
    Frl_status | - | F | 
    IEP_status | - | N | N
    Student_street | address1 | 1450 Birch St | 77 Ridgeview Ct
    Student_city | city | Dearborn | Dearborn
    Student_state | state | MI | MI
    Student_zip | postalCode | 48124 | 48126
    Student_email | email | lnguyen29@students.example.k12.mi.us | dcastillo27@students.example.k12.mi.us
    Contact_relationship | - | Mother | Father
    Contact_type | - | guardian | guardian
    Contact_email | - | hoa.nguyen@example.com | r.castillo@example.net
    Contact_sis_id | - | 55120 | 55388
    Username | - | lnguyen29 | dcastillo27
    Password | - | | 
  `),
  set({ id: 'freshdesk-ticket-requesters', kind: 'Freshdesk ticket requester list (help desk: ticket number, requester name and email)', lang: 'en', source: 'index:40078492078 (a publisher\'s Freshdesk requester export script, Python)' }, `
    ticket_id | - | 310100 | 310382
    requester_name | name | Karen Whitley | Luis Ortega
    requester_email | email | kwhitley@lincoln-elementary.example.org | lortega@district12.example.net
  `),
];
