/**
 * Writes realistic, valid content folders for the benchmarks: `bench/content-<n>/` with
 * n published-or-draft updates spread over several incidents, 50 services in several
 * categories, advice sections, long and short bodies (headings, lists, tables, links to
 * pages the site builds and to https sites), service changes with statuses and notes,
 * some revisions and a few drafts.
 *
 * Deterministic: the same size and seed always give byte-identical files.
 *
 *   npx tsx bench/generate.ts 100 1000 5000
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

export const DEFAULT_SEED = 20251124;

// ---------------------------------------------------------------- randomness

/** mulberry32: small, fast, good enough for content, and seeded. */
export function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const chance = (p: number) => next() < p;
  const sample = <T>(items: readonly T[], k: number): T[] => {
    const copy = [...items];
    const out: T[] = [];
    while (out.length < k && copy.length > 0) out.push(copy.splice(Math.floor(next() * copy.length), 1)[0]);
    return out;
  };
  return { next, int, pick, chance, sample };
}
type Rng = ReturnType<typeof rng>;

// ---------------------------------------------------------------- helpers

export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** YAML double-quoted string (safe for any text). */
function q(text: string): string {
  return JSON.stringify(text);
}

const pad = (n: number) => String(n).padStart(2, "0");

/** A wall-clock time in the site's zone, written as the comms team writes it. */
function wallClock(minutesSinceEpochDay: number, style: "space" | "t"): string {
  const d = new Date(minutesSinceEpochDay * 60_000);
  const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  return style === "space" ? `${date} ${time}` : `${date}T${time}:00`;
}

function dateOf(minutes: number): string {
  return wallClock(minutes, "space").slice(0, 10);
}

function longDate(minutes: number): string {
  const d = new Date(minutes * 60_000);
  const days = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
  const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
  return `${days[d.getUTCDay()]} ${d.getUTCDate()} ${months[d.getUTCMonth()]}`;
}

