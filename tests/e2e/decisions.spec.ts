import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { civilServiceCalendar, parseLocalDate, plusDays } from "../../src/core/calendar/index.ts";
import { readZip, wordParagraphs, wordTables } from "../../src/core/documents/index.ts";
import { dispatchDeadline } from "../../src/modules/decision/domain/timeline.ts";
import { facts, field, tableRows, textOf } from "./support/browser.ts";
import { inBrowser, usePlatform } from "./support/platform.ts";

// Issue #4 "Done when", in Debian's Chromium against the real platform over the demo data: a
// village head opens a matter; households vote online and on paper; the result and the DOCX
// minutes are produced.
//
// Thôn Đông (99001-T01) puts an item-6 matter (self-management, Luật 10/2022 Điều 15.6) to an
// online vote held and closed today, so that it can be counted today (a round is counted once its
// last day has come). The demo's open online vote is in Thôn Tây; this spec opens its own matter
// in Thôn Đông and reads every household from the database, so it depends on no other spec.
//
// The figures are chosen over N, the village's households frozen when the vote opens: exactly
// the smallest majority of N agrees (R32: 2 × yes > N), so the vote passes by one household.

const platform = usePlatform();

/** Today in Vietnam (UTC+7), as the server counts it. */
const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
const day = (n: number) => plusDays(parseLocalDate(today), n).toString();
/** dd/mm/yyyy, as every page shows a date. */
const vn = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;

const VILLAGE = "99001-T01";
const ADMIN = `/quan-tri/${VILLAGE}/quyet-dinh`;
const TITLE = "Mở cửa sân thể thao thôn Đông đến 21 giờ hằng ngày";
const QUESTION = "Hộ gia đình có đồng ý mở cửa sân thể thao của thôn đến 21 giờ hằng ngày?";
const DESCRIPTION =
  "Ban công tác Mặt trận đề xuất mở cửa sân thể thao của thôn đến 21 giờ hằng ngày; các hộ luân phiên trực và giữ vệ sinh, không thu tiền.";
const FRONT_HEAD = "Hà Thị Mai";
const IT_MEMBER = "Đinh Văn Tài";
const DECISION =
  "Thôn Đông mở cửa sân thể thao đến 21 giờ hằng ngày từ tháng tới; các hộ luân phiên trực theo danh sách do Ban công tác Mặt trận lập.";
const OTHER_ONLINE = "Đề nghị đóng cửa lúc 20 giờ vào mùa đông";
const OTHER_PAPER = "Đề nghị lắp thêm đèn chiếu sáng";
const TEMP_PASSWORD = "Tam-thoi-2026!";
const NEW_PASSWORD = "Ho-gia-dinh-2026!";

interface Household {
  code: string;
  address: string;
  personId: number;
  name: string;
}

/** The households of Thôn Đông today with their representative, by code. */
let households: Household[] = [];
/** N: all households of the village (the denominator of every threshold). */
let N = 0;
let matterId = 0;
let roundId = 0;
/** Receipts of the online votes, by household code. */
const receipts = new Map<string, string>();

/** Who votes online: the village head for his own household, and three representatives. */
const ONLINE = [
  { at: 0, account: "thon.truong", choice: "Đồng ý", other: null },
  { at: 1, account: "ho.h002", choice: "Đồng ý", other: null },
  { at: 2, account: "ho.h003", choice: "Không đồng ý", other: null },
  { at: 3, account: "ho.h004", choice: "Ý kiến khác", other: OTHER_ONLINE },
] as const;

/** The smallest count over N that passes R32 (2 × yes > N). */
const needed = () => Math.floor(N / 2) + 1;
/** The tally: online 2 yes, 1 no, 1 other; on paper the rest of the yes, 2 no and 1 other. */
const tally = () => ({ yes: needed(), no: 3, other: 2 });
const paperYes = () => needed() - 2;
const PAPER_NO = 2;
const PAPER_OTHER = 1;
const participating = () => tally().yes + tally().no + tally().other;
/** "47/82 hộ (57%)". */
const turnout = (a: number, n: number) => `${a}/${n} hộ (${Math.round((100 * a) / n)}%)`;
/** "51,22 %": a share of N as the Word documents print it. */
const percent = (part: number, total: number) => {
  const hundredths = Math.round((part * 10000) / total);
  return `${Math.floor(hundredths / 100)},${String(hundredths % 100).padStart(2, "0")} %`;
};
const test = () => `2 × ${tally().yes} = ${2 * tally().yes} > ${N}`;
const RULE = "R32 — NĐ 59/2023 Điều 5.4";
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const message = () =>
  `Thông qua: ${tally().yes}/${N} hộ gia đình đồng ý, đạt tỷ lệ trên 50% tổng số hộ gia đình (cần ít nhất ${needed()} hộ đồng ý; mẫu số là tổng số ${N} hộ gia đình của thôn, tổ dân phố theo danh sách đã chốt, không phải số hộ dự họp hay số phiếu thu về) (R32, NĐ 59/2023 Điều 5.4).`;

const h1 = (page: Page) => textOf(page.locator("h1"));
const roundUrl = () => `${ADMIN}/dot/${roundId}`;
const publicUrl = () => `/u/${VILLAGE}/quyet-dinh/${matterId}`;

