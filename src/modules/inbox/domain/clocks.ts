// The legal clocks of the inbox (law2.md §1.4, §2.3–2.9, §3.3–3.7, §4, §6.3; T12–T43, T51):
// every time limit is a versioned TimeLimit with its provision and the day it took effect, and
// every date is computed by the one calendar service (src/core/calendar). A limit is chosen by
// the day of the event that starts it (receipt, acceptance, decision…): a complaint received on
// 30/06/2026 keeps WD(10), one received on 01/07/2026 gets WD(7). The units are the law's own
// and are never converted (T9): "ngày" = D, "ngày làm việc" = WD.

import {
  type Calendar,
  CalendarError,
  computeDeadline,
  type Deadline,
  daysBetween,
  type LocalDate,
  parseLocalDate,
  plusDays,
  type TimeLimit,
  timeLimitInForce,
} from "../../../core/calendar/index.ts";
import { type Finding, finding, LAW, periodText, REFORM_DAY, vnDate } from "./cite.ts";
import type { Track } from "./kinds.ts";

/** A time limit with the rule of law2.md §11 that states it. */
export interface LegalLimit extends TimeLimit {
  readonly rule: string;
}

function limit(
  rule: string,
  unit: "D" | "WD",
  n: number,
  provision: string,
  effectiveFrom: string,
): LegalLimit {
  return { rule, unit, n, provision, effectiveFrom: parseLocalDate(effectiveFrom) };
}

// The days the texts took effect, from the codification's provenance lines (law2.md S1).
const ND20 = "2008-03-03";
const KN = "2012-07-01";
const TT02_2016 = "2016-12-05";
const TC = "2019-01-01";
const ND31 = "2019-05-28";
const TCD = "2014-07-01";
const HG = "2014-01-01";
const REFORM = REFORM_DAY;

const ND124_16 = `${LAW.nd124} Điều 16.1 (sửa đổi bởi ${LAW.nd155} Điều 10)`;

/**
 * Every time limit of T12–T43 and T51, each as the list of its versions. Resolution periods and
 * time bars are here too; the functions below choose among them.
 */
