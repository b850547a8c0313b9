// Citizen reception (tiếp công dân): how often heads receive citizens, the published schedule,
// the reception register, the answer to a visitor, and online reception from 01/07/2026. Luật
// Tiếp công dân 2013; NĐ 154/2026; QĐ 11-QĐi/TW. law2.md §4; T38–T43.

import {
  type Calendar,
  dateParts,
  type LocalDate,
  localDate,
  parseLocalDate,
  plusDays,
  weekdayOf,
} from "../../../core/calendar/index.ts";
import { type Finding, finding, isBlank, LAW, REFORM_DAY, vnDate } from "./cite.ts";
import { deadlineOf, latestBefore } from "./clocks.ts";

export const RECEPTION_HEADS = [
  "commune_chair",
  "agency_head",
  "public_unit_head",
  "commune_party_secretary",
] as const;
export type ReceptionHead = (typeof RECEPTION_HEADS)[number];

/** T38–T39: the minimum number of reception days, per ISO week or calendar month. */
export const RECEPTION_DUTIES: Record<
  ReceptionHead,
  {
    per: "week" | "month";
    min: number;
    rule: string;
    article: string;
    vi: string;
    /** The first day the duty applies. */
    effectiveFrom: LocalDate;
  }
> = {
  commune_chair: {
    per: "week",
    min: 1,
    rule: "T38",
    article: `${LAW.tcd} Điều 15.2.d`,
    vi: "Chủ tịch Ủy ban nhân dân cấp xã",
    effectiveFrom: parseLocalDate("2014-07-01"),
  },
  agency_head: {
    per: "month",
    min: 1,
    rule: "T38",
    article: `${LAW.tcd} Điều 18.2`,
    vi: "Người đứng đầu cơ quan hành chính nhà nước",
    effectiveFrom: parseLocalDate("2014-07-01"),
  },
  public_unit_head: {
    per: "month",
    min: 1,
    rule: "T38",
    article: `${LAW.nd154} Điều 10.2`,
    vi: "Người đứng đầu đơn vị sự nghiệp công lập",
    effectiveFrom: REFORM_DAY,
  },
  commune_party_secretary: {
    per: "month",
    min: 2,
    rule: "T39",
    article: `${LAW.qd11} Điều 4.1 (sửa đổi bởi KL 215-KL/TW)`,
    vi: "Bí thư cấp ủy cấp xã",
    effectiveFrom: parseLocalDate("2019-02-18"),
  },
};

/** One day a head received citizens, in person or (from 01/07/2026) online. */
export interface ReceptionSession {
  on: string;
  mode: "direct" | "online";
}

const ONLINE_ARTICLE = `${LAW.tcd} Điều 3a (bổ sung bởi Luật 136/2025/QH15); ${LAW.nd154} Điều 16–24`;

function mondayOf(day: LocalDate): LocalDate {
  return plusDays(day, -((weekdayOf(day) + 6) % 7));
}

/**
 * T38 (Luật TCD Art 15.2.d, 18.2; NĐ 154 Art 10.2) and T39 (QĐ 11-QĐi/TW Art 4.1 as amended by
 * KL 215-KL/TW [S]): the head's reception days over a period. The commune chair needs a day in
 * every ISO week (Monday–Sunday) of which the period holds at least one working day, so a Tết
 * week without working days is not checked; the others need a number of days in every calendar
 * month that meets the period (pass whole months). Several sessions on one day count as one day.
 * Online sessions count only from 01/07/2026; a duty counts only from the day it took effect.
 */
