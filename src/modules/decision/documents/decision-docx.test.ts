import { describe, expect, it } from "vitest";
import {
  documentXml,
  paragraph,
  QUOC_HIEU,
  TIEU_NGU,
  wordParagraphs,
  wordTables,
} from "../../../core/documents/index.ts";
import { decisionDocx } from "./decision-docx.ts";
import { ROUTING_THON_DONG, signBox, THON_DONG } from "./testing.ts";
import type { DecisionDocument } from "./types.ts";

const decision = (over: Partial<DecisionDocument> = {}): DecisionDocument => ({
  community: THON_DONG,
  kind: "nghị quyết",
  number: "01/NQ-TĐ",
  issuedOn: "2026-09-14",
  subject: "Về việc đóng góp làm đường bê tông xóm Trại",
  form: "cuộc họp",
  startsAt: "2026-09-12T19:30",
  endsAt: "2026-09-12T21:05",
  venue: "Nhà văn hóa thôn Đông",
  chair: "Nguyễn Văn An",
  secretary: "Trần Thị Bình",
  households: 100,
  represented: 80,
  content:
    "Mức đóng góp 500.000 đồng mỗi hộ,\nthu trong tháng 10/2026.\n\n  \n\nHộ nghèo được miễn.",
  tally: { yes: 67, no: 10, other: 3 },
  outcome: { rule: "R25 — Luật 10/2022, Điều 21.1: 3 × 67 = 201 ≥ 2 × 100", passed: true },
  decision: "Thông qua mức đóng góp 500.000 đồng mỗi hộ.",
  signatures: {
    head: "Nguyễn Văn An",
    frontHead: "Lê Văn Cường",
    householdReps: ["Phạm Thị Dung", "Hoàng Văn Em"],
  },
  ...over,
});

const build = async (over: Partial<DecisionDocument> = {}) =>
  documentXml(await decisionDocx(decision(over)));

/** The paragraphs from the first heading to the last one before the signatures. */
const body = (xml: string) => {
  const texts = wordParagraphs(xml).map((p) => p.text);
  const from = texts.indexOf("I. THỜI GIAN, ĐỊA ĐIỂM, HÌNH THỨC");
  const to = texts.findIndex((t) => t.endsWith("./."));
  return texts.slice(from, to + 1);
};

