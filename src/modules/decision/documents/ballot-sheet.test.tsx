import { describe, expect, it } from "vitest";
import { QUOC_HIEU, TIEU_NGU } from "../../../core/documents/index.ts";
import { BALLOT_CSS, BALLOT_OPTIONS, BallotSheets, ballotMarkFor } from "./ballot-sheet.tsx";
import { THON_DONG } from "./testing.ts";
import type { BallotCopy, BallotTemplate } from "./types.ts";

const template = (over: Partial<BallotTemplate> = {}): BallotTemplate => ({
  scope: "village",
  community: THON_DONG,
  title: "Lấy ý kiến về mức đóng góp xây dựng đường bê tông xóm Trại",
  question: "Ông (bà) có đồng ý mỗi hộ đóng góp 500.000 đồng để làm đường bê tông xóm Trại không?",
  instructions: "Đánh dấu X vào một ô. Phiếu đánh dấu từ hai ô trở lên không hợp lệ.",
  returnBy: "2026-09-20T17:00",
  head: "Nguyễn Văn An",
  ...over,
});

const ballots: BallotCopy[] = [
  { householdCode: "TD-001", householdAddress: "Số 3, xóm Trại", serial: "0001" },
  { householdCode: "TD-002", householdAddress: "Số 8 <b>xóm</b> & Trại", serial: "0002" },
];

const render = async (t: BallotTemplate, list: BallotCopy[] = ballots) =>
  String(await (<BallotSheets ballots={list} template={t} />).toString());

/** The HTML of each ballot, in order. */
const sheets = (html: string) => html.split('<article class="ballot-sheet" lang="vi">').slice(1);

describe("ballotMarkFor (R29; NĐ 59/2023 Art 4.5)", () => {
  it("R29: commune-wide ballots bear the UBND xã stamp, a village's the head's signature", () => {
    expect(ballotMarkFor("commune")).toBe("stamp");
    expect(ballotMarkFor("village")).toBe("signature");
  });
});

