// Counting rules: when a community decision passes (Luật 10/2022 Art 16.3, 19.1b, 21.1;
// NĐ 59/2023 Art 3.5, 5.2, 5.4; NĐ 61/2023 Art 10). Integer arithmetic only:
//   ≥ 2/3 ⇔ 3*Y >= 2*N;  > 50 % ⇔ 2*Y > N;  ≥ 10 % ⇔ 10*k >= N.
// N is always the frozen snapshot of ALL households of the village (R102), never the
// attendees or the ballots returned.

import { daysBetween, parseLocalDate, plusMonths } from "../../../core/calendar/index.ts";
import { ART, cite, finding, isCount, vnDate } from "./cite.ts";
import type { Finding, Form, Item, Outcome } from "./types.ts";

type Kind = "two_thirds" | "majority";

/** Smallest count that meets the bar over `total`. */
export function neededFor(kind: Kind, total: number): number {
  return kind === "two_thirds" ? Math.floor((2 * total + 2) / 3) : Math.floor(total / 2) + 1;
}

export function meets(kind: Kind, count: number, total: number): boolean {
  return kind === "two_thirds" ? 3 * count >= 2 * total : 2 * count > total;
}

/** "3 × 67 = 201 ≥ 2 × 100 = 200" / "2 × 50 = 100 ≤ 100", the test with its figures. */
export function testText(kind: Kind, count: number, total: number): string {
  if (kind === "two_thirds") {
    const ok = 3 * count >= 2 * total;
    return `3 × ${count} = ${3 * count} ${ok ? "≥" : "<"} 2 × ${total} = ${2 * total}`;
  }
  return `2 × ${count} = ${2 * count} ${2 * count > total ? ">" : "≤"} ${total}`;
}

const BAR: Record<Kind, string> = {
  two_thirds: "từ hai phần ba (2/3)",
  majority: "trên 50%",
};

function figureProblems(
  rule: string,
  article: string,
  figures: [label: string, value: unknown][],
): Finding[] {
  return figures
    .filter(([, value]) => !isCount(value))
    .map(([label, value]) =>
      finding(
        rule,
        article,
        `Số liệu không hợp lệ: ${label} phải là số nguyên không âm (nhận được: ${String(value)})`,
      ),
    );
}

function invalidOutcome(
  ref: { rule: string; article: string },
  findings: Finding[],
  needed = 0,
  test = "",
): Outcome {
  return {
    ...ref,
    valid: false,
    passed: false,
    needed,
    test,
    message: `Kết quả không hợp lệ, chưa thể xác định thông qua hay không: ${findings.map((f) => f.message).join(" ")}`,
    findings,
  };
}

/**
 * R21 (NĐ 59/2023 Art 3.5): a procedural vote at the meeting (the secretary, the voting method,
 * the options, the Ban kiểm phiếu) passes when more than half of the attending household
 * representatives agree: 2*Y > A. Here, and only here, the denominator is the attendance.
 */
export function proceduralVote(input: { yes: number; attending: number }): Outcome {
  const ref = { rule: "R21", article: ART.nd59_3_5 };
  const { yes, attending } = input;
  const problems = figureProblems(ref.rule, ref.article, [
    ["số đại diện đồng ý", yes],
    ["số đại diện hộ gia đình dự họp", attending],
  ]);
  if (problems.length === 0 && attending === 0) {
    problems.push(finding(ref.rule, ref.article, "Không có đại diện hộ gia đình nào dự họp"));
  }
  if (problems.length === 0 && yes > attending) {
    problems.push(
      finding(
        ref.rule,
        ref.article,
        `Số đồng ý (${yes}) lớn hơn số đại diện dự họp (${attending})`,
      ),
    );
  }
  if (problems.length > 0) return invalidOutcome(ref, problems);
  const needed = neededFor("majority", attending);
  const passed = meets("majority", yes, attending);
  return {
    ...ref,
    valid: true,
    passed,
    needed,
    test: testText("majority", yes, attending),
    message: `${passed ? "Được thông qua" : "Không được thông qua"}: ${yes}/${attending} đại diện hộ gia đình dự họp đồng ý (cần trên 50% số đại diện dự họp, ít nhất ${needed}) ${cite(ref.rule, ref.article)}.`,
    findings: [],
  };
}

function attendanceKind(item: Item): Kind {
  return item === 1 || item === 2 ? "two_thirds" : "majority";
}

