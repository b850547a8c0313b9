import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { AxeResults } from "axe-core";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, signIn, textOf } from "./support/browser.ts";
import { startServer } from "./support/server.ts";

// WCAG 2.1 A and AA, checked by axe-core in Chromium on every kind of page a person meets:
// public, sign-in (and its error state), administration, the resident's page, errors, English.

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
  "utf8",
);
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

// Pages forbid every script (CSP `script-src 'none'`); the test alone bypasses that to run axe.
const newContext = () => browser.newContext({ baseURL: server.url, bypassCSP: true });

/** Runs axe on the page as it is now; one line per violation: id, impact, target selectors. */
async function violations(page: Page, minPasses = 10): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  const results = await page.evaluate(
    (tags) =>
      (
        globalThis as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<AxeResults> } }
      ).axe.run((globalThis as unknown as { document: unknown }).document, {
        runOnly: { type: "tag", values: tags },
        resultTypes: ["violations"],
      }),
    WCAG_TAGS,
  );
  // Guards against a run that checked nothing (wrong tags, axe not loaded into the page).
  expect(results.passes.length).toBeGreaterThanOrEqual(minPasses);
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact ?? "?"}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
}

async function expectAccessible(page: Page, url: string, status = 200) {
  const res = await page.goto(url);
  expect(res?.status(), url).toBe(status);
  expect(await violations(page), `axe violations on ${url}`).toEqual([]);
}

/** A demo matter of src/seeds/demo-decisions.ts by its title: its id and its rounds' ids. */
async function demoMatter(title: string): Promise<{ id: number; rounds: number[] }> {
  const [m] = await server.db.query<{ id: number; rounds: number[] }>(
    `select m.id, array_agg(r.id order by r.seq) as rounds
       from decision_matter m join decision_round r on r.matter_id = m.id
      where m.title = $1 group by m.id`,
    [title],
  );
  expect(m, title).toBeDefined();
  return m!;
}
const ROAD = "Đóng góp bê tông hóa đường trục thôn Đông";
const HALL = "Đóng góp sửa chữa nhà văn hóa thôn Tây";
const FESTIVAL = "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm nay tại sân nhà văn hóa";

it("the checker itself reports a faulty page", async () => {
  const context = await newContext();
  try {
    const page = await context.newPage();
    await page.goto("/");
    await page.setContent(
      '<html><head><title>x</title></head><body><main><img src="/x.png"><input type="text"></main></body></html>',
    );
    const found = (await violations(page, 0)).map((v) => v.split(" ")[0]);
    expect(found).toEqual(expect.arrayContaining(["html-has-lang", "image-alt", "label"]));
  } finally {
    await context.close();
  }
});

describe("public pages", () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await newContext();
    page = await context.newPage();
  });
  afterAll(() => context.close());

  it("home page", async () => {
    await expectAccessible(page, "/");
    expect(await textOf(page.locator("h1"))).toBe(
      "Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng",
    );
  });

  it("a commune's public portal", async () => {
    await expectAccessible(page, "/u/99001");
    expect(await textOf(page.locator("h1"))).toBe("Xã Thanh Bình");
  });

  it("the inbox's public pages: answers, the form per kind, figures, the tracking page", async () => {
    await expectAccessible(page, "/u/99001/phan-anh");
    await expectAccessible(page, "/u/99001/phan-anh/gui");
    await expectAccessible(page, "/u/99001/phan-anh/gui?loai=khieu_nai");
    await expectAccessible(page, "/u/99001/phan-anh/gui?loai=to_cao");
    await expectAccessible(page, "/u/99/phan-anh/thong-ke");
    const rows = await server.db.query<{ code: string }>(
      "select code from inbox_item where rating is not null order by id limit 1",
    );
    await expectAccessible(page, `/theo-doi/${rows[0]!.code}`);
    await expectAccessible(page, "/u/99001/tiep-cong-dan");
    await expectAccessible(page, "/u/99001/danh-gia");
  });

  it("sign-in page, and its error state after a wrong password", async () => {
    await expectAccessible(page, "/dang-nhap");
    await page.getByLabel("Tên đăng nhập").fill("xa.chutich");
    await page.getByLabel("Mật khẩu").fill("sai-mat-khau-roi");
    const answer = page.waitForResponse(
      (r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/dang-nhap",
    );
    await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
    expect((await answer).status()).toBe(400);
    await page.waitForLoadState("load");
    expect(await textOf(page.locator(".error-summary"))).toContain(
      "Tên đăng nhập hoặc mật khẩu không đúng.",
    );
    expect(await page.getByLabel("Tên đăng nhập").getAttribute("aria-invalid")).toBe("true");
    expect(await violations(page), "axe violations on the sign-in error state").toEqual([]);
  });

  it("a village's community decisions, an open online vote, a decided matter, a receipt check", async () => {
    await expectAccessible(page, "/u/99001-T01/quyet-dinh");
    expect(await textOf(page.locator("h1"))).toBe("Nhân dân bàn và quyết định — Thôn Đông");
    const festival = await demoMatter(FESTIVAL);
    await expectAccessible(page, `/u/99001-T02/quyet-dinh/${festival.id}`);
    expect(await textOf(page.locator("h1"))).toBe(FESTIVAL);
    await expectAccessible(page, `/u/99001-T01/quyet-dinh/${(await demoMatter(ROAD)).id}`);
    expect(await textOf(page.locator("h1"))).toBe(ROAD);
    const [vote] = await server.db.query<{ receipt: string }>(
      "select receipt from decision_vote where round_id = $1 order by id limit 1",
      [festival.rounds[0]],
    );
    await expectAccessible(page, `/bieu-quyet/bien-nhan?ma=${vote!.receipt}`);
    expect(await textOf(page.locator("#ket-qua-bien-nhan"))).toBe("Được tính");
  });

  it("a page that does not exist (404)", async () => {
    await expectAccessible(page, "/khong-co-trang-nay", 404);
    expect(await textOf(page.locator("h1"))).toBe("Không tìm thấy trang");
  });

  it("the English version of a commune's portal, through the language switch", async () => {
    const english = await newContext();
    try {
      const p = await english.newPage();
      await p.goto("/u/99001");
      await p.getByRole("link", { name: "English" }).click();
      await p.waitForURL((u) => u.pathname === "/u/99001" && u.search === "");
      expect(await p.locator("html").getAttribute("lang")).toBe("en");
      expect(await p.getByRole("heading", { level: 2 }).allTextContents()).toEqual([
        "Public activity",
        "Units under it",
      ]);
      expect(await p.getByRole("link", { name: "Tiếng Việt" }).getAttribute("lang")).toBe("vi");
      expect(await violations(p), "axe violations on /u/99001 in English").toEqual([]);
    } finally {
      await english.close();
    }
  });
});

