// Dates and deadlines of a community decision and of a village convention, all through the
// calendar service (R1–R2): "≥ X ngày trước" is the calendar-day difference between the two
// dates; "trong thời hạn X ngày làm việc" is computeDeadline with unit WD, the first day not
// counted (BLDS Art 147) and holidays skipped. Rules R19, R28, R33, R35–R38, R68, R71–R73.

import {
  type Calendar,
  civilServiceCalendar,
  computeDeadline,
  type Deadline,
  daysBetween,
  daysInMonth,
  localDate,
  parseLocalDate,
  plusDays,
} from "../../../core/calendar/index.ts";
import { ART, finding, vnDate } from "./cite.ts";
import { scopeProblem } from "./matter-rules.ts";
import type { Finding, Item, Scope } from "./types.ts";

/** Law 10/2022 took effect on 01/07/2023; NĐ 61/2023 on 16/08/2023. */
const LAW_IN_FORCE = parseLocalDate("2023-07-01");
const ND61_IN_FORCE = parseLocalDate("2023-08-16");

/** "≥ `days` ngày trước": the action's date is at least `days` calendar days before the event. */
function daysBefore(action: string, event: string): number {
  return daysBetween(parseLocalDate(action), parseLocalDate(event));
}

/**
 * R19 (NĐ 59/2023 Art 3.3–3.4): the notice (Mẫu 01) reaches households at least 2 days before
 * the meeting (daysBetween(notice, meeting) >= 2) and is posted at the community cultural house;
 * for items 1–3 the documents reach every household at least 2 days before too.
 */
export function meetingNoticeProblems(input: {
  item: Item;
  meetingOn: string;
  noticeDeliveredOn: string | null;
  noticePosted: boolean;
  documentsDeliveredOn: string | null;
}): Finding[] {
  const meeting = vnDate(input.meetingOn);
  const latest = vnDate(plusDays(parseLocalDate(input.meetingOn), -2));
  const problems: Finding[] = [];
  if (input.noticeDeliveredOn === null) {
    problems.push(
      finding(
        "R19",
        ART.nd59_3_3,
        `Chưa gửi thông báo mời họp (Mẫu 01) cho cuộc họp ngày ${meeting}`,
      ),
    );
  } else {
    const gap = daysBefore(input.noticeDeliveredOn, input.meetingOn);
    if (gap < 2) {
      problems.push(
        finding(
          "R19",
          ART.nd59_3_3,
          `Thông báo mời họp gửi ngày ${vnDate(input.noticeDeliveredOn)}, ${gap > 0 ? `chỉ ${gap} ngày` : "không"} trước cuộc họp ngày ${meeting}; phải gửi trước ít nhất 02 ngày (chậm nhất ngày ${latest})`,
        ),
      );
    }
  }
  if (!input.noticePosted) {
    problems.push(
      finding(
        "R19",
        ART.nd59_3_3,
        "Thông báo mời họp chưa được niêm yết tại nhà văn hóa, điểm sinh hoạt cộng đồng",
      ),
    );
  }
  if (input.item === 1 || input.item === 2 || input.item === 3) {
    if (input.documentsDeliveredOn === null) {
      problems.push(
        finding(
          "R19",
          ART.nd59_3_4,
          `Chưa gửi tài liệu cuộc họp (nội dung ${input.item}) đến từng hộ gia đình`,
        ),
      );
    } else {
      const gap = daysBefore(input.documentsDeliveredOn, input.meetingOn);
      if (gap < 2) {
        problems.push(
          finding(
            "R19",
            ART.nd59_3_4,
            `Tài liệu cuộc họp gửi đến hộ gia đình ngày ${vnDate(input.documentsDeliveredOn)}, chưa đủ 02 ngày trước cuộc họp ngày ${meeting} (chậm nhất ngày ${latest})`,
          ),
        );
      }
    }
  }
  return problems;
}

/**
 * R28 (Luật 10/2022 Art 19.2; NĐ 59/2023 Art 4.2–4.4): the ballot plan is issued, and sent to the
 * Chủ tịch UBND xã and the Chủ tịch UBMTTQ xã within 02 days of its issue (a calendar-day
 * deadline, through the calendar: a last day on a weekend or holiday moves to the next working
 * day, BLDS Art 148.5); the publicity comes at least 2 days before the distribution.
 * `calendar` defaults to the civil-service calendar.
 */