export const TIME_LIMITS = {
  // Phản ánh, kiến nghị (NĐ 20/2008)
  pakn_transfer: [limit("T12", "WD", 5, `${LAW.nd20} Điều 9.1.d`, ND20)],

  // Khiếu nại: acceptance (T16). The Law writes "10 ngày"; the circular, from 05/12/2016, "10
  // ngày làm việc"; NĐ 155/2026, from 01/07/2026, "07 ngày làm việc" (law2.md §2.5).
  complaint_acceptance: [
    limit("T16", "D", 10, `${LAW.kn} Điều 27, 36.1, 50`, KN),
    limit("T16", "WD", 10, `${LAW.tt07} Điều 5.1 (sửa đổi bởi TT 02/2016/TT-TTCP)`, TT02_2016),
    limit("T16", "WD", 7, ND124_16, REFORM),
  ],
  // Khiếu nại: resolution (T17, T18; Art 50 for disciplinary decisions)
  complaint_first: [limit("T17", "D", 30, `${LAW.kn} Điều 28`, KN)],
  complaint_first_complex: [limit("T17", "D", 45, `${LAW.kn} Điều 28`, KN)],
  complaint_first_remote: [limit("T17", "D", 45, `${LAW.kn} Điều 28`, KN)],
  complaint_first_remote_complex: [limit("T17", "D", 60, `${LAW.kn} Điều 28`, KN)],
  complaint_second: [limit("T18", "D", 45, `${LAW.kn} Điều 37`, KN)],
  complaint_second_complex: [limit("T18", "D", 60, `${LAW.kn} Điều 37`, KN)],
  complaint_second_remote: [limit("T18", "D", 60, `${LAW.kn} Điều 37`, KN)],
  complaint_second_remote_complex: [limit("T18", "D", 70, `${LAW.kn} Điều 37`, KN)],
  disciplinary_first: [limit("T17", "D", 30, `${LAW.kn} Điều 50`, KN)],
  disciplinary_first_complex: [limit("T17", "D", 45, `${LAW.kn} Điều 50`, KN)],
  disciplinary_second: [limit("T18", "D", 30, `${LAW.kn} Điều 50`, KN)],
  disciplinary_second_complex: [limit("T18", "D", 45, `${LAW.kn} Điều 50`, KN)],
  // Khiếu nại: time bars (T15, T20)
  bar_administrative_first: [limit("T15", "D", 90, `${LAW.kn} Điều 9`, KN)],
  bar_administrative_second: [limit("T20", "D", 30, `${LAW.kn} Điều 33.1`, KN)],
  bar_administrative_second_remote: [limit("T20", "D", 45, `${LAW.kn} Điều 33.1`, KN)],
  bar_disciplinary_first: [limit("T15", "D", 15, `${LAW.kn} Điều 48`, KN)],
  bar_disciplinary_second: [limit("T15", "D", 10, `${LAW.kn} Điều 48`, KN)],
  bar_disciplinary_second_dismissal: [limit("T15", "D", 30, `${LAW.kn} Điều 48`, KN)],
  // Khiếu nại: after the decision (T21, T22), dialogue (T24), suspension (T27), refiling (T26)
  first_decision_dispatch: [limit("T21", "WD", 3, `${LAW.kn} Điều 32`, KN)],
  second_decision_dispatch: [limit("T21", "D", 7, `${LAW.kn} Điều 41.1`, KN)],
  legal_effect: [limit("T22", "D", 30, `${LAW.kn} Điều 44`, KN)],
  legal_effect_remote: [limit("T22", "D", 45, `${LAW.kn} Điều 44`, KN)],
  dialogue_notice: [
    limit("T24", "D", 5, `${LAW.nd124} Điều 28.1 (sửa đổi bởi ${LAW.nd155} Điều 11)`, REFORM),
  ],
  complaint_suspension_dispatch: [
    limit("T27", "WD", 3, `${LAW.nd124} Điều 28b (bổ sung bởi ${LAW.nd155} Điều 12)`, REFORM),
  ],
  refiling_after_termination: [limit("T26", "D", 30, `${LAW.kn} Điều 11.8`, KN)],

  // Tố cáo (T31–T35; Art 38 when overdue)
  denunciation_initial_handling: [limit("T31", "WD", 7, `${LAW.tc} Điều 24.1`, TC)],
  denunciation_initial_handling_extended: [limit("T31", "WD", 10, `${LAW.tc} Điều 24.1`, TC)],
  denunciation_transfer: [limit("T31", "WD", 5, `${LAW.tc} Điều 24.2`, TC)],
  denunciation_acceptance_notice: [limit("T32", "WD", 5, `${LAW.tc} Điều 29.3`, TC)],
  denunciation_resolution: [limit("T33", "D", 30, `${LAW.tc} Điều 30.1`, TC)],
  denunciation_extension: [limit("T33", "D", 30, `${LAW.tc} Điều 30.2–30.3`, TC)],
  denunciation_suspension_dispatch: [limit("T34", "WD", 5, `${LAW.tc} Điều 34.4`, TC)],
  conclusion_dispatch: [limit("T35", "WD", 5, `${LAW.tc} Điều 35.3`, TC)],
  conclusion_publication: [limit("T35", "WD", 7, `${LAW.tc} Điều 40.1`, TC)],
  conclusion_posting: [limit("T35", "D", 15, `${LAW.nd31} Điều 6.2`, ND31)],
  overdue_report_request: [limit("T33", "WD", 5, `${LAW.tc} Điều 38.2`, TC)],
  overdue_report: [limit("T33", "WD", 5, `${LAW.tc} Điều 38.3`, TC)],

  // Tiếp công dân (T40, T42, T43)
  reception_schedule_posting: [limit("T40", "WD", 5, `${LAW.tcd} Điều 24.4`, TCD)],
  visit_answer: [limit("T42", "WD", 10, `${LAW.tcd} Điều 28.1`, TCD)],
  online_reception_notice: [limit("T43", "WD", 5, `${LAW.nd154} Điều 23.1`, REFORM)],
  online_reception_test: [limit("T43", "WD", 1, `${LAW.nd154} Điều 23.1`, REFORM)],

  // Hòa giải ở cơ sở (T51)
  mediation_start: [limit("T51", "D", 3, `${LAW.hg} Điều 20.2`, HG)],
} as const satisfies Record<string, readonly LegalLimit[]>;

export type LimitKey = keyof typeof TIME_LIMITS;

/** A deadline with the rule that set it. */
export interface RuleDeadline extends Deadline {
  readonly rule: string;
}

/** The version of `key` in force on `on`; throws CalendarError "no_rule_in_force" before it. */
export function limitInForce(key: LimitKey, on: string): LegalLimit {
  return timeLimitInForce<LegalLimit>(TIME_LIMITS[key], on);
}

