import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import {
  documentXml,
  testHeader,
  wordParagraphs,
  wordTables,
} from "../../../core/documents/index.ts";
import {
  postingPeriod,
  type QuarterRegister,
  quarterLabel,
  quarterRange,
  quarterRegisterDocx,
  quarterRegisterXlsx,
  type RegisterRow,
  registerRows,
} from "./quarter-register.ts";

const row = (over: Partial<RegisterRow> = {}): RegisterRow => ({
  no: 1,
  title: "Dự toán ngân sách xã năm 2026",
  category: "2. Ngân sách",
  basisRef: "Nghị quyết số 25/NQ-HĐND ngày 20/12/2025",
  publishedOn: "2026-01-05",
  forms: ["Cổng thông tin điện tử", "Niêm yết tại trụ sở UBND xã"],
  postedFrom: "2026-01-05",
  postedTo: "2026-02-04",
  version: 1,
  ...over,
});

const register = (over: Partial<QuarterRegister> = {}): QuarterRegister => ({
  unitName: "Ủy ban nhân dân xã Thanh Bình",
  header: testHeader({ number: null, symbol: "SCK-UBND" }),
  year: 2026,
  quarter: 1,
  rows: [
    row(),
    row({
      no: 2,
      title: "Danh mục thủ tục hành chính",
      category: "13. Thủ tục hành chính",
      basisRef: "Quyết định số 12/QĐ-UBND",
      publishedOn: "2026-03-02",
      forms: ["Niêm yết thường xuyên tại trụ sở UBND xã"],
      postedFrom: "2026-03-02",
      postedTo: null,
      version: 2,
    }),
  ],
  ...over,
});

describe("quarter helpers (R10)", () => {
  it("R10: each quarter's first and last day", () => {
    expect([1, 2, 3, 4].map((q) => quarterRange(2026, q as 1 | 2 | 3 | 4))).toEqual([
      { from: "2026-01-01", to: "2026-03-31" },
      { from: "2026-04-01", to: "2026-06-30" },
      { from: "2026-07-01", to: "2026-09-30" },
      { from: "2026-10-01", to: "2026-12-31" },
    ]);
  });

  it("quarters in Roman numerals", () => {
    expect(quarterLabel(2026, 1)).toBe("Quý I năm 2026");
    expect(quarterLabel(2026, 4)).toBe("Quý IV năm 2026");
  });

  it("R3: the posting period as dates, open while still posted", () => {
    expect(postingPeriod("2026-01-05", "2026-02-04")).toBe("05/01/2026 –\n04/02/2026");
    expect(postingPeriod("2026-03-02", null)).toBe("Từ 02/03/2026");
    expect(postingPeriod(null, null)).toBe("—");
  });
});

describe("registerRows (R10, Art 13.2; R11)", () => {
  it("R10: content, area, basis, date, form and posting time, dates as dd/mm/yyyy", () => {
    expect(registerRows(register().rows)).toEqual([
      [
        "1",
        "Dự toán ngân sách xã năm 2026",
        "2. Ngân sách",
        "Nghị quyết số 25/NQ-HĐND ngày 20/12/2025",
        "05/01/2026",
        "- Cổng thông tin điện tử\n- Niêm yết tại trụ sở UBND xã",
        "05/01/2026 –\n04/02/2026",
      ],
      [
        "2",
        "Danh mục thủ tục hành chính (điều chỉnh lần 1)",
        "13. Thủ tục hành chính",
        "Quyết định số 12/QĐ-UBND",
        "02/03/2026",
        "Niêm yết thường xuyên tại trụ sở UBND xã",
        "Từ 02/03/2026",
      ],
    ]);
  });

  it("an empty quarter says so", () => {
    expect(registerRows([])).toEqual([{ span: "Không có nội dung nào được công khai trong quý." }]);
  });
});

describe("quarterRegisterDocx (R10, Art 13.2; T53–T56)", () => {
  it("R10: 'SỔ CÔNG KHAI THÔNG TIN' for 'Quý I năm 2026' with every row of the quarter", async () => {
    const xml = documentXml(await quarterRegisterDocx(register()));
    const texts = wordParagraphs(xml).map((p) => p.text);
    expect(texts).toContain("SỔ CÔNG KHAI THÔNG TIN");
    expect(texts).toContain("Quý I năm 2026");
    expect(texts).toContain("Số:      /SCK-UBND");
    const table = wordTables(xml)[1];
    expect(table?.[0]).toEqual([
      "STT",
      "Nội dung công khai",
      "Lĩnh vực (Điều 11)",
      "Căn cứ",
      "Ngày công khai",
      "Hình thức",
      "Thời gian niêm yết",
    ]);
    expect(table?.slice(1)).toEqual(registerRows(register().rows));
  });

  it("R10: states the quarter's dates, the count, and where the register is posted", async () => {
    const xml = documentXml(await quarterRegisterDocx(register({ quarter: 3 })));
    const texts = wordParagraphs(xml).map((p) => p.text);
    expect(texts).toContain(
      "Thực hiện khoản 2 Điều 13 Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15, Ủy ban nhân dân " +
        "xã Thanh Bình lập sổ công khai thông tin Quý III năm 2026 (từ 01/07/2026 đến 30/09/2026), " +
        "gồm 2 nội dung đã công khai, hình thức và thời gian công khai như sau:",
    );
    expect(
      texts.some((t) => t.startsWith("Sổ này được niêm yết tại trụ sở") && t.endsWith("./.")),
    ).toBe(true);
  });
});

describe("quarterRegisterXlsx (R10, Art 13.2)", () => {
  const load = async (r = register()) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await quarterRegisterXlsx(r)) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("Sổ công khai");
    if (!ws) throw new Error("no sheet 'Sổ công khai'");
    return ws;
  };

  it("R10: title, header and rows; the publication date is a date cell shown dd/mm/yyyy", async () => {
    const ws = await load();
    expect(ws.getCell("A1").value).toBe(
      "Sổ công khai thông tin Quý I năm 2026 — Ủy ban nhân dân xã Thanh Bình",
    );
    expect(ws.getCell("G2").value).toBe("Thời gian niêm yết");
    expect(ws.getCell("A3").value).toBe(1);
    expect(ws.getCell("B4").value).toBe("Danh mục thủ tục hành chính (điều chỉnh lần 1)");
    const published = ws.getCell("E3");
    expect(published.value).toEqual(new Date("2026-01-05T00:00:00Z"));
    expect(published.numFmt).toBe("dd/mm/yyyy");
    expect(ws.getCell("G3").value).toBe("05/01/2026 –\n04/02/2026");
    expect(ws.rowCount).toBe(4);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 2 });
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToWidth: 1 });
  });

  it("an empty quarter gives one merged row saying so", async () => {
    const ws = await load(register({ rows: [] }));
    expect(ws.getCell("A3").value).toBe("Không có nội dung nào được công khai trong quý.");
    expect(ws.getCell("G3").isMerged).toBe(true);
    expect(ws.rowCount).toBe(3);
  });
});