export function ballotPlanProblems(input: {
  planIssuedOn: string | null;
  planSentOn: string | null;
  publicityOn: string | null;
  distributionOn: string;
  calendar?: Calendar;
}): Finding[] {
  const rule = "R28";
  const article = ART.law19_2;
  const problems: Finding[] = [];
  const distribution = vnDate(input.distributionOn);
  if (input.planIssuedOn === null) {
    problems.push(finding(rule, article, "Chưa ban hành kế hoạch phát phiếu lấy ý kiến"));
  } else if (input.planSentOn === null) {
    problems.push(
      finding(
        rule,
        article,
        "Kế hoạch phát phiếu chưa được gửi Chủ tịch UBND xã và Chủ tịch Ủy ban MTTQ Việt Nam xã",
      ),
    );
  } else {
    const issued = parseLocalDate(input.planIssuedOn);
    const sent = parseLocalDate(input.planSentOn);
    const deadline = computeDeadline(input.calendar ?? civilServiceCalendar(), {
      unit: "D",
      n: 2,
      provision: article,
      trigger: issued,
      effectiveFrom: LAW_IN_FORCE,
    });
    if (sent < issued) {
      problems.push(
        finding(
          rule,
          article,
          `Ngày gửi kế hoạch (${vnDate(sent)}) trước ngày ban hành kế hoạch (${vnDate(issued)})`,
        ),
      );
    } else if (sent > deadline.due) {
      problems.push(
        finding(
          rule,
          article,
          `Kế hoạch ban hành ngày ${vnDate(issued)} nhưng gửi Chủ tịch UBND xã và Chủ tịch Ủy ban MTTQ Việt Nam xã ngày ${vnDate(sent)}, quá thời hạn 02 ngày (hạn chót ${vnDate(deadline.due)})`,
        ),
      );
    }
  }
  if (input.publicityOn === null) {
    problems.push(
      finding(
        rule,
        article,
        "Chưa thông báo công khai nội dung, thời gian, thành phần Tổ phát phiếu lấy ý kiến",
      ),
    );
  } else if (daysBefore(input.publicityOn, input.distributionOn) < 2) {
    problems.push(
      finding(
        rule,
        article,
        `Thông báo công khai ngày ${vnDate(input.publicityOn)}, chưa đủ 02 ngày trước ngày phát phiếu ${distribution} (chậm nhất ngày ${vnDate(plusDays(parseLocalDate(input.distributionOn), -2))})`,
      ),
    );
  }
  return problems;
}

/**
 * R33 (NĐ 59/2023 Art 5.2a): the report to UBND xã and UBMTTQ xã is logged before the online vote
 * opens. With dates only, a report logged on the opening day counts as before (the platform logs
 * it as the step that precedes opening); a later date does not.
 */
export function onlineReportProblem(input: {
  reportLoggedOn: string | null;
  opensOn: string;
}): Finding | null {
  if (input.reportLoggedOn === null) {
    return finding(
      "R33",
      ART.nd59_5_2a,
      `Chưa báo cáo UBND xã và Ủy ban MTTQ Việt Nam xã trước khi mở biểu quyết trực tuyến ngày ${vnDate(input.opensOn)}`,
    );
  }
  if (parseLocalDate(input.reportLoggedOn) > parseLocalDate(input.opensOn)) {
    return finding(
      "R33",
      ART.nd59_5_2a,
      `Báo cáo UBND xã và Ủy ban MTTQ Việt Nam xã ngày ${vnDate(input.reportLoggedOn)}, sau ngày mở biểu quyết trực tuyến ${vnDate(input.opensOn)}; phải báo cáo trước`,
    );
  }
  return null;
}

function workingDays(
  calendar: Calendar,
  n: number,
  provision: string,
  trigger: string,
  effectiveFrom = LAW_IN_FORCE,
): Deadline {
  return computeDeadline(calendar, {
    unit: "WD",
    n,
    provision,
    trigger: parseLocalDate(trigger),
    effectiveFrom,
  });
}

/** Done in time: on or before the due day (a deadline ends at 24:00 of it). */
export function withinDeadline(deadline: Deadline, on: string): boolean {
  return parseLocalDate(on) <= deadline.due;
}

/**
 * R35 (Luật 10/2022 Art 20.3; NĐ 59 Art 4.7, 5.5): the decision document reaches UBND xã and
 * UBMTTQ xã within 05 working days after the meeting, the ballot deadline or the online close.
 */
export function dispatchDeadline(calendar: Calendar, closedOn: string): Deadline {
  return workingDays(calendar, 5, ART.law20_3, closedOn);
}