/** The deadline of `key` from `trigger`, under the version in force on the trigger day. */
export function deadlineOf(calendar: Calendar, key: LimitKey, trigger: string): RuleDeadline {
  const version = limitInForce(key, trigger);
  const deadline = computeDeadline(calendar, { ...version, trigger: parseLocalDate(trigger) });
  return { ...deadline, rule: version.rule };
}

/**
 * "At least n (working) days before `event`" (T24, T40, T43): the latest day the action may
 * take place, under the version in force on the event day; null when no version is in force
 * then. D(n): `event − n` (the calendar-day difference, as "trước … ít nhất 05 ngày" reads);
 * WD(n): the n-th working day counted back from the day before the event ("chậm nhất 05 ngày
 * làm việc trước"), so a closed day after it is already too late.
 */
export function latestBefore(
  calendar: Calendar,
  key: LimitKey,
  event: string,
): { latest: LocalDate; rule: string; provision: string; unit: "D" | "WD"; n: number } | null {
  let version: LegalLimit;
  try {
    version = limitInForce(key, event);
  } catch (error) {
    if (error instanceof CalendarError && error.reason === "no_rule_in_force") return null;
    throw error;
  }
  const day = parseLocalDate(event);
  let latest = plusDays(day, -version.n);
  if (version.unit === "WD") {
    latest = day;
    for (let counted = 0; counted < version.n; ) {
      latest = plusDays(latest, -1);
      if (calendar.isWorkingDay(latest)) counted += 1;
    }
  }
  return {
    latest,
    rule: version.rule,
    provision: version.provision,
    unit: version.unit,
    n: version.n,
  };
}

// ── Acceptance and transfer ──────────────────────────────────────────────────────────────────

/**
 * The acceptance deadline from receipt: complaints T16 (D10 → WD10 from 05/12/2016 → WD7 from
 * 01/07/2026, by the day of receipt); denunciations T31, initial handling WD7, or WD10 when checks
 * are needed at several places or delegated. Feedback, petitions and ratings have no acceptance
 * step in law: null.
 */
export function acceptanceDeadline(
  calendar: Calendar,
  track: Track,
  receivedOn: string,
  options: { multiSite?: boolean } = {},
): RuleDeadline | null {
  switch (track) {
    case "complaint":
    case "disciplinary_complaint":
      return deadlineOf(calendar, "complaint_acceptance", receivedOn);
    case "denunciation":
      return deadlineOf(
        calendar,
        options.multiSite
          ? "denunciation_initial_handling_extended"
          : "denunciation_initial_handling",
        receivedOn,
      );
    default:
      return null;
  }
}

/**
 * When an item outside the receiver's competence must be transferred: PAKN WD5 (T12), a
 * denunciation WD5 with notice to the denouncer (T31). Complaints are not transferred but the
 * complainant is guided (NĐ 124 Art 8.3): null, as for the other tracks.
 */
export function transferDeadline(
  calendar: Calendar,
  track: Track,
  receivedOn: string,
): RuleDeadline | null {
  if (track === "pakn") return deadlineOf(calendar, "pakn_transfer", receivedOn);
  if (track === "denunciation") return deadlineOf(calendar, "denunciation_transfer", receivedOn);
  return null;
}

// ── Complexity (T19, T33) ────────────────────────────────────────────────────────────────────

/** The seven criteria of a complex case: NĐ 124/2020 Art 3a (complaints, from 01/07/2026) and
 *  NĐ 31/2019 Art 3.2 (denunciations). */
export const COMPLEXITY_CRITERIA = [
  { code: "a", vi: "Một nội dung nhưng phải xác minh từ 02 địa điểm trở lên" },
  { code: "b", vi: "Có từ 02 nội dung phải xác minh trở lên" },
  {
    code: "c",
    vi: "Nhiều người cùng một nội dung hoặc nội dung liên quan đến quyền, lợi ích của nhiều người",
  },
  { code: "d", vi: "Có yếu tố nước ngoài" },
  { code: "đ", vi: "Liên quan đến trách nhiệm quản lý của nhiều cơ quan, tổ chức" },
  { code: "e", vi: "Các cơ quan, tổ chức có liên quan còn ý kiến khác nhau" },
  {
    code: "g",
    vi: "Có tài liệu, chứng cứ mâu thuẫn với nhau cần thời gian kiểm tra, xác minh, đánh giá hoặc tham khảo ý kiến cơ quan chuyên môn",
  },
] as const;
export type ComplexityCriterion = (typeof COMPLEXITY_CRITERIA)[number]["code"];