/** Cuts text at a word break so that it has at most `max` characters (all ASCII here). */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(" ")).replace(/[,;:]$/, "")}.`;
}

/** Wraps a paragraph at ~90 columns, as the real content is written. */
function wrap(text: string, width = 90): string {
  const out: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out.join("\n");
}

// ---------------------------------------------------------------- the fictional councils

interface Org {
  id: string;
  name: string;
  shortName: string;
  domain: string;
  phone: string;
  address: string;
}

// Ofcom's drama numbers (01632 960xxx) and example domains: nothing real is contacted.
const ORGS: Org[] = [
  { id: "northbridge", name: "Northbridge Borough Council", shortName: "Northbridge", domain: "northbridge.example.org.uk", phone: "01632 960100", address: "Northbridge Town Hall, Market Street, Northbridge NB1 1AA" },
  { id: "eastmere", name: "Eastmere District Council", shortName: "Eastmere", domain: "eastmere.example.org.uk", phone: "01632 960200", address: "Eastmere Civic Centre, Station Road, Eastmere EM2 4BB" },
  { id: "holt-valley", name: "Holt Valley Council", shortName: "Holt Valley", domain: "holtvalley.example.org.uk", phone: "01632 960300", address: "Holt Valley House, Bridge Lane, Holtby HV3 9CC" },
];

// ---------------------------------------------------------------- services: 50 in 10 categories

const CATEGORIES: Record<string, string[]> = {
  "Contacting the council": ["Phone lines", "Online forms and accounts", "Customer service centres", "Email enquiries", "Complaints and compliments"],
  "Council tax and benefits": ["Council tax payments", "Council tax discounts and reductions", "Housing benefit", "Council tax support", "Business rates", "Discretionary housing payments"],
  Parking: ["Parking permits", "Parking fines (penalty charge notices)", "Blue Badges", "Visitor parking vouchers", "Car park season tickets"],
  Housing: ["Housing repairs", "Rent payments", "Homelessness advice", "Housing register", "Tenancy management"],
  "Bins and recycling": ["Bin collections", "Bulky waste collections", "Garden waste subscriptions", "Missed bin reports", "Recycling centres"],
  "Planning and building control": ["Planning applications", "Building control inspections", "Planning enforcement", "Land charges searches", "Tree works applications"],
  Registrars: ["Birth registrations", "Death registrations", "Marriage and civil partnership bookings", "Certificate copies"],
  "Libraries and leisure": ["Library loans and renewals", "Public computers in libraries", "Leisure centre bookings", "Room and hall bookings"],
  "Schools and education": ["School admissions", "Free school meals", "Special educational needs support", "School transport"],
  "Social care": ["Adult social care assessments", "Children's services", "Care home payments", "Direct payments"],
  "Urgent help": ["Urgent social care and housing lines", "Emergency planning line", "Out-of-hours noise line"],
};

interface Svc {
  slug: string;
  name: string;
  category: string;
  orgs: string[];
}

function buildServices(r: Rng): Svc[] {
  const out: Svc[] = [];
  for (const [category, names] of Object.entries(CATEGORIES)) {
    for (const name of names) {
      if (out.length === 50) break;
      const orgs = r.chance(0.35) ? ORGS.map((o) => o.id) : [r.pick(ORGS).id];
      out.push({ slug: slugify(name), name, category, orgs });
    }
  }
  return out;
}

// ---------------------------------------------------------------- advice

const ADVICE = [
  {
    slug: "is-this-message-really-from-us",
    title: "Is this message really from us?",
    summary: "Criminals may pretend to be from the council. We will never ask for your bank details, passwords or PIN by phone, email or text.",
    links: [
      ["Phishing: spot and report scam emails, texts, websites and calls", "https://www.ncsc.gov.uk/collection/phishing-scams", "National Cyber Security Centre"],
      ["159: call your bank safely", "https://stopscamsuk.org.uk/159", "Stop Scams UK"],
    ],
  },
  {
    slug: "report-fraud",
    title: "How to report fraud and scams",
    summary: "If you have lost money or shared bank details, call your bank now (159). Report fraud to Report Fraud on 0300 123 2040.",
    links: [
      ["Report Fraud", "https://www.reportfraud.police.uk", "Report Fraud"],
      ["Stop! Think Fraud", "https://stopthinkfraud.campaign.gov.uk/", "HM Government"],
    ],
  },
  {
    slug: "data-breach",
    title: "What a data breach means for you",
    summary: "If your information was taken, we will contact you. Here is what you can do now to protect yourself.",
    links: [
      ["Data breaches: a guide for individuals", "https://ico.org.uk/for-the-public/data-protection-and-journalism/", "Information Commissioner's Office"],
      ["Data breaches: guidance for individuals and families", "https://www.ncsc.gov.uk/guidance/data-breaches", "National Cyber Security Centre"],
    ],
  },
  {
    slug: "stay-secure-online",
    title: "How to stay secure online",
    links: [
      ["Cyber Aware", "https://www.ncsc.gov.uk/cyberaware/home", "National Cyber Security Centre"],
      ["Top tips for staying secure online", "https://www.ncsc.gov.uk/collection/top-tips-for-staying-secure-online", "National Cyber Security Centre"],
    ],
  },
  {
    slug: "if-you-need-help-urgently",
    title: "If you need help urgently",
    summary: "If someone is in danger, call 999. For urgent social care and housing needs, use your council's urgent numbers.",
    links: [],
  },
  {
    slug: "keep-your-passwords-safe",
    title: "Keep your passwords safe",
    summary: "Use three random words, a different password for your email, and turn on 2-step verification.",
    links: [["Three random words", "https://www.ncsc.gov.uk/collection/top-tips-for-staying-secure-online/use-a-strong-and-separate-password-for-email", "National Cyber Security Centre"]],
  },
] as const;

// ---------------------------------------------------------------- incidents

const INCIDENT_KINDS = [
  { title: "Cyber attack affecting {orgs}", summary: "A cyber attack on our computer systems was found on {date}. Some phone lines and online services are not working properly. Council services are still running." },
  { title: "Ransomware attack on shared IT systems", summary: "Criminals attacked the IT systems we share with our neighbouring councils on {date}. We switched systems off to keep information safe." },
  { title: "Phone system outage", summary: "Our main phone system stopped working on {date}. Please email us or visit a customer service centre while we fix it." },
  { title: "Website and online payments not working", summary: "Our website and online payments stopped working on {date} after a fault at our hosting provider. You can still pay by phone." },
  { title: "Suspected data breach at a supplier", summary: "A supplier that runs some of our systems told us on {date} that criminals may have copied data. We are finding out what was taken." },
  { title: "Email phishing attack on council staff", summary: "Some staff email accounts were taken over on {date} and used to send scam emails. Do not open links in unexpected emails from us." },
  { title: "Power cut at our data centre", summary: "A power cut at our data centre on {date} took some systems offline. We are bringing them back one at a time." },
  { title: "Denial of service attack on our website", summary: "Our website was flooded with traffic on {date} and is slow or unavailable. Council services are still running." },
] as const;

const PHASES = ["investigating", "identified", "recovering", "monitoring", "resolved"] as const;
type Phase = (typeof PHASES)[number];
type Status = "operational" | "degraded" | "partial-outage" | "major-outage" | "suspended";

const TITLES: Record<Phase, string[]> = {
  investigating: [
    "Unusual activity found on our computer systems",
    "We are looking into a problem with {service}",
    "Some systems switched off as a precaution",
    "We have put our emergency plans in place",
    "{service} not working this morning",
    "What we know so far",
  ],
  identified: [
    "We have found the cause of the problem",
    "Cyber attack confirmed",
    "{service}: what to do instead",
    "Update on {service}",
    "Our customer service centres are open for emergencies",
    "Experts are working with us to make our systems safe",
  ],
  recovering: [
    "{service} is starting to work again",
    "We are bringing systems back one at a time",
    "Some online forms are back",
    "What to expect this week",
    "Progress update: {service}",
    "Payments you may have missed",
  ],
  monitoring: [
    "Most services are working again",
    "{service} is back: we are keeping a close eye on it",
    "Catching up on work that was delayed",
    "What we are doing to stop this happening again",
  ],
  resolved: ["All services are working normally again", "This incident is now closed", "Final update: services restored"],
};

const NOTES: Record<Status, string[]> = {
  operational: ["Working normally again.", "Back online. Thank you for your patience.", "Working again. There may be a short wait while we catch up."],
  degraded: ["Working, but slower than usual. Please allow extra time.", "Working, but some features are switched off for now.", "You may have to wait longer than usual for a reply."],
  "partial-outage": [
    "Some parts are not working. If you cannot get through, please email us.",
    "You may not be able to apply or renew online. Email us if it is urgent.",
    "Working in some areas only. Check back later or use the other ways below.",
  ],
  "major-outage": ["Not working at the moment. Please use the other ways to contact us below.", "You cannot use this online at the moment. Never give card details to someone who calls you out of the blue."],
  suspended: ["Switched off on purpose to keep your information safe. We will switch it back on when it is safe.", "Paused as a precaution while experts check our systems."],
};

const SENTENCES = [
  "Council services are still running, but some things will take longer than usual.",
  "We are sorry for the trouble this causes and thank you for your patience.",
  "Experts are checking our systems to find out exactly what happened.",
  "We are working with the National Cyber Security Centre and the police.",
  "We switched some systems off to keep your information safe.",
  "Many of our staff are working from home where they can.",
  "If you cannot get through on the phone, please email us instead.",
  "We will never ask for your bank details or passwords by phone, email or text.",
  "Be careful with calls, emails and texts that say they are from us.",
  "We will post another update when we know more.",
  "We are bringing systems back one at a time, with safety first.",
  "We have told the Information Commissioner's Office, as the law says we must.",
  "You do not need to do anything unless we contact you.",
  "Payments that were due during the outage will not be charged late fees.",
  "If you have an appointment, it will go ahead unless we contact you.",
  "Our customer service centres are open with extra staff.",
];

const HTTPS_LINKS = [
  ["the National Cyber Security Centre", "https://www.ncsc.gov.uk/"],
  ["Report Fraud", "https://www.reportfraud.police.uk"],
  ["the Information Commissioner's Office", "https://ico.org.uk/"],
  ["GOV.UK", "https://www.gov.uk/"],
  ["Cyber Aware", "https://www.ncsc.gov.uk/cyberaware/home"],
] as const;

// ---------------------------------------------------------------- the plan

interface PlannedUpdate {
  incident: number;
  slug: string;
  title: string;
  minutes: number;
  phase: Phase;
  draft: boolean;
  timeStyle: "space" | "t";
  services: { slug: string; status: Status; note?: string }[];
  /** The service its title names, if any: that update always changes it. */
  titleService?: string;
  withSummary: boolean;
  long: boolean;
  revisions: number;
}

interface PlannedIncident {
  slug: string;
  title: string;
  summary: string;
  orgs: string[];
  startedMinutes: number;
  /** Updates a day while it runs. */
  perDay: number;
  resolved: boolean;
  featured: boolean;
  updates: PlannedUpdate[];
}

const DAY = 24 * 60;
/** 2021-01-04, a Monday; day 0 of the generated history. */
const EPOCH_DAY = Date.UTC(2021, 0, 4) / 60_000;

function incidentCount(updates: number): number {
  if (updates <= 150) return 3;
  if (updates <= 1500) return 6;
  return 12;
}

function phaseAt(fraction: number, resolved: boolean, isLast: boolean): Phase {
  if (resolved && isLast) return "resolved";
  if (fraction < 0.1) return "investigating";
  if (fraction < 0.35) return "identified";
  if (fraction < 0.8) return "recovering";
  return "monitoring";
}

function plan(total: number, r: Rng, services: Svc[]) {
  const n = incidentCount(total);
  // One big incident (the latest, still open) and several smaller ones before it.
  const weights = Array.from({ length: n }, (_, i) => (i === n - 1 ? 6 : r.int(1, 4)));
  const sum = weights.reduce((a, b) => a + b, 0);
  const counts = weights.map((w) => Math.max(3, Math.floor((w / sum) * total)));
  counts[n - 1] += total - counts.reduce((a, b) => a + b, 0);

  const incidents: PlannedIncident[] = [];
  const usedSlugs = new Set<string>();
  let day = 0;
  for (let i = 0; i < n; i++) {
    const kind = INCIDENT_KINDS[i % INCIDENT_KINDS.length];
    const orgs = i % 3 === 0 ? ORGS.map((o) => o.id) : r.sample(ORGS, r.int(1, 2)).map((o) => o.id);
    const orgNames = ORGS.filter((o) => orgs.includes(o.id)).map((o) => o.shortName);
    const start = EPOCH_DAY + day * DAY + r.int(6 * 60, 9 * 60);
    const year = new Date(start * 60_000).getUTCFullYear();
    const title = kind.title.replace("{orgs}", orgNames.length > 1 ? `${orgNames.slice(0, -1).join(", ")} and ${orgNames.at(-1)}` : `${orgNames[0]} council`);
    let slug = `${slugify(kind.title.replace("{orgs}", orgNames[0]))}-${year}`;
    while (usedSlugs.has(slug)) slug = `${slug}-${i}`;
    usedSlugs.add(slug);
    const resolved = i < n - 1;
    // Between 2 and 6 updates a day; the next incident begins a little after this one.
    const perDay = r.int(2, 6);
    incidents.push({
      slug,
      title: clip(title, 120),
      summary: clip(kind.summary.replace("{date}", `${longDate(start)} ${year}`), 280),
      orgs,
      startedMinutes: start,
      perDay,
      resolved,
      featured: false,
      updates: [],
    });
    const span = Math.ceil(counts[i] / perDay);
    day += Math.max(2, Math.floor(span * (0.6 + r.next() * 0.6)));
  }
  // With several open incidents the home page needs a choice: mark the latest as featured
  // in the bigger sites, as a comms team would.
  if (n > 3) incidents[n - 1].featured = true;

  const flat: PlannedUpdate[] = [];
  incidents.forEach((incident, i) => {
    const count = counts[i];
    const perDay = incident.perDay;
    const slugs = new Set<string>();
    for (let j = 0; j < count; j++) {
      const dayIndex = Math.floor(j / perDay);
      const slot = j % perDay;
      // Slots between 07:00 and 21:30: never in the hour a clock change skips or repeats.
      const slotMinutes = 7 * 60 + Math.floor((slot * (14 * 60)) / perDay) + r.int(0, 50);
      const minutes = Math.max(incident.startedMinutes - (incident.startedMinutes % DAY) + dayIndex * DAY + slotMinutes, incident.startedMinutes + 30);
      const isLast = j === count - 1;
      const phase = phaseAt(j / count, incident.resolved, isLast);
      const svc = r.pick(services.filter((s) => s.orgs.some((o) => incident.orgs.includes(o))));
      const template = r.pick(TITLES[phase]);
      const title = clip(template.replace("{service}", svc.name), 120);
      let slug = `${dateOf(minutes)}-${slugify(title)}`.slice(0, 70).replace(/-$/, "");
      if (slugs.has(slug)) slug = `${slug}-${j}`;
      slugs.add(slug);
      // A few drafts, only in the open incident and never as the resolving update.
      const draft = !incident.resolved && (isLast ? r.chance(0.5) : r.chance(0.01));
      incident.updates.push({
        incident: i,
        slug,
        title,
        minutes,
        phase,
        draft,
        timeStyle: r.chance(0.05) ? "t" : "space",
        services: [],
        titleService: template.includes("{service}") ? svc.slug : undefined,
        withSummary: r.chance(0.5),
        long: r.chance(0.35),
        revisions: r.chance(0.08) ? r.int(1, 2) : 0,
      });
      flat.push(incident.updates.at(-1)!);
    }
  });

  // Service changes in global timeline order, tracking each service's status, so that a
  // resolving update sets back to operational every service it was the last to disrupt
  // (the checker warns otherwise).
  flat.sort((a, b) => a.minutes - b.minutes || (a.slug < b.slug ? -1 : 1));
  const state = new Map<string, { status: Status; incident: number }>();
  for (const u of flat) {
    const incident = incidents[u.incident];
    const pool = services.filter((s) => s.orgs.some((o) => incident.orgs.includes(o)));
    const changes = new Map<string, Status>();
    if (u.phase === "resolved") {
      for (const [slug, s] of state) if (s.incident === u.incident && s.status !== "operational") changes.set(slug, "operational");
    } else {
      const k = r.pick([0, 0, 1, 1, 2, 3, 4]);
      const chosen = r.sample(pool, k).filter((s) => s.slug !== u.titleService);
      if (u.titleService) chosen.unshift(services.find((s) => s.slug === u.titleService)!);
      for (const s of chosen) {
        const options: Status[] =
          u.phase === "investigating" || u.phase === "identified"
            ? ["major-outage", "suspended", "partial-outage", "degraded"]
            : u.phase === "recovering"
              ? ["partial-outage", "degraded", "operational"]
              : ["operational", "operational", "degraded"];
        changes.set(s.slug, r.pick(options));
      }
    }
    for (const [slug, status] of changes) {
      u.services.push({ slug, status, note: r.chance(0.6) ? r.pick(NOTES[status]) : undefined });
      if (!u.draft) state.set(slug, { status, incident: u.incident });
    }
  }
  return { incidents, flat };
}

// ---------------------------------------------------------------- writing files

function siteFile(): string {
  const orgs = ORGS.map(
    (o) => `  - id: ${o.id}
    name: ${o.name}
    shortName: ${o.shortName}
    url: https://www.${o.domain}
    phone: "${o.phone}"
    email: contact@${o.domain}
    address: ${o.address}
    urgent:
      - label: Children's services out of hours
        phone: "${o.phone.slice(0, -1)}1"
        hours: 5pm to 9am on weekdays, and all day at weekends and on bank holidays
      - label: Adult social care (urgent)
        phone: "${o.phone.slice(0, -1)}2"
        hours: 24 hours a day, every day
      - label: Homelessness (emergency)
        phone: "${o.phone.slice(0, -1)}3"`,
  );
  return `---