/** R37 (Luật 10/2022 Art 21.2): recognition, or a written refusal with reasons, within 05 WD of
 *  receiving the decision. */
export function recognitionDeadline(calendar: Calendar, receivedOn: string): Deadline {
  return workingDays(calendar, 5, ART.law21_2, receivedOn);
}

/**
 * R36 (Luật 10/2022 Art 21.2): when the decision takes effect.
 * - items 1, 2, 6 within a village: the day of the vote;
 * - items 1–2 commune-wide: the day UBND xã sets from the aggregated results;
 * - items 3–4: the day of UBND xã's recognition decision;
 * - item 5: the day of UBMTTQ xã's recognition decision.
 * `on` is null while the date is not known yet, or when the inputs contradict each other.
 */
export function entryIntoForce(input: {
  item: Item;
  scope: Scope;
  voteOn: string;
  recognisedOn: string | null;
  communeSetOn: string | null;
}): { on: string | null; finding: Finding } {
  const rule = "R36";
  const article = ART.law21_2;
  const scope = scopeProblem(input.item, input.scope);
  if (scope) return { on: null, finding: scope };
  const vote = parseLocalDate(input.voteOn);
  /** `what` names the day in lower case: "ngày UBND xã ra quyết định công nhận". */
  const afterVote = (date: string, what: string): { on: string | null; finding: Finding } => {
    const day = parseLocalDate(date);
    if (day < vote) {
      return {
        on: null,
        finding: finding(
          rule,
          article,
          `Không xác định được ngày có hiệu lực: ${what} (${vnDate(day)}) trước ngày biểu quyết (${vnDate(vote)})`,
        ),
      };
    }
    return {
      on: day,
      finding: finding(rule, article, `Có hiệu lực từ ngày ${vnDate(day)}, ${what}`),
    };
  };
  if (input.scope === "commune") {
    return input.communeSetOn === null
      ? {
          on: null,
          finding: finding(
            rule,
            article,
            "Chưa có hiệu lực: chờ UBND xã quyết định ngày có hiệu lực trên cơ sở tổng hợp kết quả các thôn, tổ dân phố",
          ),
        }
      : afterVote(input.communeSetOn, "ngày do UBND xã quyết định trên cơ sở tổng hợp kết quả");
  }
  if (input.item === 1 || input.item === 2 || input.item === 6) {
    return {
      on: vote,
      finding: finding(rule, article, `Có hiệu lực từ ngày biểu quyết ${vnDate(vote)}`),
    };
  }
  const recogniser = input.item === 5 ? "Ủy ban MTTQ Việt Nam xã" : "UBND xã";
  return input.recognisedOn === null
    ? {
        on: null,
        finding: finding(
          rule,
          article,
          `Chưa có hiệu lực: chờ quyết định công nhận của ${recogniser}`,
        ),
      }
    : afterVote(input.recognisedOn, `ngày ${recogniser} ra quyết định công nhận`);
}

/**
 * R38 (Luật 10/2022 Art 22): UBND xã annuls a community decision only on a recorded ground —
 * (a) unlawful or against good customs: annul; (b) procedure not followed: annul or request an
 * amendment, depending on severity; (c) the community wants a change: it amends its decision
 * itself through Art 18–21, UBND xã neither annuls nor requests. No ground: refused.
 */
export function annulmentProblem(input: {
  ground: "a" | "b" | "c" | null;
  action: "annul" | "request_amendment";
}): Finding | null {
  const rule = "R38";
  const article = ART.law22_2;
  const act = input.action === "annul" ? "hủy bỏ" : "yêu cầu sửa đổi";
  switch (input.ground) {
    case null:
      return finding(
        rule,
        article,
        `UBND xã chỉ được ${act} quyết định của cộng đồng dân cư khi ghi rõ căn cứ (nội dung trái pháp luật, trái đạo đức xã hội, thuần phong mỹ tục hoặc không đúng trình tự, thủ tục)`,
      );
    case "a":
      return input.action === "annul"
        ? null
        : finding(
            rule,
            article,
            "Quyết định có nội dung trái pháp luật, trái đạo đức xã hội, thuần phong mỹ tục: UBND xã phải hủy bỏ, không chỉ yêu cầu sửa đổi",
          );
    case "b":
      return null;
    case "c":
      return finding(
        rule,
        article,
        `Cộng đồng dân cư muốn thay đổi quyết định: cộng đồng tự sửa đổi, bổ sung theo trình tự Điều 18–21; UBND xã không ${act}`,
      );
    default:
      return finding(rule, article, `Căn cứ không hợp lệ: ${String(input.ground)}`);
  }
}