const CRITERION_CODES: readonly string[] = COMPLEXITY_CRITERIA.map((c) => c.code);

/** NĐ 31/2019 Art 3.2–3.3: one criterion makes a case complex, two or more especially complex. */
export function complexityLevel(
  criteria: readonly string[],
): "normal" | "complex" | "especially_complex" {
  const known = new Set(criteria.filter((c) => CRITERION_CODES.includes(c)));
  return known.size >= 2 ? "especially_complex" : known.size === 1 ? "complex" : "normal";
}

/**
 * T19 (NĐ 124/2020 Art 3a, from 01/07/2026): a complaint is complex only on one of criteria a–g,
 * determined in writing and kept in the file; before 01/07/2026 the texts read set no criteria.
 * T33 (NĐ 31/2019 Art 3.2): a denunciation is complex only on one of the same criteria.
 */
export function complexityProblems(
  track: Track,
  input: { criteria: readonly string[]; written: boolean; determinedOn: string },
): Finding[] {
  const complaint = track === "complaint" || track === "disciplinary_complaint";
  if (complaint && parseLocalDate(input.determinedOn) < REFORM) return [];
  if (!complaint && track !== "denunciation") return [];
  const [rule, article, noun] = complaint
    ? ["T19", `${LAW.nd124} Điều 3a (bổ sung bởi ${LAW.nd155} Điều 2)`, "khiếu nại"]
    : ["T33", `${LAW.nd31} Điều 3.2–3.3`, "tố cáo"];
  const problems: Finding[] = [];
  const unknown = input.criteria.filter((c) => !CRITERION_CODES.includes(c));
  if (unknown.length > 0) {
    problems.push(finding(rule, article, `Tiêu chí không có trong luật: ${unknown.join(", ")}`));
  }
  if (unknown.length === input.criteria.length) {
    problems.push(
      finding(
        rule,
        article,
        `Vụ việc ${noun} chỉ được xác định là phức tạp khi có ít nhất một trong các tiêu chí a–g`,
      ),
    );
  }
  if (complaint && !input.written) {
    problems.push(
      finding(
        rule,
        article,
        "Việc xác định vụ việc phức tạp phải được thể hiện bằng văn bản và lưu trong hồ sơ giải quyết khiếu nại",
      ),
    );
  }
  return problems;
}

// ── Suspension: the clock pauses and the remaining days continue (T27, T34; T15 obstacles) ──

/** A pause: suspended on `from` (quyết định tạm đình chỉ), resumed on `until` (quyết định tiếp
 *  tục), or still suspended (null). For a time bar: the days an objective obstacle lasted. */
export interface Suspension {
  from: string;
  until: string | null;
}

export interface PausePolicy {
  rule: string;
  article: string;
  /** Pauses decided before this day have no legal basis and are ignored. */
  allowedFrom: LocalDate;
  /** "Tạm đình chỉ", "Trở ngại khách quan". */
  what: string;
}

const PAUSES = {
  complaint: {
    rule: "T27",
    article: `${LAW.kn} Điều 11a; ${LAW.nd124} Điều 28b (bổ sung bởi ${LAW.nd155} Điều 12)`,
    allowedFrom: REFORM,
    what: "Tạm đình chỉ giải quyết khiếu nại",
  },
  denunciation: {
    rule: "T34",
    article: `${LAW.tc} Điều 34.1–34.2`,
    allowedFrom: parseLocalDate(TC),
    what: "Tạm đình chỉ giải quyết tố cáo",
  },
  obstacle: {
    rule: "T15",
    article: `${LAW.kn} Điều 9`,
    allowedFrom: parseLocalDate(KN),
    what: "Trở ngại khách quan",
  },
} as const satisfies Record<string, PausePolicy>;

function countText(unit: "D" | "WD", n: number): string {
  return `${n} ${unit === "WD" ? "ngày làm việc" : "ngày"}`;
}

/** The state of a running period once its pauses are applied. */
export interface PausedPeriod {
  /** The last day; null while paused. */
  due: LocalDate | null;
  paused: boolean;
  /** Days (in the period's unit) still to run at the last pause or resumption. */
  remaining: number;
  /** Vietnamese notes, one per pause applied. */
  notes: string[];
  findings: Finding[];
}

/**
 * Applies pauses to a period: the days used before a pause stay used; after the resumption the
 * remaining days run again from the resumption day (not counted, BLDS Art 147), through the
 * calendar. D periods count calendar days used, WD periods working days. A pause that starts
 * after the period has already ended does not revive it. With nothing left at the pause, the
 * period ends on the resumption day (or the next working day).
 */
