import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { baseUrl } from "./tests/e2e/sites";

/**
 * Which Chromium: CHROMIUM_PATH if set; else Debian's /usr/bin/chromium where it exists
 * (CI and machines that cannot download browsers); else Playwright's own Chromium
 * (`npx playwright install chromium` on a developer laptop).
 */
const systemChromium = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  timeout: 60_000,
  use: {
    ...devices["Desktop Chrome"],
    baseURL: baseUrl("real"),
    launchOptions: systemChromium
      ? {
          executablePath: systemChromium,
          args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        }
      : {},
  },
  webServer: {
    command: "npx tsx tests/e2e/serve-builds.ts",
    url: `${baseUrl("fixture")}/`,
    // Four real builds on two cores, then the generated 1,000- and 5,000-update sites
    // (rendering only: serve-builds.ts): generous, as CI has 90 minutes for everything.
    timeout: 2_700_000,
    reuseExistingServer: !process.env.CI,
    stdout: "pipe",
    stderr: "pipe",
  },
});
