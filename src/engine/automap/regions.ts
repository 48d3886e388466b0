// The first-level regions of the countries the add-on's users write from, as data: a column no header names whose
// values are all regions of the file's country ("Bayern", "Baden-Württemberg"; "Ticino"; Brazil's "AM", "PA"; Italy's
// province codes "BG", "BS") is the state, beside an address (./resolve.ts). Two-letter codes are read as countries
// elsewhere (./sniff.ts): a column of the default country's own region codes is its regions instead.
//
// Names and codes from ISO 3166-2 (the subdivision codes, as the postal services write them: Brazil's "UF", Canada
// Post's, USPS's and Australia Post's abbreviations, Italy's "sigla automobilistica" of each province, the Swiss
// cantons' codes) and each country's statistics office (Destatis, Statistik Austria, BFS, ISTAT, INSEE, INE, CBS,
// Statbel, IBGE, INE Portugal, INEGI, INDEC). Written in lower case without accents, a hyphen as a space; the
// names in the country's languages and in English where people write them so ("Bavaria", "Lower Saxony").
// A name marked "*" is also a town's ("Berlin", "Utrecht", "São Paulo", "Genève"): it counts, but a column of
// those alone is as likely the towns.
import { withoutAccents } from './normalize';

const NAMES: Record<string, string> = {
  DE: 'baden wurttemberg,bayern,bavaria,*berlin,*brandenburg,*bremen,*hamburg,hessen,hesse,mecklenburg vorpommern,niedersachsen,lower saxony,' +
    'nordrhein westfalen,north rhine westphalia,nrw,rheinland pfalz,rhineland palatinate,saarland,sachsen,saxony,sachsen anhalt,saxony anhalt,' +
    'schleswig holstein,thuringen,thueringen,thuringia',
  AT: 'burgenland,karnten,kaernten,carinthia,niederosterreich,niederoesterreich,lower austria,oberosterreich,oberoesterreich,upper austria,' +
    '*salzburg,steiermark,styria,tirol,tyrol,vorarlberg,*wien,*vienna',
  CH: '*zurich,*zurigo,*bern,*berne,*berna,*luzern,*lucerne,*lucerna,uri,*schwyz,obwalden,nidwalden,*glarus,*zug,*freiburg,*fribourg,*friburgo,' +
    '*solothurn,*soleure,basel stadt,bale ville,basilea citta,basel landschaft,bale campagne,basilea campagna,*schaffhausen,' +
    'appenzell ausserrhoden,appenzell innerrhoden,*st gallen,*sankt gallen,*saint gall,*san gallo,graubunden,graubuenden,grisons,grigioni,' +
    'aargau,argovie,argovia,thurgau,thurgovie,turgovia,ticino,tessin,vaud,waadt,valais,wallis,vallese,*neuchatel,*neuenburg,*geneve,*genf,' +
    '*ginevra,*geneva,jura,giura',
  IT: "abruzzo,basilicata,calabria,campania,emilia romagna,friuli venezia giulia,friuli,lazio,liguria,lombardia,marche,molise,piemonte," +
    "puglia,sardegna,sicilia,toscana,trentino alto adige,trentino,alto adige,sudtirol,umbria,valle d'aosta,valle d aosta,veneto",
  FR: "auvergne rhone alpes,bourgogne franche comte,bretagne,centre val de loire,corse,grand est,hauts de france,ile de france," +
    "normandie,nouvelle aquitaine,occitanie,pays de la loire,provence alpes cote d'azur,provence alpes cote d azur,paca,alsace,aquitaine," +
    "auvergne,bourgogne,champagne ardenne,franche comte,languedoc roussillon,limousin,lorraine,midi pyrenees,nord pas de calais,picardie," +
    "poitou charentes,rhone alpes,basse normandie,haute normandie,guadeloupe,martinique,guyane,la reunion,mayotte," +
    // The départements (INSEE's official geographic code), which French addresses and lists name as often as the regions.
    "ain,aisne,allier,alpes de haute provence,hautes alpes,alpes maritimes,ardeche,ardennes,ariege,aube,aude,aveyron,bouches du rhone," +
    "calvados,cantal,charente,charente maritime,cher,correze,corse du sud,haute corse,cote d'or,cote d or,cotes d'armor,cotes d armor,creuse," +
    "dordogne,doubs,drome,eure,eure et loir,finistere,gard,haute garonne,gers,gironde,herault,ille et vilaine,indre,indre et loire,isere,jura," +
    "landes,loir et cher,loire,haute loire,loire atlantique,loiret,lot,lot et garonne,lozere,maine et loire,manche,marne,haute marne,mayenne," +
    "meurthe et moselle,meuse,morbihan,moselle,nievre,nord,oise,orne,pas de calais,puy de dome,pyrenees atlantiques,hautes pyrenees," +
    "pyrenees orientales,bas rhin,haut rhin,rhone,haute saone,saone et loire,sarthe,savoie,haute savoie,*paris,seine maritime,seine et marne," +
    "yvelines,deux sevres,somme,tarn,tarn et garonne,var,vaucluse,vendee,*vienne,haute vienne,vosges,yonne,territoire de belfort,essonne," +
    "hauts de seine,seine saint denis,val de marne,val d'oise,val d oise",
  ES: 'andalucia,aragon,asturias,principado de asturias,islas baleares,illes balears,baleares,canarias,islas canarias,cantabria,castilla y leon,' +
    'castilla la mancha,cataluna,catalunya,comunidad valenciana,comunitat valenciana,extremadura,galicia,*madrid,comunidad de madrid,*murcia,' +
    'region de murcia,navarra,comunidad foral de navarra,pais vasco,euskadi,la rioja,*ceuta,*melilla,alava,araba,gipuzkoa,guipuzcoa,bizkaia,vizcaya,' +
    // The provinces (INE's), which Spanish addresses write after the postal code; all but a few are named after their capital.
    '*albacete,*alicante,*alacant,*almeria,*avila,*badajoz,*barcelona,*burgos,*caceres,*cadiz,*castellon,*castello,*ciudad real,*cordoba,' +
    '*a coruna,*la coruna,*cuenca,*girona,*gerona,*granada,*guadalajara,*huelva,*huesca,*jaen,*leon,*lleida,*lerida,*lugo,*malaga,*ourense,' +
    '*orense,*palencia,*las palmas,*pontevedra,*salamanca,*santa cruz de tenerife,*segovia,*sevilla,*soria,*tarragona,*teruel,*toledo,' +
    '*valencia,*valladolid,*zamora,*zaragoza',
  NL: 'drenthe,flevoland,friesland,fryslan,gelderland,*groningen,limburg,noord brabant,noord holland,overijssel,*utrecht,zeeland,zuid holland',
  BE: '*antwerpen,*anvers,limburg,oost vlaanderen,west vlaanderen,vlaams brabant,brabant wallon,waals brabant,hainaut,henegouwen,*liege,*luik,' +
    'luxembourg,luxemburg,*namur,*namen,bruxelles capitale,brussels hoofdstedelijk gewest,*bruxelles,*brussel,*brussels',
  BR: 'acre,alagoas,amapa,amazonas,bahia,ceara,distrito federal,espirito santo,goias,maranhao,mato grosso,mato grosso do sul,minas gerais,para,' +
    'paraiba,parana,pernambuco,piaui,*rio de janeiro,rio grande do norte,rio grande do sul,rondonia,roraima,santa catarina,*sao paulo,sergipe,tocantins',
  PT: '*aveiro,*beja,*braga,*braganca,*castelo branco,*coimbra,*evora,*faro,*guarda,*leiria,*lisboa,*portalegre,*porto,*santarem,*setubal,' +
    '*viana do castelo,*vila real,*viseu,acores,azores,regiao autonoma dos acores,madeira,regiao autonoma da madeira',
  US: 'alabama,alaska,arizona,arkansas,california,colorado,connecticut,delaware,florida,georgia,hawaii,idaho,illinois,indiana,iowa,kansas,' +
    'kentucky,louisiana,maine,maryland,massachusetts,michigan,minnesota,mississippi,missouri,montana,nebraska,nevada,new hampshire,new jersey,' +
    'new mexico,*new york,north carolina,north dakota,ohio,oklahoma,oregon,pennsylvania,rhode island,south carolina,south dakota,tennessee,' +
    'texas,utah,vermont,virginia,*washington,west virginia,wisconsin,wyoming,district of columbia,puerto rico',
  CA: 'alberta,british columbia,manitoba,new brunswick,newfoundland and labrador,newfoundland,nova scotia,ontario,prince edward island,' +
    '*quebec,saskatchewan,northwest territories,nunavut,yukon,colombie britannique,nouveau brunswick,nouvelle ecosse,terre neuve et labrador',
  AU: 'new south wales,*victoria,queensland,western australia,south australia,tasmania,australian capital territory,northern territory',
  MX: '*aguascalientes,baja california,baja california sur,*campeche,chiapas,*chihuahua,*ciudad de mexico,cdmx,coahuila,*colima,*durango,' +
    '*guanajuato,guerrero,hidalgo,jalisco,estado de mexico,edomex,michoacan,morelos,nayarit,nuevo leon,*oaxaca,*puebla,*queretaro,' +
    'quintana roo,*san luis potosi,sinaloa,sonora,tabasco,tamaulipas,*tlaxcala,*veracruz,yucatan,*zacatecas',
  AR: '*buenos aires,caba,*catamarca,chaco,chubut,*cordoba,*corrientes,entre rios,*formosa,jujuy,la pampa,*la rioja,*mendoza,misiones,' +
    '*neuquen,rio negro,*salta,*san juan,*san luis,santa cruz,*santa fe,*santiago del estero,tierra del fuego,*tucuman',
  // The UK's counties as addresses write them (Royal Mail's former postal counties, England's ceremonial counties,
  // Scotland's council areas, Wales's preserved counties, Northern Ireland's six counties; ONS's names) and Ireland's 26
  // counties (CSO); "County Clare", "Co. Antrim" are read without "County" / "Co.".
  GB: 'bedfordshire,berkshire,bristol,buckinghamshire,cambridgeshire,cheshire,*city of london,cornwall,cumbria,derbyshire,devon,dorset,*durham,' +
    'county durham,east riding of yorkshire,east sussex,essex,gloucestershire,greater london,greater manchester,hampshire,herefordshire,' +
    'hertfordshire,isle of wight,kent,lancashire,leicestershire,lincolnshire,merseyside,norfolk,north yorkshire,northamptonshire,' +
    'northumberland,nottinghamshire,oxfordshire,rutland,shropshire,somerset,south yorkshire,staffordshire,suffolk,surrey,tyne and wear,' +
    'warwickshire,west midlands,west sussex,west yorkshire,wiltshire,worcestershire,middlesex,avon,cleveland,humberside,' +
    'aberdeen city,aberdeenshire,angus,argyll and bute,clackmannanshire,dumfries and galloway,*dundee city,east ayrshire,east dunbartonshire,' +
    'east lothian,east renfrewshire,city of edinburgh,falkirk,fife,glasgow city,highland,inverclyde,midlothian,moray,na h eileanan siar,' +
    'north ayrshire,north lanarkshire,orkney,orkney islands,perth and kinross,renfrewshire,scottish borders,shetland,shetland islands,' +
    'south ayrshire,south lanarkshire,stirling,west dunbartonshire,west lothian,lothian,strathclyde,grampian,tayside,borders,' +
    'clwyd,dyfed,gwent,gwynedd,mid glamorgan,powys,south glamorgan,west glamorgan,anglesey,isle of anglesey,pembrokeshire,carmarthenshire,' +
    'ceredigion,monmouthshire,conwy,denbighshire,flintshire,wrexham,*cardiff,*swansea,antrim,*armagh,down,fermanagh,*londonderry,tyrone',
  IE: '*carlow,*cavan,clare,*cork,*donegal,*dublin,*galway,kerry,*kildare,*kilkenny,laois,leitrim,*limerick,*longford,louth,mayo,meath,' +
    '*monaghan,offaly,*roscommon,*sligo,tipperary,*waterford,westmeath,*wexford,*wicklow,antrim,*armagh,down,fermanagh,*londonderry,tyrone',
};