function attendanceOutcome(
  kind: Kind,
  households: number,
  attending: number,
  ref: { rule: string; article: string } = { rule: "R24", article: ART.law19_1b },
): Outcome {
  const problems = figureProblems(ref.rule, ref.article, [
    ["tổng số hộ gia đình", households],
    ["số hộ dự họp", attending],
  ]);
  if (problems.length === 0 && households === 0) {
    problems.push(finding(ref.rule, ref.article, "Tổng số hộ gia đình của thôn (N) bằng 0"));
  }
  if (problems.length === 0 && attending > households) {
    problems.push(
      finding(
        ref.rule,
        ref.article,
        `Số hộ dự họp (${attending}) lớn hơn tổng số hộ gia đình (${households})`,
      ),
    );
  }
  if (problems.length > 0) return invalidOutcome(ref, problems);
  const needed = neededFor(kind, households);
  const passed = meets(kind, attending, households);
  return {
    ...ref,
    valid: true,
    passed,
    needed,
    test: testText(kind, attending, households),
    message: passed
      ? `Đủ số hộ dự họp: ${attending}/${households} hộ, không ít hơn số hộ đồng ý tối thiểu cần để thông qua (${needed} trên tổng số ${households} hộ) ${cite(ref.rule, ref.article)}.`
      : `Không đủ số hộ dự họp: ${attending}/${households} hộ, ít hơn số hộ đồng ý tối thiểu cần để thông qua (${needed} trên tổng số ${households} hộ), nên không thể đạt tỷ lệ của Điều 21.1; có thể chuyển sang phát phiếu lấy ý kiến hộ gia đình ${cite(ref.rule, ref.article)}.`,
    findings: [],
  };
}

/**
 * R24 (Art 19.1b): the meeting has enough households for the Art 21.1 threshold to be reachable
 * — items 1–2: 3*A >= 2*N; items 3–6: 2*A > N. `passed` = attendance sufficient. When it is
 * not, the message says the matter may go to household ballots. For item 3 this is the same test
 * as NĐ 61 Art 10's meeting validity (R69, `conventionMeetingValidity`).
 */
export function attendanceTest(input: {
  item: Item;
  households: number;
  attending: number;
}): Outcome {
  return attendanceOutcome(attendanceKind(input.item), input.households, input.attending);
}

/** How the village count is judged: the rule that decides, its bar and, for a meeting, the
 *  attendance test (R24 by default). */
interface Threshold {
  rule: string;
  article: string;
  kind: Kind;
  presence?: (households: number, attending: number) => Outcome;
}

const R25: Threshold = { rule: "R25", article: ART.law21_1, kind: "two_thirds" };
const R26: Threshold = { rule: "R26", article: ART.law21_1, kind: "majority" };
const R32: Threshold = { rule: "R32", article: ART.nd59_5_4, kind: "majority" };
/** R27 with the commune's setting "a village approves by simple majority" (law.md §2.1.2 [U]). */
const R27_MAJORITY: Threshold = {
  rule: "R27",
  article: `${ART.law21_1} (ngưỡng của từng thôn theo cấu hình: trên 50%)`,
  kind: "majority",
};

export interface VillageCountInput {
  item: Item;
  form: Form;
  /** N: the frozen snapshot of all households of the village. */
  households: number;
  yes: number;
  no: number;
  other: number;
  /** Meeting: households represented at the meeting (required). Ballot / online: ballots
   *  returned or households that voted (optional, checked against the tally). */
  attending?: number;
  /** Online only: the opt-in poll (R31). */
  optIn?: { households: number; choseOnline: number };
}

function denominatorText(households: number): string {
  return `mẫu số là tổng số ${households} hộ gia đình của thôn, tổ dân phố theo danh sách đã chốt, không phải số hộ dự họp hay số phiếu thu về`;
}

