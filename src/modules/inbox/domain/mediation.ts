// Grassroots mediation (hòa giải ở cơ sở): which inbox items may go to the village mediation team,
// whether the team may take them, when mediation must start, and the success record. Luật Hòa giải
// ở cơ sở 2013. law2.md §6; T49–T52.

import type { Calendar } from "../../../core/calendar/index.ts";
import { parseLocalDate } from "../../../core/calendar/index.ts";
import { type Finding, finding, isBlank, LAW, vnDate } from "./cite.ts";
import { deadlineOf, type RuleDeadline } from "./clocks.ts";
import type { Track } from "./kinds.ts";

/** Luật HGCS Art 3.1 a–d: what grassroots mediation may not handle. */
export const MEDIATION_EXCLUSIONS = [
  {
    code: "a",
    key: "publicInterest",
    vi: "mâu thuẫn, tranh chấp xâm phạm lợi ích của Nhà nước, lợi ích công cộng",
  },
  {
    code: "b",
    key: "notMediable",
    vi: "vi phạm pháp luật về hôn nhân và gia đình, giao dịch dân sự mà theo pháp luật tố tụng dân sự không được hòa giải",
  },
  {
    code: "c",
    key: "sanctionable",
    vi: "vi phạm pháp luật phải bị truy cứu trách nhiệm hình sự hoặc xử lý vi phạm hành chính",
  },
  {
    code: "d",
    key: "otherwiseExcluded",
    vi: "mâu thuẫn, tranh chấp khác không được hòa giải ở cơ sở theo quy định pháp luật",
  },
] as const;

export interface MediationCandidate {
  track: Track;
  /** A conflict or dispute between residents (mâu thuẫn, tranh chấp), not a request to the State. */
  betweenResidents: boolean;
  publicInterest?: boolean;
  notMediable?: boolean;
  sanctionable?: boolean;
  otherwiseExcluded?: boolean;
}

/**
 * T52 (Luật HGCS Art 2–3): an item may be routed to the village mediation team only when it is a
 * conflict or dispute between residents, received as feedback or a petition (a complaint is
 * about an administrative decision and a denunciation about a violation, both for the State to
 * resolve), and none of the Art 3.1 exclusions applies.
 */
export function mediationRouting(c: MediationCandidate): { allowed: boolean; findings: Finding[] } {
  const findings: Finding[] = [];
  if (c.track !== "grassroots" && c.track !== "pakn") {
    findings.push(
      finding(
        "T52",
        `${LAW.hg} Điều 2, 3.1`,
        "Chỉ chuyển tổ hòa giải các phản ánh, kiến nghị về mâu thuẫn, tranh chấp trong cộng đồng; khiếu nại, tố cáo được giải quyết theo Luật Khiếu nại, Luật Tố cáo",
      ),
    );
  } else if (!c.betweenResidents) {
    findings.push(
      finding(
        "T52",
        `${LAW.hg} Điều 2`,
        "Hòa giải ở cơ sở chỉ áp dụng cho mâu thuẫn, tranh chấp, vi phạm pháp luật giữa các bên trong cộng đồng",
      ),
    );
  }
  for (const ex of MEDIATION_EXCLUSIONS) {
    if (c[ex.key]) {
      findings.push(
        finding("T52", `${LAW.hg} Điều 3.1.${ex.code}`, `Không được hòa giải ở cơ sở: ${ex.vi}`),
      );
    }
  }
  return { allowed: findings.length === 0, findings };
}

/** T49 (Luật HGCS Art 8.3.a): a mediator is elected with the approval of more than half of all
 *  households of the thôn / tổ dân phố, tested as 2 × approvals > households. */
export function mediatorElected(
  approvals: number,
  households: number,
): { elected: boolean; test: string } {
  if (!Number.isInteger(approvals) || !Number.isInteger(households) || households < 1) {
    return { elected: false, test: "số liệu không hợp lệ" };
  }
  const elected = 2 * approvals > households;
  return {
    elected,
    test: `2 × ${approvals} = ${2 * approvals} ${elected ? ">" : "≤"} ${households}`,
  };
}

export interface Mediator {
  name: string;
  woman: boolean;
  ethnicMinority: boolean;
  /** Recognised by a decision of the commune PC chair (Art 8.4). */
  recognised: boolean;
}

/**
 * T49–T50 (Luật HGCS Art 8.4, 12.1): a team that may receive cases has at least 3 mediators,
 * at least one a woman, at least one from an ethnic minority where many residents are, and each
 * recognised by the commune chair's decision.
 */
