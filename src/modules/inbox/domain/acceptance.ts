// Acceptance (thụ lý) and withdrawal (rút): when a complaint or a denunciation may not be taken up
// (Luật Khiếu nại 2011 Art 11; Luật Tố cáo 2018 Art 24–25, 29), what becomes of an anonymous tip,
// and what a withdrawal does (T26, T37). law2.md §2.4, §2.9, §3.2–3.3, §3.5.

import { type Calendar, parseLocalDate } from "../../../core/calendar/index.ts";
import { type Finding, finding, isBlank, LAW, REFORM_DAY, vnDate } from "./cite.ts";
import { deadlineOf, type TimeBar } from "./clocks.ts";

/** Luật Khiếu nại 2011 Art 11: the nine cases in which a complaint is not accepted. */
export const COMPLAINT_REFUSAL_GROUNDS = [
  {
    code: "1",
    rule: "T16",
    vi: "Quyết định, hành vi hành chính trong nội bộ cơ quan nhà nước, trong chỉ đạo điều hành của cấp trên với cấp dưới, quyết định có chứa quy phạm pháp luật, hoặc thuộc bí mật nhà nước về quốc phòng, an ninh, ngoại giao",
    en: "Internal or normative decision, or a state secret",
  },
  {
    code: "2",
    rule: "T16",
    vi: "Quyết định, hành vi hành chính bị khiếu nại không liên quan trực tiếp đến quyền, lợi ích hợp pháp của người khiếu nại",
    en: "Does not directly concern the complainant's rights",
  },
  {
    code: "3",
    rule: "T16",
    vi: "Người khiếu nại không có năng lực hành vi dân sự đầy đủ mà không có người đại diện hợp pháp",
    en: "No full legal capacity and no legal representative",
  },
  {
    code: "4",
    rule: "T16",
    vi: "Người đại diện không hợp pháp thực hiện khiếu nại",
    en: "Unlawful representative",
  },
  {
    code: "5",
    rule: "T14",
    vi: "Đơn khiếu nại không có chữ ký hoặc điểm chỉ của người khiếu nại",
    en: "Unsigned and without a fingerprint",
  },
  {
    code: "6",
    rule: "T15",
    vi: "Thời hiệu, thời hạn khiếu nại đã hết mà không có lý do chính đáng",
    en: "Time bar expired without good reason",
  },
  {
    code: "7",
    rule: "T16",
    vi: "Khiếu nại đã có quyết định giải quyết khiếu nại lần hai",
    en: "A second-instance decision exists",
  },
  {
    code: "8",
    rule: "T26",
    vi: "Có văn bản thông báo đình chỉ việc giải quyết khiếu nại mà sau 30 ngày người khiếu nại không tiếp tục khiếu nại",
    en: "Not pursued within 30 days of a termination notice",
  },
  {
    code: "9",
    rule: "T16",
    vi: "Việc khiếu nại đã được Tòa án thụ lý hoặc đã được giải quyết bằng bản án, quyết định của Tòa án (trừ quyết định đình chỉ giải quyết vụ án hành chính)",
    en: "Before the court, or decided by it",
  },
] as const;
export type ComplaintRefusalGround = (typeof COMPLAINT_REFUSAL_GROUNDS)[number]["code"];

/** What the official found when checking a complaint. Unset flags are "no". */
export interface ComplaintAcceptanceFacts {
  filedOn: string;
  internalOrNormative?: boolean; // ground 1
  notDirectlyConcerned?: boolean; // ground 2
  lacksCapacityWithoutRepresentative?: boolean; // ground 3
  unlawfulRepresentative?: boolean; // ground 4
  signed: boolean; // ground 5
  /** From `complaintTimeBar` (ground 6); obstacles there are the "lý do chính đáng". */
  timeBar?: TimeBar | null;
  secondInstanceDecisionExists?: boolean; // ground 7
  /** The day a termination notice (thông báo đình chỉ) was issued, if any (ground 8). */
  terminationNoticeOn?: string | null;
  courtSeized?: boolean; // ground 9
  /** Several complainants with a representative (NĐ 124 Art 16.1; TT 07/2013 Art 5.1 before). */
  group?: { allSigned: boolean; representativeDocument: boolean } | null;
}

