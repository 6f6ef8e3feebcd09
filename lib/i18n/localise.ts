/**
 * The content as a page in one language shows it: each text's words replaced by its
 * translation where there is one, marked with the language they are in (`textLanguage`).
 * Facts (times, phases, statuses, ids, links) are the original's, so derived state is the
 * same in every language. Pure.
 */
import type { Advice, Content, Incident, Service, Site, Update } from "../content/types";

export function localiseContent(content: Content, lang: string, defaultLang: string): Content {
  const mark = <T extends { textLanguage?: string }>(item: T): T => ({ ...item, textLanguage: item.textLanguage ?? defaultLang });
  if (lang === defaultLang) {
    return {
      site: mark(content.site),
      incidents: content.incidents.map(mark),
      updates: content.updates.map(mark),
      services: content.services.map(mark),
      advice: content.advice.map(mark),
    };
  }
  return {
    site: localiseSite(content.site, lang, defaultLang),
    incidents: content.incidents.map((i) => localiseIncident(i, lang, defaultLang)),
    updates: content.updates.map((u) => localiseUpdate(u, lang, defaultLang)),
    services: content.services.map((s) => localiseService(s, lang, defaultLang)),
    advice: content.advice.map((a) => localiseAdvice(a, lang, defaultLang)),
  };
}

function localiseSite(site: Site, lang: string, defaultLang: string): Site {
  const t = site.translations?.[lang];
  if (!t) return { ...site, textLanguage: defaultLang };
  return {
    ...site,
    title: t.words.title,
    about: t.body,
    organisations: site.organisations.map((o) => {
      const w = t.words.organisations?.[o.id];
      if (!w) return o;
      return {
        ...o,
        name: w.name ?? o.name,
        shortName: w.shortName ?? o.shortName,
        address: w.address ?? o.address,
        urgent: o.urgent?.map((line, i) => ({ ...line, label: w.urgent?.[i]?.label ?? line.label, hours: w.urgent?.[i]?.hours ?? line.hours })),
      };
    }),
    textLanguage: lang,
  };
}

function localiseIncident(incident: Incident, lang: string, defaultLang: string): Incident {
  const t = incident.translations?.[lang];
  if (!t) return { ...incident, textLanguage: defaultLang };
  return { ...incident, title: t.words.title, summary: t.words.summary, background: t.body, textLanguage: lang };
}

function localiseUpdate(update: Update, lang: string, defaultLang: string): Update {
  const t = update.translations?.[lang];
  if (!t) return { ...update, textLanguage: defaultLang };
  return {
    ...update,
    title: t.words.title,
    // The loader fills a missing summary from the translation's own body.
    summary: t.words.summary ?? t.words.title,
    services: update.services.map((c) => ({ ...c, note: t.words.services?.[c.service]?.note ?? c.note })),
    revisions: update.revisions.map((r, i) => ({ ...r, note: t.words.revisions?.[i]?.note ?? r.note })),
    body: t.body,
    textLanguage: lang,
  };
}

function localiseService(service: Service, lang: string, defaultLang: string): Service {
  const t = service.translations?.[lang];
  if (!t) return { ...service, textLanguage: defaultLang };
  return {
    ...service,
    name: t.words.name,
    category: t.words.category ?? service.category,
    description: t.words.description ?? service.description,
    alternatives: service.alternatives.map((a, i) => {
      const w = t.words.alternatives?.[i];
      return w ? { ...a, label: w.label, address: w.address ?? a.address, hours: w.hours ?? a.hours } : a;
    }),
    body: t.body,
    textLanguage: lang,
  };
}

function localiseAdvice(advice: Advice, lang: string, defaultLang: string): Advice {
  const t = advice.translations?.[lang];
  if (!t) return { ...advice, textLanguage: defaultLang };
  return {
    ...advice,
    title: t.words.title,
    summary: t.words.summary ?? advice.summary,
    links: advice.links.map((l, i) => {
      const w = t.words.links?.[i];
      return w ? { ...l, title: w.title, publisher: w.publisher ?? l.publisher } : l;
    }),
    body: t.body,
    textLanguage: lang,
  };
}