/** Region codes as written in an address (ISO 3166-2's second part): upper case, two or three letters. */
const CODES: Record<string, string> = {
  BR: 'AC AL AP AM BA CE DF ES GO MA MT MS MG PA PB PR PE PI RJ RN RS RO RR SC SP SE TO',
  US: 'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT ' +
    'VT VA WA WV WI WY DC PR GU VI AS MP',
  CA: 'AB BC MB NB NL NS NT NU ON PE QC SK YT',
  AU: 'NSW VIC QLD WA SA TAS ACT NT',
  CH: 'ZH BE LU UR SZ OW NW GL ZG FR SO BS BL SH AR AI SG GR AG TG TI VD VS NE GE JU',
  IT: 'AG AL AN AO AP AQ AR AT AV BA BG BI BL BN BO BR BS BT BZ CA CB CE CH CI CL CN CO CR CS CT CZ EN FC FE FG FI FM FR GE GO GR IM IS KR ' +
    'LC LE LI LO LT LU MB MC ME MI MN MO MS MT NA NO NU OG OR OT PA PC PD PE PG PI PN PO PR PT PU PV PZ RA RC RE RG RI RM RN RO SA SI SO SP ' +
    'SR SS SU SV TA TE TN TO TP TR TS TV UD VA VB VC VE VI VR VT VV',
};