/**
 * Submits a form with its button; resolves once the browser has landed on the page that follows
 * (after a 303, the page it leads to), with the status of the answer to the POST itself.
 */
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

/** The rules a refused open or count lists, one line each. */
const findings = (page: Page) =>
  page
    .locator(".notice li")
    .allTextContents()
    .then((t) => t.map((s) => s.replace(/\s+/g, " ").trim()));

/** Clicks a download link: the file as saved, and the response's headers for the same link. */
async function download(page: Page, link: string) {
  const anchor = page.getByRole("link", { name: link, exact: true });
  const href = (await anchor.getAttribute("href")) ?? "";
  const [file] = await Promise.all([page.waitForEvent("download"), anchor.click()]);
  const res = await page.request.get(href);
  expect(res.status(), href).toBe(200);
  const body = readFileSync((await file.path())!);
  const xml = readZip(body).get("word/document.xml")?.toString("utf8") ?? "";
  return {
    href,
    name: file.suggestedFilename(),
    type: res.headers()["content-type"],
    disposition: res.headers()["content-disposition"] ?? "",
    paragraphs: wordParagraphs(xml).map((p) => p.text),
    tables: wordTables(xml),
  };
}

describe("a village head puts a matter to an online vote; households vote online and on paper", () => {
  it("opens an item-6 matter; the round opens only with the report, a passed opt-in poll and the team, and freezes N", async () => {
    households = (
      await platform.server.db.query<{
        code: string;
        address: string;
        person_id: number;
        full_name: string;
      }>(
        `select h.code, h.address, p.id as person_id, p.full_name
           from people_household h join org_unit u on u.id = h.unit_id
           join people_household_member m on m.household_id = h.id and m.is_representative
            and m.valid_to is null
           join people_person p on p.id = m.person_id
          where u.code = $1 and h.valid_from <= $2::date
            and (h.valid_to is null or h.valid_to > $2::date)
          order by h.code`,
        [VILLAGE, today],
      )
    ).map((r) => ({ code: r.code, address: r.address, personId: r.person_id, name: r.full_name }));
    N = households.length;
    expect(N).toBeGreaterThan(20);
    const head = households[0]!;
    const [account] = await platform.server.db.query<{ person_id: number }>(
      "select person_id from auth_account where username = 'thon.truong'",
    );
    // The demo's village head is also the representative of household H001.
    expect(account?.person_id).toBe(head.personId);

    await inBrowser(platform, { account: "thon.truong" }, async (page) => {
      // The register counts the same N.
      await page.goto(`/quan-tri/${VILLAGE}/ho`);
      expect(await tableRows(page, "Số hộ theo thôn, tổ dân phố hôm nay (N)")).toEqual([
        ["Đông", String(N)],
      ]);

      // The village's decisions tab → "Đưa nội dung ra cộng đồng quyết định".
      const list = await page.goto(ADMIN);
      expect(list?.status()).toBe(200);
      await field(page, "Nội dung theo Điều 15").selectOption("6");
      expect(await field(page, "Phạm vi").inputValue()).toBe("village");
      await field(page, "Tên nội dung").fill(TITLE);
      await field(page, "Mô tả").fill(DESCRIPTION);
      await field(page, "Câu hỏi biểu quyết (ghi trên phiếu)").fill(QUESTION);
      expect(await field(page, "Người đề xuất").inputValue()).toBe("village_head");
      await field(page, "Trưởng ban công tác Mặt trận đã thống nhất").fill(FRONT_HEAD);
      await field(page, "Ngày thống nhất").fill(day(-3));
      await field(page, "Hình thức (Điều 17)").selectOption("online");
      await page
        .getByLabel(
          "Trưởng thôn và Trưởng ban công tác Mặt trận đã thống nhất không cần họp hoặc phát phiếu (nội dung 6: phát phiếu, biểu quyết trực tuyến)",
        )
        .check();
      await field(page, "Ngày họp, ngày phát phiếu, ngày bắt đầu").fill(today);
      await field(page, "Hạn thu phiếu, ngày kết thúc (để trống nếu họp trong một ngày)").fill(
        day(3),
      );
      expect(await submit(page, "Đưa nội dung ra cộng đồng quyết định")).toBe(303);
      await page.waitForURL(/\/quan-tri\/99001-T01\/quyet-dinh\/\d+$/);
      matterId = Number(new URL(page.url()).pathname.split("/").at(-1));
      expect(await h1(page)).toBe(TITLE);
      expect(await facts(page)).toEqual([
        ["Nội dung (Điều 15)", "6. Các công việc tự quản khác trong nội bộ cộng đồng dân cư"],
        ["Phạm vi", "Thôn, tổ dân phố — Đông"],
        [
          "Người đề xuất",
          `Trưởng thôn, Tổ trưởng tổ dân phố; thống nhất với ${FRONT_HEAD} (${vn(day(-3))})`,
        ],
        ["Câu hỏi biểu quyết", QUESTION],
      ]);
      expect(await tableRows(page, "Các đợt biểu quyết")).toEqual([
        [
          "Đông",
          "Đợt 1",
          "Biểu quyết trực tuyến",
          `${vn(today)} – ${vn(day(3))}`,
          "Đang chuẩn bị",
          "—",
          "—",
          "Phiếu (in)",
        ],
      ]);

      await page.getByRole("link", { name: "Đợt 1", exact: true }).click();
      await page.waitForURL(/\/quyet-dinh\/dot\/\d+$/);
      roundId = Number(new URL(page.url()).pathname.split("/").at(-1));
      expect(await h1(page)).toBe(TITLE);

      // Opening before anything is prepared: every missing step, each with its rule.
      expect(await submit(page, "Bắt đầu biểu quyết")).toBe(400);
      const team5 = "Tổ lấy ý kiến biểu quyết trực tuyến";
      const r18 = "(R18, NĐ 59/2023 Điều 5.2).";
      expect(await findings(page)).toEqual([
        `R33 — Chưa báo cáo UBND xã và Ủy ban MTTQ Việt Nam xã trước khi mở biểu quyết trực tuyến ngày ${vn(today)} (R33, NĐ 59/2023 Điều 5.2a).`,
        `R18 — ${team5} phải có từ 03 đến 05 thành viên (hiện có 0) ${r18}`,
        `R18 — ${team5} phải có đúng 01 Tổ trưởng (hiện có 0) ${r18}`,
        `R18 — ${team5} chưa có đại diện thôn, tổ dân phố ${r18}`,
        `R18 — ${team5} chưa có đại diện hộ gia đình ${r18}`,
        `R18 — ${team5} chưa có người có kỹ năng công nghệ thông tin ${r18}`,
      ]);
      expect(await textOf(page.locator("main .badge").first())).toBe("Đang chuẩn bị");

      // The preparation: held and closed today (so that it can be counted today), the report to
      // the commune yesterday; half the households (rounded down) chose online: not more than half.
      await field(page, "Hạn thu phiếu, ngày kết thúc").fill(today);
      await field(page, "Ngày báo cáo UBND xã, UBMTTQ xã (R33)").fill(day(-1));
      await field(page, "Số hộ chọn hình thức trực tuyến (R31)").fill(String(Math.floor(N / 2)));
      const team = [
        { name: head.name, represents: "Đại diện thôn, tổ dân phố" },
        { name: FRONT_HEAD, represents: "Đại diện Ban công tác Mặt trận" },
        { name: households[9]!.name, represents: "Đại diện hộ gia đình" },
        { name: IT_MEMBER, represents: "Người có kỹ năng công nghệ thông tin" },
      ];
      for (const [i, m] of team.entries()) {
        await page.getByLabel(`Họ tên thành viên ${i + 1}`, { exact: true }).fill(m.name);
        await page
          .getByLabel(`Thành viên ${i + 1} đại diện cho`, { exact: true })
          .selectOption({ label: m.represents });
      }
      await page.locator("#f-team-1-leader").check();
      expect(await submit(page, "Lưu bước chuẩn bị")).toBe(303);
      expect(await page.locator(".error-summary").count()).toBe(0);
      expect(await submit(page, "Bắt đầu biểu quyết")).toBe(400);
      expect(await findings(page)).toEqual([
        `R31 — Không được biểu quyết trực tuyến: ${Math.floor(N / 2)}/${N} hộ gia đình chọn hình thức trực tuyến, chưa đạt tỷ lệ trên 50% tổng số đại diện hộ gia đình (cần ít nhất ${needed()}) (R31, NĐ 59/2023 Điều 5.2).`,
      ]);

      // More than half chose online: the round opens and N is frozen.
      await field(page, "Số hộ chọn hình thức trực tuyến (R31)").fill(
        String(Math.floor(N / 2) + 1),
      );
      expect(await submit(page, "Lưu bước chuẩn bị")).toBe(303);
      expect(await submit(page, "Bắt đầu biểu quyết")).toBe(303);
      expect(await textOf(page.locator("main .badge").first())).toBe("Đang diễn ra");
      const shown = await facts(page);
      expect(shown[2]?.[1]).toMatch(new RegExp(`^${N} \\(${today} \\d{2}:\\d{2}\\)$`));
      expect(shown).toEqual([
        ["Câu hỏi", QUESTION],
        ["Thời gian", vn(today)],
        ["Tổng số hộ đã chốt (N)", shown[2]![1]],
        ["Phiếu đã nhận", "0"],
        ["Người chứng kiến kiểm phiếu", "—"],
      ]);
      expect(await textOf(page.locator("form[action$='/kiem-phieu'] .hint"))).toContain(
        `Kết quả tính trên tổng số ${N} hộ gia đình đã chốt (N)`,
      );
      expect(await textOf(page.locator("details summary"))).toBe(`Danh sách hộ đã chốt (${N})`);
      const frozen = await tableRows(page, "Danh sách hộ đã chốt");
      expect(frozen.map((r) => [r[0], r[2]])).toEqual(households.map((h) => [h.code, h.name]));
    });
  });

  it("the commune gives three household representatives an account with a temporary password", async () => {
    await inBrowser(platform, { account: "xa.chutich" }, async (page) => {
      await page.goto(`/quan-tri/${VILLAGE}/tai-khoan`);
      for (const v of ONLINE.filter((o) => o.account.startsWith("ho."))) {
        await field(page, "Mã người (xem ở trang Nhân khẩu)").fill(
          String(households[v.at]!.personId),
        );
        await field(page, "Tên đăng nhập").fill(v.account);
        await field(page, "Mật khẩu tạm (người dùng phải đổi khi đăng nhập)").fill(TEMP_PASSWORD);
        expect(await submit(page, "Cấp tài khoản cho một người")).toBe(303);
      }
      const rows = await tableRows(page, "Tài khoản");
      for (const v of ONLINE.filter((o) => o.account.startsWith("ho."))) {
        expect(rows.find((r) => r[1] === v.account)?.slice(2)).toEqual([
          households[v.at]!.name,
          "Đông",
          "—",
          "hoạt động",
        ]);
      }
    });
  });

  it("households vote online and each keeps a receipt; a second vote of one household is refused; the public page hides the result while open", async () => {
    for (const v of ONLINE) {
      const h = households[v.at]!;
      // The village head has his own password; the others have the one the commune gave.
      const given = v.account === "thon.truong" ? {} : { password: TEMP_PASSWORD };
      await inBrowser(platform, { account: v.account, ...given }, async (page, context) => {
        if (given.password) {
          // A password handed out by the commune is changed before anything else.
          expect(new URL(page.url()).pathname).toBe("/tai-khoan");
          expect(await textOf(page.locator(".notice").first())).toBe(
            "Vui lòng đổi mật khẩu được cấp trước khi tiếp tục.",
          );
          await field(page, "Mật khẩu hiện tại").fill(TEMP_PASSWORD);
          await field(page, "Mật khẩu mới").fill(NEW_PASSWORD);
          await field(page, "Nhập lại mật khẩu mới").fill(NEW_PASSWORD);
          expect(await submit(page, "Đổi mật khẩu")).toBe(303);
          await page.waitForURL("**/tai-khoan?xong=1");
        }
        expect((await page.goto(publicUrl()))?.status()).toBe(200);
        expect(await h1(page)).toBe(TITLE);
        expect(await textOf(page.locator("section#bien-nhan h3"))).toBe(
          `Phiếu của hộ bạn — ${h.code} (Đông)`,
        );
        // The same form, open in a second tab before the household votes.
        const stale = v.at === 1 ? await context.newPage() : null;
        await stale?.goto(publicUrl());

        await page.getByRole("radio", { name: v.choice, exact: true }).check();
        if (v.other) await field(page, "Ý kiến khác (ghi rõ)").fill(v.other);
        expect(await submit(page, "Gửi biểu quyết")).toBe(303);
        await page.waitForURL(`**${publicUrl()}#bien-nhan`);
        const mine = await tableRows(page, "Phiếu của hộ bạn");
        expect(mine).toHaveLength(1);
        const [channel, at, status, receipt] = mine[0]!;
        expect([channel, status]).toEqual(["Trực tuyến", "Được tính"]);
        expect(at).toMatch(new RegExp(`^${today} \\d{2}:\\d{2}$`));
        expect(receipt).toMatch(/^[A-Za-z0-9_-]{16}$/);
        receipts.set(h.code, receipt!);
        // Voted: the form is gone.
        expect(await page.getByRole("button", { name: "Gửi biểu quyết" }).count()).toBe(0);

        if (stale) {
          // The household sends again from the other tab: refused, in Vietnamese, with the rule.
          await stale.getByRole("radio", { name: "Không đồng ý", exact: true }).check();
          expect(await submit(stale, "Gửi biểu quyết")).toBe(409);
          expect(await textOf(stale.locator(".error-summary"))).toMatch(
            new RegExp(
              `Hộ ${h.code} đã biểu quyết \\(trực tuyến, ${at}\\)\\. Mỗi hộ chỉ một phiếu \\(Luật 10/2022 Điều 19\\.3; NĐ 59/2023 Điều 5\\)\\.`,
            ),
          );
        }
      });
    }
    const counted = await platform.server.db.query<{ channel: string; n: number }>(
      "select channel, count(*)::int as n from decision_vote where round_id = $1 and status = 'counted' group by channel",
      [roundId],
    );
    expect(counted).toEqual([{ channel: "online", n: ONLINE.length }]);

    // Anyone, while the vote is open: how to take part, never a figure of the result.
    await inBrowser(platform, {}, async (page) => {
      await page.goto(`/u/${VILLAGE}/quyet-dinh`);
      const open = page.locator("ol.items > li", {
        has: page.getByRole("link", { name: TITLE, exact: true }),
      });
      expect(await textOf(open.locator("p.muted"))).toBe("Thôn, tổ dân phố — Đông · Nội dung 6");
      expect(await textOf(open.locator("li"))).toBe(
        `Biểu quyết trực tuyến, ${vn(today)}. Người đại diện hộ đăng nhập và biểu quyết trên trang này; mỗi hộ một phiếu, được cấp mã biên nhận.`,
      );
      await page.goto(publicUrl());
      expect(await textOf(page.locator("main .badge").nth(1))).toBe("Chưa có kết quả");
      expect(await textOf(page.locator(".notice"))).toBe(
        "Người đại diện hộ gia đình đăng nhập để biểu quyết trực tuyến.",
      );
      expect(
        await textOf(page.locator(`section[aria-labelledby=dot-${roundId}] p.muted`).last()),
      ).toBe("Kết quả chỉ được công bố sau khi kiểm phiếu.");
      expect(await facts(page)).toEqual([
        ["Nội dung (Điều 15)", "6. Các công việc tự quản khác trong nội bộ cộng đồng dân cư"],
        ["Phạm vi", "Thôn, tổ dân phố — Đông"],
        ["Câu hỏi biểu quyết", QUESTION],
      ]);
      expect(await page.locator("#ket-qua").count()).toBe(0);
    });
  });

  // Some forty ballots, one form each: on a busy machine more than the default 60 s.
  it("the village head enters paper ballots: one without the head's signature is refused (R29), one from a household that voted online is flagged", async () => {
    await inBrowser(platform, { account: "thon.truong" }, async (page) => {
      await page.goto(roundUrl());
      const enter = async (p: {
        code: string;
        choice: string;
        serial: string;
        other?: string;
        marked?: boolean;
      }) => {
        await field(page, "Mã hộ ghi trên phiếu").fill(p.code);
        await field(page, "Ý kiến trên phiếu").selectOption({ label: p.choice });
        await field(page, "Số phiếu").fill(p.serial);
        await field(page, "Ý kiến khác (nếu có)").fill(p.other ?? "");
        await page
          .getByLabel("Phiếu có chữ ký của Trưởng thôn, Tổ trưởng tổ dân phố")
          .setChecked(p.marked ?? true);
        return submit(page, "Nhập phiếu");
      };
      const paper = households.slice(ONLINE.length);

      // Without the head's signature the template requires, the paper does not count (R29).
      expect(
        await enter({ code: paper[0]!.code, choice: "Đồng ý", serial: "PG-000", marked: false }),
      ).toBe(400);
      expect(await textOf(page.locator("#f-marked-error"))).toBe(
        "Phiếu không có chữ ký của Trưởng thôn, Tổ trưởng theo mẫu nên không được tính (R29, NĐ 59/2023 Điều 4.5).",
      );

      // A paper from a household that already voted online: kept for the team, not counted.
      const twice = households[2]!;
      expect(await enter({ code: twice.code, choice: "Đồng ý", serial: "PG-999" })).toBe(303);
      await page.waitForURL(`**${roundUrl()}?nhap=duplicate`);
      expect(await textOf(page.locator(".notice").first())).toBe(
        "Hộ này đã có phiếu được tính: phiếu vừa nhập được ghi là trùng và không được tính; tổ kiểm phiếu cần xem xét.",
      );
      const flagged = await tableRows(page, "Phiếu cần xem xét");
      expect(flagged.map((r) => r.slice(0, 4))).toEqual([
        [twice.code, "Phiếu giấy", "PG-999", "Trùng hộ — không tính"],
      ]);

      // The rest of the yes, two no and one other opinion, each from a household of its own.
      const choices = [
        ...Array.from({ length: paperYes() }, () => "Đồng ý"),
        ...Array.from({ length: PAPER_NO }, () => "Không đồng ý"),
        ...Array.from({ length: PAPER_OTHER }, () => "Ý kiến khác"),
      ];
      for (const [i, choice] of choices.entries()) {
        const status = await enter({
          code: paper[i]!.code,
          choice,
          serial: `PG-${String(i + 1).padStart(3, "0")}`,
          ...(choice === "Ý kiến khác" ? { other: OTHER_PAPER } : {}),
        });
        expect(status, paper[i]!.code).toBe(303);
        expect(new URL(page.url()).search).toBe("?nhap=counted");
      }
      expect((await facts(page)).find((f) => f[0] === "Phiếu đã nhận")).toEqual([
        "Phiếu đã nhận",
        `${ONLINE.length + choices.length + 1} (Trực tuyến, được tính: ${ONLINE.length}; Phiếu giấy, được tính: ${choices.length}; Phiếu giấy, trùng hộ — không tính: 1)`,
      ]);
    });
  }, 180_000);

  it("the count needs two witnesses (R30); then the result is counted over all N households by R32", async () => {
    await inBrowser(platform, { account: "thon.truong" }, async (page) => {
      await page.goto(roundUrl());
      expect(await submit(page, "Kiểm phiếu và công bố kết quả")).toBe(400);
      expect(await findings(page)).toEqual([
        "R30 — Việc kiểm phiếu phải có đúng 02 đại diện hộ gia đình chứng kiến (hiện có 0) (R30, NĐ 59/2023 Điều 4.6a).",
      ]);

      await field(page, "Người chứng kiến thứ nhất").fill(households[19]!.name);
      await field(page, "Người chứng kiến thứ hai").fill(households[29]!.name);
      expect(await submit(page, "Lưu")).toBe(303);
      expect(await submit(page, "Kiểm phiếu và công bố kết quả")).toBe(303);
      expect(await textOf(page.locator("main .badge").first())).toBe("Đã kiểm phiếu");
      const { yes, no, other } = tally();
      const all = await facts(page);
      expect(all.slice(3, 5)).toEqual([
        [
          "Phiếu đã nhận",
          `${participating() + 1} (Trực tuyến, được tính: ${ONLINE.length}; Phiếu giấy, được tính: ${participating() - ONLINE.length}; Phiếu giấy, trùng hộ — không tính: 1)`,
        ],
        ["Người chứng kiến kiểm phiếu", `${households[19]!.name}, ${households[29]!.name}`],
      ]);
      expect(all.slice(5)).toEqual([
        ["Tổng số hộ (N)", String(N)],
        ["Hộ tham gia", turnout(participating(), N)],
        ["Đồng ý", String(yes)],
        ["Không đồng ý", String(no)],
        ["Ý kiến khác", String(other)],
        ["Quy tắc áp dụng", RULE],
        ["Phép tính", test()],
      ]);
      expect(await textOf(page.locator("main p", { has: page.locator(".badge") }).last())).toBe(
        `Thông qua ${message()}`,
      );
      // Nothing more to enter once counted.
      expect(await page.getByRole("button", { name: "Nhập phiếu" }).count()).toBe(0);
    });
  });

  it("the decision record: prefilled from the count, refused while a signature is missing (R34), finalised; the decision and the online-vote record download as Word files", async () => {
    await inBrowser(platform, { account: "thon.truong" }, async (page) => {
      await page.goto(`${ADMIN}/${matterId}`);
      const { yes, no, other } = tally();
      const a = participating();
      expect(await textOf(page.locator("main .badge").nth(0))).toBe("Đã có kết quả");
      expect(await textOf(page.locator("main .badge").nth(1))).toBe("Thông qua");
      expect(await tableRows(page, "Các đợt biểu quyết")).toEqual([
        [
          "Đông",
          "Đợt 1",
          "Biểu quyết trực tuyến",
          vn(today),
          "Đã kiểm phiếu",
          turnout(a, N),
          `Thông qua R32: ${test()}`,
          "Phiếu (in) · Biên bản biểu quyết trực tuyến (.docx)",
        ],
      ]);
      expect((await facts(page)).slice(4)).toEqual([
        ["Quy tắc áp dụng", RULE],
        ["Phép tính", test()],
        ["Hộ tham gia / tổng số hộ", turnout(a, N)],
      ]);
      expect(await textOf(page.locator("main p", { has: page.locator(".badge") }).nth(1))).toBe(
        `Thông qua ${message()}`,
      );

      // The form is prefilled from the count.
      const value = (label: string) => field(page, label).inputValue();
      expect(await value("Hình thức văn bản")).toBe("bien_ban");
      expect(await value("a) Thời gian")).toBe(today);
      expect(await value("b) Tổng số hộ (N)")).toBe(String(N));
      expect(await value("Số đại diện hộ tham dự (A)")).toBe(String(a));
      expect(await value("Số hộ vắng (N − A)")).toBe(String(N - a));
      expect(await value("c) Nội dung đã thảo luận")).toBe(`${TITLE}. ${QUESTION}`);
      expect(await value("d) Hình thức quyết định")).toBe("Biểu quyết trực tuyến");
      const resultText = `Đồng ý: ${yes}/${N} hộ; không đồng ý: ${no}; ý kiến khác: ${other}. Thông qua (R32: ${test()}).`;
      expect(await value("đ) Kết quả biểu quyết")).toBe(resultText);
      expect(await value("e) Nội dung quyết định")).toBe(`Thông qua nội dung: ${TITLE}.`);

      // A resolution, signed by the head, the Front's committee head and ONE representative.
      await field(page, "Hình thức văn bản").selectOption({ label: "Nghị quyết" });
      await field(page, "e) Nội dung quyết định").fill(DECISION);
      await field(page, "Trưởng thôn, Tổ trưởng tổ dân phố").fill(households[0]!.name);
      await field(page, "Trưởng ban công tác Mặt trận").fill(FRONT_HEAD);
      await field(page, "Đại diện hộ gia đình thứ nhất").fill(households[19]!.name);
      expect(await submit(page, "Lưu văn bản")).toBe(303);
      expect(await submit(page, "Hoàn tất văn bản")).toBe(400);
      expect(await textOf(page.locator("#f-signRep2-error"))).toBe(
        "Văn bản quyết định thiếu chữ ký của đại diện hộ gia đình thứ hai (R34, Luật 10/2022 Điều 20.2).",
      );
      await field(page, "Đại diện hộ gia đình thứ hai").fill(households[29]!.name);
      expect(await submit(page, "Lưu văn bản")).toBe(303);
      expect(await submit(page, "Hoàn tất văn bản")).toBe(303);
      expect(await textOf(page.locator("main .badge").nth(0))).toBe("Đã lập văn bản");
      expect(await page.getByRole("button", { name: "Lưu văn bản" }).count()).toBe(0);
      const signers = [households[0]!.name, FRONT_HEAD, households[19]!.name, households[29]!.name];
      expect((await facts(page)).slice(7)).toEqual([
        ["Thời gian", vn(today)],
        ["Tổng số hộ / tham dự / vắng", `${N} / ${a} / ${N - a}`],
        ["Kết quả", resultText],
        ["Quyết định", DECISION],
        ["Người ký", signers.join(", ")],
        ["Hình thức văn bản", "Nghị quyết"],
        [
          "Gửi UBND xã, UBMTTQ xã",
          `Chưa gửi; hạn ${vn(dispatchDeadline(civilServiceCalendar(), today).due)}`,
        ],
        // R36: an item-6 decision of a village is in force from the vote day.
        ["Hiệu lực", `Có hiệu lực từ ngày ${vn(today)}`],
      ]);

      // The decision (Art 20, Mẫu 03) as Word: the village, N, the tally over N, the rule.
      const decision = await download(page, "Tải văn bản quyết định (.docx)");
      expect(decision.href).toBe(`${ADMIN}/${matterId}/quyet-dinh.docx`);
      expect(decision.type).toBe(DOCX);
      expect(decision.name).toBe(`Quyết định ${TITLE}.docx`);
      expect(decision.disposition).toContain(
        `filename*=UTF-8''${encodeURIComponent(`Quyết định ${TITLE}.docx`)}`,
      );
      const header = [
        [
          "XÃ THANH BÌNH\nTHÔN ĐÔNG\n",
          "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n",
        ],
      ];
      const tallyRows = [
        ["Phương án", "Số hộ", "Tỷ lệ trên tổng số hộ"],
        ["Đồng ý", String(yes), percent(yes, N)],
        ["Không đồng ý", String(no), percent(no, N)],
        ["Ý kiến khác", String(other), percent(other, N)],
      ];
      expect(decision.tables[0]).toEqual([
        ...header,
        [
          "Số:      /NQ",
          `Thanh Bình, ngày ${Number(today.slice(8))} tháng ${Number(today.slice(5, 7))} năm ${today.slice(0, 4)}`,
        ],
      ]);
      expect(decision.tables[1]).toEqual(tallyRows);
      const figures = [
        `Tổng số hộ gia đình của thôn Đông: ${N} hộ.`,
        `Số hộ gia đình tham gia biểu quyết: ${a}.`,
        `Số hộ gia đình không tham gia biểu quyết: ${N - a}.`,
      ];
      const verdict = [`Quy tắc áp dụng: ${RULE}: ${test()}.`, "Kết quả: nội dung được thông qua."];
      expect(decision.paragraphs).toEqual(
        expect.arrayContaining([
          "NGHỊ QUYẾT",
          "Về việc mở cửa sân thể thao thôn Đông đến 21 giờ hằng ngày",
          "Hình thức quyết định: biểu quyết trực tuyến.",
          ...figures,
          ...verdict,
          `${DECISION}/.`,
          "- UBND xã Thanh Bình;",
          "- UBMTTQ Việt Nam xã Thanh Bình;",
        ]),
      );
      expect(
        decision.tables
          .slice(2)
          .flat(2)
          .map((cell) => cell.split("\n").at(-1)),
      ).toEqual([FRONT_HEAD, households[0]!.name, households[19]!.name, households[29]!.name]);

      // The online-vote record (NĐ 59/2023 Điều 5.4): the same figures, and every household that
      // took part by its representative's name and address.
      const record = await download(page, "Biên bản biểu quyết trực tuyến (.docx)");
      expect(record.href).toBe(`${roundUrl()}/bien-ban-truc-tuyen.docx`);
      expect(record.type).toBe(DOCX);
      expect(record.name).toBe("Biên bản biểu quyết trực tuyến Đông.docx");
      expect(record.tables[0]).toEqual([...header, ["Số:      /BB", ""]]);
      expect(record.tables[1]).toEqual(tallyRows);
      expect(record.paragraphs).toEqual(
        expect.arrayContaining([
          "BIÊN BẢN",
          "Kết quả biểu quyết trực tuyến của cộng đồng dân cư thôn Đông",
          TITLE,
          "Hình thức: biểu quyết trực tuyến trên Nền tảng Cơ Sở.",
          `Thời gian kết thúc: 23 giờ 59, ngày ${vn(today)}.`,
          ...figures,
          ...verdict,
          `Kết quả hiển thị khi kết thúc biểu quyết được lưu tại địa chỉ ${platform.server.url}${publicUrl()}#dot-${roundId}.`,
        ]),
      );
      const [hash] = await platform.server.db.query<{ result_hash: string }>(
        "select result_hash from decision_round where id = $1",
        [roundId],
      );
      expect(record.paragraphs).toContain(`Mã SHA-256 của kết quả: ${hash!.result_hash}.`);
      // Every household with a counted vote, by code: the four online, then the papers.
      const voted = households.slice(0, a);
      expect(record.tables[2]).toEqual([
        ["STT", "Họ và tên", "Địa chỉ thường trú"],
        ...voted.map((h, i) => [String(i + 1), h.name, h.address]),
      ]);

      // An online round has no count minutes of ballots (Mẫu 02, 04).
      expect(await page.getByRole("link", { name: "Biên bản kiểm phiếu (.docx)" }).count()).toBe(0);
      const minutes = await page.request.get(`${roundUrl()}/bien-ban-kiem-phieu.docx`);
      expect(minutes.status()).toBe(409);
      expect(await minutes.text()).toContain(
        "Biên bản kiểm phiếu chỉ lập cho việc bỏ phiếu kín tại cuộc họp (Mẫu 02) hoặc phát phiếu lấy ý kiến (Mẫu 04).",
      );

      // Sent to the commune today (R35): the decision of item 6 is in force from the vote (R36).
      await field(page, "Ngày gửi").fill(today);
      expect(await submit(page, "Ghi nhận đã gửi")).toBe(303);
      expect((await facts(page)).slice(-2)).toEqual([
        ["Gửi UBND xã, UBMTTQ xã", vn(today)],
        ["Hiệu lực", `Có hiệu lực từ ngày ${vn(today)}`],
      ]);
    });
  });
});

