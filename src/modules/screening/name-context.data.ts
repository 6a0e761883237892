// SPDX-License-Identifier: EUPL-1.2
/**
 * The words around a name that make it one (titles, surnames) and the capitalised words that are
 * never part of one. All lists are lower case and matched case-insensitively.
 */
const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/u));

/** A capitalised word after one of these is a name: "professor Lind", "Dr. Rahimi". */
export const TITLES = words(`
  professor professorn prof dr doktor doktorn doctor doktorand doktoranden docent docenten lektor
  lektorn universitetslektor universitetslektorn adjunkt adjunkten postdoc postdoktor forskare
  forskaren gästforskare gästforskaren gästprofessor gästprofessorn gästdoktorand rektor rektorn
  prorektor prefekt prefekten dekan dekanus handläggare handläggaren kontaktperson
  kontaktpersonen kollega kollegan ambassadör ambassadören minister ministern herr fru mr mrs ms
  mx miss sir dame lecturer researcher scholar postdoctoral fellow ambassador attaché attachén
  consul konsul rector dean provost chancellor vice-chancellor colleague supervisor handledare
  handledaren studenten doktorandens
`);

/** Lower-case words that may sit inside a name: "Ludwig van Beethoven", "Khalid bin Said". */
export const NAME_PARTICLES = words(`
  van von der den de del della di da dos du af al el bin ibn ben la le ter ten zu mac
`);

/**
 * A name followed by these is an eponym, not a person to protect: "Max Planck Institute",
 * "Marie Skłodowska-Curie Actions", "Knut och Alice Wallenbergs stiftelse", "Drottning
 * Kristinas väg".
 */
export const EPONYM_FOLLOWERS = words(`
  institute institut institutet institutes foundation stiftelse stiftelsen fond fonden fund prize
  priset pris award medal medaljen actions action fellowship fellowships stipendium stipendiet
  programme program programmet centre center centret centrum university universitet
  universitetet college school laboratory laboratoriet lab labs hospital sjukhuset society
  sällskapet lecture föreläsningen chair professur professuren scholarship scholarships grant
  grants gata gatan väg vägen plats platsen torg torget allé street road avenue square hall hallen
  huset house building salen aula aulan bibliotek biblioteket library
`);

/** Capitalised words that end a name or rule one out: function words, months, places, org words. */
export const NON_NAME_WORDS = words(`
  the a an this that these those we our they their it its he she his her i you in on at for from
  with without by after before during when while if as also however moreover furthermore although
  because since please thanks dear hi hello regards best kind sincerely of and or to is was are
  were be been has have had not no yes all any each every some both either neither via per than
  then there here who whom whose which what where why how do does did can could should would
  may might must shall will och men eller att det den de dem vi jag du ni han hon hen man vår
  våra vårt deras denna detta dessa här där nu sedan efter före innan under över vid hos med
  utan från till för mot om när då som enligt inom genom mellan trots eftersom även också dock
  tack hej hälsningar vänliga mvh kära bästa ring kontakta mejla maila fråga svar question answer
  case fall bakgrund background summary sammanfattning outcome utfall lessons lärdomar note obs
  januari februari mars april maj juni juli augusti september oktober november december january
  february march june july august october jan feb mar apr jun jul aug sep sept oct okt nov dec
  måndag tisdag onsdag torsdag fredag lördag söndag monday tuesday wednesday thursday friday
  saturday sunday university universitet universitetet college institute institut institutet
  högskola högskolan academy akademi akademien school hospital sjukhus foundation stiftelse
  stiftelsen centre center centrum laboratory lab labs group gruppen ministry department
  departementet agency council rådet authority myndighet myndigheten company corporation inc ltd
  gmbh association society programme program project projektet initiative fund fonden prize award
  medal fellowship scholarship stipendium actions network alliance partnership summit conference
  konferens workshop symposium forum region county kommun län city state province street gatan
  road vägen park airport station hall house building campus science sciences technology teknik
  engineering medicine research forskning innovation security säkerhet defence defense policy
  strategy strategi report rapport plan act lag law regulation förordning directive direktiv
  agreement avtal memorandum treaty party partiet committee kommitté board styrelse office unit
  division bureau commission kommissionen union unionen parliament riksdagen government regeringen
  emeritus emerita phd msc bsc jr sr kong capita mayen majestät professor prof dr
  sverige sweden norge norway finland danmark denmark tyskland germany frankrike france
  storbritannien britain england skottland scotland irland ireland europa europe kina china
  ryssland russia iran usa amerika america indien india japan korea sydkorea nordkorea taiwan
  hongkong israel turkiet turkey pakistan belarus ukraina ukraine asien asia afrika africa
  brasilien brazil kanada canada australien australia singapore malaysia vietnam egypten egypt
  irak iraq syrien syria libanon lebanon nederländerna netherlands belgien belgium polen poland
  estland estonia lettland latvia litauen lithuania schweiz switzerland österrike austria italien
  italy spanien spain grekland greece saudiarabien arabia emiraten qatar kuba cuba venezuela
  modell aktuell generell formell informell traditionell nationell internationell potentiell
  kommersiell finansiell personell institutionell officiell speciell materiell industriell
  eventuell individuell konventionell intellektuell person kontaktperson reason season lesson
  comparison prison poison liaison
`);

