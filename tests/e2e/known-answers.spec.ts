import { expect, test, type Page } from "@playwright/test";
import { pagePaths } from "./pages";
import { baseUrl } from "./sites";

/**
 * The fixture site (tests/fixtures/e2e-site) has answers worked out by hand from its
 * files: the board, the service pages and the timeline must all say them.
 */
test.use({ javaScriptEnabled: false, baseURL: baseUrl("fixture") });

const EXPECTED = [
  { slug: "phones", status: "major-outage", words: "Unavailable", since: "2025-03-29T10:00:00+00:00", sinceText: "Saturday 29 March 2025, 10am" },
  { slug: "council-tax", status: "suspended", words: "Switched off as a precaution", since: "2025-03-30T10:00:00+01:00", sinceText: "Sunday 30 March 2025, 10am" },
  { slug: "parking-permits", status: "degraded", words: "Some problems", since: "2025-03-31T09:30:00+01:00", sinceText: "Monday 31 March 2025, 9:30am" },
  { slug: "bins", status: "operational", words: "Working normally", since: undefined, sinceText: undefined },
] as const;

async function statusOf(page: Page, scope: string) {
  const tag = page.locator(`${scope} [data-status]`).first();
  const since = page.locator(`${scope} .since time, ${scope} dd time`).first();
  return {
    status: await tag.getAttribute("data-status"),
    words: (await tag.innerText()).trim(),
    since: (await since.count()) ? await since.getAttribute("datetime") : undefined,
    sinceText: (await since.count()) ? (await since.innerText()).trim() : undefined,
  };
}

test("the board shows each service's status in words and since when, matching the content", async ({ page }) => {
  await page.goto("/services/");
  await expect(page.locator("[data-board-summary]")).toHaveText(
    "1 service unavailable, 1 switched off as a precaution, 1 with problems, 1 working normally.",
  );
  for (const e of EXPECTED) {
    expect(await statusOf(page, `#${e.slug}`), e.slug).toEqual({ status: e.status, words: e.words, since: e.since, sinceText: e.sinceText });
  }
  await expect(page.locator("#parking-permits .service-note")).toHaveText("Apply by email.");
  await expect(page.locator("#parking-permits")).toContainText("Phone: 020 7946 0910");
  await expect(page.locator("#parking-permits a[href='tel:+442079460910']")).toHaveCount(1);
  const groups = await page.locator(".service-group > h2").allInnerTexts();
  expect(groups).toEqual(["Council tax and benefits", "Parking", "Waste", "Other services"]);
});

test("each service's own page agrees with the board, with its history linking to updates", async ({ page }) => {
  for (const e of EXPECTED) {
    await page.goto(`/services/${e.slug}/`);
    expect(await statusOf(page, "main"), e.slug).toEqual({ status: e.status, words: e.words, since: e.since, sinceText: e.sinceText });
  }
  await page.goto("/services/phones/");
  const history = page.locator(".history li");
  await expect(history).toHaveCount(2);
  await expect(history.first().getByRole("link", { name: "Second update" })).toHaveAttribute("href", "/incidents/cyber-attack/updates/b-second/");
});

test("the timeline entry shows the same status words for a service change", async ({ page }) => {
  await page.goto("/incidents/cyber-attack/");
  const third = page.locator("article#c-third");
  await expect(third).toHaveAttribute("data-phase", "recovering");
  await expect(third.locator(".changes li")).toHaveText("Parking permits: Some problems Apply by email.");
  await expect(third.locator(".changes [data-status]")).toHaveAttribute("data-status", "degraded");
  await expect(third.locator(".revisions")).toContainText("Monday 31 March 2025, 11am: Corrected the email address");
  await expect(third.locator("time").first()).toHaveAttribute("datetime", "2025-03-31T09:30:00+01:00");
});