export function receptionScheduleProblems(
  calendar: Calendar,
  head: ReceptionHead,
  sessions: readonly ReceptionSession[],
  period: { from: string; to: string },
): Finding[] {
  const duty = RECEPTION_DUTIES[head];
  const findings: Finding[] = [];
  const days = new Set<LocalDate>();
  for (const s of sessions) {
    const on = parseLocalDate(s.on);
    if (s.mode === "online" && on < REFORM_DAY) {
      findings.push(
        finding(
          "T43",
          ONLINE_ARTICLE,
          `Buổi tiếp công dân trực tuyến ngày ${vnDate(on)} không được tính: tiếp công dân trực tuyến chỉ áp dụng từ ngày ${vnDate(REFORM_DAY)}`,
        ),
      );
      continue;
    }
    days.add(on);
  }
  const from = parseLocalDate(period.from);
  // A period that starts before the duty existed is checked from the day it took effect.
  let start = from;
  if (start < duty.effectiveFrom) start = duty.effectiveFrom;
  const to = parseLocalDate(period.to);
  if (duty.per === "week") {
    for (let monday = mondayOf(start); monday <= to; monday = plusDays(monday, 7)) {
      const sunday = plusDays(monday, 6);
      const week = [0, 1, 2, 3, 4, 5, 6].map((i) => plusDays(monday, i));
      const open = week.filter((day) => day >= start && day <= to && calendar.isWorkingDay(day));
      if (open.length === 0) continue;
      const count = week.filter((day) => days.has(day)).length;
      if (count < duty.min) {
        findings.push(
          finding(
            duty.rule,
            duty.article,
            `${duty.vi} không có ngày tiếp công dân nào trong tuần từ ${vnDate(monday)} đến ${vnDate(sunday)}; phải ít nhất 01 ngày mỗi tuần`,
          ),
        );
      }
    }
    return findings;
  }
  const first = dateParts(start);
  for (let index = first.year * 12 + first.month - 1; ; index += 1) {
    const year = Math.floor(index / 12);
    const month = (index % 12) + 1;
    const monthStart = localDate(year, month, 1);
    if (monthStart > to) break;
    const count = [...days].filter((day) => {
      const p = dateParts(day);
      return p.year === year && p.month === month;
    }).length;
    if (count < duty.min) {
      findings.push(
        finding(
          duty.rule,
          duty.article,
          `${duty.vi} tiếp công dân ${count} ngày trong tháng ${String(month).padStart(2, "0")}/${year}; phải ít nhất ${String(duty.min).padStart(2, "0")} ngày mỗi tháng`,
        ),
      );
    }
  }
  return findings;
}

/** Where a reception schedule is published (Luật TCD Art 24.2). */
export type PostingPlace = "hq" | "reception_place" | "website";

const PLACE_LABEL: Record<PostingPlace, string> = {
  hq: "trụ sở cơ quan",
  reception_place: "địa điểm tiếp công dân",
  website: "trang thông tin điện tử",
};

/**
 * T40 (Luật TCD Art 24.2, 24.4): the head's schedule is posted at the headquarters and the
 * reception place, and on the website if the body has one, at the latest 05 working days before
 * the reception day.
 */
export function schedulePostingProblems(
  calendar: Calendar,
  input: {
    sessionOn: string;
    postedOn: string | null;
    places: readonly PostingPlace[];
    hasWebsite: boolean;
  },
): Finding[] {
  const findings: Finding[] = [];
  const bound = latestBefore(calendar, "reception_schedule_posting", input.sessionOn);
  if (bound === null) return findings;
  const session = vnDate(input.sessionOn);
  if (input.postedOn === null) {
    findings.push(
      finding(
        bound.rule,
        bound.provision,
        `Chưa niêm yết lịch tiếp công dân ngày ${session} (chậm nhất ngày ${vnDate(bound.latest)})`,
      ),
    );
  } else if (parseLocalDate(input.postedOn) > bound.latest) {
    findings.push(
      finding(
        bound.rule,
        bound.provision,
        `Lịch tiếp công dân ngày ${session} niêm yết ngày ${vnDate(input.postedOn)}, chưa đủ 05 ngày làm việc trước (chậm nhất ngày ${vnDate(bound.latest)})`,
      ),
    );
  }
  const needed: PostingPlace[] = input.hasWebsite
    ? ["hq", "reception_place", "website"]
    : ["hq", "reception_place"];
  const missing = needed.filter((p) => !input.places.includes(p));
  if (missing.length > 0) {
    findings.push(
      finding(
        "T40",
        `${LAW.tcd} Điều 24.2`,
        `Lịch tiếp công dân chưa được công khai tại: ${missing.map((p) => PLACE_LABEL[p]).join(", ")}`,
      ),
    );
  }
  return findings;
}

/** One row of the Sổ tiếp công dân. */
export interface RegisterEntry {
  serial: number;
  date: string;
  name?: string | null;
  address?: string | null;
  /** Số căn cước, giấy chứng nhận căn cước, số định danh cá nhân hoặc hộ chiếu. */
  idNumber?: string | null;
  matter?: string | null;
  /** Quá trình xem xét, giải quyết của cơ quan có thẩm quyền (nếu có). */
  priorHandling?: string | null;
  request?: string | null;
  handling?: string | null;
  /** Updated in the national database (NĐ 154 Art 27.1). */
  nationalDbSynced?: boolean;
}

