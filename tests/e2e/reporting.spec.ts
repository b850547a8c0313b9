import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { parseLocalDate, plusDays } from "../../src/core/calendar/index.ts";
import { readZip, wordParagraphs } from "../../src/core/documents/index.ts";
import { todayInVietnam } from "../../src/core/validation.ts";
import { textOf } from "./support/browser.ts";
import { inBrowser, usePlatform } from "./support/platform.ts";

// Issue #6 "Done when", in Debian's Chromium against the real platform over the demo data: the
// province's official issues a directive with a task for every commune and opens a report period;
// Thanh Bình's chair opens the pre-filled draft, edits and submits it; the province approves it,
// sees the consolidated report and downloads it as Word.

const platform = usePlatform();
const PROVINCE = "99";
const COMMUNE = "99001";
const today = todayInVietnam();
const day = (n: number) => plusDays(parseLocalDate(today), n);
const THEME = "Kết quả tiếp nhận, giải quyết phản ánh của người dân";
const SECTION_I = "Thanh Bình có 4 thôn; người dân gửi phản ánh chủ yếu qua nền tảng.";

/** Submits the form whose button is `button`; the POST's status once the page has loaded. */
async function submit(page: Page, button: string): Promise<number> {
  const answer = page.waitForResponse(
    (r) => r.request().method() === "POST" && r.request().isNavigationRequest(),
  );
  await Promise.all([
    page.waitForNavigation(),
    page.getByRole("button", { name: button, exact: true }).click(),
  ]);
  return (await answer).status();
}

describe("a directive and a report period, a pre-filled report, approval and consolidation", () => {
  it("the province's official issues a directive with a task for every commune", async () => {
    await inBrowser(platform, { account: "tinh.canbo" }, async (page) => {
      await page.goto(`/quan-tri/${PROVINCE}/chi-dao`);
      await page.getByRole("link", { name: "Soạn văn bản chỉ đạo mới" }).click();
      await page.getByLabel(/^Hình thức/).selectOption("party");
      await page.getByLabel(/^Ký hiệu/).fill("CV/TU");
      await page.getByLabel(/^Trích yếu/).fill("Về việc báo cáo kết quả tiếp nhận phản ánh");
      await page.locator('[name="tasks.0.title"]').fill("Báo cáo chuyên đề về phản ánh");
      await page.locator('[name="tasks.0.dueOn"]').fill(day(14));
      await page.locator('[name="tasks.0.target"]').selectOption("kind");
      await page.locator('[name="tasks.0.kind"]').selectOption("commune_level");
      expect(await submit(page, "Lưu dự thảo")).toBe(303);
      expect(await submit(page, "Ban hành")).toBe(303);
      expect(await page.locator("body").textContent()).toMatch(/Số \d{2}-CV\/TU/);
    });
  });

  it("the province opens a thematic report period for its communes", async () => {
    await inBrowser(platform, { account: "tinh.canbo" }, async (page) => {
      await page.goto(`/quan-tri/${PROVINCE}/bao-cao`);
      await page.getByRole("link", { name: "Mở kỳ báo cáo" }).click();
      await page.getByLabel("Đơn vị phải báo cáo").selectOption("commune_level");
      await page.getByLabel("Báo cáo chuyên đề (theo yêu cầu)").check();
      await page.getByLabel("Tên báo cáo chuyên đề").fill(THEME);
      await page.getByLabel("Số liệu từ ngày").fill(day(-60));
      await page.getByLabel("Đến ngày").fill(day(-1));
      await page.getByLabel("Hạn gửi").fill(day(10));
      expect(await submit(page, "Mở kỳ báo cáo")).toBe(303);
      expect(await textOf(page.locator("h1"))).toContain(THEME);
    });
  });

  it("Thanh Bình's chair opens the pre-filled draft, edits and submits it", async () => {
    await inBrowser(platform, { account: "xa.chutich" }, async (page) => {
      await page.goto(`/quan-tri/${COMMUNE}/bao-cao`);
      await page.getByRole("link", { name: `Báo cáo chuyên đề “${THEME}”` }).click();
      expect(await submit(page, "Lấy số liệu từ hệ thống")).toBe(303);
      expect(await page.locator("body").textContent()).toContain("Hệ thống tính");
      await page.locator('[name="s_I"]').fill(SECTION_I);
      expect(await submit(page, "Lưu bản nháp")).toBe(303);
      expect(await submit(page, "Gửi báo cáo lên cấp trên")).toBe(303);
      expect(await page.locator("body").textContent()).toContain("Đã gửi, chờ cấp trên xem xét");
      // The author cannot approve its own report: the form is not even offered.
      expect(await page.getByRole("button", { name: "Duyệt báo cáo (khóa báo cáo)" }).count()).toBe(
        0,
      );
    });
  });

  it("the province approves it, reads the consolidated report and downloads it as Word", async () => {
    await inBrowser(platform, { account: "tinh.canbo" }, async (page) => {
      await page.goto(`/quan-tri/${PROVINCE}/bao-cao`);
      await page.getByRole("link", { name: `Báo cáo chuyên đề “${THEME}”` }).click();
      await page.getByRole("link", { name: "Thanh Bình" }).click();
      expect(await page.locator("body").textContent()).toContain(SECTION_I);
      expect(await submit(page, "Duyệt báo cáo (khóa báo cáo)")).toBe(303);
      expect(await page.locator("body").textContent()).toContain("Đã duyệt (đã khóa)");
      await page.getByRole("link", { name: `Báo cáo chuyên đề “${THEME}”` }).click();
      await page.getByRole("link", { name: "Báo cáo tổng hợp" }).click();
      expect(await page.locator("body").textContent()).toContain("Đã duyệt: 1/2");
      expect(await page.locator("figure svg").count()).toBe(1);
      const anchor = page.getByRole("link", { name: "Văn bản Word (.docx)" });
      const [file] = await Promise.all([page.waitForEvent("download"), anchor.click()]);
      expect(file.suggestedFilename()).toMatch(/\.docx$/);
      const xml = readZip(readFileSync((await file.path())!))
        .get("word/document.xml")!
        .toString();
      const text = wordParagraphs(xml)
        .map((p) => p.text)
        .join("\n");
      expect(text).toContain("BÁO CÁO");
      expect(text).toContain(SECTION_I);
    });
  });
});
