import { type Browser, chromium, type Locator, type Page } from "playwright-core";
import { DEMO_PASSWORD } from "../../../src/seeds/demo-structure.ts";

// Debian's Chromium: `npx playwright install` cannot download here (ARCHITECTURE.md, tests).
// As root Chromium needs --no-sandbox; the rest keep it from phoning home during a test.
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** A fresh headless Chromium (Playwright gives it a temporary profile of its own). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: CHROMIUM_ARGS,
    timeout: 30_000,
  });
}

/**
 * Signs in through the real form, as a person would: the two labelled fields and the submit
 * button; resolves once the browser has landed on the page after sign-in (/cua-toi by default).
 * The page's context must have been created with a `baseURL`.
 */
export async function signIn(
  page: Page,
  username: string,
  password = DEMO_PASSWORD,
): Promise<void> {
  await page.goto("/dang-nhap");
  await page.getByLabel("Tên đăng nhập").fill(username);
  await page.getByLabel("Mật khẩu").fill(password);
  const left = page
    .waitForURL((url) => url.pathname !== "/dang-nhap", { timeout: 10_000 })
    .then(
      () => true,
      () => false,
    );
  await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
  if (!(await left)) {
    const shown = await textOf(page.locator(".error-summary"), 1_000).catch(
      () => "(no error shown)",
    );
    throw new Error(`sign-in as ${username} did not leave /dang-nhap: ${shown}`);
  }
}

/** An element's text, whitespace collapsed as a reader sees it. */
export async function textOf(locator: Locator, timeout?: number): Promise<string> {
  return ((await locator.textContent({ timeout })) ?? "").replace(/\s+/g, " ").trim();
}

/** A form field by its visible label, with or without the required-field star. */
export function field(scope: Page | Locator, label: string): Locator {
  return scope.getByLabel(new RegExp(`^${escapeRegExp(label)}( \\*)?$`));
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// The project type-checks without the DOM library; these are the few DOM members used in pages.
interface DomNode {
  textContent: string | null;
  nextElementSibling: DomNode | null;
  querySelectorAll(selector: string): Iterable<DomNode>;
}

/** The body rows of the table captioned `caption`, each as its cells' whitespace-normalised text. */
export function tableRows(page: Page, caption: string): Promise<string[][]> {
  return page
    .locator("table", {
      has: page.locator("caption", { hasText: new RegExp(`^${escapeRegExp(caption)}$`) }),
    })
    .locator("tbody tr")
    .evaluateAll((rows) =>
      (rows as unknown as DomNode[]).map((r) =>
        Array.from(r.querySelectorAll("td"), (td) =>
          (td.textContent ?? "").replace(/\s+/g, " ").trim(),
        ),
      ),
    );
}

/** A description list (`dl.facts`) as [term, description] pairs. */
export function facts(page: Page): Promise<string[][]> {
  return page
    .locator("dl.facts")
    .evaluateAll((lists) =>
      (lists as unknown as DomNode[]).flatMap((dl) =>
        Array.from(dl.querySelectorAll("dt"), (dt) => [
          (dt.textContent ?? "").replace(/\s+/g, " ").trim(),
          (dt.nextElementSibling?.textContent ?? "").replace(/\s+/g, " ").trim(),
        ]),
      ),
    );
}
