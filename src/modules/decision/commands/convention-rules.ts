// The village-convention rules the commands share that the domain does not hold yet: what a
// complaint may end in (NĐ 61/2023 Art 12.1, 14.1–14.2), and what is due next for a convention
// (R71–R73). Pure functions; the dates come from the calendar service.

import { CalendarError } from "../../../core/calendar/index.ts";
import type {
  ComplaintGround,
  ComplaintResolution,
  ConventionKind,
  ConventionStatus,
} from "../db/convention-tables.ts";
import { ART, finding, vnDate } from "../domain/cite.ts";
import { annualReviewDate } from "../domain/timeline.ts";
import type { Finding } from "../domain/types.ts";

export const KIND_VI: Record<ConventionKind, string> = {
  huong_uoc: "Hương ước",
  quy_uoc: "Quy ước",
};

export const STATUS_VI: Record<ConventionStatus, string> = {
  drafting: "đang soạn thảo",
  consultation: "đang niêm yết dự thảo lấy ý kiến",
  voting: "đang đưa ra cộng đồng biểu quyết",
  adopted: "đã được thông qua, chờ gửi hồ sơ đề nghị công nhận",
  not_adopted: "không được thông qua",
  submitted: "đã gửi hồ sơ, chờ UBND xã quyết định công nhận",
  recognised: "đã được công nhận, đang có hiệu lực",
  refused: "UBND xã không công nhận",
  suspended: "bị tạm ngưng thực hiện toàn bộ",
  annulled: "đã bị bãi bỏ",
  replaced: "đã được thay thế bằng bản sửa đổi",
};

/** Articles of NĐ 61/2023 cited here beside those of `ART`. */
export const CONVENTION_ART = {
  suspend: "NĐ 61/2023 Điều 12.1",
  annul: "NĐ 61/2023 Điều 14.1–14.2",
  publicise: "NĐ 61/2023 Điều 15.1–15.2",
  consult: "NĐ 61/2023 Điều 9.2",
} as const;

/** Whether a ground touches the whole convention or part of it (Art 12.1, 14.1–14.2). */
export const GROUND_EXTENT: Record<ComplaintGround, "whole" | "part"> = {
  procedure: "whole",
  content: "part",
  unlawful_content: "whole",
  suspension_expired: "whole",
  ratio_not_met: "whole",
  part_suspension_expired: "part",
};

export const SUSPENSION_GROUNDS: readonly ComplaintGround[] = ["procedure", "content"];
export const ANNULMENT_GROUNDS: readonly ComplaintGround[] = [
  "unlawful_content",
  "suspension_expired",
  "ratio_not_met",
  "part_suspension_expired",
];

export interface StandingSuspension {
  extent: "whole" | "part" | null;
  amendBy: string | null;
  liftedOn: string | null;
}

/**
 * R72 with Art 12.1 and 14.1–14.2: what UBND xã decides on a complaint or a finding, checked
 * before it is written.
 * - "unfounded": a written reply, with its reasons;
 * - "suspended": whole when the drafting, consultation or adoption procedure was breached, part
 *   when content conflicts with Art 3–4 or would cause serious harm; with reasons and a deadline
 *   to redo or amend, after the decision day;
 * - "annulled": whole for unlawful or harmful content, for a whole suspension whose deadline
 *   passed without the convention being redone, or for the Art 10 ratio not met; part for a
 *   partial suspension whose deadline passed without amendment. An expired suspension must exist.
 */
export function resolutionProblems(input: {
  action: ComplaintResolution;
  ground: ComplaintGround | null;
  on: string;
  amendBy: string | null;
  reason: string;
  partText: string | null;
  suspensions: StandingSuspension[];
}): Finding[] {
  const problems: Finding[] = [];
  const { action, ground } = input;
  const article =
    action === "annulled"
      ? CONVENTION_ART.annul
      : action === "suspended"
        ? CONVENTION_ART.suspend
        : ART.nd61_12;
  if (input.reason.trim().length < 10) {
    problems.push(
      finding(
        "R72",
        article,
        action === "unfounded"
          ? "Trả lời kiến nghị không có cơ sở phải bằng văn bản, nêu rõ lý do"
          : "Quyết định phải nêu rõ lý do",
      ),
    );
  }
  if (action === "unfounded") return problems;
  const allowed = action === "suspended" ? SUSPENSION_GROUNDS : ANNULMENT_GROUNDS;
  if (ground === null || !allowed.includes(ground)) {
    problems.push(
      finding(
        "R72",
        article,
        action === "suspended"
          ? "Chỉ tạm ngưng toàn bộ khi vi phạm trình tự soạn thảo, lấy ý kiến, thông qua; tạm ngưng một phần khi có nội dung trái mục đích, nguyên tắc (Điều 3, 4) hoặc gây hậu quả nghiêm trọng"
          : "Chỉ bãi bỏ khi có nội dung trái pháp luật, gây hậu quả nghiêm trọng; khi hết thời hạn tạm ngưng mà chưa thực hiện lại hoặc sửa đổi; hoặc khi không đạt tỷ lệ thông qua của Điều 10",
      ),
    );
    return problems;
  }
  if (GROUND_EXTENT[ground] === "part" && (input.partText ?? "").trim() === "") {
    problems.push(
      finding("R72", article, "Hãy ghi rõ phần (điều, khoản) bị tạm ngưng hoặc bãi bỏ"),
    );
  }
  if (action === "suspended") {
    if (input.amendBy === null) {
      problems.push(
        finding(
          "R72",
          article,
          "Quyết định tạm ngưng phải ghi thời hạn thực hiện lại hoặc sửa đổi, bổ sung",
        ),
      );
    } else if (input.amendBy <= input.on) {
      problems.push(
        finding(
          "R72",
          article,
          `Thời hạn sửa đổi (${vnDate(input.amendBy)}) phải sau ngày quyết định tạm ngưng (${vnDate(input.on)})`,
        ),
      );
    }
  }
  if (ground === "suspension_expired" || ground === "part_suspension_expired") {
    const extent = GROUND_EXTENT[ground];
    const expired = input.suspensions.some(
      (s) =>
        s.extent === extent && s.liftedOn === null && s.amendBy !== null && s.amendBy < input.on,
    );
    if (!expired) {
      problems.push(
        finding(
          "R72",
          article,
          `Không có quyết định tạm ngưng ${extent === "whole" ? "toàn bộ" : "một phần"} nào đã hết thời hạn sửa đổi trước ngày ${vnDate(input.on)}`,
        ),
      );
    }
  }
  return problems;
}