describe("signed-in pages", () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await newContext();
    page = await context.newPage();
    await signIn(page, "xa.chutich");
  });
  afterAll(() => context.close());

  it("a commune's administration page", async () => {
    await expectAccessible(page, "/quan-tri/99001");
    expect(await textOf(page.locator("h1"))).toBe("Xã Thanh Bình");
  });

  it("the inbox: the list, a complaint being resolved with its steps, desk intake, the overdue view", async () => {
    await expectAccessible(page, "/quan-tri/99001/phan-anh");
    const rows = await server.db.query<{ id: number }>(
      "select i.id from inbox_item i join org_unit u on u.id = i.unit_id where u.code = '99001' and i.track = 'complaint' and i.status = 'accepted' order by i.id limit 1",
    );
    await expectAccessible(page, `/quan-tri/99001/phan-anh/${rows[0]!.id}`);
    await expectAccessible(page, "/quan-tri/99001/phan-anh/moi");
    await expectAccessible(page, "/quan-tri/99001/phan-anh/qua-han");
    await expectAccessible(page, "/quan-tri/99001/phan-anh/danh-gia");
    await expectAccessible(page, "/quan-tri/99001/tiep-cong-dan");
    const visit = await server.db.query<{ id: number }>(
      "select id from inbox_reception_visit order by id limit 1",
    );
    await expectAccessible(page, `/quan-tri/99001/tiep-cong-dan/so/${visit[0]!.id}`);
  });

  it("a village's households", async () => {
    await expectAccessible(page, "/quan-tri/99001-T01/ho");
    expect(await textOf(page.locator("h1"))).toBe("Thôn Đông");
  });

  it("the new-household form", async () => {
    await expectAccessible(page, "/quan-tri/99001-T01/ho/moi");
    expect(await textOf(page.locator("h1"))).toBe("Đăng ký hộ mới");
  });

  it("a village's decisions tab with the form that opens a matter", async () => {
    await expectAccessible(page, "/quan-tri/99001-T01/quyet-dinh");
    expect(await textOf(page.locator("h2").first())).toBe("Nội dung Nhân dân bàn và quyết định");
  });

  it("a decided matter with its decision record, and one awaiting its record", async () => {
    await expectAccessible(page, `/quan-tri/99001-T01/quyet-dinh/${(await demoMatter(ROAD)).id}`);
    expect(await textOf(page.locator("h1"))).toBe(ROAD);
    await expectAccessible(page, `/quan-tri/99001-T02/quyet-dinh/${(await demoMatter(HALL)).id}`);
    expect(await page.getByRole("button", { name: "Lưu văn bản" }).count()).toBe(1);
  });

  it("rounds: an online vote under way, counted ballots with a flagged paper, one being prepared", async () => {
    const festival = await demoMatter(FESTIVAL);
    await expectAccessible(page, `/quan-tri/99001-T02/quyet-dinh/dot/${festival.rounds[0]}`);
    expect(await page.getByRole("button", { name: "Nhập phiếu" }).count()).toBe(1);
    const hall = await demoMatter(HALL);
    await expectAccessible(page, `/quan-tri/99001-T02/quyet-dinh/dot/${hall.rounds[1]}`);
    expect(await textOf(page.locator("main .badge").first())).toBe("Đã kiểm phiếu");
    // A new online matter in a village of its own: its round shows the preparation form.
    await page.goto("/quan-tri/99001-T03/quyet-dinh");
    await page.getByLabel("Nội dung theo Điều 15").selectOption("6");
    await page.getByLabel("Tên nội dung").fill("Giờ mở cửa nhà văn hóa bản Nà Cà");
    await page.getByLabel("Câu hỏi biểu quyết (ghi trên phiếu)").fill("Mở cửa đến 21 giờ?");
    await page
      .getByLabel("Trưởng ban công tác Mặt trận đã thống nhất", { exact: true })
      .fill("Lò Thị Hoa");
    await page.getByLabel("Ngày thống nhất").fill("2030-01-01");
    await page.getByLabel("Hình thức (Điều 17)").selectOption("online");
    await page.getByLabel(/^Trưởng thôn và Trưởng ban công tác Mặt trận đã thống nhất/).check();
    await page.getByLabel("Ngày họp, ngày phát phiếu, ngày bắt đầu").fill("2030-01-02");
    await page.getByRole("button", { name: "Đưa nội dung ra cộng đồng quyết định" }).click();
    await page.waitForURL(/\/quan-tri\/99001-T03\/quyet-dinh\/\d+$/);
    await page.getByRole("link", { name: "Đợt 1", exact: true }).click();
    await page.waitForURL(/\/quyet-dinh\/dot\/\d+$/);
    expect(await violations(page), "axe violations on a round being prepared").toEqual([]);
    expect(await page.getByRole("button", { name: "Lưu bước chuẩn bị" }).count()).toBe(1);
  });

  it("directives, tasks and periodic reports: lists, forms, a report being written, a round, its consolidation and drill-down", async () => {
    await expectAccessible(page, "/quan-tri/99001/chi-dao");
    await expectAccessible(page, "/quan-tri/99001/chi-dao/moi");
    await expectAccessible(page, "/quan-tri/99001/bao-cao");
    await expectAccessible(page, "/quan-tri/99001/bao-cao/lich");
    await expectAccessible(page, "/quan-tri/99001/bao-cao/ky/moi");
    const reports = await server.db.query<{ id: number; key: string }>(
      `select p.id, r.period_key as key from reporting_report p
         join reporting_round r on r.id = p.round_id join org_unit u on u.id = p.unit_id
        where u.code = '99001' order by r.id`,
    );
    for (const r of reports) await expectAccessible(page, `/quan-tri/99001/bao-cao/${r.id}`);
    // The yearly draft shows the writing form, one field per section of the template.
    expect(await page.getByRole("button", { name: "Lưu bản nháp" }).count()).toBe(1);
    const [round] = await server.db.query<{ id: number }>(
      "select r.id from reporting_round r join org_unit u on u.id = r.issuer_unit_id where u.code = '99001'",
    );
    await expectAccessible(page, `/quan-tri/99001/bao-cao/ky/${round!.id}`);
    await expectAccessible(page, `/quan-tri/99001/bao-cao/ky/${round!.id}/tong-hop`);
    await expectAccessible(page, "/quan-tri/99001/bao-cao/tien-do?ky=six_months%3A2026");
  });

  it("a resident's own page", async () => {
    const resident = await newContext();
    try {
      const p = await resident.newPage();
      await signIn(p, "dan.thondong");
      await expectAccessible(p, "/cua-toi");
      expect(await textOf(p.locator("dl.facts dd").first())).toBe("H001");
      // The online vote of the resident's village, with the household's vote form.
      await expectAccessible(p, `/u/99001-T02/quyet-dinh/${(await demoMatter(FESTIVAL)).id}`);
      expect(await p.getByRole("button", { name: "Gửi biểu quyết" }).count()).toBe(1);
    } finally {
      await resident.close();
    }
  });
});

describe("print", () => {
  it("a commune's portal prints to a non-empty A4 PDF without the site header and navigation", async () => {
    const context = await newContext();
    try {
      const page = await context.newPage();
      await page.goto("/u/99001");
      const display = (selector: string) =>
        page
          .locator(selector)
          .first()
          .evaluate((el) => {
            const g = globalThis as unknown as {
              getComputedStyle(e: unknown): { display: string };
            };
            return g.getComputedStyle(el).display;
          });
      expect(await display(".site-header")).toBe("block");
      await page.emulateMedia({ media: "print" });
      expect(await display(".site-header")).toBe("none");
      expect(await display(".main-nav")).toBe("none");
      expect(await display(".site-footer")).toBe("none");
      expect(await display("main h1")).toBe("block");
      const pdf = await page.pdf({ format: "A4" });
      expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
      expect(pdf.length).toBeGreaterThan(5_000);
    } finally {
      await context.close();
    }
  });
});