/**
 * Whether a complaint may be accepted: every Art 11 ground that applies, each citing its point,
 * and the group-complaint condition of the acceptance article in force on the filing day. A
 * refusal must be notified in writing with these reasons (Mẫu 04 from 01/07/2026).
 */
export function complaintAcceptance(
  calendar: Calendar,
  facts: ComplaintAcceptanceFacts,
): { accept: boolean; grounds: ComplaintRefusalGround[]; findings: Finding[] } {
  const applies: Record<ComplaintRefusalGround, boolean> = {
    "1": facts.internalOrNormative === true,
    "2": facts.notDirectlyConcerned === true,
    "3": facts.lacksCapacityWithoutRepresentative === true,
    "4": facts.unlawfulRepresentative === true,
    "5": !facts.signed,
    "6": facts.timeBar !== undefined && facts.timeBar !== null && !facts.timeBar.inTime,
    "7": facts.secondInstanceDecisionExists === true,
    "8": false,
    "9": facts.courtSeized === true,
  };
  let refilingNote = "";
  if (facts.terminationNoticeOn) {
    const window = deadlineOf(calendar, "refiling_after_termination", facts.terminationNoticeOn);
    if (parseLocalDate(facts.filedOn) > window.due) {
      applies["8"] = true;
      refilingNote = `: thông báo đình chỉ ngày ${vnDate(facts.terminationNoticeOn)}, khiếu nại lại ngày ${vnDate(facts.filedOn)}, sau ngày ${vnDate(window.due)}`;
    }
  }
  const grounds = COMPLAINT_REFUSAL_GROUNDS.filter((g) => applies[g.code]);
  const findings = grounds.map((g) =>
    finding(
      g.rule,
      `${LAW.kn} Điều 11.${g.code}`,
      `Không thụ lý: ${g.vi.charAt(0).toLowerCase()}${g.vi.slice(1)}${g.code === "8" ? refilingNote : ""}`,
    ),
  );
  if (facts.group && (!facts.group.allSigned || !facts.group.representativeDocument)) {
    const reform = parseLocalDate(facts.filedOn) >= REFORM_DAY;
    findings.push(
      finding(
        "T16",
        reform
          ? `${LAW.nd124} Điều 16.1 (sửa đổi bởi ${LAW.nd155} Điều 10)`
          : `${LAW.tt07} Điều 5.1`,
        "Nhiều người cùng khiếu nại một nội dung chỉ được thụ lý khi đơn có đầy đủ chữ ký của những người khiếu nại và có văn bản cử người đại diện",
      ),
    );
  }
  return { accept: findings.length === 0, grounds: grounds.map((g) => g.code), findings };
}

/** What the official found when checking a denunciation (Luật TC Art 24, 29.1). */
export interface DenunciationAcceptanceFacts {
  /** The petition meets Art 23 (see `intakeProblems`). */
  meetsForm: boolean;
  /** Full legal capacity, or a legal representative (Art 29.1.b). */
  capacity: boolean;
  /** Within the receiver's competence (Art 29.1.c). */
  competent: boolean;
  /** Enough to identify the violator and the violation (Art 29.1.d). */
  identifiesViolation: boolean;
  /** Sent also to the competent body, or re-sent here after guidance (Art 24.3). */
  alsoSentToCompetent?: boolean;
  /** Filed against the person who resolved the denouncer's complaint, after losing it… */
  againstComplaintResolver?: boolean;
  /** …with information, documents or evidence of that person's violation. */
  evidenceAgainstResolver?: boolean;
}

export type DenunciationAcceptanceOutcome = "accept" | "refuse" | "transfer" | "not_processed";

/**
 * T31–T32 (Luật TC Art 24, 29.1): accept when Art 29.1 a–d all hold; a denunciation outside the
 * receiver's competence is transferred within WD5 with notice to the denouncer (Art 24.2), or not
 * processed at all when the competent body has it too or the denouncer ignored guidance (Art
 * 24.3); otherwise it is refused and the denouncer told the reasons at once (Art 24.1).
 */