function countVillage(input: VillageCountInput, threshold: Threshold): Outcome {
  const { rule, article, kind } = threshold;
  const ref = { rule, article };
  const { households, yes, no, other, attending, form } = input;
  const problems = figureProblems(rule, article, [
    ["tổng số hộ gia đình", households],
    ["số đồng ý", yes],
    ["số không đồng ý", no],
    ["số ý kiến khác", other],
    ...(attending === undefined ? [] : [["số hộ tham gia", attending] as [string, unknown]]),
  ]);
  if (problems.length > 0) return invalidOutcome(ref, problems);

  const cast = yes + no + other;
  if (households === 0) {
    problems.push(
      finding(
        rule,
        article,
        "Tổng số hộ gia đình của thôn (N) bằng 0: không có mẫu số để tính tỷ lệ",
      ),
    );
  } else if (cast > households) {
    problems.push(
      finding(
        rule,
        article,
        `Tổng số ý kiến (${yes} + ${no} + ${other} = ${cast}) lớn hơn tổng số ${households} hộ gia đình; mỗi hộ chỉ có một ý kiến`,
      ),
    );
  }
  if (attending !== undefined && attending > households && households > 0) {
    problems.push(
      finding(
        rule,
        article,
        `Số hộ tham gia (${attending}) lớn hơn tổng số hộ gia đình (${households})`,
      ),
    );
  }
  if (attending !== undefined && cast > attending && cast <= households) {
    problems.push(
      finding(rule, article, `Tổng số ý kiến (${cast}) lớn hơn số hộ tham gia (${attending})`),
    );
  }
  if (form === "online") {
    if (input.item !== 6) {
      problems.push(
        finding(
          "R18",
          ART.nd59_5_1,
          `Biểu quyết trực tuyến chỉ áp dụng cho nội dung 6, không áp dụng cho nội dung ${input.item}`,
        ),
      );
    }
    if (!input.optIn) {
      problems.push(
        finding(
          "R31",
          ART.nd59_5_2,
          "Chưa có kết quả lấy ý kiến lựa chọn hình thức biểu quyết trực tuyến",
        ),
      );
    } else {
      const optIn = optInOutcome(input.optIn);
      if (!optIn.passed) problems.push(...(optIn.valid ? [asFinding(optIn)] : optIn.findings));
    }
  } else if (form === "meeting") {
    if (attending === undefined) {
      problems.push(finding("R24", ART.law19_1b, "Thiếu số hộ gia đình có đại diện dự họp"));
    } else if (households > 0 && attending <= households) {
      const presence = (threshold.presence ?? ((n, a) => attendanceOutcome(kind, n, a)))(
        households,
        attending,
      );
      if (!presence.passed) problems.push(asFinding(presence));
    }
  }
  const needed = households > 0 ? neededFor(kind, households) : 0;
  const test = testText(kind, yes, households);
  if (problems.length > 0) return invalidOutcome(ref, problems, needed, test);

  const passed = meets(kind, yes, households);
  const verdict = passed ? "Thông qua" : "Không thông qua";
  const reached = passed ? "đạt" : "chưa đạt";
  return {
    ...ref,
    valid: true,
    passed,
    needed,
    test,
    message: `${verdict}: ${yes}/${households} hộ gia đình đồng ý, ${reached} tỷ lệ ${BAR[kind]} tổng số hộ gia đình (cần ít nhất ${needed} hộ đồng ý; ${denominatorText(households)}) ${cite(rule, article)}.`,
    findings: [],
  };
}

/** An outcome's verdict as a finding, for nesting one rule's result inside another's. */
function asFinding(outcome: Outcome): Finding {
  return { rule: outcome.rule, article: outcome.article, message: outcome.message };
}

/**
 * One village's result (Art 21.1; NĐ 59 Art 5.4):
 * - R25: items 1–2 within the village, 3*Y >= 2*N;
 * - R26: items 3–6, 2*Y > N;
 * - R32: online (item 6), 2*(đồng ý) > N.
 * Invalid (never "not passed") when N = 0, a figure is negative or fractional, yes+no+other > N
 * (or > attending when given), an online vote lacks a passed opt-in (R31) or concerns another
 * item (R18), or a meeting has no attendance figure or fails the R24 attendance test.
 */
export function villageOutcome(input: VillageCountInput): Outcome {
  const threshold =
    input.form === "online" ? R32 : attendanceKind(input.item) === "two_thirds" ? R25 : R26;
  return countVillage(input, threshold);
}

/**
 * How one village's vote on a commune-wide matter (items 1–2) counts as "approving" for R27.
 * The law does not say (law.md §2.1.2 [U]); the commune configures it:
 * - "two_thirds" (default): R25, 3*Y >= 2*N of the village's households;
 * - "majority": 2*Y > N, reported as R27.
 * The attendance test of a meeting follows the same bar. `communeOutcome` checks that every
 * village was counted with the configured bar.
 */