export function mediationTeamProblems(team: {
  mediators: readonly Mediator[];
  ethnicMinorityArea: boolean;
}): Finding[] {
  const findings: Finding[] = [];
  const art12 = `${LAW.hg} Điều 12.1`;
  if (team.mediators.length < 3) {
    findings.push(
      finding(
        "T50",
        art12,
        `Tổ hòa giải phải có từ 03 hòa giải viên trở lên (có ${team.mediators.length})`,
      ),
    );
  }
  if (!team.mediators.some((m) => m.woman)) {
    findings.push(finding("T50", art12, "Tổ hòa giải phải có hòa giải viên nữ"));
  }
  if (team.ethnicMinorityArea && !team.mediators.some((m) => m.ethnicMinority)) {
    findings.push(
      finding(
        "T50",
        art12,
        "Vùng có nhiều đồng bào dân tộc thiểu số: tổ hòa giải phải có hòa giải viên là người dân tộc thiểu số",
      ),
    );
  }
  for (const m of team.mediators) {
    if (!m.recognised) {
      findings.push(
        finding(
          "T49",
          `${LAW.hg} Điều 8.4`,
          `${m.name} chưa có quyết định công nhận hòa giải viên của Chủ tịch UBND cấp xã`,
        ),
      );
    }
  }
  return findings;
}

/** T51 (Luật HGCS Art 20.2): mediation starts within 03 days of the mediator's assignment. */
export function mediationStartDeadline(calendar: Calendar, assignedOn: string): RuleDeadline {
  return deadlineOf(calendar, "mediation_start", assignedOn);
}

/**
 * T51 (Luật HGCS Art 20.2, 21.4): mediation starts within 03 days of assignment, unless it had to
 * happen at once or the parties agreed another time; every case is entered in the Sổ theo dõi
 * hoạt động hòa giải ở cơ sở.
 */
export function mediationCaseProblems(
  calendar: Calendar,
  input: {
    assignedOn: string;
    startedOn: string | null;
    partiesAgreedOtherTime?: boolean;
    logged: boolean;
    today: string;
  },
): Finding[] {
  const findings: Finding[] = [];
  if (!input.partiesAgreedOtherTime) {
    const due = mediationStartDeadline(calendar, input.assignedOn);
    const text = `hạn chót ${vnDate(due.due)}, 03 ngày kể từ ngày phân công ${vnDate(input.assignedOn)}`;
    if (input.startedOn !== null && parseLocalDate(input.startedOn) > due.due) {
      findings.push(
        finding(
          "T51",
          due.provision,
          `Bắt đầu hòa giải ngày ${vnDate(input.startedOn)}, chậm (${text})`,
        ),
      );
    }
    if (input.startedOn === null && parseLocalDate(input.today) > due.due) {
      findings.push(finding("T51", due.provision, `Quá hạn nhưng chưa bắt đầu hòa giải (${text})`));
    }
  }
  if (!input.logged) {
    findings.push(
      finding(
        "T51",
        `${LAW.hg} Điều 21.4`,
        "Vụ việc chưa được ghi vào Sổ theo dõi hoạt động hòa giải ở cơ sở",
      ),
    );
  }
  return findings;
}

/** Luật HGCS Art 24.2 a–g: the contents of a written success record (văn bản hòa giải thành). */
export const SUCCESS_RECORD_FIELDS = [
  { key: "basis", point: "a", vi: "căn cứ tiến hành hòa giải" },
  { key: "parties", point: "b", vi: "thông tin cơ bản về các bên" },
  { key: "facts", point: "c", vi: "nội dung chủ yếu của vụ, việc" },
  { key: "course", point: "d", vi: "diễn biến của quá trình hòa giải" },
  { key: "agreement", point: "đ", vi: "thỏa thuận đạt được và giải pháp thực hiện" },
  { key: "rightsAndDuties", point: "e", vi: "quyền và nghĩa vụ của các bên" },
  { key: "performance", point: "g", vi: "phương thức, thời hạn thực hiện thỏa thuận" },
] as const;
type SuccessRecordKey = (typeof SUCCESS_RECORD_FIELDS)[number]["key"];

export type SuccessRecord = Partial<Record<SuccessRecordKey, string | null>> & {
  /** Every party, and whether they signed or finger-printed (point h). */
  signatures: readonly { name: string; signed: boolean }[];
  mediatorSigned: boolean;
};

/**
 * T51 (Luật HGCS Art 24.2): a written success record, when the parties want one, carries points
 * a–g and (h) the signatures or fingerprints of every party and of the mediator.
 */
export function successRecordProblems(record: SuccessRecord): Finding[] {
  const findings: Finding[] = [];
  for (const f of SUCCESS_RECORD_FIELDS) {
    if (isBlank(record[f.key])) {
      findings.push(
        finding(
          "T51",
          `${LAW.hg} Điều 24.2.${f.point}`,
          `Văn bản hòa giải thành thiếu: ${f.vi}`,
          f.key,
        ),
      );
    }
  }
  const h = `${LAW.hg} Điều 24.2.h`;
  if (record.signatures.length < 2) {
    findings.push(
      finding("T51", h, "Văn bản hòa giải thành phải có chữ ký hoặc điểm chỉ của các bên"),
    );
  }
  for (const p of record.signatures) {
    if (!p.signed) {
      findings.push(finding("T51", h, `${p.name} chưa ký hoặc điểm chỉ văn bản hòa giải thành`));
    }
  }
  if (!record.mediatorSigned) {
    findings.push(finding("T51", h, "Hòa giải viên chưa ký văn bản hòa giải thành"));
  }
  return findings;
}
