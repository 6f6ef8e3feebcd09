/**
 * The one link policy (checker and renderer share it) and the helpers that turn contact
 * details into links a resident can tap.
 */
import { describe, expect, it } from "vitest";
import { classifyLink, displayDomain, normaliseSitePath, splitSitePath, telHref } from "@/lib/content/links";

describe("classifyLink", () => {
  it.each([
    ["https://www.ncsc.gov.uk/", "https"],
    ["HTTPS://www.ncsc.gov.uk/", "https"],
    ["mailto:press@example.org.uk", "mailto"],
    ["tel:+442079460000", "tel"],
    ["/advice/#report-fraud", "site"],
    ["#what-to-do", "fragment"],
  ])("allows %s as %s", (url, kind) => {
    expect(classifyLink(url)).toMatchObject({ ok: true, kind });
  });

  it.each(["http://example.org", "javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)", "data:text/html,x", "vbscript:x", "//example.org", "advice/", "ftp://example.org", "", "https://"])(
    "refuses %j",
    (url) => {
      expect(classifyLink(url).ok).toBe(false);
    },
  );

  it("refuses a site path with spaces", () => {
    expect(classifyLink("/advice/report fraud/")).toEqual({ ok: false, reason: '"/advice/report fraud/" contains spaces or backslashes' });
  });
});

describe("site paths", () => {
  it("adds the trailing slash every page has, but not to files", () => {
    expect(normaliseSitePath("/advice")).toBe("/advice/");
    expect(normaliseSitePath("/advice#report-fraud")).toBe("/advice/#report-fraud");
    expect(normaliseSitePath("/services/parking-permits?x=1")).toBe("/services/parking-permits/?x=1");
    expect(normaliseSitePath("/feed.xml")).toBe("/feed.xml");
    expect(normaliseSitePath("/")).toBe("/");
  });

  it("splits a path from its fragment", () => {
    expect(splitSitePath("/advice/#report-fraud")).toEqual({ path: "/advice/", fragment: "report-fraud" });
    expect(splitSitePath("/services/?a=b")).toEqual({ path: "/services/", fragment: undefined });
  });
});

describe("contact links", () => {
  it("turns UK numbers into international tel: links", () => {
    expect(telHref("020 7946 0000")).toBe("tel:+442079460000");
    expect(telHref("(020) 7946 0000")).toBe("tel:+442079460000");
    expect(telHref("0300 123 2040")).toBe("tel:+443001232040");
  });

  it("drops the (0) written after a country code, which is never dialled", () => {
    expect(telHref("+44 (0)20 7946 0000")).toBe("tel:+442079460000");
    expect(telHref("+44 20 7946 0000")).toBe("tel:+442079460000");
  });

  it("leaves short numbers as written", () => {
    expect(telHref("999")).toBe("tel:999");
    expect(telHref("159")).toBe("tel:159");
  });

  it("shows the domain a link goes to, without www.", () => {
    expect(displayDomain("https://www.ncsc.gov.uk/collection")).toBe("ncsc.gov.uk");
    expect(displayDomain("https://ico.org.uk")).toBe("ico.org.uk");
  });
});
