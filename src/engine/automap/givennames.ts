// Common given names in the seven languages, as data: in a file without a header row and without an email to tell,
// which of two name columns is the first name (./noheader.ts). A column of these is the given names, whichever side
// it stands on ("Wagner | Aaron": the family name first, as German and Dutch lists often write it).
//
// Drawn from each country's published tables of the most frequent given names, among people of all ages:
//  en: US Social Security Administration, "Top names over the last 100 years"; UK ONS, "Baby names in England and Wales".
//  es: INE (Spain), "Nombres y apellidos más frecuentes" (total population); INE Uruguay and Argentina's RENAPER tables.
//  pt: IBGE (Brazil), "Nomes no Brasil" (Censo 2010); IRN (Portugal), most registered names.
//  fr: INSEE, "Fichier des prénoms" (births since 1900).
//  de: Gesellschaft für deutsche Sprache, "Vornamen" yearly lists; Statistik Austria and BFS (Switzerland) name tables.
//  it: ISTAT, "Nomi più diffusi" (residents by birth decade).
//  nl: Meertens Instituut, "Nederlandse Voornamenbank"; SVB's yearly given-name lists.
// Names just as common as family names ("Martin", "Thomas", "Bernard", "Robert", "Simon", "Lambert", "Vincent", "Lee",
// "Scott", "Jordan") are left out: they say nothing about a column. Written in lower case, without accents.
const NAMES = {
  en: 'james john michael william david joseph charles christopher daniel matthew anthony mark steven andrew kenneth joshua kevin brian george edward ' +
    'ronald timothy jason jeffrey ryan jacob gary eric jonathan stephen larry justin brandon benjamin samuel gregory frank alexander patrick jack ' +
    'dennis tyler aaron henry adam nathan zachary kyle noah ethan jeremy harry oliver charlie liam mason logan lucas ' +
    'mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra ashley kimberly emily donna michelle ' +
    'dorothy carol amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen ' +
    'samantha katherine christine debra rachel carolyn janet catherine maria heather diane julie joyce victoria olivia sophia isabella ava mia ' +
    'charlotte amelia abigail madison chloe grace hannah lily ella ruby ' +
    // more of the SSA's hundred most frequent of each sex, and the ONS's of recent decades
    'marcus sean travis austin dylan cody derek shane trevor caleb luke isaac evan ian connor owen gavin jared dustin brett chad craig todd ' +
    'keith randy eugene philip bobby johnny billy jimmy harold douglas raymond walter arthur albert jerry lawrence terry bryan alan ralph roger ' +
    'bruce elijah wyatt jayden aiden julian theodore asher ezra alfie archie freddie finley reuben toby harrison callum ' +
    'megan brittany kayla lauren alyssa danielle courtney tiffany erin katie kristen natalie jasmine alexis brianna monica erica tracy wendy ' +
    'tina theresa gloria evelyn cheryl judith frances alice judy beverly denise marilyn amber diana sophie zoe harper aria scarlett layla nora ' +
    'zoey aubrey hazel violet savannah audrey bella claire lucy caroline naomi eleanor stella leah maya holly freya isla poppy millie phoebe ' +
    'evie imogen molly ellie rosie matilda',
  es: 'antonio manuel jose francisco javier juan pedro jesus carlos miguel rafael alejandro fernando pablo sergio jorge luis alberto alvaro diego ' +
    'adrian raul enrique ramon vicente andres joaquin santiago eduardo mario ignacio hugo matias mateo agustin facundo nicolas gonzalo ' +
    'maria carmen ana isabel dolores pilar teresa rosa cristina francisca laura antonia marta lucia elena mercedes manuela raquel sara paula ' +
    'rocio beatriz silvia patricia julia irene alba andrea sofia valentina camila florencia micaela agustina victoria catalina ximena ' +
    'marisol maribel yolanda nuria montserrat inmaculada encarnacion lorena veronica susana sonia noelia daniela milagros',
  pt: 'joao jose antonio francisco carlos paulo pedro lucas luiz marcos luis gabriel rafael daniel marcelo bruno eduardo felipe raimundo rodrigo ' +
    'manuel nuno tiago goncalo diogo rui ricardo miguel guilherme gustavo leonardo thiago fabio sergio vitor joaquim ' +
    'maria ana francisca antonia adriana juliana marcia fernanda patricia aline sandra camila amanda bruna jessica leticia julia luciana vanessa ' +
    'mariana beatriz rita ines catarina joana sofia leonor margarida carolina larissa gabriela rafaela tatiana',
  fr: 'jean pierre michel andre philippe alain jacques claude daniel christian rene louis francois patrick nicolas christophe stephane eric frederic ' +
    'julien olivier sebastien guillaume antoine maxime alexandre mathieu romain thibault benoit yves gerard lucas theo hugo enzo mathis ' +
    'marie jeanne francoise monique catherine nathalie isabelle sylvie martine christine anne sophie sandrine valerie veronique celine stephanie ' +
    'aurelie camille julie chloe manon lea emma ines sarah pauline elodie melanie brigitte nicole genevieve helene claire agnes',
  de: 'peter michael wolfgang klaus jurgen dieter hans uwe stefan andreas frank bernd gunter horst werner manfred helmut ralf jorg holger ' +
    'matthias markus christian sebastian tobias jan florian tim lukas leon felix jonas maximilian paul elias finn niklas moritz lars dirk sven kai ' +
    'ursula monika petra elisabeth sabine renate helga karin brigitte ingrid erika andrea gisela susanne christa birgit heike gabriele angelika ' +
    'claudia anja nicole katrin stefanie sandra julia lena lea laura sophie hannah mia emilie jana katharina franziska anke silke ute ' +
    // the most given names of the last twenty years (GfdS's yearly lists)
    'ben noah luis anton emil theo jakob matteo oskar lina leni ida clara frieda mila ella marie johanna charlotte greta lotta paula amelie nele marlene luisa',
  it: 'giuseppe giovanni antonio mario luigi francesco angelo vincenzo pietro salvatore carlo franco domenico bruno paolo michele giorgio aldo ' +
    'sergio luciano alessandro andrea marco matteo lorenzo davide stefano massimo roberto fabio simone gabriele riccardo federico emanuele nicola ' +
    'maria anna giuseppina rosa angela giovanna teresa lucia carmela caterina francesca antonietta carla elena concetta rita margherita paola ' +
    'laura giulia chiara sara martina valentina alessia federica silvia elisa beatrice aurora ginevra alice greta ' +
    // more of ISTAT's most frequent, of the decades since 1970
    'giacomo tommaso leonardo edoardo filippo samuele mattia luca daniele alberto claudio enrico dario gianluca cristian manuel diego valerio ' +
    'umberto nicolo ' +
    'arianna sofia giorgia camilla noemi ludovica ilaria roberta cristina daniela monica simona marta irene veronica eleonora alessandra ' +
    'serena claudia giada vittoria matilde bianca',
  nl: 'johannes jan hendrik cornelis willem pieter gerrit jacobus hendrikus johan daan sem lucas levi milan bram thijs ruben jesse stijn tom ' +
    'luuk niels bas joost koen wouter sander jeroen dennis mark maarten sjoerd bart arjen wim henk kees dirk teun ' +
    'maria johanna anna cornelia elisabeth wilhelmina hendrika petronella geertruida catharina emma julia sophie tess zoe sara fleur noor lotte ' +
    'anouk femke sanne lisa iris eva esther ingrid marieke linda sandra monique annemarie mirjam els inge',
};

/** The given names, of all seven languages together: a name is a given name whatever the file's language. */
export const GIVEN_NAMES: ReadonlySet<string> = new Set(Object.values(NAMES).join(' ').split(' '));

/** Given names just as common as family names, left out above ("Martin", "Jordan", "Lee"): they say nothing of which
 *  name column is the first name, but a header is never one of them, so a first row that starts with one over given
 *  names is data (./headerrow.ts). */
export const NAMES_ALSO_FAMILY: ReadonlySet<string> = new Set(('martin thomas bernard robert simon lambert vincent lee scott jordan morgan taylor ryan grant ' +
  'kelly henry francis george arthur dean parker marshall russell murray jackson mitchell').split(' '));