export function perVillageOutcome(
  rule: "two_thirds" | "majority",
  input: Omit<VillageCountInput, "item"> & { item?: Item },
): Outcome {
  return countVillage(
    { ...input, item: input.item ?? 1 },
    rule === "two_thirds" ? R25 : R27_MAJORITY,
  );
}

/** R31 (NĐ 59/2023 Art 5.2): online voting may be used only if 2*k > N households chose it. */
export function optInOutcome(input: { households: number; choseOnline: number }): Outcome {
  const ref = { rule: "R31", article: ART.nd59_5_2 };
  const { households, choseOnline } = input;
  const problems = figureProblems(ref.rule, ref.article, [
    ["tổng số hộ gia đình", households],
    ["số hộ chọn hình thức trực tuyến", choseOnline],
  ]);
  if (problems.length === 0 && households === 0) {
    problems.push(finding(ref.rule, ref.article, "Tổng số hộ gia đình của thôn (N) bằng 0"));
  }
  if (problems.length === 0 && choseOnline > households) {
    problems.push(
      finding(
        ref.rule,
        ref.article,
        `Số hộ chọn trực tuyến (${choseOnline}) lớn hơn tổng số hộ gia đình (${households})`,
      ),
    );
  }
  if (problems.length > 0) return invalidOutcome(ref, problems);
  const needed = neededFor("majority", households);
  const passed = meets("majority", choseOnline, households);
  return {
    ...ref,
    valid: true,
    passed,
    needed,
    test: testText("majority", choseOnline, households),
    message: `${passed ? "Được biểu quyết trực tuyến" : "Không được biểu quyết trực tuyến"}: ${choseOnline}/${households} hộ gia đình chọn hình thức trực tuyến, ${passed ? "đạt" : "chưa đạt"} tỷ lệ trên 50% tổng số đại diện hộ gia đình (cần ít nhất ${needed}) ${cite(ref.rule, ref.article)}.`,
    findings: [],
  };
}

export interface CommuneVillage {
  code: string;
  name: string;
  /** The village's own outcome (`perVillageOutcome` with the commune's rule); null = no result yet. */
  outcome: Outcome | null;
}

/**
 * R27 (Art 21.1): a commune-wide matter (items 1–2) passes when 3*(approving villages) >= 2*T,
 * T = every village of the commune (`villages` must list them all). A village approves when its
 * outcome is valid and passed. A village with no result yet, or an invalid one, counts as not
 * approving and is named in `findings`. `rule` is the commune's setting for how one village
 * approves; every outcome must have been computed with it (`perVillageOutcome(rule, …)`).
 */
export function communeOutcome(input: {
  villages: CommuneVillage[];
  rule: "two_thirds" | "majority";
}): Outcome {
  const ref = { rule: "R27", article: ART.law21_1 };
  const { villages, rule } = input;
  const total = villages.length;
  const structural: Finding[] = [];
  const notes: Finding[] = [];
  if (total === 0) {
    structural.push(finding(ref.rule, ref.article, "Danh sách thôn, tổ dân phố của xã trống"));
  }
  const seen = new Set<string>();
  const expectedRule = rule === "two_thirds" ? "R25" : "R27";
  let approving = 0;
  for (const village of villages) {
    const label = `${village.name} (${village.code})`;
    if (seen.has(village.code)) {
      structural.push(finding(ref.rule, ref.article, `${label} xuất hiện hai lần trong danh sách`));
      continue;
    }
    seen.add(village.code);
    const outcome = village.outcome;
    if (outcome === null) {
      notes.push(
        finding(ref.rule, ref.article, `${label} chưa có kết quả; được tính là không tán thành`),
      );
      continue;
    }
    if (outcome.rule !== expectedRule) {
      structural.push(
        finding(
          ref.rule,
          ref.article,
          `Kết quả của ${label} được tính theo ${outcome.rule}, không theo ngưỡng xã đã chọn (${BAR[rule]} tổng số hộ của thôn)`,
        ),
      );
      continue;
    }
    if (!outcome.valid) {
      notes.push(
        finding(
          ref.rule,
          ref.article,
          `Kết quả của ${label} không hợp lệ; được tính là không tán thành`,
        ),
      );
      continue;
    }
    if (outcome.passed) approving += 1;
  }
  const needed = neededFor("two_thirds", total);
  const test = testText("two_thirds", approving, total);
  if (structural.length > 0) return invalidOutcome(ref, [...structural, ...notes], needed, test);
  const passed = meets("two_thirds", approving, total);
  const villageBar =
    rule === "two_thirds"
      ? "từ hai phần ba tổng số hộ gia đình của thôn đồng ý (mặc định)"
      : "trên 50% tổng số hộ gia đình của thôn đồng ý (theo cấu hình của xã)";
  return {
    ...ref,
    valid: true,
    passed,
    needed,
    test,
    message: `${passed ? "Thông qua" : "Không thông qua"}: ${approving}/${total} thôn, tổ dân phố tán thành, ${passed ? "đạt" : "chưa đạt"} tỷ lệ từ hai phần ba (2/3) tổng số thôn, tổ dân phố của xã (cần ít nhất ${needed}; mẫu số là tất cả ${total} thôn, tổ dân phố của xã, thôn chưa có kết quả hoặc kết quả không hợp lệ được tính là không tán thành). Một thôn tán thành khi ${villageBar} ${cite(ref.rule, ref.article)}.`,
    findings: notes,
  };
}

