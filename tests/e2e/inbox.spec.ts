import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { field, textOf } from "./support/browser.ts";
import { inBrowser, usePlatform } from "./support/platform.ts";

// Issue #5 "Done when", in Debian's Chromium against the real platform over the demo data: a
// resident submits feedback without JavaScript; the commune's official classifies it and
// transfers it to the ward, whose chair accepts and answers it; the resident reads the answer
// and rates it. A denunciation's identity stays hidden from an official who is not assigned to
// it, and from the province's oversight, while the assigned official sees it.

const platform = usePlatform();

const VILLAGE = "99001-T02";
const COMMUNE = "99001";
const WARD = "99002";
const TITLE = "Cây xà cừ trước nhà văn hóa thôn Tây có cành mục sắp gãy";
const CONTENT =
  "Cây xà cừ lớn trước nhà văn hóa thôn Tây có một cành mục vươn ra đường, mưa to có thể gãy đè vào người đi đường.";
const NAME = "Tạ Thị Thu";
const PHONE = "0988123456";
const ANSWER = "Đội cây xanh đã cắt tỉa cành mục và kiểm tra toàn bộ cây trên tuyến đường.";

/** Submits the form whose button is `button`; resolves on the page after the 303, with the POST's status. */
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

/** Opens a step's <details> on the item page. */
const openStep = (page: Page, summary: string) =>
  page.locator("summary", { hasText: summary }).click();

let code = "";
let itemId = 0;

describe("a resident's feedback goes to the competent ward, is answered and rated", () => {
  it("a resident submits feedback without JavaScript and gets a tracking code", async () => {
    await inBrowser(platform, { js: false }, async (page) => {
      await page.goto(`/u/${VILLAGE}/phan-anh`);
      await page.getByRole("link", { name: "Gửi phản ánh, kiến nghị, khiếu nại, tố cáo" }).click();
      await page.getByRole("link", { name: "Phản ánh", exact: true }).click();
      await field(page, "Tiêu đề (tóm tắt một dòng)").fill(TITLE);
      await field(page, "Nội dung").fill(CONTENT);
      await field(page, "Họ và tên").fill(NAME);
      await field(page, "Số điện thoại hoặc thư điện tử").fill(PHONE);
      await page.getByLabel("Đồng ý công khai nội dung").check();
      expect(await submit(page, "Gửi")).toBe(303);
      code = await textOf(page.locator(".notice .inbox-code"));
      expect(code).toMatch(/^PA-\d{4}-[A-Z2-9]{8}$/);
      expect(await textOf(page.locator("h1"))).toBe("Theo dõi phản ánh, kiến nghị");
    });
    const rows = await platform.server.db.query<{ id: number; unit_code: string }>(
      "select i.id, u.code as unit_code from inbox_item i join org_unit u on u.id = i.unit_id where i.code = $1",
      [code],
    );
    expect(rows[0]?.unit_code).toBe(COMMUNE);
    itemId = rows[0]!.id;
  });

  it("the commune's official classifies it as a petition and transfers it to the ward", async () => {
    await inBrowser(platform, { account: "xa.congchuc" }, async (page) => {
      await page.goto(`/quan-tri/${COMMUNE}/phan-anh`);
      await page.getByRole("link", { name: code }).click();
      expect(await page.locator("body").textContent()).toContain(NAME); // a handler sees a feedback sender
      await openStep(page, "Phân loại");
      await page.getByLabel("Loại đơn").selectOption("kien_nghi");
      expect(await submit(page, "Lưu phân loại")).toBe(303);
      expect(await textOf(page.locator("dl.facts dd").first())).toContain("Kiến nghị");
      await openStep(page, "Chuyển đơn");
      await page.getByLabel("Mã đơn vị nhận trên nền tảng (cùng tỉnh)").fill(WARD);
      await page.getByLabel("Lý do chuyển").fill("Cây thuộc tuyến đường do phường quản lý.");
      expect(await submit(page, "Chuyển")).toBe(303);
      expect(new URL(page.url()).pathname).toBe(`/quan-tri/${COMMUNE}/phan-anh`);
    });
  });

  it("the ward's chair accepts and answers it", async () => {
    await inBrowser(platform, { account: "phuong.chutich" }, async (page) => {
      await page.goto(`/quan-tri/${WARD}/phan-anh/${itemId}`);
      await openStep(page, "Tiếp nhận xem xét");
      expect(await submit(page, "Thụ lý")).toBe(303);
      await openStep(page, "Trả lời");
      await page.getByLabel("Nội dung trả lời gửi người gửi").fill(ANSWER);
      expect(await submit(page, "Ban hành, trả lời")).toBe(303);
      expect(await textOf(page.locator(".inbox-answer"))).toBe(ANSWER);
    });
  });

  it("the resident reads the answer with the tracking code and rates it", async () => {
    await inBrowser(platform, { js: false }, async (page) => {
      await page.goto("/theo-doi");
      await page.getByLabel("Nhập mã theo dõi bạn nhận khi gửi").fill(code.toLowerCase());
      await Promise.all([
        page.waitForNavigation(),
        page.getByRole("button", { name: "Xem" }).click(),
      ]);
      expect(await textOf(page.locator(".inbox-answer"))).toBe(ANSWER);
      const timeline = await textOf(page.locator(".inbox-timeline"));
      expect(timeline).toContain("Đã chuyển đến");
      await page.getByLabel("5 — Rất hài lòng").check();
      expect(await submit(page, "Gửi đánh giá")).toBe(303);
      expect(await page.locator("body").textContent()).toContain("Bạn đã đánh giá: 5/5");
    });
    // Published at the ward, with no personal data.
    await inBrowser(platform, {}, async (page) => {
      await page.goto(`/u/${WARD}/phan-anh`);
      const body = (await page.locator("main").textContent()) ?? "";
      expect(body).toContain(TITLE);
      expect(body).toContain(ANSWER);
      expect(body).not.toContain(NAME);
      expect(body).not.toContain(PHONE);
    });
  });
});

