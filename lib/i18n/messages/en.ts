/**
 * The English message table: every word of the interface (navigation, headings, status
 * and phase names, the footer, the 404 page, the accessibility statement, feed titles,
 * the embed banner). Other languages' tables have exactly these keys (the type says so).
 * Texts that wrap a link or a phone number are split around it: `[before, after]`.
 */
import type { Phase, ServiceStatus } from "../../content/schemas";

/** "4 services unavailable, 2 with problems" for the board's summary line. */
function boardSummary(statuses: readonly ServiceStatus[]): string {
  const count = (s: ServiceStatus[]) => statuses.filter((x) => s.includes(x)).length;
  const down = count(["major-outage"]);
  const off = count(["suspended"]);
  const problems = count(["partial-outage", "degraded"]);
  const parts: string[] = [];
  const services = (n: number) => `${n} ${n === 1 ? "service" : "services"}`;
  if (down) parts.push(`${services(down)} unavailable`);
  if (off) parts.push(`${parts.length ? off : services(off)} switched off as a precaution`);
  if (problems) parts.push(`${parts.length ? problems : services(problems)} with problems`);
  if (parts.length === 0) {
    if (statuses.length === 0) return "No services are listed";
    return statuses.length === 1 ? "The 1 service is working normally" : `All ${statuses.length} services are working normally`;
  }
  const ok = count(["operational"]);
  if (ok) parts.push(`${ok} working normally`);
  return parts.join(", ");
}