/**
 * R69 (NĐ 61/2023 Art 10): a meeting adopting a village convention is valid only if more than
 * half of all households attend: 2*A > N. `passed` = the meeting is valid.
 */
export function conventionMeetingValidity(input: {
  households: number;
  attending: number;
}): Outcome {
  const ref = { rule: "R69", article: ART.nd61_10 };
  const outcome = attendanceOutcome("majority", input.households, input.attending, ref);
  if (!outcome.valid) return outcome;
  const { households, attending } = input;
  return {
    ...outcome,
    message: outcome.passed
      ? `Cuộc họp thông qua hương ước, quy ước hợp lệ: ${attending}/${households} hộ gia đình dự họp, trên 50% tổng số hộ (cần ít nhất ${outcome.needed}) ${cite(ref.rule, ref.article)}.`
      : `Cuộc họp thông qua hương ước, quy ước không hợp lệ: chỉ ${attending}/${households} hộ gia đình dự họp, không quá 50% tổng số hộ (cần ít nhất ${outcome.needed}); có thể lấy ý kiến bằng phiếu gửi hộ gia đình ${cite(ref.rule, ref.article)}.`,
  };
}

/**
 * R69–R70 (NĐ 61/2023 Art 10): a convention passes only if 2*Y > N of all households. At a
 * meeting, the meeting must be valid (2*A > N). A ballot is allowed only after a meeting failed
 * that attendance test (R70).
 */
export function conventionOutcome(input: {
  households: number;
  yes: number;
  no: number;
  other: number;
  form: "meeting" | "ballot";
  attending?: number;
  meetingFailed?: boolean;
}): Outcome {
  const ref = { rule: "R69", article: ART.nd61_10 };
  const threshold: Threshold = {
    ...ref,
    kind: "majority",
    presence: (households, attending) => conventionMeetingValidity({ households, attending }),
  };
  if (input.form === "meeting" && input.attending === undefined) {
    return invalidOutcome(ref, [
      finding(ref.rule, ref.article, "Thiếu số hộ gia đình có đại diện dự họp"),
    ]);
  }
  const base = countVillage(
    {
      item: 3,
      form: input.form,
      households: input.households,
      yes: input.yes,
      no: input.no,
      other: input.other,
      ...(input.attending === undefined ? {} : { attending: input.attending }),
    },
    threshold,
  );
  if (input.form === "meeting" || input.meetingFailed === true) return base;
  const findings = [
    finding(
      "R70",
      ART.nd61_10,
      "Chỉ được lấy ý kiến về hương ước, quy ước bằng phiếu gửi hộ gia đình khi cuộc họp không hợp lệ vì không quá 50% tổng số hộ gia đình dự họp",
    ),
    ...base.findings,
  ];
  return invalidOutcome(ref, findings, base.needed, base.test);
}

export interface Consent {
  householdId: number;
  /** The day the household gave its consent ("YYYY-MM-DD"). */
  givenOn: string;
}

export interface InitiativeTabling {
  /** ≥ 10 % of households gave a consent still valid on the tabling date: must be tabled. */
  mustTable: boolean;
  /** Must be tabled, or below 10 % but approved by the Ban CTMT. */
  mayTable: boolean;
  /** Households with at least one valid consent (one per household). */
  validConsents: number;
  /** Households whose consents had all expired. */
  expired: number;
  /** Households whose only consents are dated after the tabling date (not counted). */
  notYetGiven: number;
  /** Households needed: ceil(N / 10). */
  needed: number;
  finding: Finding;
}