type RegisterText = "name" | "address" | "matter" | "request" | "handling" | "idNumber";

const REGISTER_LABEL: Record<RegisterText, string> = {
  name: "họ tên",
  address: "địa chỉ",
  matter: "nội dung sự việc",
  request: "yêu cầu, đề nghị của người đến",
  handling: "việc tiếp nhận, xử lý vụ việc",
  idNumber: "số căn cước, số định danh cá nhân hoặc số hộ chiếu",
};

/**
 * T41 (Luật TCD Art 25.2): each visit is a register row with serial, date, name, address, the
 * matter, the prior handling (if any), the request and how it was handled. For a visit from
 * 01/07/2026 the row also carries the identity number the officer must ask for (NĐ 154 Art 12.1)
 * and is updated in the national database (NĐ 154 Art 27.1).
 */
export function registerEntryProblems(entry: RegisterEntry): Finding[] {
  const findings: Finding[] = [];
  const row = `Sổ tiếp công dân, số thứ tự ${entry.serial}`;
  if (!Number.isInteger(entry.serial) || entry.serial < 1) {
    findings.push(
      finding("T41", `${LAW.tcd} Điều 25.2`, "Số thứ tự phải là số nguyên dương", "serial"),
    );
  }
  for (const field of ["name", "address", "matter", "request", "handling"] as const) {
    if (isBlank(entry[field])) {
      findings.push(
        finding("T41", `${LAW.tcd} Điều 25.2`, `${row}: thiếu ${REGISTER_LABEL[field]}`, field),
      );
    }
  }
  if (parseLocalDate(entry.date) < REFORM_DAY) return findings;
  if (isBlank(entry.idNumber)) {
    findings.push(
      finding(
        "T41",
        `${LAW.nd154} Điều 12.1`,
        `${row}: thiếu ${REGISTER_LABEL.idNumber}`,
        "idNumber",
      ),
    );
  }
  if (!entry.nationalDbSynced) {
    findings.push(
      finding(
        "T41",
        `${LAW.nd154} Điều 27.1`,
        `${row}: chưa cập nhật vào Cơ sở dữ liệu quốc gia về công tác tiếp công dân, xử lý đơn, giải quyết khiếu nại, tố cáo`,
        "nationalDbSynced",
      ),
    );
  }
  return findings;
}

/** T41: a register's serial numbers follow one another, in date order. */
export function registerSequenceProblems(entries: readonly RegisterEntry[]): Finding[] {
  const findings: Finding[] = [];
  for (let i = 1; i < entries.length; i += 1) {
    const prev = entries[i - 1];
    const cur = entries[i];
    if (!prev || !cur) continue;
    if (cur.serial !== prev.serial + 1) {
      findings.push(
        finding(
          "T41",
          `${LAW.tcd} Điều 25.2`,
          `Số thứ tự ${cur.serial} không liền sau số ${prev.serial}`,
        ),
      );
    }
    if (parseLocalDate(cur.date) < parseLocalDate(prev.date)) {
      findings.push(
        finding(
          "T41",
          `${LAW.tcd} Điều 25.2`,
          `Số thứ tự ${cur.serial} (ngày ${vnDate(cur.date)}) ghi sau số ${prev.serial} (ngày ${vnDate(prev.date)})`,
        ),
      );
    }
  }
  return findings;
}

/** Luật TCD Art 28.1 a–d: what the visitor is told. */
export const VISIT_OUTCOMES = ["accepted", "more_time", "refused", "transferred"] as const;
export type VisitOutcome = (typeof VISIT_OUTCOMES)[number];

/**
 * T42 (Luật TCD Art 28.1): within 10 working days of the visit the visitor is told, directly or
 * in writing, that the matter was accepted, needs more time, was refused, or was transferred.
 */
