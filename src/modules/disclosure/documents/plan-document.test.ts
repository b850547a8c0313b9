import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import {
  type Block,
  documentXml,
  paragraph,
  testHeader,
  wordParagraphs,
  wordTables,
} from "../../../core/documents/index.ts";
import {
  type DisclosurePlan,
  type PlanEntry,
  planBlocks,
  planDocx,
  planPeriod,
  planRows,
  planXlsx,
} from "./plan-document.ts";

const entry = (over: Partial<PlanEntry> = {}): PlanEntry => ({
  category: "2",
  categoryTitle: "Dự toán, tình hình thực hiện dự toán ngân sách",
  content: "Dự toán ngân sách xã năm 2026 đã được HĐND xã quyết định",
  forms: ["Cổng thông tin điện tử", "Niêm yết tại trụ sở UBND xã"],
  timing: "Trong 05 ngày làm việc từ ngày quyết định",
  duration: "Ít nhất 30 ngày liên tục",
  responsible: "Công chức Tài chính - Kế toán",
  ...over,
});

const plan = (over: Partial<DisclosurePlan> = {}): DisclosurePlan => ({
  unitName: "Ủy ban nhân dân xã Thanh Bình",
  header: testHeader(),
  year: 2026,
  periodLabel: "",
  entries: [
    entry(),
    entry({ content: "Tình hình thực hiện dự toán quý I", timing: "Tháng 4/2026" }),
    entry({
      category: "13",
      categoryTitle: "Thủ tục hành chính do xã trực tiếp thực hiện",
      content: "Danh mục thủ tục hành chính",
      forms: ["Niêm yết thường xuyên tại trụ sở UBND xã"],
      duration: "Thường xuyên",
      responsible: "Văn phòng HĐND và UBND",
    }),
  ],
  ...over,
});

describe("planPeriod (R12)", () => {
  it("the whole year by default; a label naming the year as it is; otherwise the year added", () => {
    expect(planPeriod(2026, "")).toBe("năm 2026");
    expect(planPeriod(2026, "6 tháng cuối năm 2026")).toBe("6 tháng cuối năm 2026");
    expect(planPeriod(2026, "6 tháng đầu")).toBe("6 tháng đầu năm 2026");
  });
});

describe("planRows (R12, Art 14.1)", () => {
  it("R12: a heading row per category, entries numbered across the plan", () => {
    expect(planRows(plan().entries)).toEqual([
      { span: "2. Dự toán, tình hình thực hiện dự toán ngân sách" },
      [
        "1",
        "Dự toán ngân sách xã năm 2026 đã được HĐND xã quyết định",
        "- Cổng thông tin điện tử\n- Niêm yết tại trụ sở UBND xã",
        "Trong 05 ngày làm việc từ ngày quyết định",
        "Ít nhất 30 ngày liên tục",
        "Công chức Tài chính - Kế toán",
      ],
      [
        "2",
        "Tình hình thực hiện dự toán quý I",
        "- Cổng thông tin điện tử\n- Niêm yết tại trụ sở UBND xã",
        "Tháng 4/2026",
        "Ít nhất 30 ngày liên tục",
        "Công chức Tài chính - Kế toán",
      ],
      { span: "13. Thủ tục hành chính do xã trực tiếp thực hiện" },
      [
        "3",
        "Danh mục thủ tục hành chính",
        "Niêm yết thường xuyên tại trụ sở UBND xã",
        "Trong 05 ngày làm việc từ ngày quyết định",
        "Thường xuyên",
        "Văn phòng HĐND và UBND",
      ],
    ]);
  });

  it("an empty plan still has a row saying so", () => {
    expect(planRows([])).toEqual([{ span: "Chưa có nội dung nào trong kế hoạch." }]);
  });
});