const key = (s: string) => withoutAccents(s).toLowerCase().replace(/[.]/g, '').replace(/[\s_-]+/g, ' ').trim();
const names = new Map<string, Map<string, boolean>>();
for (const [country, list] of Object.entries(NAMES)) {
  names.set(country, new Map(list.split(',').map((n) => (n.startsWith('*') ? [n.slice(1), true] : [n, false]))));
}
const codes = new Map(Object.entries(CODES).map(([c, list]) => [c, new Set(list.split(' '))]));

/** Whether the regions of a country are known here (its names or its codes). */
export const knowsRegionsOf = (country: string) => names.has(country.toUpperCase()) || codes.has(country.toUpperCase());

/** The numbers of France's départements, as French lists write them ("75", "2A", "971": INSEE's codes). */
const RE_DEPARTEMENT = /^(?:0[1-9]|[1-8]\d|9[0-5]|2[AB]|97[1-6])$/i;

/** How a value reads as one of a country's regions: 'name' ("Bayern"), 'town' (a region's name that is also a
 *  town's: "Berlin"), 'code' ("PA" in Brazil), or null. */
export function regionOf(value: string, country = 'US'): 'name' | 'town' | 'code' | null {
  const c = country.toUpperCase();
  const t = value.trim();
  if (c === 'FR' && RE_DEPARTEMENT.test(t)) return 'code';
  if (/^[A-Z]{2,3}$/.test(t)) return codes.get(c)?.has(t) ? 'code' : null;
  const k = c === 'GB' || c === 'IE' ? key(t).replace(/^(?:county|co) (?=\S)/, '') : key(t);
  const town = names.get(c)?.get(k);
  return town === undefined ? null : town ? 'town' : 'name';
}

/** The countries whose regions are known here. */
const KNOWN = [...new Set([...names.keys(), ...codes.keys()])];

/** Whether a value is a region of any country whose regions are known ("Bayern", "SP", "Noord-Brabant"): a file's
 *  country may be another than the settings' default. */
export const isRegionAnywhere = (value: string) => KNOWN.some((c) => regionOf(value, c) !== null);

/** A value that may be a region: one of a known country's, or a code of two or three capitals, which may be the region of
 *  a country whose codes are not held here ("BW" of Baden-Württemberg). */
export const mayBeRegion = (value: string) => isRegionAnywhere(value) || /^[A-Z]{2,3}$/.test(value);