export function applyPauses(
  calendar: Calendar,
  version: LegalLimit,
  trigger: string,
  pauses: readonly Suspension[],
  policy: PausePolicy,
): PausedPeriod {
  const start = parseLocalDate(trigger);
  let due: LocalDate = computeDeadline(calendar, { ...version, trigger: start }).due;
  let anchor = start;
  let remaining = version.n;
  const notes: string[] = [];
  const findings: Finding[] = [];
  const ordered = [...pauses].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  for (const pause of ordered) {
    const from = parseLocalDate(pause.from);
    if (from < policy.allowedFrom) {
      findings.push(
        finding(
          policy.rule,
          policy.article,
          `${policy.what} ngày ${vnDate(from)} không có căn cứ: quy định chỉ áp dụng từ ngày ${vnDate(policy.allowedFrom)}; thời hạn vẫn tính`,
        ),
      );
      continue;
    }
    if (from < anchor) {
      findings.push(
        finding(
          policy.rule,
          policy.article,
          `${policy.what} ngày ${vnDate(from)} trước ngày bắt đầu tính thời hạn ${vnDate(anchor)}`,
        ),
      );
      continue;
    }
    if (from > due) {
      findings.push(
        finding(
          policy.rule,
          policy.article,
          `${policy.what} ngày ${vnDate(from)} sau khi thời hạn đã kết thúc ngày ${vnDate(due)}: không làm kéo dài thời hạn`,
        ),
      );
      continue;
    }
    const used =
      version.unit === "D" ? daysBetween(anchor, from) : calendar.workingDaysBetween(anchor, from);
    remaining = Math.max(0, remaining - used);
    if (pause.until === null) {
      notes.push(
        `${policy.what} từ ngày ${vnDate(from)}: đã tính ${countText(version.unit, used)}, còn ${countText(version.unit, remaining)}; thời hạn ngừng tính cho đến khi tiếp tục (${policy.rule}, ${policy.article}).`,
      );
      return { due: null, paused: true, remaining, notes, findings };
    }
    const until = parseLocalDate(pause.until);
    if (until < from) {
      findings.push(
        finding(
          policy.rule,
          policy.article,
          `Ngày tiếp tục ${vnDate(until)} trước ngày tạm dừng ${vnDate(from)}`,
        ),
      );
      continue;
    }
    anchor = until;
    due =
      remaining > 0
        ? computeDeadline(calendar, { ...version, n: remaining, trigger: until }).due
        : calendar.rollToWorkingDay(until);
    notes.push(
      `${policy.what} từ ngày ${vnDate(from)} đến ngày ${vnDate(until)}: đã tính ${countText(version.unit, used)}, còn ${countText(version.unit, remaining)} tính tiếp từ ngày ${vnDate(until)}, kết thúc ngày ${vnDate(due)} (${policy.rule}, ${policy.article}).`,
    );
  }
  return { due, paused: false, remaining, notes, findings };
}

// ── Resolution (T17, T18, T33) ───────────────────────────────────────────────────────────────

/** A denunciation's written extension decision (Luật TC Art 30.4). */
export interface Extension {
  decidedOn: string;
  written: boolean;
  /** Notified to the denouncer, the denounced person and the bodies concerned. */
  notified: boolean;
}

export interface CaseClock {
  track: Track;
  acceptedOn: string;
  /** Complaints: first or second instance (lần đầu, lần hai). */
  instance?: "first" | "second";
  /** Complaints: determined complex in writing (T19). */
  complex?: boolean;
  /** Complaints: vùng sâu, vùng xa đi lại khó khăn. */
  remoteArea?: boolean;
  /** Denunciations: the complexity criteria found (NĐ 31 Art 3.2). */
  criteria?: readonly string[];
  extensions?: readonly Extension[];
  suspensions?: readonly Suspension[];
}

export interface ResolutionClock {
  rule: string;
  provision: string;
  unit: "D" | "WD";
  /** The whole period, extensions included. */
  n: number;
  acceptedOn: LocalDate;
  /** The last day without suspensions. */
  nominalDue: LocalDate;
  /** The last day with suspensions; null while suspended. */
  due: LocalDate | null;
  suspended: boolean;
  /** What is left of the period at the last suspension or resumption (n if never suspended). */
  remaining: number;
  explanation: string;
  findings: Finding[];
}

