import { describe, expect, it } from "vitest";
import {
  documentXml,
  readZip,
  testHeader,
  wordParagraphs,
  wordTables,
  zipText,
} from "../../../core/documents/index.ts";
import { SEED_003_OUTLINE } from "../domain/outline.ts";
import { barChartSvg } from "./indicator-chart.ts";
import { indicatorsXlsx, indicatorText, reportDocx, sectionHeading } from "./report-docx.ts";

const outline = {
  ...SEED_003_OUTLINE,
  sections: SEED_003_OUTLINE.sections.map((s) =>
    s.code === "III"
      ? { ...s, indicatorIds: ["inbox.answered_on_time", "decision.rounds_counted", "x.none"] }
      : s,
  ),
};
const indicators = [
  {
    definition: {
      id: "inbox.answered_on_time",
      title: "Tỷ lệ trả lời đúng hạn",
      kind: "share" as const,
    },
    value: { kind: "share" as const, numerator: 18, denominator: 20 },
  },
  {
    definition: {
      id: "decision.rounds_counted",
      title: "Cuộc biểu quyết đã kiểm phiếu",
      kind: "count" as const,
    },
    value: null,
  },
];

describe("a report as a Word file (issue #6 §7; T53–T58)", () => {
  it("prints the outline's sections in order with the narrative and the indicator table", async () => {
    const docx = await reportDocx(
      { ...testHeader(), subject: "Kết quả thực hiện dân chủ ở cơ sở 6 tháng đầu năm 2026" },
      {
        outline,
        narrative: {
          I: "Xã có 12 thôn.\n\nDân số 20.000 người.",
          "IV.2": "Một số thôn chưa niêm yết đủ 30 ngày.",
        },
        indicators,
      },
    );
    const xml = documentXml(docx);
    const texts = wordParagraphs(xml).map((p) => p.text);
    expect(texts).toContain("BÁO CÁO");
    const order = [
      "I. KHÁI QUÁT ĐẶC ĐIỂM",
      "Xã có 12 thôn.",
      "Dân số 20.000 người.",
      "II. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO TRIỂN KHAI",
      "1. Công tác lãnh đạo, chỉ đạo của các cấp ủy đảng",
      "III. KẾT QUẢ THỰC HIỆN DÂN CHỦ",
      "2. Hạn chế, khó khăn, vướng mắc",
      "Một số thôn chưa niêm yết đủ 30 ngày.",
      "VI. KIẾN NGHỊ, ĐỀ XUẤT",
    ].map((t) => texts.findIndex((x) => x.startsWith(t)));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const table = wordTables(xml).find((t) => t[0]?.[1] === "Chỉ tiêu");
    expect(table).toEqual([
      ["STT", "Chỉ tiêu", "Kết quả"],
      ["1", "Tỷ lệ trả lời đúng hạn", "18/20 (90,0 %)"],
      ["2", "Cuộc biểu quyết đã kiểm phiếu", "—"],
    ]);
  });

  it("T58: the same report in the Party layout", async () => {
    const docx = await reportDocx(
      {
        ...testHeader(),
        variant: "party",
        issuer: "ĐẢNG ỦY XÃ THANH BÌNH",
        number: "25-BC/ĐU",
        subject: "sơ kết 6 tháng",
        signer: { prefix: "T/M", body: "Ban Thường vụ", title: "Bí thư", name: "Trần Văn B" },
      },
      { outline, narrative: {}, indicators },
    );
    const xml = documentXml(docx);
    expect(xml).toContain("ĐẢNG CỘNG SẢN VIỆT NAM");
    expect(wordParagraphs(xml).map((p) => p.text)).toContain("T/M BAN THƯỜNG VỤ");
    expect(wordTables(xml)[0]![1]![0]).toBe("Số 25-BC/ĐU");
  });

  it("writes shares as part/whole with per mille in integers, counts as they are", () => {
    expect(indicatorText({ kind: "share", numerator: 2, denominator: 3 })).toBe("2/3 (66,7 %)");
    expect(indicatorText({ kind: "share", numerator: 0, denominator: 0 })).toBe("0/0 (—)");
    expect(indicatorText({ kind: "count", value: 0 })).toBe("0");
    expect(
      sectionHeading({ code: "IV.3", title: "Nguyên nhân", indicatorIds: [], children: [] }),
    ).toBe("3. Nguyên nhân");
  });

  it("exports the indicators as a sheet with parts and wholes", async () => {
    const xlsx = await indicatorsXlsx("Chỉ tiêu 6 tháng đầu năm 2026", indicators);
    expect(readZip(xlsx).has("xl/worksheets/sheet1.xml")).toBe(true);
    const strings = zipText(xlsx, "xl/sharedStrings.xml");
    expect(strings).toContain("Tỷ lệ trả lời đúng hạn");
    expect(strings).toContain("18/20 (90,0 %)");
    expect(strings).toContain("inbox.answered_on_time");
  });
});

describe("charts as SVG (issue #6 §7)", () => {
  it("draws one bar per unit scaled to the maximum, escaping labels, with the value written", () => {
    const svg = barChartSvg(
      "Điểm năm 2026",
      [
        { label: "Xã A & B", value: 90 },
        { label: "Xã <C>", value: 45, text: "45 điểm" },
      ],
      100,
    );
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toContain('role="img"');
    expect(svg).toContain("Xã A &amp; B");
    expect(svg).toContain("Xã &lt;C&gt;");
    expect(svg).toContain('width="288"');
    expect(svg).toContain('width="144"');
    expect(svg).toContain("45 điểm");
    expect(svg).not.toContain("<script");
  });

  it("refuses negative or fractional values", () => {
    expect(() => barChartSvg("x", [{ label: "a", value: -1 }])).toThrow(/số nguyên không âm/);
    expect(() => barChartSvg("x", [{ label: "a", value: 1.5 }])).toThrow(/số nguyên không âm/);
  });
});
