/**
 * Y tabl negeseuon Cymraeg: the Welsh message table, complete (the type requires every
 * key of the English one). Written in plain Welsh; a Welsh-language officer should review
 * it before a council goes live (see content/README.md).
 */
import type { ServiceStatus } from "../../content/schemas";
import type { Messages } from "./en";

/** "4 gwasanaeth ddim ar gael, 2 â phroblemau": numerals take the singular noun in Welsh. */
function boardSummary(statuses: readonly ServiceStatus[]): string {
  const count = (s: ServiceStatus[]) => statuses.filter((x) => s.includes(x)).length;
  const down = count(["major-outage"]);
  const off = count(["suspended"]);
  const problems = count(["partial-outage", "degraded"]);
  const parts: string[] = [];
  const services = (n: number) => `${n} gwasanaeth`;
  if (down) parts.push(`${services(down)} ddim ar gael`);
  if (off) parts.push(`${parts.length ? off : services(off)} ${off === 1 ? "wedi’i ddiffodd" : "wedi’u diffodd"} fel rhagofal`);
  if (problems) parts.push(`${parts.length ? problems : services(problems)} â phroblemau`);
  if (parts.length === 0) {
    if (statuses.length === 0) return "Nid oes gwasanaethau wedi’u rhestru";
    return statuses.length === 1 ? "Mae’r 1 gwasanaeth yn gweithio’n arferol" : `Mae pob un o’r ${statuses.length} gwasanaeth yn gweithio’n arferol`;
  }
  const ok = count(["operational"]);
  if (ok) parts.push(`${ok} yn gweithio’n arferol`);
  return parts.join(", ");
}