export function visitAnswerProblems(
  calendar: Calendar,
  input: { visitedOn: string; answeredOn: string | null; outcome: string | null; today: string },
): Finding[] {
  const due = deadlineOf(calendar, "visit_answer", input.visitedOn);
  const text = `hạn chót ${vnDate(due.due)}, 10 ngày làm việc kể từ ngày tiếp ${vnDate(input.visitedOn)}`;
  if (input.answeredOn === null) {
    return parseLocalDate(input.today) > due.due
      ? [finding("T42", due.provision, `Quá hạn nhưng chưa trả lời người đến (${text})`)]
      : [];
  }
  const findings: Finding[] = [];
  if (parseLocalDate(input.answeredOn) > due.due) {
    findings.push(
      finding("T42", due.provision, `Trả lời ngày ${vnDate(input.answeredOn)}, chậm (${text})`),
    );
  }
  if (!(VISIT_OUTCOMES as readonly (string | null)[]).includes(input.outcome)) {
    findings.push(
      finding(
        "T42",
        due.provision,
        "Câu trả lời phải là: đã thụ lý, cần kéo dài thời gian xem xét, từ chối thụ lý, hoặc đã chuyển đến cơ quan có thẩm quyền",
        "outcome",
      ),
    );
  }
  return findings;
}

/** An online reception session (NĐ 154/2026 Chương V). */
export interface OnlineSession {
  /** ISO timestamp with offset, e.g. "2026-07-15T08:00:00+07:00". */
  startsAt: string;
  notifiedOn: string | null;
  testedOn: string | null;
  /** When every bridge was connected; ISO timestamp with offset. */
  connectedAt: string | null;
  recorded: boolean;
  denunciation?: boolean;
  identityProtectionRequested?: boolean;
}

const HOUR = 3_600_000;

/**
 * T43 (NĐ 154/2026 Art 20.4, 23–24): online reception exists from 01/07/2026. The parties are
 * notified at the latest 05 working days before, the link tested at the latest 01 working day
 * before, every bridge connected at least 1 hour before the start, and the session recorded in
 * sound and picture. A denunciation is received online only if the denouncer does not ask for
 * identity protection.
 */
export function onlineSessionProblems(calendar: Calendar, session: OnlineSession): Finding[] {
  const day = parseLocalDate(session.startsAt.slice(0, 10));
  const findings: Finding[] = [];
  if (day < REFORM_DAY) {
    return [
      finding(
        "T43",
        ONLINE_ARTICLE,
        `Tiếp công dân trực tuyến ngày ${vnDate(day)} không có căn cứ: chỉ áp dụng từ ngày ${vnDate(REFORM_DAY)}`,
      ),
    ];
  }
  const checks = [
    [
      "online_reception_notice",
      session.notifiedOn,
      "thông báo cho người được tiếp và cơ quan tham gia",
    ],
    ["online_reception_test", session.testedOn, "kết nối thử giữa các điểm cầu"],
  ] as const;
  for (const [key, done, what] of checks) {
    const bound = latestBefore(calendar, key, day);
    if (bound === null) continue;
    const period = `${String(bound.n).padStart(2, "0")} ngày làm việc`;
    if (done === null) {
      findings.push(
        finding(
          bound.rule,
          bound.provision,
          `Chưa ${what} (chậm nhất ngày ${vnDate(bound.latest)})`,
        ),
      );
    } else if (parseLocalDate(done) > bound.latest) {
      findings.push(
        finding(
          bound.rule,
          bound.provision,
          `${what.charAt(0).toUpperCase()}${what.slice(1)} ngày ${vnDate(done)}, chưa đủ ${period} trước buổi tiếp ngày ${vnDate(day)} (chậm nhất ngày ${vnDate(bound.latest)})`,
        ),
      );
    }
  }
  const article23 = `${LAW.nd154} Điều 23.1`;
  const start = Date.parse(session.startsAt);
  const connected = session.connectedAt === null ? Number.NaN : Date.parse(session.connectedAt);
  if (Number.isNaN(connected) || Number.isNaN(start) || start - connected < HOUR) {
    findings.push(
      finding(
        "T43",
        article23,
        "Điểm cầu trung tâm phải kết nối xong với các điểm cầu thành phần chậm nhất 01 giờ trước khi bắt đầu",
      ),
    );
  }
  if (!session.recorded) {
    findings.push(
      finding(
        "T43",
        `${LAW.nd154} Điều 24.1`,
        "Buổi tiếp công dân trực tuyến phải được ghi âm, ghi hình dưới dạng dữ liệu điện tử",
      ),
    );
  }
  if (session.denunciation && session.identityProtectionRequested) {
    findings.push(
      finding(
        "T43",
        `${LAW.nd154} Điều 20.4`,
        "Không tiếp trực tuyến vụ việc tố cáo khi người tố cáo yêu cầu bảo vệ danh tính",
      ),
    );
  }
  return findings;
}