function complaintKey(c: CaseClock): LimitKey {
  const second = c.instance === "second";
  if (c.track === "disciplinary_complaint") {
    const base = second ? "disciplinary_second" : "disciplinary_first";
    return c.complex ? `${base}_complex` : base;
  }
  const base = second ? "complaint_second" : "complaint_first";
  const suffix = c.remoteArea
    ? c.complex
      ? "_remote_complex"
      : "_remote"
    : c.complex
      ? "_complex"
      : "";
  return `${base}${suffix}` as LimitKey;
}

function clockFrom(
  calendar: Calendar,
  version: LegalLimit,
  c: CaseClock,
  policy: PausePolicy,
  extraFindings: Finding[],
): ResolutionClock {
  const acceptedOn = parseLocalDate(c.acceptedOn);
  const base = computeDeadline(calendar, { ...version, trigger: acceptedOn });
  const paused = applyPauses(calendar, version, acceptedOn, c.suspensions ?? [], policy);
  return {
    rule: version.rule,
    provision: version.provision,
    unit: version.unit,
    n: version.n,
    acceptedOn,
    nominalDue: base.due,
    due: paused.due,
    suspended: paused.paused,
    remaining: paused.remaining,
    explanation: [base.explanation, ...paused.notes].join(" "),
    findings: [...extraFindings, ...paused.findings],
  };
}

/**
 * The resolution deadline from acceptance, with suspensions. Complaints (T17, T18, Art 50): the
 * period for the instance, complex case and remote area, all in calendar days; suspensions count
 * only from 01/07/2026 (Art 11a; NĐ 155 Art 22.1 applies them to cases accepted before).
 * Denunciations (T33): D30, plus D30 for each written extension the complexity allows (one if
 * complex, two if especially complex), counted as one period of 60 or 90 days from acceptance.
 * Feedback, petitions and ratings: the law sets no resolution period, null.
 */
export function resolutionDeadline(calendar: Calendar, c: CaseClock): ResolutionClock | null {
  if (c.track === "complaint" || c.track === "disciplinary_complaint") {
    const version = limitInForce(complaintKey(c), c.acceptedOn);
    return clockFrom(calendar, version, c, PAUSES.complaint, []);
  }
  if (c.track !== "denunciation") return null;

  const base = limitInForce("denunciation_resolution", c.acceptedOn);
  const extension = limitInForce("denunciation_extension", c.acceptedOn);
  const level = complexityLevel(c.criteria ?? []);
  const allowed = level === "especially_complex" ? 2 : level === "complex" ? 1 : 0;
  const findings: Finding[] = [];
  const article = `${extension.provision}; ${LAW.nd31} Điều 3`;
  let counted = 0;
  const ordered = [...(c.extensions ?? [])].sort((a, b) =>
    a.decidedOn < b.decidedOn ? -1 : a.decidedOn > b.decidedOn ? 1 : 0,
  );
  for (const ext of ordered) {
    const on = vnDate(ext.decidedOn);
    if (!ext.written) {
      findings.push(
        finding(
          "T33",
          article,
          `Gia hạn ngày ${on} không có quyết định bằng văn bản: không được tính`,
        ),
      );
      continue;
    }
    if (counted >= allowed) {
      findings.push(
        finding(
          "T33",
          article,
          allowed === 0
            ? `Gia hạn ngày ${on} không được tính: vụ việc không được xác định là phức tạp`
            : `Gia hạn ngày ${on} không được tính: vụ việc ${level === "complex" ? "phức tạp chỉ được gia hạn 01 lần" : "đặc biệt phức tạp chỉ được gia hạn 02 lần"}`,
        ),
      );
      continue;
    }
    const current = clockFrom(
      calendar,
      { ...base, n: base.n + counted * extension.n },
      c,
      PAUSES.denunciation,
      [],
    );
    if (current.due !== null && parseLocalDate(ext.decidedOn) > current.due) {
      findings.push(
        finding(
          "T33",
          article,
          `Quyết định gia hạn ngày ${on} ban hành sau khi thời hạn đã kết thúc ngày ${vnDate(current.due)}: không được tính`,
        ),
      );
      continue;
    }
    if (!ext.notified) {
      findings.push(
        finding(
          "T33",
          article,
          `Quyết định gia hạn ngày ${on} phải được thông báo cho người tố cáo, người bị tố cáo và cơ quan, tổ chức, cá nhân có liên quan`,
        ),
      );
    }
    counted += 1;
  }
  const total: LegalLimit = {
    ...base,
    n: base.n + counted * extension.n,
    provision:
      counted > 0
        ? `${LAW.tc} Điều 30.1, ${level === "complex" ? "30.2" : "30.3"}`
        : base.provision,
  };
  return clockFrom(calendar, total, c, PAUSES.denunciation, findings);
}

