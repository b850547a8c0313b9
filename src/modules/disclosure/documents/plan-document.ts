// The disclosure plan of a period (R12; Luật 10/2022/QH15 Art 14.1): for each item to disclose,
// its content, form, timing, duration and the person responsible. As a NĐ 30 "Kế hoạch" (Mẫu 1.4)
// and as a spreadsheet.
import {
  type Block,
  type IssuerHeader,
  type OfficialHeader,
  officialDocx,
  type TableRowData,
  tableXlsx,
} from "../../../core/documents/index.ts";

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
  /** Which part of the law the plan carries out; a commune's when absent. */
  regime?: Regime;
}

/** The articles, the head and the body reported to, per regime (Law 10/2022; NĐ 145/2020). */
const REGIME_TEXT: Record<
  Regime,
  { items: string; forms: string; change: string; head: string; report: string; law: string }
> = {
  commune: {
    items: "Điều 11 Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15",
    forms: "Điều 12, Điều 13 của Luật",
    change: "khoản 1 Điều 14",
    head: "Chủ tịch",
    report:
      "báo cáo kết quả thực hiện tại kỳ họp thường lệ gần nhất của Hội đồng nhân dân cùng cấp và gửi Ủy ban Mặt trận Tổ quốc Việt Nam cùng cấp (Điều 14)",
    law: "Điều 11 đến Điều 14",
  },
  agency: {
    items: "Điều 46 Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15",
    forms: "Điều 47, Điều 48 của Luật",
    change: "Điều 47, Điều 48",
    head: "Thủ trưởng",
    report: "báo cáo kết quả thực hiện tại hội nghị cán bộ, công chức, viên chức hằng năm",
    law: "Điều 46 đến Điều 48",
  },
  state_enterprise: {
    items: "Điều 64 Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15",
    forms: "Điều 65, Điều 66 của Luật",
    change: "Điều 65, Điều 66",
    head: "Người đứng đầu",
    report: "báo cáo kết quả thực hiện tại hội nghị người lao động hằng năm",
    law: "Điều 64 đến Điều 66",
  },
  employer: {
    items: "khoản 1 Điều 43 Nghị định số 145/2020/NĐ-CP",
    forms: "quy chế dân chủ ở cơ sở tại nơi làm việc",
    change: "Điều 43 Nghị định số 145/2020/NĐ-CP",
    head: "Người đứng đầu",
    report: "báo cáo kết quả thực hiện tại hội nghị người lao động hằng năm",
    law: "Điều 43 Nghị định số 145/2020/NĐ-CP",
  },
};

export const PLAN_HEAD = [
  "STT",
  "Nội dung",
  "Hình thức",
  "Thời điểm",
  "Thời hạn",
  "Người chịu trách nhiệm",
] as const;

import type { Regime } from "../domain/types.ts";

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
  const regime = plan.regime ?? "commune";
  const text = REGIME_TEXT[regime];
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
        `1. Bảo đảm quyền được biết của ${regime === "commune" ? "Nhân dân" : "cán bộ, người lao động"}; ` +
        `công khai đầy đủ, kịp thời các nội dung phải công khai theo ${text.items}.`,
    },
    {
      kind: "paragraph",
      text:
        `2. Thông tin công khai phải chính xác, đúng hình thức, thời điểm và thời hạn theo ${text.forms}; ` +
        `thông tin đã công khai mà có điều chỉnh, bổ sung thì được công khai lại (${text.change}).`,
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
        "thức, thời điểm và thời hạn nêu tại Mục II" +
        (regime === "commune"
          ? "; lập và cập nhật sổ công khai thông tin hằng quý (khoản 2 Điều 13)."
          : "."),
    },
    {
      kind: "paragraph",
      text: `2. ${text.head} ${plan.unitName} chỉ đạo thực hiện Kế hoạch này; ${text.report}.`,
    },
    {
      kind: "paragraph",
      text:
        `3. Kế hoạch này thực hiện ${text.law}${regime === "employer" ? "" : ` ${LAW}`}. Trong quá trình thực hiện, nếu có ` +
        `vướng mắc, các bộ phận, cá nhân báo cáo ${text.head} ${plan.unitName} để xem xét, giải quyết.`,
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