test("the home page leads with the unresolved incident and lists disrupted services worst first", async ({ page }) => {
  await page.goto("/");
  const banner = page.getByRole("region", { name: "Important" });
  await expect(banner).toContainText("Cyber attack <span>on</span> Alpha & Beta");
  await expect(banner).toContainText("Restoring services");
  await expect(banner.locator("time")).toHaveAttribute("datetime", "2025-03-31T09:30:00+01:00");
  const disrupted = await page.locator("section[aria-labelledby='disrupted'] article").evaluateAll((as) => as.map((a) => a.id));
  expect(disrupted).toEqual(["phones", "council-tax", "parking-permits"]);
});

test("a resolved incident shows when it was resolved", async ({ page }) => {
  await page.goto("/incidents/old-outage/");
  const resolved = page.locator("dt:text-is('Resolved') + dd time");
  await expect(resolved).toHaveAttribute("datetime", "2025-01-11T12:00:00+00:00");
  await expect(resolved).toHaveText("Saturday 11 January 2025, 12pm");
});

test("text that looks like HTML is shown as text, never as markup", async ({ page }) => {
  await page.goto("/incidents/cyber-attack/");
  await expect(page.locator("h1")).toHaveText("Cyber attack <span>on</span> Alpha & Beta");
  await expect(page.locator("h1 span")).toHaveCount(0);
});

test("a draft update appears on no page and has no page of its own", async ({ page, request }) => {
  for (const path of pagePaths("fixture")) {
    await page.goto(path);
    await expect(page.locator("body"), path).not.toContainText("Unpublished draft about phones");
  }
  for (const path of ["/incidents/cyber-attack/updates/d-draft/", "/incidents/cyber-attack/updates/d-draft/card.png"]) {
    const res = await request.get(`${baseUrl("fixture")}${path}`);
    expect(res.status(), path).toBe(404);
  }
  for (const path of ["/feed.xml", "/atom.xml", "/feed.json", "/sitemap.xml", "/api/v2/incidents.json", "/incidents/cyber-attack/feed.xml"]) {
    const text = await (await request.get(`${baseUrl("fixture")}${path}`)).text();
    expect(text, path).not.toContain("d-draft");
    expect(text, path).not.toContain("Unpublished draft");
  }
});

test("an organisation's page shows only that organisation's services and incidents", async ({ page }) => {
  await page.goto("/organisations/beta/");
  const services = await page.locator("section[aria-labelledby='org-services'] article").evaluateAll((as) => as.map((a) => a.id));
  expect(services.sort()).toEqual(["bins", "council-tax", "parking-permits"]);
  await expect(page.locator("section[aria-labelledby='org-incidents'] li")).toHaveCount(2);
  await page.goto("/organisations/alpha/");
  await expect(page.locator("section[aria-labelledby='org-incidents'] li")).toHaveCount(1);
});

test("pages offer their feeds, a canonical address and a social card", async ({ page, request }) => {
  await page.goto("/incidents/cyber-attack/updates/b-second/");
  const head = page.locator("head");
  await expect(head.locator('link[rel="canonical"]')).toHaveAttribute("href", "https://status.example.org/incidents/cyber-attack/updates/b-second/");
  await expect(head.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveCount(2);
  await expect(head.locator('link[rel="alternate"][type="application/atom+xml"]').nth(1)).toHaveAttribute("href", "https://status.example.org/incidents/cyber-attack/atom.xml");
  const image = await head.locator('meta[property="og:image"]').getAttribute("content");
  expect(image).toBe("https://status.example.org/incidents/cyber-attack/updates/b-second/card.png");
  const card = await request.get(`${baseUrl("fixture")}/incidents/cyber-attack/updates/b-second/card.png`);
  expect(card.headers()["content-type"]).toBe("image/png");
  const png = await card.body();
  expect(png.readUInt32BE(16)).toBe(1200); // PNG width
  expect(png.readUInt32BE(20)).toBe(630); // PNG height
  await expect(head.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
});