/** T27 / T34: suspension and termination decisions reach the parties within WD3 (complaints,
 *  from 01/07/2026) or WD5 (denunciations) of the decision. */
export function suspensionNoticeDeadline(
  calendar: Calendar,
  track: Track,
  decidedOn: string,
): RuleDeadline | null {
  if (track === "complaint" || track === "disciplinary_complaint") {
    if (parseLocalDate(decidedOn) < REFORM) return null;
    return deadlineOf(calendar, "complaint_suspension_dispatch", decidedOn);
  }
  if (track === "denunciation") {
    return deadlineOf(calendar, "denunciation_suspension_dispatch", decidedOn);
  }
  return null;
}

// ── Time bars (T15, T20) ─────────────────────────────────────────────────────────────────────

export type TimeBarKind =
  | "administrative_first"
  | "administrative_second"
  | "disciplinary_first"
  | "disciplinary_second";

export interface TimeBarInput {
  kind: TimeBarKind;
  /**
   * The day the period runs from: the decision received or the act learned of (first); the
   * first-instance decision received, or the first-instance deadline passed unresolved (second
   * administrative, Art 33.1); the first-instance decision received (second disciplinary).
   */
  from: string;
  filedOn: string;
  remoteArea?: boolean;
  /** Second disciplinary complaint against a dismissal (buộc thôi việc). */
  dismissal?: boolean;
  /** Illness, disaster, war, travel, study far away… (Art 9): not counted. */
  obstacles?: readonly Suspension[];
}

export interface TimeBar {
  rule: string;
  provision: string;
  /** The last day to file, obstacles included; null while an obstacle lasts. */
  lastDay: LocalDate | null;
  inTime: boolean;
  explanation: string;
  findings: Finding[];
}

function barKey(input: TimeBarInput): LimitKey {
  switch (input.kind) {
    case "administrative_first":
      return "bar_administrative_first";
    case "administrative_second":
      return input.remoteArea ? "bar_administrative_second_remote" : "bar_administrative_second";
    case "disciplinary_first":
      return "bar_disciplinary_first";
    case "disciplinary_second":
      return input.dismissal ? "bar_disciplinary_second_dismissal" : "bar_disciplinary_second";
  }
}

/**
 * T15 / T20 (Luật KN Art 9, 33.1, 48): whether a complaint was filed within its time bar. Days of
 * an objective obstacle are not counted (Art 9; Art 11.6 "không có lý do chính đáng"); the period
 * follows BLDS Art 147–148 like any other, so a last day on a weekend or holiday rolls on.
 */
export function complaintTimeBar(calendar: Calendar, input: TimeBarInput): TimeBar {
  const version = limitInForce(barKey(input), input.from);
  const base = computeDeadline(calendar, { ...version, trigger: parseLocalDate(input.from) });
  const paused = applyPauses(calendar, version, input.from, input.obstacles ?? [], PAUSES.obstacle);
  const filed = parseLocalDate(input.filedOn);
  const inTime = paused.due === null || filed <= paused.due;
  const findings = [...paused.findings];
  if (!inTime && paused.due !== null) {
    findings.push(
      finding(
        version.rule,
        version.provision,
        `Khiếu nại gửi ngày ${vnDate(filed)}, quá thời hiệu ${periodText(version.unit, version.n)} (hết ngày ${vnDate(paused.due)})`,
      ),
    );
  }
  return {
    rule: version.rule,
    provision: version.provision,
    lastDay: paused.due,
    inTime,
    explanation: [base.explanation, ...paused.notes].join(" "),
    findings,
  };
}

// ── After the decision (T21, T22) ────────────────────────────────────────────────────────────

/** T21: a first-instance decision is sent within WD3 (Art 32), a second-instance one within D7
 *  (Art 41.1). */
export function decisionDispatchDeadline(
  calendar: Calendar,
  instance: "first" | "second",
  issuedOn: string,
): RuleDeadline {
  return deadlineOf(
    calendar,
    instance === "first" ? "first_decision_dispatch" : "second_decision_dispatch",
    issuedOn,
  );
}

/**
 * T22 (Luật KN Art 44): a complaint decision takes legal effect once D30 (D45 in remote areas)
 * from its issue have run, i.e. on the day after the period ends (the period rolls past a
 * closed last day, BLDS Art 148.5, like any other). A first-instance decision challenged by a
 * second complaint or a lawsuit does not: null.
 */