/** The last day a consent given on `givenOn` is still valid: the same day three months later. */
export function consentValidThrough(givenOn: string): string {
  return plusMonths(parseLocalDate(givenOn), 3);
}

/**
 * R16 (Luật 10/2022 Art 16.3; NĐ 61/2023 Art 7 for conventions): a residents' initiative must be
 * tabled when 10*k >= N, k = households whose consent is valid on the tabling date; below that
 * only with the Ban CTMT's approval. One consent per household.
 *
 * Validity: "có giá trị trong thời hạn 03 tháng kể từ ngày đồng ý". By BLDS Art 147.1 the day it
 * was given is not counted, and by Art 148.1 a period in months ends at the end of the
 * corresponding day of the last month (the last day of that month if it has none, `plusMonths`).
 * So a consent given on 15/01 still counts when tabled on 15/04 and has expired on 16/04; one
 * given on 30/11 counts until 28/02 (29/02 in a leap year). No rolling past a weekend or holiday
 * (BLDS Art 148.5): the period measures how long a consent lasts, not a time to act at an office.
 */
export function initiativeTabling(input: {
  households: number;
  consents: Consent[];
  tablingDate: string;
  frontApproved: boolean;
}): InitiativeTabling {
  const ref = { rule: "R16", article: ART.nd61_7 };
  const tabling = parseLocalDate(input.tablingDate);
  const byHousehold = new Map<number, { valid: boolean; expired: boolean; future: boolean }>();
  for (const consent of input.consents) {
    const given = parseLocalDate(consent.givenOn);
    const state = byHousehold.get(consent.householdId) ?? {
      valid: false,
      expired: false,
      future: false,
    };
    if (daysBetween(given, tabling) < 0) state.future = true;
    else if (tabling <= consentValidThrough(given)) state.valid = true;
    else state.expired = true;
    byHousehold.set(consent.householdId, state);
  }
  let validConsents = 0;
  let expired = 0;
  let notYetGiven = 0;
  for (const state of byHousehold.values()) {
    if (state.valid) validConsents += 1;
    else if (state.expired) expired += 1;
    else notYetGiven += 1;
  }
  const { households, frontApproved } = input;
  const needed = isCount(households) ? Math.floor((households + 9) / 10) : 0;
  const result = (mustTable: boolean, mayTable: boolean, text: string): InitiativeTabling => ({
    mustTable,
    mayTable,
    validConsents,
    expired,
    notYetGiven,
    needed,
    finding: finding(ref.rule, ref.article, text),
  });
  if (!isCount(households) || households === 0) {
    return result(
      false,
      false,
      `Tổng số hộ gia đình của thôn không hợp lệ (${String(households)})`,
    );
  }
  if (validConsents > households) {
    return result(
      false,
      false,
      `Số hộ đồng ý (${validConsents}) lớn hơn tổng số ${households} hộ gia đình; người kiến nghị phải kiểm tra lại danh sách`,
    );
  }
  const dropped = [
    expired > 0 ? `${expired} hộ có ý kiến đồng ý đã quá 03 tháng` : "",
    notYetGiven > 0 ? `${notYetGiven} hộ có ý kiến ghi sau ngày đưa ra cộng đồng` : "",
  ].filter((s) => s !== "");
  const droppedText = dropped.length > 0 ? ` (không tính ${dropped.join(", ")})` : "";
  const count = `${validConsents}/${households} hộ gia đình đồng ý còn giá trị vào ngày ${vnDate(input.tablingDate)}${droppedText}`;
  if (10 * validConsents >= households) {
    return result(
      true,
      true,
      `Kiến nghị có ${count}, đạt từ 10% tổng số hộ (cần ít nhất ${needed}), nên phải đưa ra cộng đồng dân cư bàn, quyết định`,
    );
  }
  return frontApproved
    ? result(
        false,
        true,
        `Kiến nghị có ${count}, chưa đạt 10% tổng số hộ (cần ít nhất ${needed}); Ban công tác Mặt trận đã chấp thuận nên được đưa ra cộng đồng dân cư`,
      )
    : result(
        false,
        false,
        `Kiến nghị có ${count}, chưa đạt 10% tổng số hộ (cần ít nhất ${needed}); chỉ được đưa ra cộng đồng dân cư khi Ban công tác Mặt trận chấp thuận`,
      );
}