export function denunciationAcceptance(facts: DenunciationAcceptanceFacts): {
  outcome: DenunciationAcceptanceOutcome;
  findings: Finding[];
} {
  if (!facts.competent) {
    if (facts.alsoSentToCompetent) {
      return {
        outcome: "not_processed",
        findings: [
          finding(
            "T31",
            `${LAW.tc} Điều 24.3`,
            "Tố cáo không thuộc thẩm quyền và đã được gửi đến cơ quan có thẩm quyền (hoặc đã được hướng dẫn): không xử lý",
          ),
        ],
      };
    }
    return {
      outcome: "transfer",
      findings: [
        finding(
          "T31",
          `${LAW.tc} Điều 24.2`,
          "Tố cáo không thuộc thẩm quyền: chuyển đến cơ quan, tổ chức, cá nhân có thẩm quyền trong 05 ngày làm việc và thông báo cho người tố cáo",
        ),
      ],
    };
  }
  const findings: Finding[] = [];
  const art = (point: string) => `${LAW.tc} Điều 29.1${point}`;
  if (!facts.meetsForm) {
    findings.push(
      finding("T31", art(".a"), "Không thụ lý: tố cáo không thực hiện theo Điều 23 Luật Tố cáo"),
    );
  }
  if (!facts.capacity) {
    findings.push(
      finding(
        "T31",
        art(".b"),
        "Không thụ lý: người tố cáo không có đủ năng lực hành vi dân sự và không có người đại diện theo pháp luật",
      ),
    );
  }
  if (!facts.identifiesViolation) {
    findings.push(
      finding(
        "T31",
        art(".d"),
        "Không thụ lý: nội dung tố cáo không có cơ sở để xác định người vi phạm, hành vi vi phạm pháp luật",
      ),
    );
  }
  if (facts.againstComplaintResolver && !facts.evidenceAgainstResolver) {
    findings.push(
      finding(
        "T31",
        art(""),
        "Không thụ lý: tố cáo người đã giải quyết khiếu nại đúng pháp luật chỉ được thụ lý khi người tố cáo cung cấp được thông tin, tài liệu, chứng cứ về hành vi vi phạm của người đó",
      ),
    );
  }
  return { outcome: findings.length === 0 ? "accept" : "refuse", findings };
}

/**
 * T30 (Luật TC Art 25.2): an anonymous, fake-name or unidentifiable denunciation, or one not in
 * writing or in person, is not handled as a denunciation; if it names the violator clearly, has
 * concrete documents or evidence and a basis to check, the receiver inspects within its
 * competence or transfers it to the competent body. No denouncer deadlines, no notifications.
 */
export function anonymousTipHandling(tip: {
  namesViolator: boolean;
  concreteEvidence: boolean;
  verifiable: boolean;
  competent: boolean;
}): { outcome: "inspect" | "transfer" | "no_action"; finding: Finding } {
  const article = `${LAW.tc} Điều 25`;
  if (!tip.namesViolator || !tip.concreteEvidence || !tip.verifiable) {
    return {
      outcome: "no_action",
      finding: finding(
        "T30",
        article,
        "Thông tin có nội dung tố cáo không rõ người vi phạm, không có tài liệu, chứng cứ cụ thể hoặc không có cơ sở xác minh: không xử lý theo Luật Tố cáo",
      ),
    };
  }
  return tip.competent
    ? {
        outcome: "inspect",
        finding: finding(
          "T30",
          article,
          "Thông tin có nội dung tố cáo rõ ràng, có chứng cứ cụ thể: tiến hành thanh tra, kiểm tra theo thẩm quyền; không thông báo cho người gửi",
        ),
      }
    : {
        outcome: "transfer",
        finding: finding(
          "T30",
          article,
          "Thông tin có nội dung tố cáo rõ ràng, có chứng cứ cụ thể: chuyển cơ quan có thẩm quyền thanh tra, kiểm tra",
        ),
      };
}