title: "Service updates: Northbridge, Eastmere and Holt Valley"
url: https://status.northbridge.example.org.uk
timezone: Europe/London
language: en-GB
organisations:
${orgs.join("\n")}
press:
  email: press@northbridge.example.org.uk
  phone: "01632 960500"
  url: https://www.northbridge.example.org.uk/press
---

This page tells you about problems with council services in Northbridge, Eastmere and
Holt Valley, and what to do instead. We add a new update whenever something changes. All
times are UK time.

If someone is in danger, call 999 now. Be careful with calls, emails and texts that say
they are from us: [how to check a message is really from us](/advice/#is-this-message-really-from-us).
`;
}

function serviceFile(s: Svc, r: Rng, i: number): string {
  const org = ORGS.find((o) => o.id === s.orgs[0])!;
  const alternatives = [
    `  - label: Email ${org.shortName}\n    email: contact@${org.domain}`,
    `  - label: ${org.shortName} main phone line\n    phone: "${org.phone}"\n    hours: Monday to Friday, 9am to 5pm`,
  ];
  if (r.chance(0.5)) alternatives.push(`  - label: Visit us in person\n    address: ${org.address}\n    url: /services/customer-service-centres/`);
  if (r.chance(0.3)) alternatives.push(`  - label: If you need help urgently\n    url: /advice/#if-you-need-help-urgently`);
  if (r.chance(0.2)) alternatives.push(`  - label: Guidance on GOV.UK\n    url: https://www.gov.uk/`);
  const order = r.chance(0.4) ? `order: ${(i % 5) + 1}\n` : "";
  const long = r.chance(0.5);
  const body = [
    wrap(`You can usually use ${s.name.toLowerCase()} online or by phone. ${r.pick(SENTENCES)}`),
    "## What to do instead",
    ["- **Email us.** This is often the quickest way to reach us.", `- **Call us** on [${org.phone}](tel:${org.phone.replace(/ /g, "")}), Monday to Friday, 9am to 5pm.`, "- **If it is urgent**, use the urgent numbers on our [home page](/). If someone is in danger, call 999."].join("\n"),
    ...(long
      ? [
          "## Is that message really from us?",
          wrap(`Criminals may pretend to be from the council. ${r.pick(SENTENCES)} Read [how to check a message is really from us](/advice/#is-this-message-really-from-us).`),
        ]
      : []),
  ];
  return `---
name: ${q(s.name)}
category: ${q(s.category)}
organisations:
${s.orgs.map((o) => `  - ${o}`).join("\n")}
description: ${q(`${s.name} for residents of ${s.orgs.map((o) => ORGS.find((x) => x.id === o)!.shortName).join(", ")}.`)}
${order}alternatives:
${alternatives.join("\n")}
---

${body.join("\n\n")}
`;
}

