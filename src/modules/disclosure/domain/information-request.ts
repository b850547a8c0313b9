// R13 (Luật 10/2022 Art 14.2): information that had to be disclosed is provided on request when
// it was not published, its period has expired, or it could not be reached; the request follows
// the Access to Information Law 104/2016/QH13 (law2.md §5; T44–T48).

import {
  type Calendar,
  formatDateVi,
  type LocalDate,
  parseLocalDate,
} from "../../../core/calendar/index.ts";
import type { Problem } from "./plan.ts";

const TCTT = "Luật Tiếp cận thông tin 2016";

/** The three R13 cases (Luật 10/2022 Art 14.2; Luật TCTT Art 23.1 a–c). */
export const REQUEST_CASES = ["not_published", "expired", "inaccessible"] as const;
export type RequestCase = (typeof REQUEST_CASES)[number];

export const REQUEST_CASE_LABEL: Record<RequestCase, string> = {
  not_published: "Thông tin phải công khai nhưng chưa được công khai",
  expired: "Thông tin đã hết thời hạn công khai",
  inaccessible: "Thông tin đã công khai nhưng không tiếp cận được vì lý do bất khả kháng",
};

/** T44 (Luật TCTT Art 24.2): what the request form (phiếu yêu cầu) must contain. */
export interface InformationRequest {
  requesterName: string;
  /** Nơi cư trú, địa chỉ. */
  requesterAddress: string;
  /** Số CMND/CCCD hoặc hộ chiếu. */
  requesterIdNumber: string;
  /** The information requested, naming the document or file. */
  information: string;
  /** How it is to be provided (copy, e-mail, reading at the office…). */
  deliveryForm: string;
  /** Lý do, mục đích. */
  purpose: string;
  reasonCase: string;
}

const ID_NUMBER = /^[A-Z0-9]{6,20}$/i;

/** T44 and R13: what is missing from a request; empty when it can be logged and answered. */
export function requestProblems(req: InformationRequest): Problem[] {
  const problems: Problem[] = [];
  const need = (field: keyof InformationRequest, what: string) => {
    if (req[field].trim() === "")
      problems.push({ field, message: `Phiếu yêu cầu phải ghi ${what} (T44, ${TCTT} Điều 24.2).` });
  };
  need("requesterName", "họ, tên người yêu cầu");
  need("requesterAddress", "nơi cư trú, địa chỉ");
  need("requesterIdNumber", "số CMND/CCCD hoặc hộ chiếu");
  const id = req.requesterIdNumber.trim();
  if (id !== "" && !ID_NUMBER.test(id)) {
    problems.push({
      field: "requesterIdNumber",
      message: "Số CMND/CCCD hoặc hộ chiếu chỉ gồm chữ và số, từ 6 đến 20 ký tự.",
    });
  }
  need("information", "thông tin cần cung cấp, tên văn bản, hồ sơ, tài liệu");
  need("deliveryForm", "hình thức cung cấp thông tin");
  need("purpose", "lý do, mục đích yêu cầu cung cấp thông tin");
  if (!(REQUEST_CASES as readonly string[]).includes(req.reasonCase)) {
    problems.push({
      field: "reasonCase",
      message:
        "Chọn trường hợp yêu cầu: thông tin chưa được công khai, đã hết thời hạn công khai, hoặc không tiếp cận được (R13, Luật 10/2022 Điều 14.2).",
    });
  }
  return problems;
}

export type RequestChannel = "in_person" | "electronic" | "post";
export type Complexity = "simple" | "complex";

export interface AnswerDeadline {
  rule: "T45" | "T46";
  provision: string;
  /** The last day to provide the information or refuse in writing. */
  due: LocalDate;
  /** Complex requests by e-mail or post: the written notice of the deadline is due by then. */
  noticeDue: LocalDate | null;
  /** The last day if the period is extended (complex requests only). */
  extendedDue: LocalDate | null;
  explanation: string;
}

/**
 * T45–T46 (Luật TCTT Art 29–31): from the day a valid request is received, through the calendar.
 * In person: simple at once (the same day), complex WD 10 (+ WD 10). Electronic: simple WD 3,
 * complex WD 15 with a notice by WD 3 (+ 15 days). Post: simple WD 5, complex WD 15 with a
 * notice by WD 3 (+ 15 days). The 15-day extensions are calendar days, as the law writes them.
 */