/**
 * R68 (NĐ 61/2023 Art 9.1): the draft convention is posted for public comment at least 30
 * calendar days before adoption — or longer if the community set so (`minDays`), never shorter.
 * Measured as daysBetween(posted, adoption) >= minDays (R2). `postedOn` is the start of an
 * uninterrupted posting (R3, the caller's evidence).
 */
export function draftPostingProblem(input: {
  postedOn: string | null;
  adoptionOn: string;
  minDays?: number;
}): Finding | null {
  const rule = "R68";
  const article = ART.nd61_9;
  const minDays = input.minDays ?? 30;
  if (!Number.isInteger(minDays) || minDays < 30) {
    return finding(
      rule,
      article,
      `Thời gian niêm yết do cộng đồng quyết định không được ít hơn 30 ngày (nhận được: ${minDays})`,
    );
  }
  const adoption = vnDate(input.adoptionOn);
  if (input.postedOn === null) {
    return finding(
      rule,
      article,
      `Dự thảo hương ước, quy ước chưa được niêm yết để lấy ý kiến trước ngày thông qua ${adoption}`,
    );
  }
  const days = daysBefore(input.postedOn, input.adoptionOn);
  if (days < 0) {
    return finding(
      rule,
      article,
      `Dự thảo niêm yết ngày ${vnDate(input.postedOn)}, sau ngày thông qua ${adoption}; phải niêm yết ít nhất ${minDays} ngày trước khi thông qua`,
    );
  }
  if (days < minDays) {
    const latest = vnDate(plusDays(parseLocalDate(input.adoptionOn), -minDays));
    return finding(
      rule,
      article,
      `Dự thảo niêm yết từ ngày ${vnDate(input.postedOn)}, mới ${days} ngày trước ngày thông qua ${adoption}; phải niêm yết ít nhất ${minDays} ngày (chậm nhất từ ngày ${latest})`,
    );
  }
  return null;
}

/** R71 (NĐ 61/2023 Art 11): the head sends the recognition dossier within 05 WD of adoption
 *  (the meeting, or the end of the ballot period). */
export function conventionDossierDeadline(calendar: Calendar, adoptedOn: string): Deadline {
  return workingDays(calendar, 5, ART.nd61_11, adoptedOn, ND61_IN_FORCE);
}

/** R71 (NĐ 61/2023 Art 11): UBND xã recognises, or refuses in writing, within 05 WD of a
 *  complete dossier. */
export function conventionDecisionDeadline(
  calendar: Calendar,
  dossierCompleteOn: string,
): Deadline {
  return workingDays(calendar, 5, ART.nd61_11, dossierCompleteOn, ND61_IN_FORCE);
}

/** R72 (NĐ 61/2023 Art 12.2, 14.3): after a written complaint about a convention, UBND xã
 *  suspends it or answers that the complaint is unfounded within 03 WD, and decides an
 *  annulment within 05 WD. */
export function complaintDeadlines(
  calendar: Calendar,
  receivedOn: string,
): { suspendOrReply: Deadline; annul: Deadline } {
  return {
    suspendOrReply: workingDays(calendar, 3, ART.nd61_12, receivedOn, ND61_IN_FORCE),
    annul: workingDays(calendar, 5, ART.nd61_14, receivedOn, ND61_IN_FORCE),
  };
}

/**
 * R73 (NĐ 61/2023 Art 15.4): the yearly review of a convention, on 18/11 (Ngày hội Đại đoàn kết
 * toàn dân tộc) or on the day the community agreed. An agreed 29/02 falls on 28/02 in a common
 * year; an impossible day (31/04, month 13) throws a CalendarError.
 */
export function annualReviewDate(year: number, agreed?: { month: number; day: number }): string {
  if (!agreed) return localDate(year, 11, 18);
  if (agreed.month === 2 && agreed.day === 29) {
    return localDate(year, 2, Math.min(29, daysInMonth(year, 2)));
  }
  return localDate(year, agreed.month, agreed.day);
}

/**
 * R73 (NĐ 61/2023 Art 16.3): the province reports to the Ministry of Culture, Sports and Tourism
 * "trước ngày 30 tháng 11": the last day is 29/11. It is not moved when it falls on a weekend:
 * moving it forward would no longer be before 30/11.
 */
export function provinceReportDue(year: number): string {
  return localDate(year, 11, 29);
}
