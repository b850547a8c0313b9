// The quarterly disclosure register (R10; Luật 10/2022/QH15 Art 13.2): every item disclosed in the
// quarter with its content, form and time, posted at the headquarters and at every village point.
import {
  type Block,
  type IssuerHeader,
  type OfficialHeader,
  officialDocx,
  roman,
  shortDate,
  type TableRowData,
  tableXlsx,
  type XlsxRow,
  xlsxDate,
} from "../../../core/documents/index.ts";
import { formLines } from "./plan-document.ts";

export type Quarter = 1 | 2 | 3 | 4;

export interface RegisterRow {
  no: number;
  title: string;
  /** Item of Art 11 as it should read in the table ("2", or "2. Dự toán ngân sách …"). */
  category: string;
  basisRef: string;
  publishedOn: string;
  forms: string[];
  postedFrom: string | null;
  postedTo: string | null;
  /** 1 for the first publication; a higher version is a change disclosed again (R11). */
  version: number;
}

export interface QuarterRegister {
  unitName: string;
  header: IssuerHeader;
  year: number;
  quarter: Quarter;
  rows: RegisterRow[];
}

export const REGISTER_HEAD = [
  "STT",
  "Nội dung công khai",
  "Lĩnh vực (Điều 11)",
  "Căn cứ",
  "Ngày công khai",
  "Hình thức",
  "Thời gian niêm yết",
] as const;

/** First and last day of a quarter, YYYY-MM-DD. */
export function quarterRange(year: number, quarter: Quarter): { from: string; to: string } {
  const first = (quarter - 1) * 3 + 1;
  const last = new Date(Date.UTC(year, first + 2, 0)).getUTCDate();
  const mm = (m: number) => String(m).padStart(2, "0");
  return { from: `${year}-${mm(first)}-01`, to: `${year}-${mm(first + 2)}-${last}` };
}

/** "Quý I năm 2026". */
export const quarterLabel = (year: number, quarter: Quarter) => `Quý ${roman(quarter)} năm ${year}`;

/** The title, marked when the row discloses a change to an earlier publication (R11). */
export const registerTitle = (r: RegisterRow) =>
  r.version > 1 ? `${r.title} (điều chỉnh lần ${r.version - 1})` : r.title;

/** "05/01/2026 –\n04/02/2026"; "Từ 05/01/2026" while still posted; "—" when never posted. */
export function postingPeriod(from: string | null, to: string | null): string {
  if (from === null) return "—";
  return to === null ? `Từ ${shortDate(from)}` : `${shortDate(from)} –\n${shortDate(to)}`;
}

const EMPTY = "Không có nội dung nào được công khai trong quý.";

export function registerRows(rows: readonly RegisterRow[]): TableRowData[] {
  if (rows.length === 0) return [{ span: EMPTY }];
  return rows.map((r) => [
    String(r.no),
    registerTitle(r),
    r.category,
    r.basisRef,
    shortDate(r.publishedOn),
    formLines(r.forms),
    postingPeriod(r.postedFrom, r.postedTo),
  ]);
}

export function registerBlocks(reg: QuarterRegister): Block[] {
  const { from, to } = quarterRange(reg.year, reg.quarter);
  return [
    {
      kind: "paragraph",
      text:
        "Thực hiện khoản 2 Điều 13 Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15, " +
        `${reg.unitName} lập sổ công khai thông tin ${quarterLabel(reg.year, reg.quarter)} ` +
        `(từ ${shortDate(from)} đến ${shortDate(to)}), gồm ${reg.rows.length} nội dung đã công ` +
        "khai, hình thức và thời gian công khai như sau:",
    },
    {
      kind: "table",
      head: [...REGISTER_HEAD],
      rows: registerRows(reg.rows),
      widths: [10, 36, 22, 22, 23, 24, 28],
      align: ["center", "left", "left", "left", "center", "left", "center"],
    },
    {
      kind: "paragraph",
      text:
        "Sổ này được niêm yết tại trụ sở Hội đồng nhân dân, Ủy ban nhân dân và tại nhà văn hóa, " +
        "điểm sinh hoạt cộng đồng của các thôn, tổ dân phố, và được cập nhật hằng quý.",
    },
  ];
}

export function quarterRegisterDocx(reg: QuarterRegister): Promise<Buffer> {
  const header: OfficialHeader = {
    ...reg.header,
    docType: "SỔ CÔNG KHAI THÔNG TIN",
    subject: quarterLabel(reg.year, reg.quarter),
  };
  return officialDocx(header, registerBlocks(reg));
}

export function quarterRegisterXlsx(reg: QuarterRegister): Promise<Buffer> {
  const rows: XlsxRow[] =
    reg.rows.length === 0
      ? [{ span: EMPTY }]
      : reg.rows.map((r) => [
          r.no,
          registerTitle(r),
          r.category,
          r.basisRef,
          xlsxDate(r.publishedOn),
          formLines(r.forms),
          postingPeriod(r.postedFrom, r.postedTo),
        ]);
  return tableXlsx({
    sheetName: "Sổ công khai",
    title: `Sổ công khai thông tin ${quarterLabel(reg.year, reg.quarter)} — ${reg.unitName}`,
    head: REGISTER_HEAD,
    widths: [6, 44, 26, 26, 14, 30, 18],
    rows,
    center: [0, 4, 6],
  });
}