const VISITORS = [
  {
    js: true,
    label: "a household representative signed in, with JavaScript",
    account: "ho.h003",
  },
  { js: false, label: "an anonymous visitor, with JavaScript disabled", account: null },
];

for (const visitor of VISITORS) {
  describe(visitor.label, () => {
    it("sees the result over all households with its rule, the decision in force, and checks a receipt: counted", async () => {
      expect(matterId, "the village head's journey must have finalised the matter").toBeGreaterThan(
        0,
      );
      await inBrowser(
        platform,
        { account: visitor.account, password: NEW_PASSWORD, js: visitor.js },
        async (page) => {
          const { yes, no, other } = tally();
          const a = participating();
          expect((await page.goto(`/u/${VILLAGE}/quyet-dinh`))?.status()).toBe(200);
          expect(await page.locator("script").count()).toBe(0);
          expect(await page.getByRole("link", { name: TITLE }).count()).toBe(1);
          const results = await tableRows(page, "Kết quả");
          expect(results.find((r) => r[0] === `${TITLE} — Đông`)).toEqual([
            `${TITLE} — Đông`,
            "Thông qua",
            turnout(a, N),
            `R32 (NĐ 59/2023 Điều 5.4): ${test()}`,
          ]);

          await page.getByRole("link", { name: TITLE, exact: true }).click();
          await page.waitForURL(`**${publicUrl()}`);
          expect(await h1(page)).toBe(TITLE);
          expect(await page.locator("main .badge").allTextContents()).toEqual(
            expect.arrayContaining(["Đã lập văn bản", "Thông qua", "Đã kiểm phiếu"]),
          );
          expect(await facts(page)).toEqual([
            ["Nội dung (Điều 15)", "6. Các công việc tự quản khác trong nội bộ cộng đồng dân cư"],
            ["Phạm vi", "Thôn, tổ dân phố — Đông"],
            ["Câu hỏi biểu quyết", QUESTION],
            ["Tổng số hộ (N)", String(N)],
            ["Hộ tham gia", turnout(a, N)],
            ["Đồng ý", String(yes)],
            ["Không đồng ý", String(no)],
            ["Ý kiến khác", String(other)],
            ["Quy tắc áp dụng", RULE],
            ["Phép tính", test()],
            ["Hộ tham gia / tổng số hộ", turnout(a, N)],
            ["Quy tắc áp dụng", `${RULE}: ${test()}`],
            ["Hình thức văn bản", "Nghị quyết"],
            ["Gửi UBND xã, UBMTTQ xã", vn(today)],
            ["Hiệu lực", `Có hiệu lực từ ngày ${vn(today)}`],
          ]);
          expect(await textOf(page.locator("section[aria-labelledby=ket-qua] p").first())).toBe(
            `Thông qua ${message()}`,
          );
          expect(await textOf(page.locator("section[aria-labelledby=quyet-dinh] p.lead"))).toBe(
            DECISION,
          );
          // Nobody can vote on a counted matter.
          expect(await page.getByRole("button", { name: "Gửi biểu quyết" }).count()).toBe(0);

          // The receipt to check: the representative's own, as the page shows it to their
          // household (its online vote counted, its paper flagged); a visitor holds H002's.
          let receipt = receipts.get(households[1]!.code)!;
          if (visitor.account) {
            const mine = await tableRows(page, "Phiếu của hộ bạn");
            expect(mine.map((r) => [r[0], r[2]])).toEqual([
              ["Trực tuyến", "Được tính"],
              ["Phiếu giấy", "Trùng hộ — không tính"],
            ]);
            receipt = mine[0]![3]!;
            expect(receipt).toBe(receipts.get(households[2]!.code));
          } else {
            expect(await page.locator("#bien-nhan").count()).toBe(0);
          }

          await page.goto(`/u/${VILLAGE}/quyet-dinh`);
          await page.getByRole("link", { name: "Kiểm tra biên nhận biểu quyết" }).click();
          await page.waitForURL("**/bieu-quyet/bien-nhan");
          await field(page, "Mã biên nhận").fill(receipt);
          await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
          await page.waitForURL(`**/bieu-quyet/bien-nhan?ma=${receipt}`);
          expect(await textOf(page.locator("#ket-qua-bien-nhan"))).toBe("Được tính");
          expect(await facts(page)).toEqual([
            ["Nội dung", TITLE],
            ["Đợt", "1 — Đã kiểm phiếu"],
            ["Kênh", "Trực tuyến"],
            ["Ngày ghi nhận", vn(today)],
          ]);
          // Neither the household nor its choice.
          const text = await textOf(page.locator("main"));
          expect(text).not.toMatch(/H0\d\d/);
          expect(text).not.toContain("Đồng ý");
        },
      );
    });
  });
}