describe("a denunciation's identity stays with those who handle it (T36)", () => {
  const DENOUNCER = "Trịnh Văn Lực"; // the demo's open denunciation, assigned to xa.congchuc

  async function denunciationId(): Promise<number> {
    const rows = await platform.server.db.query<{ id: number }>(
      "select id from inbox_item where track = 'denunciation' and status = 'accepted' order by id limit 1",
    );
    return rows[0]!.id;
  }

  it("the assigned official sees the denouncer; the province's oversight and an unassigned official do not", async () => {
    const id = await denunciationId();
    const page = `/quan-tri/${COMMUNE}/phan-anh/${id}`;
    await inBrowser(platform, { account: "xa.congchuc" }, async (p) => {
      await p.goto(page);
      expect(await p.locator("main").textContent()).not.toContain(DENOUNCER);
      await Promise.all([
        p.waitForNavigation(),
        p.getByRole("button", { name: "Xem thông tin người tố cáo" }).click(),
      ]);
      expect(await textOf(p.locator(".inbox-identity"))).toContain(DENOUNCER);
    });
    await inBrowser(platform, { account: "tinh.theodoi" }, async (p) => {
      await p.goto(page);
      await Promise.all([
        p.waitForNavigation(),
        p.getByRole("button", { name: "Xem thông tin người tố cáo" }).click(),
      ]);
      const panel = await textOf(p.locator(".inbox-identity"));
      expect(panel).toContain("T36");
      expect(await p.locator("body").textContent()).not.toContain(DENOUNCER);
    });
    // A new denunciation from a resident: not assigned to xa.congchuc, so hidden from them.
    let fresh = "";
    await inBrowser(platform, {}, async (p) => {
      await p.goto(`/u/${COMMUNE}/phan-anh/gui?loai=to_cao`);
      await field(p, "Tiêu đề (tóm tắt một dòng)").fill("Tố cáo thu tiền trông xe trái phép ở chợ");
      await field(p, "Nội dung").fill(
        "Người trông xe ở chợ xã thu 10.000 đồng mỗi lượt, không có vé.",
      );
      await field(p, "Người, cơ quan bị tố cáo").fill("Tổ trông xe chợ xã");
      await field(p, "Họ và tên").fill("Kiều Văn Phong");
      await field(p, "Địa chỉ").fill("Thôn Bắc");
      await field(p, "Số điện thoại hoặc thư điện tử").fill("0977555666");
      expect(await submit(p, "Gửi")).toBe(303);
      fresh = await textOf(p.locator(".notice .inbox-code"));
    });
    const rows = await platform.server.db.query<{ id: number }>(
      "select id from inbox_item where code = $1",
      [fresh],
    );
    await inBrowser(platform, { account: "xa.congchuc" }, async (p) => {
      await p.goto(`/quan-tri/${COMMUNE}/phan-anh/${rows[0]!.id}`);
      await Promise.all([
        p.waitForNavigation(),
        p.getByRole("button", { name: "Xem thông tin người tố cáo" }).click(),
      ]);
      expect(await textOf(p.locator(".inbox-identity"))).toContain("T36");
      expect(await p.locator("body").textContent()).not.toContain("Kiều Văn Phong");
    });
    const refusals = await platform.server.db.query<{ n: number }>(
      "select count(*)::int as n from audit_event where action = 'inbox.attempt.refused' and summary->>'attempted' = 'inbox.identity.view'",
    );
    expect(refusals[0]!.n).toBeGreaterThanOrEqual(2);
  });
});