export function answerDeadline(
  calendar: Calendar,
  input: { receivedOn: string; channel: RequestChannel; complexity: Complexity },
): AnswerDeadline {
  const received = parseLocalDate(input.receivedOn);
  const on = `nhận yêu cầu ngày ${formatDateVi(received)}`;
  if (input.channel === "in_person") {
    const provision = `${TCTT} Điều 29`;
    if (input.complexity === "simple") {
      return {
        rule: "T45",
        provision,
        due: received,
        noticeDue: null,
        extendedDue: null,
        explanation: `Thông tin có sẵn: cung cấp ngay trong ngày ${formatDateVi(received)} (${provision}).`,
      };
    }
    const due = calendar.addWorkingDays(received, 10);
    const extendedDue = calendar.addWorkingDays(due, 10);
    return {
      rule: "T45",
      provision,
      due,
      noticeDue: null,
      extendedDue,
      explanation: `${capital(on)}: chậm nhất ${formatDateVi(due)} (10 ngày làm việc); nếu gia hạn, chậm nhất ${formatDateVi(extendedDue)} (thêm 10 ngày làm việc) (${provision}).`,
    };
  }
  const provision = `${TCTT} Điều ${input.channel === "electronic" ? 30 : 31}`;
  if (input.complexity === "simple") {
    const n = input.channel === "electronic" ? 3 : 5;
    const due = calendar.addWorkingDays(received, n);
    return {
      rule: "T46",
      provision,
      due,
      noticeDue: null,
      extendedDue: null,
      explanation: `${capital(on)}: chậm nhất ${formatDateVi(due)} (0${n} ngày làm việc) (${provision}).`,
    };
  }
  const noticeDue = calendar.addWorkingDays(received, 3);
  const due = calendar.addWorkingDays(received, 15);
  const extendedDue = calendar.addCalendarDays(due, 15);
  return {
    rule: "T46",
    provision,
    due,
    noticeDue,
    extendedDue,
    explanation: `${capital(on)}: thông báo thời hạn chậm nhất ${formatDateVi(noticeDue)} (03 ngày làm việc); cung cấp hoặc từ chối chậm nhất ${formatDateVi(due)} (15 ngày làm việc); nếu gia hạn, chậm nhất ${formatDateVi(extendedDue)} (thêm 15 ngày) (${provision}).`,
  };
}

function capital(text: string): string {
  return text.charAt(0).toLocaleUpperCase("vi") + text.slice(1);
}

/** Luật TCTT Art 28.1: the grounds on which a request may be refused (paraphrased). */
export const REFUSAL_GROUNDS = [
  {
    code: "a",
    vi: "Thông tin thuộc loại không được tiếp cận (Điều 6) hoặc thông tin tiếp cận có điều kiện mà không đủ điều kiện cung cấp (Điều 7)",
    en: "Forbidden information, or conditional information without the required consent",
  },
  {
    code: "b",
    vi: "Thông tin đã được công khai, trừ các trường hợp quy định tại khoản 1 Điều 23",
    en: "Already published, except the Art 23.1 cases",
  },
  {
    code: "c",
    vi: "Thông tin không thuộc trách nhiệm cung cấp của cơ quan được yêu cầu",
    en: "Not the responsibility of the agency asked",
  },
  {
    code: "d",
    vi: "Thông tin đã được cung cấp 02 lần cho chính người yêu cầu mà không có lý do chính đáng",
    en: "Already provided twice to the same requester, without good reason",
  },
  {
    code: "đ",
    vi: "Việc cung cấp vượt quá khả năng đáp ứng hoặc làm ảnh hưởng đến hoạt động bình thường của cơ quan",
    en: "Beyond the agency's capacity, or would disrupt its normal work",
  },
  {
    code: "e",
    vi: "Người yêu cầu không thanh toán chi phí thực tế cung cấp thông tin",
    en: "The requester does not pay the actual costs",
  },
] as const;
export type RefusalGround = (typeof REFUSAL_GROUNDS)[number]["code"];

/**
 * T47 (Luật TCTT Art 28): a refusal cites one ground a–e and gives its reasons in writing. Ground
 * b cannot refuse an R13 request, which is by definition an Art 23.1 case; ground d needs two
 * earlier provisions to the same person.
 */
export function refusalProblem(
  ground: string,
  reasonText: string,
  context: { reasonCase?: RequestCase | null; timesProvided?: number } = {},
): string | null {
  if (!REFUSAL_GROUNDS.some((g) => g.code === ground)) {
    return `Phải nêu căn cứ từ chối là một trong các điểm a, b, c, d, đ, e khoản 1 Điều 28 ${TCTT} (T47).`;
  }
  if (reasonText.trim() === "") {
    return `Phải nêu rõ lý do từ chối bằng văn bản (T47, ${TCTT} Điều 28.2).`;
  }
  if (ground === "b" && context.reasonCase) {
    return `Không được từ chối vì thông tin đã công khai: yêu cầu thuộc trường hợp "${REQUEST_CASE_LABEL[context.reasonCase]}" (R13, Luật 10/2022 Điều 14.2; ${TCTT} Điều 23.1).`;
  }
  if (ground === "d" && context.timesProvided !== undefined && context.timesProvided < 2) {
    return `Chỉ được từ chối theo điểm d khi thông tin đã được cung cấp 02 lần cho chính người yêu cầu (T47, ${TCTT} Điều 28.1.d).`;
  }
  return null;
}

/** T48 (Luật TCTT Art 9.2.h): whom the commune provides information to. */
export const residentOnly = {
  rule: "T48",
  article: `${TCTT} Điều 9.2.h`,
  vi: "UBND cấp xã cung cấp thông tin cho công dân cư trú trên địa bàn; công dân khác chỉ được cung cấp thông tin liên quan trực tiếp đến quyền, lợi ích hợp pháp của mình.",
} as const;

/** T48: null when the commune must answer this requester, else why not. */
export function residentProblem(requester: {
  isResident: boolean;
  concernsOwnRights: boolean;
}): string | null {
  if (requester.isResident || requester.concernsOwnRights) return null;
  return `Người yêu cầu không cư trú trên địa bàn và thông tin không liên quan trực tiếp đến quyền, lợi ích hợp pháp của họ (${residentOnly.rule}, ${residentOnly.article}).`;
}