describe("planDocx (R12, Art 14.1; NĐ 30 Mẫu 1.4, T53–T56)", () => {
  it("R12: a Kế hoạch numbered KH-UBND with its abstract and the three sections", async () => {
    const xml = documentXml(await planDocx(plan()));
    const texts = wordParagraphs(xml).map((p) => p.text);
    expect(texts).toContain("Số: 15/KH-UBND");
    expect(texts).toContain("Thanh Bình, ngày 05 tháng 01 năm 2026");
    expect(texts).toContain("KẾ HOẠCH");
    expect(texts).toContain("Công khai thông tin năm 2026");
    const sections = [
      "I. MỤC ĐÍCH, YÊU CẦU",
      "II. NỘI DUNG, HÌNH THỨC, THỜI ĐIỂM, THỜI HẠN CÔNG KHAI",
      "III. TỔ CHỨC THỰC HIỆN",
    ].map((t) => texts.indexOf(t));
    expect(sections.every((i) => i > 0)).toBe(true);
    expect([...sections].sort((a, b) => a - b)).toEqual(sections);
    expect(paragraph(xml, "III. TỔ CHỨC THỰC HIỆN").xml).toContain("<w:b/>");
  });

  it("R12: the table has content, form, timing, duration and the person responsible", async () => {
    const xml = documentXml(await planDocx(plan()));
    const table = wordTables(xml)[1];
    expect(table?.[0]).toEqual([
      "STT",
      "Nội dung",
      "Hình thức",
      "Thời điểm",
      "Thời hạn",
      "Người chịu trách nhiệm",
    ]);
    expect(table?.slice(1)).toEqual(
      planRows(plan().entries).map((r) => ("span" in r ? [r.span] : r)),
    );
  });

  it("cites Luật 10/2022/QH15 Điều 11–14 and ends with './.'", async () => {
    const xml = documentXml(await planDocx(plan()));
    const texts = wordParagraphs(xml).map((p) => p.text);
    expect(texts).toContain("Căn cứ Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15.");
    expect(
      texts.some((t) =>
        t.includes("Điều 11 đến Điều 14 Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15"),
      ),
    ).toBe(true);
    const last = texts.filter((t) => t.startsWith("3. Kế hoạch này"));
    expect(last).toHaveLength(1);
    expect(last[0]?.endsWith("giải quyết./.")).toBe(true);
    expect(texts).toContain(
      "Ủy ban nhân dân xã Thanh Bình ban hành Kế hoạch công khai thông tin năm 2026 như sau:",
    );
  });

  it("uses the period label in the abstract", async () => {
    const xml = documentXml(await planDocx(plan({ periodLabel: "6 tháng cuối năm 2026" })));
    expect(wordParagraphs(xml).map((p) => p.text)).toContain(
      "Công khai thông tin 6 tháng cuối năm 2026",
    );
  });
});

describe("planXlsx (R12, Art 14.1)", () => {
  const load = async (p = plan()) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await planXlsx(p)) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("Kế hoạch");
    if (!ws) throw new Error("no sheet 'Kế hoạch'");
    return ws;
  };

  it("R12: title row, bold header, one row per category heading and per entry", async () => {
    const ws = await load();
    expect(ws.getCell("A1").value).toBe(
      "Kế hoạch công khai thông tin năm 2026 — Ủy ban nhân dân xã Thanh Bình",
    );
    expect(ws.getCell("A1").isMerged).toBe(true);
    expect(ws.getRow(2).values).toEqual([
      undefined,
      "STT",
      "Nội dung",
      "Hình thức",
      "Thời điểm",
      "Thời hạn",
      "Người chịu trách nhiệm",
    ]);
    expect(ws.getCell("F2").font?.bold).toBe(true);
    expect(ws.getCell("A3").value).toBe("2. Dự toán, tình hình thực hiện dự toán ngân sách");
    expect(ws.getCell("F3").isMerged).toBe(true);
    expect(ws.getRow(4).values).toEqual([
      undefined,
      1,
      "Dự toán ngân sách xã năm 2026 đã được HĐND xã quyết định",
      "- Cổng thông tin điện tử\n- Niêm yết tại trụ sở UBND xã",
      "Trong 05 ngày làm việc từ ngày quyết định",
      "Ít nhất 30 ngày liên tục",
      "Công chức Tài chính - Kế toán",
    ]);
    expect(ws.getCell("A7").value).toBe(3);
    expect(ws.getCell("B7").value).toBe("Danh mục thủ tục hành chính");
    expect(ws.rowCount).toBe(7);
  });

  it("wrapped text, column widths, frozen header, A4 landscape fitted to the width", async () => {
    const ws = await load();
    expect(ws.getCell("C4").alignment?.wrapText).toBe(true);
    expect(ws.columns.map((c) => c.width)).toEqual([6, 50, 32, 22, 20, 24]);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 2 });
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
    expect(ws.pageSetup.printTitlesRow).toBe("2:2");
  });
});

describe("R12 per regime: the plan cites the articles of the unit's own regime", () => {
  const texts = (over: Partial<DisclosurePlan>) =>
    planBlocks(plan(over))
      .filter((b): b is Extract<Block, { kind: "paragraph" }> => b.kind === "paragraph")
      .map((b) => b.text)
      .join("\n");
  it("a commune's plan cites Law 10/2022 Art 11–14 and reports to the People's Council", () => {
    const t = texts({});
    expect(t).toContain("theo Điều 11 Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15");
    expect(t).toContain("Hội đồng nhân dân cùng cấp");
  });
  it("an agency's plan cites Art 46–48 and reports to the staff conference", () => {
    const t = texts({ regime: "agency" });
    expect(t).toContain("theo Điều 46 Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15");
    expect(t).toContain("hội nghị cán bộ, công chức, viên chức");
    expect(t).not.toContain("Hội đồng nhân dân");
  });
  it("an employer's plan cites NĐ 145/2020 Art 43", () => {
    const t = texts({ regime: "employer" });
    expect(t).toContain("theo khoản 1 Điều 43 Nghị định số 145/2020/NĐ-CP");
    expect(t).not.toContain("Điều 11");
  });
});