describe("BallotSheets (Luật 10/2022 Art 19; NĐ 59/2023 Art 4.5)", () => {
  it("Art 19.3: one ballot per household, in order, each with its serial, code and address", async () => {
    const [first, second, third] = sheets(await render(template()));
    expect(third).toBeUndefined();
    expect(first).toContain(
      '<dl class="ballot-household"><dt>Số phiếu</dt><dd>0001</dd><dt>Mã hộ</dt><dd>TD-001</dd><dt>Địa chỉ</dt><dd>Số 3, xóm Trại</dd></dl>',
    );
    // Text is escaped, never markup.
    expect(second).toContain(
      "<dt>Số phiếu</dt><dd>0002</dd><dt>Mã hộ</dt><dd>TD-002</dd><dt>Địa chỉ</dt><dd>Số 8 &lt;b&gt;xóm&lt;/b&gt; &amp; Trại</dd>",
    );
  });

  it("NĐ 59/2023 Art 4.5: title, question, the three options as boxes, instructions, an 'ý kiến khác' area and the deadline", async () => {
    const [sheet] = sheets(await render(template()));
    expect(sheet).toContain(
      '<h1 class="ballot-heading"><span class="ballot-type">PHIẾU LẤY Ý KIẾN HỘ GIA ĐÌNH</span>' +
        '<span class="ballot-title">Lấy ý kiến về mức đóng góp xây dựng đường bê tông xóm Trại</span></h1>',
    );
    expect(sheet).toContain(
      '<p class="ballot-question">Ông (bà) có đồng ý mỗi hộ đóng góp 500.000 đồng để làm đường bê tông xóm Trại không?</p>',
    );
    expect(BALLOT_OPTIONS).toEqual(["Đồng ý", "Không đồng ý", "Ý kiến khác"]);
    const boxed = (o: string) => `<li><span class="ballot-box" aria-hidden="true"></span>${o}</li>`;
    expect(sheet).toContain(
      `<ul class="ballot-options">${boxed("Đồng ý")}${boxed("Không đồng ý")}${boxed("Ý kiến khác")}</ul>`,
    );
    expect(sheet).toContain(
      '<div class="ballot-other"><p>Ý kiến khác (ghi rõ):</p><div class="ballot-lines" aria-hidden="true">' +
        "<span></span><span></span><span></span><span></span></div></div>",
    );
    expect(sheet).toContain(
      '<p class="ballot-instructions">Hướng dẫn: Đánh dấu X vào một ô. Phiếu đánh dấu từ hai ô trở lên không hợp lệ.</p>',
    );
    expect(sheet).toContain(
      '<p class="ballot-deadline">Hạn gửi lại phiếu: 17 giờ 00, ngày 20/09/2026.</p>',
    );
  });

  it("R29, village scope: the village under its commune, the head's signature block at the bottom, no stamp", async () => {
    const [sheet] = sheets(await render(template()));
    expect(sheet).toContain(
      '<div class="ballot-issuer"><p class="ballot-issuer-parent">Xã Thanh Bình</p><p class="ballot-issuer-name">Thôn Đông</p></div>',
    );
    expect(sheet).toContain(
      `<div class="ballot-nation"><p class="ballot-quoc-hieu">${QUOC_HIEU}</p><p class="ballot-tieu-ngu">${TIEU_NGU}</p></div>`,
    );
    expect(sheet).not.toContain("ballot-stamp");
    expect(sheet).toMatch(
      /<div class="ballot-signature"><p class="ballot-sign-role">Trưởng thôn<\/p><p class="ballot-sign-hint">\(Ký, ghi rõ họ tên\)<\/p><p class="ballot-sign-name">Nguyễn Văn An<\/p><\/div><\/article>$/,
    );
  });

  it("a residential group's ballot is signed by the Tổ trưởng tổ dân phố", async () => {
    const html = await render(
      template({
        community: {
          kind: "tổ dân phố",
          name: "Tổ dân phố số 3",
          commune: "Phường Bến Thành",
          place: "Bến Thành",
        },
        head: "Trần Văn Phúc",
      }),
    );
    expect(html).toContain(
      '<p class="ballot-sign-role">Tổ trưởng tổ dân phố</p><p class="ballot-sign-hint">(Ký, ghi rõ họ tên)</p><p class="ballot-sign-name">Trần Văn Phúc</p>',
    );
  });

  it("R29, commune scope: UBND xã's ballot with the stamp box at the top left and no signature block", async () => {
    const [sheet] = sheets(await render(template({ scope: "commune" })));
    expect(sheet).toContain(
      '<header class="ballot-head"><div class="ballot-issuer"><p class="ballot-stamp">Dấu treo của UBND xã Thanh Bình</p>' +
        '<p class="ballot-issuer-parent">Ủy ban nhân dân</p><p class="ballot-issuer-name">Xã Thanh Bình</p></div>',
    );
    expect(sheet).not.toContain("ballot-signature");
    expect(sheet).not.toContain("Nguyễn Văn An");
  });

  it("no script and no inline style (the CSP forbids both); every styled class has its rule in BALLOT_CSS", async () => {
    const html = (await render(template())) + (await render(template({ scope: "commune" })));
    expect(html).not.toMatch(/<script|\sstyle=|\son[a-z]+=/i);
    const classes = new Set(
      [...html.matchAll(/class="([^"]+)"/g)].flatMap((m) => m[1]!.split(" ")),
    );
    // Wrappers that only group their children carry no rule of their own.
    const wrappers = ["ballot-issuer", "ballot-nation", "ballot-other"];
    expect([...classes].sort()).toEqual(
      [
        ...wrappers,
        "ballot-box",
        "ballot-deadline",
        "ballot-head",
        "ballot-heading",
        "ballot-household",
        "ballot-instructions",
        "ballot-issuer-name",
        "ballot-issuer-parent",
        "ballot-lines",
        "ballot-options",
        "ballot-question",
        "ballot-quoc-hieu",
        "ballot-sheet",
        "ballot-sign-hint",
        "ballot-sign-name",
        "ballot-sign-role",
        "ballot-signature",
        "ballot-stamp",
        "ballot-tieu-ngu",
        "ballot-title",
        "ballot-type",
      ].sort(),
    );
    const unstyled = [...classes].filter(
      (c) => !wrappers.includes(c) && !new RegExp(`\\.${c}[\\s,:{]`).test(BALLOT_CSS),
    );
    expect(unstyled).toEqual([]);
  });

  it("BALLOT_CSS prints each ballot on its own A4 page", () => {
    expect(BALLOT_CSS).toContain("size: A4 portrait;");
    expect(BALLOT_CSS).toMatch(/\.ballot-sheet \{[^}]*break-after: page;/);
    expect(BALLOT_CSS).toMatch(/\.ballot-sheet:last-child \{\s*break-after: auto;/);
  });

  it("no ballots, no pages", async () => {
    expect(await render(template(), [])).toBe("");
  });
});
