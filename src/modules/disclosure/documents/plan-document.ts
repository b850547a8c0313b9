// The disclosure plan of a period (R12; Luật 10/2022/QH15 Art 14.1): for each item to disclose,
// its content, form, timing, duration and the person responsible. As a NĐ 30 "Kế hoạch" (Mẫu 1.4)
// and as a spreadsheet.
import { type Block, officialDocx, type TableRowData } from "./docx-official.ts";
import type { IssuerHeader, OfficialHeader } from "./official-header.ts";
import { tableXlsx } from "./xlsx-table.ts";

export interface PlanEntry {
  /** Item code of Art 11 ("2"), or of the unit's own regime. */
  category: string;
  categoryTitle: string;
  content: string;
  /** Form labels, already translated. */
  forms: string[];
  timing: string;
  duration: string;
  responsible: string;
}

export interface DisclosurePlan {
  /** "Ủy ban nhân dân xã Thanh Bình": the subject of the sentences in the body. */
  unitName: string;
  header: IssuerHeader;
  year: number;
  /** "năm 2026", "6 tháng cuối năm 2026"; empty means the whole year. */
  periodLabel: string;
  entries: PlanEntry[];
  /** Legal bases ("Căn cứ …"); a standard one when absent. */
  bases?: string[];
}

export const PLAN_HEAD = [
  "STT",
  "Nội dung",
  "Hình thức",
  "Thời điểm",
  "Thời hạn",
  "Người chịu trách nhiệm",
] as const;

const LAW = "Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15";

/** "năm 2026", or the label when it names the year itself. */
export function planPeriod(year: number, periodLabel: string): string {
  const label = periodLabel.trim();
  if (label === "") return `năm ${year}`;
  return label.includes(String(year)) ? label : `${label} năm ${year}`;
}

/** One line per form; "- " before each when there are several. */
export const formLines = (forms: readonly string[]): string =>
  forms.length > 1 ? forms.map((f) => `- ${f}`).join("\n") : (forms[0] ?? "");

/** Table rows: a bold heading row whenever the category changes, entries numbered 1…n. */
export function planRows(entries: readonly PlanEntry[]): TableRowData[] {
  const rows: TableRowData[] = [];
  let category: string | null = null;
  entries.forEach((e, i) => {
    if (e.category !== category) {
      category = e.category;
      rows.push({ span: `${e.category}. ${e.categoryTitle}` });
    }
    rows.push([String(i + 1), e.content, formLines(e.forms), e.timing, e.duration, e.responsible]);
  });
  if (rows.length === 0) rows.push({ span: "Chưa có nội dung nào trong kế hoạch." });
  return rows;
}

export function planBlocks(plan: DisclosurePlan): Block[] {
  const period = planPeriod(plan.year, plan.periodLabel);
  return [
    { kind: "basis", lines: plan.bases ?? [`Căn cứ ${LAW}`] },
    {
      kind: "paragraph",
      text: `${plan.unitName} ban hành Kế hoạch công khai thông tin ${period} như sau:`,
    },
    { kind: "heading", text: "I. MỤC ĐÍCH, YÊU CẦU" },
    {
      kind: "paragraph",
      text:
        "1. Bảo đảm quyền được biết của Nhân dân; công khai đầy đủ, kịp thời các nội dung phải " +
        `công khai theo Điều 11 ${LAW}.`,
    },
    {
      kind: "paragraph",
      text:
        "2. Thông tin công khai phải chính xác, đúng hình thức, thời điểm và thời hạn theo Điều 12, " +
        "Điều 13 của Luật; thông tin đã công khai mà có điều chỉnh, bổ sung thì được công khai lại " +
        "(khoản 1 Điều 14).",
    },
    { kind: "heading", text: "II. NỘI DUNG, HÌNH THỨC, THỜI ĐIỂM, THỜI HẠN CÔNG KHAI" },
    {
      kind: "table",
      head: [...PLAN_HEAD],
      rows: planRows(plan.entries),
      widths: [10, 52, 34, 25, 22, 22],
      align: ["center"],
    },
    { kind: "heading", text: "III. TỔ CHỨC THỰC HIỆN" },
    {
      kind: "paragraph",
      text:
        "1. Các bộ phận, cá nhân được giao chịu trách nhiệm tổ chức công khai đúng nội dung, hình " +
        "thức, thời điểm và thời hạn nêu tại Mục II; lập và cập nhật sổ công khai thông tin hằng " +
        "quý (khoản 2 Điều 13).",
    },
    {
      kind: "paragraph",
      text:
        `2. Chủ tịch ${plan.unitName} chỉ đạo thực hiện Kế hoạch này; báo cáo kết quả thực hiện ` +
        "tại kỳ họp thường lệ gần nhất của Hội đồng nhân dân cùng cấp và gửi Ủy ban Mặt trận Tổ " +
        "quốc Việt Nam cùng cấp (Điều 14).",
    },
    {
      kind: "paragraph",
      text:
        `3. Kế hoạch này thực hiện Điều 11 đến Điều 14 ${LAW}. Trong quá trình thực hiện, nếu có ` +
        `vướng mắc, các bộ phận, cá nhân báo cáo Chủ tịch ${plan.unitName} để xem xét, giải quyết.`,
    },
  ];
}

export function planDocx(plan: DisclosurePlan): Promise<Buffer> {
  const header: OfficialHeader = {
    ...plan.header,
    docType: "KẾ HOẠCH",
    subject: `Công khai thông tin ${planPeriod(plan.year, plan.periodLabel)}`,
  };
  return officialDocx(header, planBlocks(plan));
}

export function planXlsx(plan: DisclosurePlan): Promise<Buffer> {
  const period = planPeriod(plan.year, plan.periodLabel);
  return tableXlsx({
    sheetName: "Kế hoạch",
    title: `Kế hoạch công khai thông tin ${period} — ${plan.unitName}`,
    head: PLAN_HEAD,
    widths: [6, 50, 32, 22, 20, 24],
    rows: planRows(plan.entries).map((r) => ("span" in r ? r : [Number(r[0]), ...r.slice(1)])),
    center: [0],
  });
}
