import { expect, test } from "@playwright/test";
import { pageKinds } from "./pages";
import { baseUrl } from "./sites";

test.use({ javaScriptEnabled: false });

test("the skip link is the first tab stop and moves focus to the main content", async ({ page }) => {
  for (const path of pageKinds("real")) {
    await page.goto(`${baseUrl("real")}${path}`);
    await page.keyboard.press("Tab");
    const focused = page.locator(":focus");
    await expect(focused, path).toHaveText("Skip to main content");
    await expect(focused, path).toBeVisible();
    await page.keyboard.press("Enter");
    await expect(page.locator("main#main-content"), path).toBeFocused();
  }
});

test("every link and control can be reached with the Tab key and shows where focus is", async ({ page }) => {
  for (const path of ["/", "/services/", "/advice/", "/incidents/cyber-attack-november-2025/"]) {
    await page.goto(`${baseUrl("real")}${path}`);
    const focusable = "a[href], input:not([disabled]), button, select, textarea";
    const total = await page.locator(focusable).count();
    const invisibleFocus: string[] = [];
    for (let i = 0; i < total + 1; i++) {
      await page.keyboard.press("Tab");
      const shown = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return true;
        el.setAttribute("data-reached", "");
        const s = getComputedStyle(el);
        return s.outlineStyle !== "none" || s.boxShadow !== "none" || s.backgroundColor !== "rgba(0, 0, 0, 0)";
      });
      if (!shown) invisibleFocus.push(await page.evaluate(() => document.activeElement?.outerHTML ?? ""));
    }
    const unreached = await page.locator(`:is(${focusable}):not([data-reached])`).evaluateAll((els) => els.map((e) => e.outerHTML));
    expect(unreached, `${path}: not reachable by Tab`).toEqual([]);
    expect(invisibleFocus, `${path}: focus not visible`).toEqual([]);
  }
});

test("a 320px-wide screen never scrolls sideways", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of pageKinds("real")) {
    await page.goto(`${baseUrl("real")}${path}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test("printing drops the navigation and prints each link's address after it", async ({ page }) => {
  await page.goto(`${baseUrl("real")}/incidents/cyber-attack-november-2025/`);
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".site-nav")).toBeHidden();
  await expect(page.locator(".breadcrumbs")).toBeHidden();
  const after = await page
    .locator("main .prose a[href^='/']")
    .first()
    .evaluate((a) => [getComputedStyle(a, "::after").content, a.getAttribute("href")]);
  expect(after[0]).toBe(`" (${after[1]})"`);
  await page.emulateMedia({ media: "screen" });
  await expect(page.locator(".site-nav")).toBeVisible();
});

test("breadcrumbs read as a trail, not a numbered list, and page lists keep their bullets", async ({ page }) => {
  await page.goto(`${baseUrl("real")}/accessibility/`);
  const crumb = page.locator(".breadcrumbs li").first();
  expect(await crumb.evaluate((li) => getComputedStyle(li).listStyleType)).toBe("none");
  const bullet = page.locator("main > ul li").first();
  expect(await bullet.evaluate((li) => getComputedStyle(li).listStyleType)).toBe("disc");
});