function adviceFile(a: (typeof ADVICE)[number], i: number, r: Rng): string {
  const links = a.links.length
    ? `links:\n${a.links.map(([title, url, publisher]) => `  - title: ${q(title)}\n    url: ${url}\n    publisher: ${q(publisher)}`).join("\n")}\n`
    : "";
  const summary = "summary" in a ? `summary: ${q(a.summary)}\n` : "";
  return `---
title: ${q(a.title)}
${summary}order: ${i + 1}
${links}---

${wrap(r.pick(SENTENCES))} ${wrap(r.pick(SENTENCES))}

## What you can do

- Stop and think before you reply to any message that asks for money or details.
- Call [159](tel:159) to reach your bank safely.
- Forward scam emails to [report@phishing.gov.uk](mailto:report@phishing.gov.uk).
- Read the advice from [${HTTPS_LINKS[i % HTTPS_LINKS.length][0]}](${HTTPS_LINKS[i % HTTPS_LINKS.length][1]}).

## If you need more help

${wrap(`Contact your council using the details on this site. If someone is in danger, call [999](tel:999). See also [keeping your passwords safe](/advice/#keep-your-passwords-safe).`)}
`;
}

function incidentFile(incident: PlannedIncident, r: Rng, services: Svc[]): string {
  const some = r.sample(services, 3);
  return `---
title: ${q(incident.title)}
summary: ${q(incident.summary)}
started: ${wallClock(incident.startedMinutes, "space")}
organisations:
${incident.orgs.map((o) => `  - ${o}`).join("\n")}
${incident.featured ? "featured: true\n" : ""}---

## What happened

${wrap(`${incident.summary} ${r.pick(SENTENCES)} ${r.pick(SENTENCES)}`)}

## What this means for you

- Council services are still running.
- See [which services are affected](/services/) and what to do instead.
- ${some.map((s) => `[${s.name.toLowerCase()}](/services/${s.slug}/)`).join(", ")} may be slower than usual.
- Be extra careful with messages that say they are from us: [how to check](/advice/#is-this-message-really-from-us).

## What we are doing

${wrap(`${r.pick(SENTENCES)} ${r.pick(SENTENCES)} We are working with [the National Cyber Security Centre](https://www.ncsc.gov.uk/).`)}
`;
}

function updateBody(u: PlannedUpdate, incident: PlannedIncident, earlier: PlannedUpdate | undefined, r: Rng, services: Svc[]): string {
  const names = new Map(services.map((s) => [s.slug, s.name]));
  const parts: string[] = [wrap(`${r.pick(SENTENCES)} ${r.pick(SENTENCES)}`)];
  const changed = u.services.map((c) => `[${names.get(c.slug)!}](/services/${c.slug}/)`);
  if (!u.long) {
    if (changed.length) parts.push(wrap(`This update is about ${changed.join(", ")}. ${r.pick(SENTENCES)}`));
    else parts.push(wrap(r.pick(SENTENCES)));
    return parts.join("\n\n");
  }
  parts.push("## What this means for you");
  const items = (changed.length ? changed.map((c) => `- ${c}: ${r.pick(SENTENCES)}`) : [`- ${r.pick(SENTENCES)}`, `- ${r.pick(SENTENCES)}`]).join("\n");
  parts.push(items);
  if (r.chance(0.3)) {
    parts.push("## Opening hours this week", "| Place | Hours |\n|---|---|\n| Town hall | 9am to 5pm |\n| Libraries | 10am to 4pm |\n| Recycling centres | 8am to 6pm |");
  }
  parts.push("## Stay alert to scams");
  const external = r.pick(HTTPS_LINKS);
  parts.push(
    wrap(
      `Criminals sometimes use news like this to trick people. Read [how to check a message is really from us](/advice/#is-this-message-really-from-us). If you think you have been scammed, read [how to report fraud](/advice/#report-fraud) or contact [${external[0]}](${external[1]}).`,
    ),
  );
  if (r.chance(0.4)) {
    parts.push("### If you need help urgently");
    parts.push("1. If someone is in danger, call [999](tel:999).\n2. For other urgent needs, use the urgent numbers on our [home page](/).\n3. Read [if you need help urgently](/advice/#if-you-need-help-urgently).");
  }
  if (earlier) {
    parts.push(wrap(`Read our [previous update](/incidents/${incident.slug}/updates/${earlier.slug}/) or [the whole timeline](/incidents/${incident.slug}/#${earlier.slug}).`));
  } else {
    parts.push(wrap(`See [everything about this incident](/incidents/${incident.slug}/).`));
  }
  const org = r.pick(incident.orgs);
  parts.push(wrap(`You can also see [every service in ${ORGS.find((o) => o.id === org)!.shortName}](/organisations/${org}/) on the [service board](/services/#${r.pick(services).slug}).`));
  return parts.join("\n\n");
}

function updateFile(u: PlannedUpdate, incident: PlannedIncident, earlier: PlannedUpdate | undefined, r: Rng, services: Svc[]): string {
  const body = updateBody(u, incident, earlier, r, services);
  const lines = [`title: ${q(u.title)}`, `published: ${wallClock(u.minutes, u.timeStyle)}`, `phase: ${u.phase}`];
  if (u.withSummary) lines.push(`summary: >-\n${wrap(clip(`${r.pick(SENTENCES)} ${r.pick(SENTENCES)} ${r.pick(SENTENCES)}`, 280), 88).replace(/^/gm, "  ")}`);
  if (u.services.length) {
    lines.push("services:");
    for (const c of u.services) {
      if (c.note) lines.push(`  ${c.slug}:\n    status: ${c.status}\n    note: ${q(c.note)}`);
      else lines.push(`  ${c.slug}: ${c.status}`);
    }
  }
  if (u.revisions) {
    lines.push("revisions:");
    const dayStart = u.minutes - (u.minutes % DAY);
    for (let i = 1; i <= u.revisions; i++) {
      const at = Math.min(u.minutes + i * r.int(10, 45), dayStart + 23 * 60 + 30);
      lines.push(`  - at: ${wallClock(at, "space")}\n    note: ${q(r.pick(["Corrected the phone number", "Added the opening hours for this weekend", "Fixed a broken link", "Corrected the date of the next update", "Added what to do if you cannot get through"]))}`);
    }
  }
  if (u.draft) lines.push("draft: true");
  return `---\n${lines.join("\n")}\n---\n\n${body}\n`;
}

export interface GenerateResult {
  dir: string;
  updates: number;
  drafts: number;
  incidents: number;
  services: number;
  advice: number;
}

/** Writes a fresh content folder with `updates` update files into `dir`. */
export function generateContent(dir: string, updates: number, seed = DEFAULT_SEED): GenerateResult {
  const r = rng(seed ^ updates);
  const services = buildServices(r);
  const { incidents, flat } = plan(updates, r, services);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, "services"), { recursive: true });
  mkdirSync(join(dir, "advice"), { recursive: true });
  writeFileSync(join(dir, "site.md"), siteFile());
  services.forEach((s, i) => writeFileSync(join(dir, "services", `${s.slug}.md`), serviceFile(s, r, i)));
  ADVICE.forEach((a, i) => writeFileSync(join(dir, "advice", `${a.slug}.md`), adviceFile(a, i, r)));
  for (const incident of incidents) {
    const folder = join(dir, "incidents", incident.slug, "updates");
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(dir, "incidents", incident.slug, "index.md"), incidentFile(incident, r, services));
    let lastPublished: PlannedUpdate | undefined;
    for (const u of incident.updates) {
      writeFileSync(join(folder, `${u.slug}.md`), updateFile(u, incident, lastPublished, r, services));
      if (!u.draft) lastPublished = u;
    }
  }
  return {
    dir,
    updates: flat.length,
    drafts: flat.filter((u) => u.draft).length,
    incidents: incidents.length,
    services: services.length,
    advice: ADVICE.length,
  };
}

export function contentDirFor(updates: number): string {
  return resolve("bench", `content-${updates}`);
}

if (process.argv[1]?.endsWith("generate.ts")) {
  const sizes = process.argv.slice(2).map(Number);
  for (const n of sizes.length ? sizes : [100, 1000, 5000]) {
    if (!Number.isInteger(n) || n < 10) throw new Error(`expected a number of updates (at least 10), found ${n}`);
    const result = generateContent(contentDirFor(n), n);
    console.log(`bench/content-${n}: ${result.updates} updates (${result.drafts} drafts) in ${result.incidents} incidents, ${result.services} services, ${result.advice} advice sections`);
  }
}