// ── Withdrawal ───────────────────────────────────────────────────────────────────────────────

export type WithdrawalOutcome = "terminate" | "continue" | "invalid";

/**
 * T26 (Luật KN Art 10; NĐ 124 Art 7a from 01/07/2026): a complaint may be withdrawn at any time,
 * by a written request signed or finger-printed by the complainant and sent to the resolver, who
 * then terminates (đình chỉ) and notifies in writing. When only some of several complainants
 * withdraw, resolution continues for the others, and those who withdrew lose the complainant's
 * rights. NĐ 155 Art 22.1 applies Art 7a to every case not yet decided, so the withdrawal's own
 * date chooses the article cited; before 01/07/2026 the same outcome rests on Art 10 alone.
 */
export function complaintWithdrawal(input: {
  withdrawnOn: string;
  written: boolean;
  signed: boolean;
  complainants: readonly string[];
  withdrawing: readonly string[];
}): { outcome: WithdrawalOutcome; remaining: string[]; findings: Finding[] } {
  const art10 = `${LAW.kn} Điều 10`;
  const findings: Finding[] = [];
  if (!input.written || !input.signed) {
    findings.push(
      finding(
        "T26",
        art10,
        "Rút khiếu nại phải bằng đơn có chữ ký hoặc điểm chỉ của người khiếu nại gửi người có thẩm quyền giải quyết",
      ),
    );
  }
  const strangers = input.withdrawing.filter((w) => !input.complainants.includes(w));
  if (strangers.length > 0) {
    findings.push(
      finding("T26", art10, `${strangers.join(", ")} không phải là người khiếu nại trong vụ việc`),
    );
  }
  if (input.withdrawing.length === 0) {
    findings.push(finding("T26", art10, "Đơn rút khiếu nại không ghi người rút"));
  }
  if (findings.length > 0) {
    return { outcome: "invalid", remaining: [...input.complainants], findings };
  }
  const remaining = input.complainants.filter((c) => !input.withdrawing.includes(c));
  const reform = parseLocalDate(input.withdrawnOn) >= REFORM_DAY;
  const article = reform
    ? `${art10}; ${LAW.nd124} Điều 7a (bổ sung bởi ${LAW.nd155} Điều 5)`
    : art10;
  if (remaining.length === 0) {
    return {
      outcome: "terminate",
      remaining,
      findings: [
        finding(
          "T26",
          article,
          "Toàn bộ người khiếu nại đã rút khiếu nại: ban hành quyết định đình chỉ giải quyết khiếu nại và thông báo bằng văn bản",
        ),
      ],
    };
  }
  return {
    outcome: "continue",
    remaining,
    findings: [
      finding(
        "T26",
        article,
        `Tiếp tục giải quyết đối với ${remaining.join(", ")}; người đã rút (${input.withdrawing.join(", ")}) không còn quyền, nghĩa vụ của người khiếu nại`,
      ),
    ],
  };
}

/** The written withdrawal petition of a denunciation (Mẫu 02, NĐ 31 Art 4.1 from 01/07/2026). */
export interface WithdrawalPetition {
  date?: string | null;
  name?: string | null;
  address?: string | null;
  contact?: string | null;
  content?: string | null;
  signed?: boolean;
}

const PETITION_FIELDS: readonly [Exclude<keyof WithdrawalPetition, "signed">, string][] = [
  ["date", "ngày, tháng, năm"],
  ["name", "họ và tên người rút tố cáo"],
  ["address", "địa chỉ"],
  ["contact", "cách thức liên hệ"],
  ["content", "nội dung tố cáo được rút"],
];

/**
 * T37 (Luật TC Art 33; NĐ 31 Art 4 as replaced by NĐ 156/2026 Art 1): a denunciation may be
 * withdrawn, wholly or partly, only before the conclusion, in writing: a petition or the minutes
 * of the official who met the denouncer, signed or finger-printed. From 01/07/2026 (by the date of
 * the withdrawal, NĐ 156 Art 10.1) the petition carries the Mẫu 02 fields. The case goes on when
 * part is withdrawn, when other denouncers remain, or when the act shows signs of a violation,
 * the withdrawal was coerced or bought, or the denouncer was slandering (Art 33.3; NĐ 31 Art 4.4).
 */
