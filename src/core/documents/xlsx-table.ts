export type XlsxValue = string | number | Date;
/** Cells of one row, or one bold row merged across all columns (a group heading). */
export type XlsxRow = readonly XlsxValue[] | { span: string };

export interface XlsxTable {
  /** At most 31 characters, none of []:*?/\ (Excel's rule). */
  sheetName: string;
  title: string;
  head: readonly string[];
  /** Column widths in characters. */
  widths: readonly number[];
  rows: readonly XlsxRow[];
  /** Zero-based columns to centre (STT, dates). */
  center?: readonly number[];
}

const FONT = "Times New Roman";
const THIN = { style: "thin" } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const GREY = { type: "pattern", pattern: "solid", fgColor: { argb: "FFEFEFEF" } } as const;

/** "YYYY-MM-DD" as a date cell (midnight UTC, so Excel shows that very day). */
export function xlsxDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

export async function tableXlsx(t: XlsxTable): Promise<Buffer> {
  const n = t.head.length;
  // Loaded on first use: the library is large and only exports need it.
  const { default: Excel } = await import("exceljs");
  const wb = new Excel.Workbook();
  wb.creator = "Cơ Sở";
  const ws = wb.addWorksheet(t.sheetName, {
    views: [{ state: "frozen", xSplit: 0, ySplit: 2 }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      printTitlesRow: "2:2",
      margins: { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
  });
  ws.columns = t.widths.map((width) => ({ width }));

  ws.mergeCells(1, 1, 1, n);
  const title = ws.getCell(1, 1);
  title.value = t.title;
  title.font = { name: FONT, size: 14, bold: true };
  title.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  ws.getRow(1).height = 36;

  const head = ws.getRow(2);
  t.head.forEach((h, i) => {
    const c = head.getCell(i + 1);
    c.value = h;
    c.font = { name: FONT, size: 12, bold: true };
    c.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    c.border = BORDER;
    c.fill = GREY;
  });

  for (const r of t.rows) {
    const row = ws.addRow([]);
    if ("span" in r) {
      ws.mergeCells(row.number, 1, row.number, n);
      const c = row.getCell(1);
      c.value = r.span;
      c.font = { name: FONT, size: 12, bold: true };
      c.alignment = { vertical: "top", wrapText: true };
      for (let i = 1; i <= n; i++) row.getCell(i).border = BORDER;
      continue;
    }
    for (let i = 0; i < n; i++) {
      const c = row.getCell(i + 1);
      const v = r[i];
      c.value = v ?? "";
      if (v instanceof Date) c.numFmt = "dd/mm/yyyy";
      c.font = { name: FONT, size: 12 };
      c.alignment = {
        horizontal: t.center?.includes(i) ? "center" : "left",
        vertical: "top",
        wrapText: true,
      };
      c.border = BORDER;
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