/**
 * Places, and companies and universities named after places or people: they end like surnames
 * (Stockholm, Varberg, Dublin, Ericsson) but are not people unless a given name comes first
 * ("Emma Lund").
 */
export const PLACE_AND_COMPANY_NAMES = words(`
  peking beijing shanghai shenzhen wuhan harbin nanjing moskva moscow petersburg teheran tehran
  washington london bryssel brussels paris berlin haag hague genève geneva wien vienna
  stockholm göteborg gothenburg uppsala lund linköping umeå luleå malmö örebro västerås
  helsingborg norrköping jönköping växjö karlstad sundsvall östersund gävle falun kiruna kalmar
  karlskrona kristianstad halmstad trollhättan borås skövde visby södertälje solna huddinge
  varberg falkenberg ängelholm katrineholm laholm trelleborg lindesberg strömstad vänersborg
  kremlin heidelberg nürnberg wittenberg luxemburg luxembourg dublin cornell berkeley oxford cambridge
  stanford harvard princeton yale tsinghua peking fudan zhejiang huawei ericsson saab volvo
  scania northvolt sandvik atlas copco sidney
`);

/** Surnames common in international academia that carry no Swedish suffix. */
export const KNOWN_SURNAMES = words(`
  smith johnson williams brown jones miller davis wilson anderson taylor thomas moore martin
  jackson thompson white harris clark lewis robinson walker young allen king wright scott green
  baker adams nelson hill campbell mitchell roberts carter phillips evans turner parker collins
  edwards stewart morris murphy cook rogers morgan cooper peterson reed bailey bell kelly howard
  müller schmidt schneider fischer weber meyer wagner becker schulz hoffmann koch richter wolf
  dubois dupont bernard moreau rossi russo ferrari esposito bianchi garcía garcia martínez
  rodríguez lópez gonzález fernández sánchez pérez nowak kowalski wiśniewski ivanov ivanova
  petrov petrova smirnov smirnova kuznetsov kuznetsova popov popova sokolov volkov morozov
  novikov fedorov kozlov lebedev orlov pavlov shevchenko kovalenko bondarenko kumar singh sharma
  patel gupta reddy rao iyer nair menon das banerjee chatterjee mukherjee khan hosseini ahmadi
  mohammadi rezaei karimi moradi hashemi rahimi jafari ghorbani hussain rahman chowdhury
  mahmoud haddad nasser yilmaz kaya demir şahin çelik öztürk tanaka suzuki takahashi watanabe
  yamamoto nakamura kobayashi kato kim park choi jung kang cho yoon jang lim nguyen tran pham
  hoang virtanen korhonen nieminen mäkinen hämäläinen laine heikkinen koskinen järvinen hansen
  jensen nielsen pedersen olsen larsen rasmussen andersen christensen johansen
`);

/** Family names that come first in Chinese order: "Zhang Wei", "Wang Xiaoming". */
export const CHINESE_SURNAMES = words(`
  wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang
  xie song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei
  su lü ding ren lu yao shen zhong cui tan fan liao shi jin jia xia fu fang zou xiong bai meng
  qin qiu hou yin xue yan duan lei long shao qian kong mao hao chang chan wong cheung leung ng xi
`);

/**
 * Endings of Swedish (and Nordic) family names. "-son" and "-sen" cover patronymics; the list of
 * non-name words above keeps out places and adjectives with the same endings (Stockholm, Lund,
 * Varberg, "Internationell", "Person").
 */
export const SURNAME_SUFFIXES: readonly string[] = [
  ...words(`
  sson son sen berg ström strom qvist kvist quist lund gren dahl holm blad lin ell stedt feldt
  ander ius löf bäck sjö gård
`),
];