export function decisionLegalEffect(
  calendar: Calendar,
  input: {
    instance: "first" | "second";
    issuedOn: string;
    remoteArea?: boolean;
    challenged?: boolean;
  },
): { periodEnds: LocalDate; inForceFrom: LocalDate; rule: string; provision: string } | null {
  if (input.instance === "first" && input.challenged) return null;
  const deadline = deadlineOf(
    calendar,
    input.remoteArea ? "legal_effect_remote" : "legal_effect",
    input.issuedOn,
  );
  return {
    periodEnds: deadline.due,
    inForceFrom: plusDays(deadline.due, 1),
    rule: deadline.rule,
    provision: deadline.provision,
  };
}

// ── Reminders and escalation ─────────────────────────────────────────────────────────────────

export type ClockState = "on_time" | "due_soon" | "due_today" | "overdue";

/**
 * Where a clock stands on `today`: overdue after 24:00 of the due day; due today; due soon when
 * at most `remindWithin` working days remain (the reminder window, default 2); else on time.
 */
export function clockState(
  calendar: Calendar,
  due: string,
  today: string,
  remindWithin = 2,
): ClockState {
  const day = parseLocalDate(today);
  const last = parseLocalDate(due);
  if (day > last) return "overdue";
  if (day === last) return "due_today";
  return calendar.workingDaysBetween(day, last) <= remindWithin ? "due_soon" : "on_time";
}

export interface Escalation {
  rule: string;
  article: string;
  /** What the law lets the submitter, or obliges the upper level, to do; a Vietnamese sentence. */
  message: string;
  /** The last day of the step the law opens (second complaint, report request); null if none. */
  stepDue: LocalDate | null;
}

/**
 * Escalation to the upper level once a resolution deadline has passed (null before, and for
 * tracks without a legal resolution period). First-instance complaint (T20, Art 33.1): the
 * complainant may complain a second time, within D30 (D45 remote) of the day the deadline
 * passed, or sue. Denunciation (Art 38): the denouncer may denounce to the head of the direct
 * superior, who asks for a report within WD5 of receiving it (`stepDue` counts from the day
 * after the deadline, the first day it can arrive). Second-instance and disciplinary complaints:
 * the platform reports the missed limit to the upper level.
 */
export function escalation(
  calendar: Calendar,
  input: {
    track: Track;
    instance?: "first" | "second";
    due: string;
    today: string;
    remoteArea?: boolean;
  },
): Escalation | null {
  const due = parseLocalDate(input.due);
  if (parseLocalDate(input.today) <= due) return null;
  const late = vnDate(due);
  if (input.track === "complaint" && input.instance !== "second") {
    const bar = deadlineOf(
      calendar,
      input.remoteArea ? "bar_administrative_second_remote" : "bar_administrative_second",
      due,
    );
    return {
      rule: "T20",
      article: bar.provision,
      message: `Quá thời hạn giải quyết khiếu nại lần đầu (hết ngày ${late}); người khiếu nại có quyền khiếu nại lần hai chậm nhất ngày ${vnDate(bar.due)} hoặc khởi kiện vụ án hành chính (T20, ${bar.provision}).`,
      stepDue: bar.due,
    };
  }
  if (input.track === "complaint" || input.track === "disciplinary_complaint") {
    const second = input.instance === "second";
    const rule = second ? "T18" : "T17";
    const article = `${LAW.kn} Điều ${input.track === "disciplinary_complaint" ? "50" : "37"}`;
    return {
      rule,
      article,
      message: `Quá thời hạn giải quyết khiếu nại lần ${second ? "hai" : "đầu"} (hết ngày ${late}): báo cáo cấp trên theo dõi, đôn đốc (${rule}, ${article}).`,
      stepDue: null,
    };
  }
  if (input.track === "denunciation") {
    const request = deadlineOf(calendar, "overdue_report_request", plusDays(due, 1));
    const article = `${LAW.tc} Điều 38`;
    return {
      rule: "T33",
      article,
      message: `Quá thời hạn giải quyết tố cáo (hết ngày ${late}); người tố cáo có quyền tố cáo tiếp với người đứng đầu cơ quan, tổ chức cấp trên trực tiếp, người này yêu cầu báo cáo chậm nhất ngày ${vnDate(request.due)} nếu nhận được tố cáo tiếp ngày ${vnDate(plusDays(due, 1))} (T33, ${article}).`,
      stepDue: request.due,
    };
  }
  return null;
}