export const en = {
  statuses: {
    operational: "Working normally",
    degraded: "Some problems",
    "partial-outage": "Partly unavailable",
    "major-outage": "Unavailable",
    suspended: "Switched off as a precaution",
  } satisfies Record<ServiceStatus, string>,
  phases: {
    investigating: "Investigating",
    identified: "Cause found",
    recovering: "Restoring services",
    monitoring: "Monitoring",
    resolved: "Resolved",
  } satisfies Record<Phase, string>,
  phaseDescriptions: {
    investigating: "We know something is wrong and are finding out what.",
    identified: "We know what happened and are working on it.",
    recovering: "We are bringing services back safely.",
    monitoring: "Services are back and we are watching closely.",
    resolved: "The incident is over.",
  } satisfies Record<Phase, string>,
  boardSummary,

  chrome: {
    skipLink: "Skip to main content",
    for: "For",
    /** Joins the last two names of a list ("A, B and C"). */
    and: (_next: string) => " and ",
    mainNav: "Main",
    home: "Home",
    updates: "Updates",
    services: "Services",
    advice: "Advice",
    breadcrumb: "Breadcrumb",
    languages: "Languages",
    urgentHeading: "If you need help urgently",
    danger: ["If someone is in danger or their life is at risk, call ", "."] as [string, string],
    mainNumber: "Main number",
    journalists: "Journalists",
    pressOffice: "Press office",
    email: "Email",
    pressReleases: "Press releases",
    rssFeed: "RSS feed",
    atomFeed: "Atom feed",
    jsonFeed: "JSON feed",
    getUpdates: "Get updates",
    followEveryUpdate: "Follow every update by RSS",
    lastUpdated: "Last updated",
    accessibilityStatement: "Accessibility statement",
  },
  languageOfText: (language: string) => `This text is in ${language}.`,
  notYetTranslated: (language: string) => `This text is not yet available in English. It is shown in ${language} until it is.`,

  home: {
    important: "Important",
    lastUpdated: "Last updated",
    readLatest: "Read the latest update",
    allUpdates: "All updates",
    disrupted: "Services not working normally",
    allWorking: "All services are working normally.",
    worstFirst: "Worst affected first.",
    seeEveryService: "See every service",
    staySafe: "Stay safe from scams",
    allAdvice: "All advice",
  },
  notFound: {
    title: "Page not found",
    typed: "If you typed the web address, check it is correct.",
    pasted: "If you pasted the web address, check you copied the entire address.",
    youCan: "You can:",
    home: "go to the latest news",
    services: "see which services are working",
    advice: "read advice on staying safe from scams",
  },
  advice: {
    title: "Advice: staying safe",
    description: "How to tell a message is really from the council, and where to report scams and fraud.",
    crumb: "Advice",
    contents: "Contents",
    officialGuidance: "Official guidance",
    from: " from ",
    backToTop: "Back to top",
  },
  incidents: {
    title: "All incidents",
    crumb: "Incidents",
    none: "There are no incidents.",
  },
  incident: {
    started: "Started",
    lastUpdated: "Last updated",
    resolved: "Resolved",
    councilsAffected: "Councils affected",
    status: "Status",
    oldestFirstHeading: (title: string) => `${title}: updates oldest first`,
    oldestFirstTitle: (title: string) => `${title}: oldest first`,
    oldestFirstCrumb: "Oldest first",
    newestFirst: "Updates, newest first",
    oldestFirst: "Updates, oldest first",
    readOldestFirst: "Read the updates oldest first",
    readNewestFirst: "Read the updates newest first",
    followByRss: "Follow these updates by RSS",
    noUpdates: "There are no updates yet.",
    latestNewestFirst: "Latest updates, newest first",
    readAllOldestFirst: (total: number) => `Read all ${total} updates oldest first`,
    readLatestFirst: "Read the latest updates first",
    earlierUpdates: "Earlier updates",
    everyUpdateOldestFirst: "Every update, oldest first",
    allInFull: (total: number, perPage: number) => `All ${total} updates in full, ${perPage} to a page, from the first:`,
    updatesRange: (first: number, last: number) => (first === last ? `Update ${first}` : `Updates ${first} to ${last}`),
    numbersRange: (first: number, last: number) => (first === last ? `${first}` : `${first} to ${last}`),
    dateSpan: (from: string, to: string) => `${from} to ${to}`,
    oldestFirstPageTitle: (title: string, first: number, last: number) => `${title}: updates ${first} to ${last}, oldest first`,
    oldestFirstPageHeading: (title: string, first: number, last: number, total: number) =>
      first === last ? `${title}: update ${first} of ${total}, oldest first` : `${title}: updates ${first} to ${last} of ${total}, oldest first`,
    oldestFirstPageCrumb: (first: number, last: number) => (first === last ? `Oldest first: update ${first}` : `Oldest first: updates ${first} to ${last}`),
    timelinePagesNav: "Pages of this timeline",
    earlierPage: "Earlier updates",
    laterPage: "Later updates",
    everyPage: "Every page of this timeline",
  },
  update: {
    serviceChanges: "Service changes in this update:",
    corrections: "Corrections:",
    linkToUpdate: "Link to this update",
    earlier: "This is an earlier update.",
    latest: "This is the latest update.",
    incidentNow: "The incident is now:",
    readLatest: "Read the latest update: ",
    partOf: "Part of ",
    otherUpdates: "Other updates",
    previous: "Previous update",
    next: "Next update",
    inTimeline: "See this update in the timeline",
    cite: "Cite this update",
    title: "Title",
    published: "Published",
    lastCorrected: "Last corrected",
    permalink: "Permanent link",
    pressOffice: "Press office",
  },
  organisation: {
    phone: "Phone",
    email: "Email",
    address: "Address",
    website: "Council website",
    incidents: "Incidents",
    noIncidents: (name: string) => `No incident affects ${name}.`,
    services: "Services",
    noServices: (name: string) => `No services are listed for ${name}.`,
    lastUpdated: "last updated",
  },
  services: {
    title: "Services: what is working",
    crumb: "Services",
    contents: "Contents",
    otherServices: "Other services",
  },
  service: {
    status: "Status",
    since: "Since",
    sinceLower: "since",
    update: "update",
    latestNews: "Latest news",
    runBy: "Run by",
    otherWays: "Other ways to get help",
    whatToDo: "What to do instead",
    history: "History",
    noHistory: "No update has mentioned this service. It has been working normally throughout.",
    earlierChangesIn: (count: number) => `${count} earlier ${count === 1 ? "change is" : "changes are"} in the timelines of`,
    listSeparator: ",",
    sentenceEnd: ".",
  },
  contact: {
    phone: "Phone",
    email: "Email",
    moreInformation: "More information",
    address: "Address",
    openingTimes: "Opening times",
  },
  accessibility: {
    title: "Accessibility statement",
    intro: (host: string, names: string) =>
      `This statement covers this website, ${host}, run by ${names}. We want as many people as possible to be able to use it. You should be able to:`,
    abilities: [
      "change colours, contrast levels and fonts using your browser or device settings",
      "zoom in up to 400% without the text spilling off the screen",
      "get around the whole website using just a keyboard",
      "use the website with a screen reader",
      "use the website with JavaScript switched off: it does not use any",
      "use the website on a slow connection: each page is small",
    ],
    howAccessible: "How accessible this website is",
    standard:
      "This website is designed to meet the Web Content Accessibility Guidelines (WCAG) version 2.2 at level AA. Every page is tested automatically for accessibility problems, in light and dark colour schemes, before it is published. Service statuses are always written in words, not shown by colour alone.",
    tellUs: "Updates are written quickly during an incident. If something is unclear or hard to use, please tell us and we will fix it.",
    feedback: "Feedback and contact information",
    formats: "If you need information on this website in a different format, such as large print, easy read or audio:",
    emailUs: "email ",
    call: (name: string) => `call ${name} on `,
    enforcement: "Enforcement procedure",
    enforcementText:
      "The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018. If you are not happy with how we respond to your complaint, contact the ",
    advisoryService: "Equality Advisory and Support Service",
    technical: "Technical information",
    technicalText:
      "This website is fully compliant with WCAG version 2.2 AA standard, as far as our automated and manual testing shows. It was last tested when it was last published.",
    credits: {
      before: "Pictures shown when a page is shared use emoji artwork from ",
      twemoji: "Twemoji",
      middle: ", by Twitter, Inc. and other contributors, under the ",
      licence: "CC-BY 4.0 licence",
      after: ", and the Noto fonts under the SIL Open Font License.",
    },
  },
  feeds: {
    rss: (title: string) => `${title} (RSS)`,
    atom: (title: string) => `${title} (Atom)`,
    json: (title: string) => `${title} (JSON Feed)`,
    thisIncident: "This incident",
    everyUpdate: (title: string) => `Every update from ${title}`,
    pressOffice: "Press office",
    phone: "phone",
  },
  embed: {
    lastUpdated: "Last updated",
    readLatest: "Read the latest updates",
    noIncident: "There is no current incident.",
  },
  card: {
    lastUpdated: (time: string) => `Last updated ${time}`,
  },
};

/** The shape every language's table has. */
export type Messages = typeof en;
