/**
 * Before the browser tests: make sure there is a Chromium to drive. CHROMIUM_PATH or
 * Debian's /usr/bin/chromium is used as it is (see playwright.config.ts); otherwise
 * Playwright's own Chromium is installed if it is missing (a developer laptop).
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

const configured = process.env.CHROMIUM_PATH;
if (configured) {
  if (!existsSync(configured)) {
    console.error(`CHROMIUM_PATH is set to ${configured}, but there is no file there.`);
    process.exit(1);
  }
} else if (!existsSync("/usr/bin/chromium") && !existsSync(chromium.executablePath())) {
  console.log("No Chromium found: installing Playwright's Chromium (npx playwright install chromium) ...");
  const install = spawnSync("npx", ["playwright", "install", "chromium"], { stdio: "inherit" });
  if (install.status !== 0) {
    console.error(
      "Could not install Playwright's Chromium. Install a Chromium yourself (on Debian or Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH to one.",
    );
    process.exit(1);
  }
}