/** Checks an agreed review day (R73) on a leap year, so that 29/02 is accepted. */
export function reviewDayProblem(month: number | null, day: number | null): string | null {
  if (month === null && day === null) return null;
  if (month === null || day === null) return "Hãy ghi cả ngày và tháng đánh giá hằng năm.";
  try {
    annualReviewDate(2028, { month, day });
    return null;
  } catch (err) {
    if (err instanceof CalendarError) return `Ngày ${day}/${month} không có trong năm.`;
    throw err;
  }
}

export interface Due {
  conventionId: number;
  rule: string;
  article: string;
  what: string;
  due: string;
  overdue: boolean;
}

interface DueConvention {
  id: number;
  status: ConventionStatus;
  dossier_due: string | null;
  decision_due: string | null;
  recognised_on: string | null;
  review_month: number | null;
  review_day: number | null;
}

interface DueComplaint {
  convention_id: number;
  received_on: string;
  reply_due: string;
  annul_due: string;
  resolution: ComplaintResolution | null;
  extent: "whole" | "part" | null;
  amend_by: string | null;
  lifted_on: string | null;
}

/**
 * R73 (NĐ 61/2023 Art 15.4): the first yearly review not yet held, from the year after
 * recognition's review day: on 18/11, or the day the community agreed.
 */
export function nextReview(
  c: Pick<DueConvention, "recognised_on" | "review_month" | "review_day">,
  reviewedYears: readonly number[],
  today: string,
): { year: number; date: string } | null {
  if (!c.recognised_on) return null;
  const agreed =
    c.review_month !== null && c.review_day !== null
      ? { month: c.review_month, day: c.review_day }
      : undefined;
  const first = Number(c.recognised_on.slice(0, 4));
  const last = Number(today.slice(0, 4)) + 1;
  for (let year = first; year <= last; year++) {
    const date = annualReviewDate(year, agreed);
    if (date <= c.recognised_on || reviewedYears.includes(year)) continue;
    return { year, date };
  }
  return null;
}

/**
 * What is due next for one convention, each with its rule, article and last day: the dossier
 * (R71), UBND xã's decision (R71), the answer to and the annulment clock of each complaint (R72),
 * the deadline of each standing suspension (Art 12, 14), the yearly review (R73).
 */
export function conventionDues(
  c: DueConvention,
  complaints: readonly DueComplaint[],
  reviewedYears: readonly number[],
  today: string,
): Due[] {
  const dues: Due[] = [];
  const add = (rule: string, article: string, what: string, due: string) =>
    dues.push({ conventionId: c.id, rule, article, what, due, overdue: today > due });
  if (c.status === "adopted" && c.dossier_due) {
    add("R71", ART.nd61_11, "Trưởng thôn gửi hồ sơ đề nghị UBND xã công nhận", c.dossier_due);
  }
  if (c.status === "submitted" && c.decision_due) {
    add(
      "R71",
      ART.nd61_11,
      "UBND xã quyết định công nhận hoặc trả lời không công nhận",
      c.decision_due,
    );
  }
  for (const k of complaints) {
    if (k.convention_id !== c.id) continue;
    if (k.resolution === null) {
      add(
        "R72",
        ART.nd61_12,
        `UBND xã tạm ngưng hoặc trả lời kiến nghị nhận ngày ${vnDate(k.received_on)}`,
        k.reply_due,
      );
      add(
        "R72",
        ART.nd61_14,
        `UBND xã quyết định bãi bỏ (nếu có căn cứ) theo kiến nghị nhận ngày ${vnDate(k.received_on)}`,
        k.annul_due,
      );
    } else if (k.resolution === "suspended" && k.lifted_on === null && k.amend_by) {
      add(
        "R72",
        CONVENTION_ART.annul,
        `Hạn thực hiện lại, sửa đổi phần bị tạm ngưng (${k.extent === "whole" ? "toàn bộ" : "một phần"}); quá hạn là căn cứ bãi bỏ`,
        k.amend_by,
      );
    }
  }
  if (c.status === "recognised" || c.status === "suspended") {
    const review = nextReview(c, reviewedYears, today);
    if (review) {
      add(
        "R73",
        ART.nd61_15,
        `Đánh giá việc thực hiện hương ước, quy ước năm ${review.year}`,
        review.date,
      );
    }
  }
  return dues.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
}

/** The convention's text is in force on `day`: recognised on or before it, not suspended as a
 *  whole, not annulled or replaced (R71, Art 12, 14). */
export function inForce(
  c: { status: ConventionStatus; in_force_on: string | null },
  day: string,
): boolean {
  return c.status === "recognised" && c.in_force_on !== null && c.in_force_on <= day;
}