export function denunciationWithdrawal(input: {
  withdrawnOn: string;
  /** The conclusion's date when it has been issued. */
  concludedOn?: string | null;
  form: "petition" | "minutes" | "none";
  petition?: WithdrawalPetition;
  minutesSigned?: boolean;
  scope: "all" | "part";
  denouncers: readonly string[];
  withdrawing: readonly string[];
  signsOfViolation?: boolean;
  coerced?: boolean;
  slander?: boolean;
}): { outcome: WithdrawalOutcome; findings: Finding[] } {
  const reform = parseLocalDate(input.withdrawnOn) >= REFORM_DAY;
  const formArticle = reform
    ? `${LAW.nd31} Điều 4 (sửa đổi bởi ${LAW.nd156} Điều 1)`
    : `${LAW.tc} Điều 33.1`;
  const findings: Finding[] = [];
  if (input.concludedOn && parseLocalDate(input.withdrawnOn) >= parseLocalDate(input.concludedOn)) {
    findings.push(
      finding(
        "T37",
        `${LAW.tc} Điều 33.1`,
        `Chỉ được rút tố cáo trước khi ban hành kết luận nội dung tố cáo (kết luận ngày ${vnDate(input.concludedOn)})`,
      ),
    );
  }
  if (input.form === "none") {
    findings.push(
      finding(
        "T37",
        formArticle,
        "Việc rút tố cáo phải bằng văn bản: đơn rút tố cáo hoặc biên bản ghi nhận việc rút tố cáo",
      ),
    );
  } else if (input.form === "minutes" && !input.minutesSigned) {
    findings.push(
      finding(
        "T37",
        formArticle,
        "Biên bản ghi nhận việc rút tố cáo phải có chữ ký hoặc điểm chỉ của người rút tố cáo",
      ),
    );
  } else if (input.form === "petition") {
    const petition = input.petition ?? {};
    if (reform) {
      for (const [field, label] of PETITION_FIELDS) {
        if (isBlank(petition[field])) {
          findings.push(finding("T37", formArticle, `Đơn rút tố cáo (Mẫu 02) phải ghi ${label}`));
        }
      }
    }
    if (!petition.signed) {
      findings.push(
        finding(
          "T37",
          formArticle,
          "Đơn rút tố cáo phải có chữ ký hoặc điểm chỉ của người rút tố cáo",
        ),
      );
    }
  }
  if (findings.length > 0) return { outcome: "invalid", findings };

  const art33 = `${LAW.tc} Điều 33`;
  const reasons = [
    input.signsOfViolation ? "hành vi bị tố cáo có dấu hiệu vi phạm pháp luật" : null,
    input.coerced ? "việc rút tố cáo do bị đe dọa, ép buộc, mua chuộc" : null,
    input.slander ? "người tố cáo lợi dụng việc tố cáo để vu khống" : null,
  ].filter((r): r is string => r !== null);
  if (reasons.length > 0) {
    return {
      outcome: "continue",
      findings: [
        finding("T37", `${art33}.3`, `Vẫn phải giải quyết tố cáo vì ${reasons.join("; ")}`),
      ],
    };
  }
  const others = input.denouncers.filter((d) => !input.withdrawing.includes(d));
  if (input.scope === "part" || others.length > 0) {
    return {
      outcome: "continue",
      findings: [
        finding(
          "T37",
          `${art33}.2`,
          input.scope === "part"
            ? "Rút một phần nội dung tố cáo: phần còn lại tiếp tục được giải quyết"
            : `Tố cáo tiếp tục được giải quyết đối với ${others.join(", ")}`,
        ),
      ],
    };
  }
  return {
    outcome: "terminate",
    findings: [
      finding(
        "T37",
        `${art33}.2, 34.3.a`,
        "Rút toàn bộ nội dung tố cáo: đình chỉ việc giải quyết tố cáo",
      ),
    ],
  };
}