describe("decisionDocx (Luật 10/2022 Art 20; R34)", () => {
  it("R34: a meeting's record states time, N, A, N − A, content, form, the vote with its rule and the decision, in order", async () => {
    expect(body(await build())).toEqual([
      "I. THỜI GIAN, ĐỊA ĐIỂM, HÌNH THỨC",
      "Thời gian bắt đầu: 19 giờ 30, ngày 12/09/2026.",
      "Địa điểm: Nhà văn hóa thôn Đông.",
      "Hình thức quyết định: cuộc họp cộng đồng dân cư.",
      "Chủ trì: Nguyễn Văn An.",
      "Thư ký: Trần Thị Bình.",
      "II. THÀNH PHẦN THAM GIA",
      "Tổng số hộ gia đình của thôn Đông: 100 hộ.",
      "Số đại diện hộ gia đình tham dự: 80.",
      "Số hộ gia đình không có đại diện tham dự: 20.",
      "III. NỘI DUNG",
      "Mức đóng góp 500.000 đồng mỗi hộ, thu trong tháng 10/2026.",
      "Hộ nghèo được miễn.",
      "IV. KẾT QUẢ BIỂU QUYẾT",
      "Phương án",
      "Số hộ",
      "Tỷ lệ trên tổng số hộ",
      "Đồng ý",
      "67",
      "67,00 %",
      "Không đồng ý",
      "10",
      "10,00 %",
      "Ý kiến khác",
      "3",
      "3,00 %",
      "Quy tắc áp dụng: R25 — Luật 10/2022, Điều 21.1: 3 × 67 = 201 ≥ 2 × 100.",
      "Kết quả: nội dung được thông qua.",
      "V. NỘI DUNG QUYẾT ĐỊNH",
      "Thông qua mức đóng góp 500.000 đồng mỗi hộ.",
      "Cuộc họp kết thúc vào 21 giờ 05, ngày 12/09/2026./.",
    ]);
  });

  it("Art 21.1: shares are of all households N, not of those who voted", async () => {
    const xml = await build({
      households: 99,
      represented: 70,
      tally: { yes: 66, no: 4, other: 0 },
      outcome: { rule: "R25 — Luật 10/2022, Điều 21.1: 3 × 66 = 198 ≥ 2 × 99", passed: true },
    });
    expect(wordTables(xml)[1]).toEqual([
      ["Phương án", "Số hộ", "Tỷ lệ trên tổng số hộ"],
      ["Đồng ý", "66", "66,67 %"],
      ["Không đồng ý", "4", "4,04 %"],
      ["Ý kiến khác", "0", "0,00 %"],
    ]);
    expect(paragraph(xml, "Kết quả: nội dung được thông qua.").xml).toContain("<w:b/>");
  });

  it("a failed vote says so, with the rule's test as given", async () => {
    const xml = await build({
      tally: { yes: 60, no: 20, other: 0 },
      outcome: { rule: "R25 — Luật 10/2022, Điều 21.1: 3 × 60 = 180 < 2 × 100.", passed: false },
    });
    const texts = wordParagraphs(xml).map((p) => p.text);
    expect(texts).toContain(
      "Quy tắc áp dụng: R25 — Luật 10/2022, Điều 21.1: 3 × 60 = 180 < 2 × 100.",
    );
    expect(texts).toContain("Kết quả: nội dung không được thông qua.");
  });

  it("Art 20.2a–b for household ballots: distribution, deadline and households that did not return one", async () => {
    const xml = await build({
      form: "phát phiếu",
      startsAt: "2026-09-05T08:00",
      endsAt: "2026-09-12T17:00",
      venue: undefined,
      chair: undefined,
      secretary: undefined,
    });
    const texts = body(xml);
    expect(texts.slice(0, 10)).toEqual([
      "I. THỜI GIAN, ĐỊA ĐIỂM, HÌNH THỨC",
      "Thời gian phát phiếu: 08 giờ 00, ngày 05/09/2026.",
      "Hạn gửi lại phiếu: 17 giờ 00, ngày 12/09/2026.",
      "Hình thức quyết định: phát phiếu lấy ý kiến đến từng hộ gia đình.",
      "II. THÀNH PHẦN THAM GIA",
      "Tổng số hộ gia đình của thôn Đông: 100 hộ.",
      "Số hộ gia đình gửi lại phiếu: 80.",
      "Số hộ gia đình không gửi lại phiếu: 20.",
      "III. NỘI DUNG",
      "Mức đóng góp 500.000 đồng mỗi hộ, thu trong tháng 10/2026.",
    ]);
    // No meeting, so the decision itself closes the body.
    expect(texts.at(-1)).toBe("Thông qua mức đóng góp 500.000 đồng mỗi hộ./.");
  });

  it("Art 20.2a–b for an online vote: opening, close and households that did not vote", async () => {
    const texts = body(
      await build({
        form: "trực tuyến",
        startsAt: "2026-10-01T07:00",
        endsAt: "2026-10-03T21:00",
        venue: undefined,
        chair: undefined,
        secretary: undefined,
      }),
    );
    expect(texts.slice(1, 8)).toEqual([
      "Thời gian bắt đầu biểu quyết: 07 giờ 00, ngày 01/10/2026.",
      "Thời gian kết thúc biểu quyết: 21 giờ 00, ngày 03/10/2026.",
      "Hình thức quyết định: biểu quyết trực tuyến.",
      "II. THÀNH PHẦN THAM GIA",
      "Tổng số hộ gia đình của thôn Đông: 100 hộ.",
      "Số hộ gia đình tham gia biểu quyết: 80.",
      "Số hộ gia đình không tham gia biểu quyết: 20.",
    ]);
  });

  it("header: the village under its commune, Quốc hiệu and Tiêu ngữ, number and date line (T54)", async () => {
    const xml = await build();
    expect(wordTables(xml)[0]).toEqual([
      ["XÃ THANH BÌNH\nTHÔN ĐÔNG\n", `${QUOC_HIEU}\n${TIEU_NGU}\n`],
      ["Số: 01/NQ-TĐ", "Thanh Bình, ngày 14 tháng 9 năm 2026"],
    ]);
    const texts = wordParagraphs(xml).map((p) => p.text);
    const title = texts.indexOf("NGHỊ QUYẾT");
    expect(texts[title + 1]).toBe("Về việc đóng góp làm đường bê tông xóm Trại");
  });

  it("T57: a biên bản has no date line; an unnumbered one leaves 'Số:' for hand numbering", async () => {
    const xml = await build({ kind: "biên bản", number: null });
    expect(wordTables(xml)[0]?.[1]).toEqual(["Số:      /BB", ""]);
    expect(wordParagraphs(xml).map((p) => p.text)).toContain("BIÊN BẢN");
  });

  it("Art 20.1: a memorandum or an agreement takes its own title and symbol (NĐ 30 Annex III)", async () => {
    const memo = await build({ kind: "bản ghi nhớ", number: null });
    expect(wordTables(memo)[0]?.[1]?.[0]).toBe("Số:      /BGN");
    expect(wordParagraphs(memo).map((p) => p.text)).toContain("BẢN GHI NHỚ");
    const deal = await build({ kind: "bản thỏa thuận", number: null });
    expect(wordTables(deal)[0]?.[1]?.[0]).toBe("Số:      /BTT");
  });

  it("R34 (Art 20.2g): signed by the Trưởng ban công tác Mặt trận, the head and two household representatives", async () => {
    const xml = await build();
    expect(wordTables(xml).slice(2)).toEqual([
      [
        [
          signBox("TRƯỞNG BAN CÔNG TÁC MẶT TRẬN", "Lê Văn Cường"),
          signBox("TRƯỞNG THÔN", "Nguyễn Văn An"),
        ],
      ],
      [
        [
          signBox("ĐẠI DIỆN HỘ GIA ĐÌNH", "Phạm Thị Dung"),
          signBox("ĐẠI DIỆN HỘ GIA ĐÌNH", "Hoàng Văn Em"),
        ],
      ],
    ]);
  });

  it("a residential group's head signs as Tổ trưởng tổ dân phố", async () => {
    const xml = await build({
      community: {
        kind: "tổ dân phố",
        name: "Tổ dân phố số 3",
        commune: "Phường Bến Thành",
        place: "Bến Thành",
      },
    });
    expect(wordTables(xml)[0]?.[0]?.[0]).toBe("PHƯỜNG BẾN THÀNH\nTỔ DÂN PHỐ SỐ 3\n");
    expect(wordTables(xml)[2]?.[0]?.[1]).toBe(signBox("TỔ TRƯỞNG TỔ DÂN PHỐ", "Nguyễn Văn An"));
    expect(body(xml)[7]).toBe("Tổng số hộ gia đình của tổ dân phố số 3: 100 hộ.");
  });

  it("Art 20.3: sent to UBND xã and UBMTTQ xã, filed with the village", async () => {
    const texts = wordParagraphs(await build()).map((p) => p.text);
    expect(texts.slice(-4)).toEqual(ROUTING_THON_DONG);
  });

  it("refuses figures that would print a false record", async () => {
    await expect(decisionDocx(decision({ represented: 101 }))).rejects.toThrow(
      "Số hộ tham gia (101) lớn hơn tổng số hộ gia đình (100)",
    );
    await expect(decisionDocx(decision({ tally: { yes: 70, no: 10, other: 1 } }))).rejects.toThrow(
      "Tổng số ý kiến (70 + 10 + 1 = 81) lớn hơn số hộ tham gia (80)",
    );
    await expect(decisionDocx(decision({ households: 99.5 }))).rejects.toThrow(
      "Tổng số hộ gia đình phải là số nguyên không âm (nhận được: 99.5)",
    );
    await expect(decisionDocx(decision({ startsAt: "2026-09-12 19:30" }))).rejects.toThrow(
      "Thời điểm không hợp lệ (cần YYYY-MM-DDTHH:mm): 2026-09-12 19:30",
    );
  });
});