export const cy: Messages = {
  statuses: {
    operational: "Gweithio’n arferol",
    degraded: "Rhai problemau",
    "partial-outage": "Ddim ar gael yn rhannol",
    "major-outage": "Ddim ar gael",
    suspended: "Wedi’i ddiffodd fel rhagofal",
  },
  phases: {
    investigating: "Ymchwilio",
    identified: "Wedi canfod yr achos",
    recovering: "Adfer gwasanaethau",
    monitoring: "Monitro",
    resolved: "Wedi’i ddatrys",
  },
  phaseDescriptions: {
    investigating: "Rydym yn gwybod bod rhywbeth o’i le ac rydym yn darganfod beth.",
    identified: "Rydym yn gwybod beth ddigwyddodd ac rydym yn gweithio arno.",
    recovering: "Rydym yn dod â gwasanaethau yn ôl yn ddiogel.",
    monitoring: "Mae gwasanaethau yn ôl ac rydym yn cadw llygad barcud arnynt.",
    resolved: "Mae’r digwyddiad drosodd.",
  },
  boardSummary,

  chrome: {
    skipLink: "Neidio i’r prif gynnwys",
    for: "Ar gyfer",
    // "a" before a consonant, "ac" before a vowel: "Caerdydd a Bro Morgannwg", "Cyngor ac Amgueddfa".
    and: (next: string) => (/^[aeiouwyâêîôûŵŷ]/i.test(next) ? " ac " : " a "),
    mainNav: "Prif ddewislen",
    home: "Hafan",
    updates: "Diweddariadau",
    services: "Gwasanaethau",
    advice: "Cyngor",
    breadcrumb: "Briwsion bara",
    languages: "Ieithoedd",
    urgentHeading: "Os oes angen help arnoch ar frys",
    danger: ["Os oes rhywun mewn perygl neu fod bywyd rhywun mewn perygl, ffoniwch ", "."],
    mainNumber: "Prif rif",
    journalists: "Newyddiadurwyr",
    pressOffice: "Swyddfa’r wasg",
    email: "E-bost",
    pressReleases: "Datganiadau i’r wasg",
    rssFeed: "Ffrwd RSS",
    atomFeed: "Ffrwd Atom",
    jsonFeed: "Ffrwd JSON",
    getUpdates: "Cael diweddariadau",
    followEveryUpdate: "Dilyn pob diweddariad drwy RSS",
    lastUpdated: "Diweddarwyd ddiwethaf",
    accessibilityStatement: "Datganiad hygyrchedd",
  },
  languageOfText: (language: string) => `Iaith y testun hwn: ${language}.`,
  notYetTranslated: (language: string) =>
    `Nid yw’r testun hwn ar gael yn Gymraeg eto. Mae i’w weld yn yr iaith wreiddiol (${language}) nes bydd y cyfieithiad yn barod.`,

  home: {
    important: "Pwysig",
    lastUpdated: "Diweddarwyd ddiwethaf",
    readLatest: "Darllen y diweddariad diweddaraf",
    allUpdates: "Pob diweddariad",
    disrupted: "Gwasanaethau nad ydynt yn gweithio’n arferol",
    allWorking: "Mae pob gwasanaeth yn gweithio’n arferol.",
    worstFirst: "Y rhai sydd wedi’u heffeithio waethaf yn gyntaf.",
    seeEveryService: "Gweld pob gwasanaeth",
    staySafe: "Cadw’n ddiogel rhag sgamiau",
    allAdvice: "Pob cyngor",
  },
  notFound: {
    title: "Heb ddod o hyd i’r dudalen",
    typed: "Os gwnaethoch deipio’r cyfeiriad gwe, gwiriwch ei fod yn gywir.",
    pasted: "Os gwnaethoch ludo’r cyfeiriad gwe, gwiriwch eich bod wedi copïo’r cyfeiriad cyfan.",
    youCan: "Gallwch:",
    home: "fynd at y newyddion diweddaraf",
    services: "gweld pa wasanaethau sy’n gweithio",
    advice: "darllen cyngor ar gadw’n ddiogel rhag sgamiau",
  },
  advice: {
    title: "Cyngor: cadw’n ddiogel",
    description: "Sut i wybod a yw neges wir yn dod gan y cyngor, a ble i roi gwybod am sgamiau a thwyll.",
    crumb: "Cyngor",
    contents: "Cynnwys",
    officialGuidance: "Canllawiau swyddogol",
    from: " gan ",
    backToTop: "Yn ôl i’r brig",
  },
  incidents: {
    title: "Pob digwyddiad",
    crumb: "Digwyddiadau",
    none: "Nid oes unrhyw ddigwyddiadau.",
  },
  incident: {
    started: "Dechreuodd",
    lastUpdated: "Diweddarwyd ddiwethaf",
    resolved: "Datryswyd",
    councilsAffected: "Cynghorau yr effeithir arnynt",
    status: "Statws",
    oldestFirstHeading: (title: string) => `${title}: diweddariadau, yr hynaf yn gyntaf`,
    oldestFirstTitle: (title: string) => `${title}: yr hynaf yn gyntaf`,
    oldestFirstCrumb: "Yr hynaf yn gyntaf",
    newestFirst: "Diweddariadau, y diweddaraf yn gyntaf",
    oldestFirst: "Diweddariadau, yr hynaf yn gyntaf",
    readOldestFirst: "Darllen y diweddariadau, yr hynaf yn gyntaf",
    readNewestFirst: "Darllen y diweddariadau, y diweddaraf yn gyntaf",
    followByRss: "Dilyn y diweddariadau hyn drwy RSS",
    noUpdates: "Nid oes diweddariadau eto.",
    latestNewestFirst: "Y diweddariadau diweddaraf, y diweddaraf yn gyntaf",
    readAllOldestFirst: (total: number) => `Darllen pob un o’r ${total} diweddariad, yr hynaf yn gyntaf`,
    readLatestFirst: "Darllen y diweddariadau diweddaraf yn gyntaf",
    earlierUpdates: "Diweddariadau cynharach",
    everyUpdateOldestFirst: "Pob diweddariad, yr hynaf yn gyntaf",
    allInFull: (total: number, perPage: number) => `Pob un o’r ${total} diweddariad yn llawn, ${perPage} ar bob tudalen, o’r cyntaf:`,
    updatesRange: (first: number, last: number) => (first === last ? `Diweddariad ${first}` : `Diweddariadau ${first} i ${last}`),
    numbersRange: (first: number, last: number) => (first === last ? `${first}` : `${first} i ${last}`),
    dateSpan: (from: string, to: string) => `${from} i ${to}`,
    oldestFirstPageTitle: (title: string, first: number, last: number) => `${title}: diweddariadau ${first} i ${last}, yr hynaf yn gyntaf`,
    oldestFirstPageHeading: (title: string, first: number, last: number, total: number) =>
      first === last ? `${title}: diweddariad ${first} o ${total}, yr hynaf yn gyntaf` : `${title}: diweddariadau ${first} i ${last} o ${total}, yr hynaf yn gyntaf`,
    oldestFirstPageCrumb: (first: number, last: number) => (first === last ? `Yr hynaf yn gyntaf: diweddariad ${first}` : `Yr hynaf yn gyntaf: diweddariadau ${first} i ${last}`),
    timelinePagesNav: "Tudalennau’r llinell amser hon",
    earlierPage: "Diweddariadau cynharach",
    laterPage: "Diweddariadau diweddarach",
    everyPage: "Pob tudalen o’r llinell amser hon",
  },
  update: {
    serviceChanges: "Newidiadau i wasanaethau yn y diweddariad hwn:",
    corrections: "Cywiriadau:",
    linkToUpdate: "Dolen i’r diweddariad hwn",
    earlier: "Diweddariad cynharach yw hwn.",
    latest: "Dyma’r diweddariad diweddaraf.",
    incidentNow: "Statws y digwyddiad nawr:",
    readLatest: "Darllen y diweddariad diweddaraf: ",
    partOf: "Rhan o ",
    otherUpdates: "Diweddariadau eraill",
    previous: "Diweddariad blaenorol",
    next: "Diweddariad nesaf",
    inTimeline: "Gweld y diweddariad hwn yn y llinell amser",
    cite: "Dyfynnu’r diweddariad hwn",
    title: "Teitl",
    published: "Cyhoeddwyd",
    lastCorrected: "Cywirwyd ddiwethaf",
    permalink: "Dolen barhaol",
    pressOffice: "Swyddfa’r wasg",
  },
  organisation: {
    phone: "Ffôn",
    email: "E-bost",
    address: "Cyfeiriad",
    website: "Gwefan y cyngor",
    incidents: "Digwyddiadau",
    noIncidents: (name: string) => `Nid oes unrhyw ddigwyddiad yn effeithio ar ${name}.`,
    services: "Gwasanaethau",
    noServices: (name: string) => `Nid oes gwasanaethau wedi’u rhestru ar gyfer ${name}.`,
    lastUpdated: "diweddarwyd ddiwethaf",
  },
  services: {
    title: "Gwasanaethau: beth sy’n gweithio",
    crumb: "Gwasanaethau",
    contents: "Cynnwys",
    otherServices: "Gwasanaethau eraill",
  },
  service: {
    status: "Statws",
    since: "Ers",
    sinceLower: "ers",
    update: "diweddariad",
    latestNews: "Newyddion diweddaraf",
    runBy: "Darperir gan",
    otherWays: "Ffyrdd eraill o gael help",
    whatToDo: "Beth i’w wneud yn lle hynny",
    history: "Hanes",
    noHistory: "Nid oes unrhyw ddiweddariad wedi sôn am y gwasanaeth hwn. Mae wedi bod yn gweithio’n arferol drwy’r amser.",
    earlierChangesIn: (count: number) => (count === 1 ? "Mae 1 newid cynharach yn llinellau amser" : `Mae ${count} newid cynharach yn llinellau amser`),
    listSeparator: ",",
    sentenceEnd: ".",
  },
  contact: {
    phone: "Ffôn",
    email: "E-bost",
    moreInformation: "Rhagor o wybodaeth",
    address: "Cyfeiriad",
    openingTimes: "Oriau agor",
  },
  accessibility: {
    title: "Datganiad hygyrchedd",
    intro: (host: string, names: string) =>
      `Mae’r datganiad hwn yn ymdrin â’r wefan hon, ${host}, sy’n cael ei rhedeg gan ${names}. Rydym eisiau i gymaint o bobl â phosibl allu ei defnyddio. Dylech allu:`,
    abilities: [
      "newid lliwiau, lefelau cyferbyniad a ffontiau drwy osodiadau eich porwr neu’ch dyfais",
      "chwyddo hyd at 400% heb i’r testun fynd oddi ar y sgrin",
      "symud o gwmpas y wefan gyfan gan ddefnyddio bysellfwrdd yn unig",
      "defnyddio’r wefan gyda darllenydd sgrin",
      "defnyddio’r wefan gyda JavaScript wedi’i ddiffodd: nid yw’n defnyddio dim",
      "defnyddio’r wefan ar gysylltiad araf: mae pob tudalen yn fach",
    ],
    howAccessible: "Pa mor hygyrch yw’r wefan hon",
    standard:
      "Mae’r wefan hon wedi’i chynllunio i fodloni Canllawiau Hygyrchedd Cynnwys y We (WCAG) fersiwn 2.2 ar lefel AA. Mae pob tudalen yn cael ei phrofi’n awtomatig am broblemau hygyrchedd, mewn lliwiau golau a thywyll, cyn ei chyhoeddi. Mae statws pob gwasanaeth bob amser wedi’i ysgrifennu mewn geiriau, nid drwy liw yn unig.",
    tellUs: "Mae diweddariadau’n cael eu hysgrifennu’n gyflym yn ystod digwyddiad. Os oes rhywbeth yn aneglur neu’n anodd ei ddefnyddio, rhowch wybod i ni a byddwn yn ei drwsio.",
    feedback: "Adborth a gwybodaeth gyswllt",
    formats: "Os oes angen gwybodaeth ar y wefan hon arnoch mewn fformat gwahanol, fel print bras, hawdd ei ddeall neu sain:",
    emailUs: "e-bostiwch ",
    call: (name: string) => `ffoniwch ${name} ar `,
    enforcement: "Gweithdrefn orfodi",
    enforcementText:
      "Y Comisiwn Cydraddoldeb a Hawliau Dynol (EHRC) sy’n gyfrifol am orfodi Rheoliadau Hygyrchedd Cyrff y Sector Cyhoeddus (Gwefannau a Rhaglenni Symudol) (Rhif 2) 2018. Os nad ydych yn fodlon â’r ffordd rydym yn ymateb i’ch cwyn, cysylltwch â’r ",
    advisoryService: "Gwasanaeth Cynghori a Chymorth Cydraddoldeb",
    technical: "Gwybodaeth dechnegol",
    technicalText:
      "Mae’r wefan hon yn cydymffurfio’n llawn â safon WCAG fersiwn 2.2 AA, cyn belled ag y mae ein profion awtomatig a’n profion â llaw yn dangos. Cafodd ei phrofi ddiwethaf pan gafodd ei chyhoeddi ddiwethaf.",
    credits: {
      before: "Mae’r lluniau a ddangosir pan gaiff tudalen ei rhannu yn defnyddio gwaith celf emoji ",
      twemoji: "Twemoji",
      middle: ", gan Twitter, Inc. a chyfranwyr eraill, o dan ",
      licence: "drwydded CC-BY 4.0",
      after: ", a ffontiau Noto o dan drwydded SIL Open Font License.",
    },
  },
  feeds: {
    rss: (title: string) => `${title} (RSS)`,
    atom: (title: string) => `${title} (Atom)`,
    json: (title: string) => `${title} (JSON Feed)`,
    thisIncident: "Y digwyddiad hwn",
    everyUpdate: (title: string) => `Pob diweddariad gan ${title}`,
    pressOffice: "Swyddfa’r wasg",
    phone: "ffôn",
  },
  embed: {
    lastUpdated: "Diweddarwyd ddiwethaf",
    readLatest: "Darllen y diweddariadau diweddaraf",
    noIncident: "Nid oes digwyddiad ar hyn o bryd.",
  },
  card: {
    lastUpdated: (time: string) => `Diweddarwyd ddiwethaf ${time}`,
  },
};
