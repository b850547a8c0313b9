import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchBrowser, signIn } from "./browser.ts";
import { startServer } from "./server.ts";

export interface SpecPlatform {
  /** The real platform over a fresh demo database (set once `beforeAll` has run). */
  server: Awaited<ReturnType<typeof startServer>>;
  browser: Browser;
}

/**
 * One platform and one Chromium for the spec file that calls this at its top level: started in
 * `beforeAll`, stopped in `afterAll`. Read `server` and `browser` inside tests, not before.
 */
export function usePlatform(): SpecPlatform {
  const platform = {} as SpecPlatform;
  beforeAll(async () => {
    platform.server = await startServer();
    platform.browser = await launchBrowser();
  });
  afterAll(async () => {
    await platform.browser?.close();
    await platform.server?.stop();
  });
  return platform;
}

/**
 * Runs `journey` in a fresh browser context (its own cookies and cache), signed in as `account`
 * when one is given, and closes the context afterwards whatever happens.
 */
export async function inBrowser<T>(
  platform: SpecPlatform,
  who: { account?: string | null; password?: string; js?: boolean },
  journey: (page: Page, context: BrowserContext) => Promise<T>,
): Promise<T> {
  const context = await platform.browser.newContext({
    baseURL: platform.server.url,
    javaScriptEnabled: who.js ?? true,
  });
  try {
    const page = await context.newPage();
    if (who.account) await signIn(page, who.account, who.password);
    return await journey(page, context);
  } finally {
    await context.close();
  }
}
