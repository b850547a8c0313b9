// What the written decision of the community must contain (Luật 10/2022 Art 20.2, R34) and who
// signs an adopted village convention (NĐ 61/2023 Art 6.1, R67).

import { isLocalDate } from "../../../core/calendar/index.ts";
import { ART, finding, isCount, personKey } from "./cite.ts";
import type { Finding, Form } from "./types.ts";

/** The tally of the vote, as the record states it. */
export interface RecordTally {
  yes: number;
  no: number;
  other: number;
}

/**
 * The fields of Art 20.2 as they come from a form: anything may be missing.
 * For a ballot or an online vote, `attending` is the number of households that returned a ballot
 * or cast a vote, and `absent` the households that did not (N − A), as Mẫu 03/04 record them.
 */
export interface DecisionRecordFields {
  /** a) the time (day) of the meeting, the ballot deadline or the online close. */
  heldOn?: string | null;
  /** b) N: total households of the village (the frozen snapshot). */
  households?: number | null;
  /** b) A: households represented (meeting) or that voted (ballot, online). */
  attending?: number | null;
  /** b) households with no representative (must equal N − A). */
  absent?: number | null;
  /** c) what was discussed. */
  content?: string | null;
  /** d) the form of deciding: a `Form`, or its wording as entered. */
  form?: Form | string | null;
  /** đ) the result: the tally, or its wording. */
  result?: RecordTally | string | null;
  /** e) what was decided. */
  decision?: string | null;
  /** g) signatures (the signers' names as recorded). */
  signatures?: {
    head?: string | null;
    frontHead?: string | null;
    householdRep1?: string | null;
    householdRep2?: string | null;
  } | null;
}

export type RecordField =
  | "heldOn"
  | "households"
  | "attending"
  | "absent"
  | "content"
  | "form"
  | "result"
  | "decision"
  | "signatures.head"
  | "signatures.frontHead"
  | "signatures.householdRep1"
  | "signatures.householdRep2";

/** A problem with one field, so a form can show it next to that field. */
export interface RecordFinding extends Finding {
  field: RecordField;
}

const FIELD_VI: Record<RecordField, string> = {
  heldOn: "thời gian",
  households: "tổng số hộ gia đình",
  attending: "số đại diện hộ gia đình tham dự",
  absent: "số hộ gia đình không có đại diện tham dự",
  content: "nội dung đã thảo luận",
  form: "hình thức quyết định",
  result: "kết quả biểu quyết",
  decision: "nội dung quyết định",
  "signatures.head": "chữ ký của Trưởng thôn, Tổ trưởng tổ dân phố",
  "signatures.frontHead": "chữ ký của Trưởng ban công tác Mặt trận",
  "signatures.householdRep1": "chữ ký của đại diện hộ gia đình thứ nhất",
  "signatures.householdRep2": "chữ ký của đại diện hộ gia đình thứ hai",
};

function blank(text: string | null | undefined): boolean {
  return text === null || text === undefined || personKey(text) === "";
}

/**
 * R34 (Luật 10/2022 Art 20.2): every missing or inconsistent field, each named in Vietnamese.
 * Missing fields block finalisation. Checks: the date exists; N, A and the absent households are
 * whole numbers ≥ 0 with A ≤ N and absent = N − A; a tally has yes + no + other ≤ A; the two
 * household representatives are two different people.
 */
export function missingRecordFields(r: DecisionRecordFields): RecordFinding[] {
  const rule = "R34";
  const article = ART.law20_2;
  const problems: RecordFinding[] = [];
  const add = (field: RecordField, text: string) =>
    problems.push({ ...finding(rule, article, text), field });
  const missing = (field: RecordField) => add(field, `Văn bản quyết định thiếu ${FIELD_VI[field]}`);
  const wrongCount = (field: RecordField, value: unknown) =>
    add(
      field,
      `${capitalise(FIELD_VI[field])} phải là số nguyên không âm (nhận được: ${String(value)})`,
    );

  if (blank(r.heldOn)) missing("heldOn");
  else if (!isLocalDate(r.heldOn!)) add("heldOn", `Thời gian không hợp lệ: "${r.heldOn}"`);

  const counts = (["households", "attending", "absent"] as const).map((field) => {
    const value = r[field];
    if (value === null || value === undefined) {
      missing(field);
      return null;
    }
    if (!isCount(value)) {
      wrongCount(field, value);
      return null;
    }
    return value;
  });
  const [households, attending, absent] = counts;
  if (households != null && attending != null) {
    if (attending > households) {
      add("attending", `Số hộ tham dự (${attending}) lớn hơn tổng số hộ gia đình (${households})`);
    } else if (absent != null && absent !== households - attending) {
      add(
        "absent",
        `Số hộ không có đại diện tham dự phải bằng tổng số hộ trừ số hộ tham dự: ${households} − ${attending} = ${households - attending} (văn bản ghi ${absent})`,
      );
    }
  }

  if (blank(r.content)) missing("content");
  if (blank(r.form)) missing("form");

  const result = r.result;
  if (result === null || result === undefined || (typeof result === "string" && blank(result))) {
    missing("result");
  } else if (typeof result === "object") {
    const figures: unknown[] = [result.yes, result.no, result.other];
    if (!figures.every((figure) => isCount(figure))) {
      add(
        "result",
        `Kết quả biểu quyết phải là các số nguyên không âm (nhận được: ${figures.map(String).join(", ")})`,
      );
    } else if (attending != null && result.yes + result.no + result.other > attending) {
      add(
        "result",
        `Tổng số ý kiến (${result.yes} + ${result.no} + ${result.other} = ${result.yes + result.no + result.other}) lớn hơn số hộ tham dự (${attending})`,
      );
    }
  }

  if (blank(r.decision)) missing("decision");

  const s = r.signatures ?? {};
  for (const key of ["head", "frontHead", "householdRep1", "householdRep2"] as const) {
    if (blank(s[key])) missing(`signatures.${key}`);
  }
  if (!blank(s.householdRep1) && personKey(s.householdRep1!) === personKey(s.householdRep2 ?? "")) {
    add(
      "signatures.householdRep2",
      "Hai đại diện hộ gia đình ký văn bản phải là hai người khác nhau",
    );
  }
  return problems;
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase("vi") + text.slice(1);
}

/**
 * R67 (NĐ 61/2023 Art 6.1): the adopted convention is signed by the Trưởng thôn / Tổ trưởng TDP,
 * the Trưởng ban công tác Mặt trận and two household representatives (two different people; more
 * signatures are not an error); once recognised, UBND xã seals across its pages (dấu giáp lai).
 * A seal before recognition is reported too: only a recognised text bears it.
 */
export function conventionSignatureProblems(input: {
  head: string | null;
  frontHead: string | null;
  householdReps: string[];
  recognised: boolean;
  sealAcrossPages: boolean;
}): Finding[] {
  const rule = "R67";
  const article = ART.nd61_6;
  const problems: Finding[] = [];
  if (blank(input.head)) {
    problems.push(
      finding(
        rule,
        article,
        "Hương ước, quy ước thiếu chữ ký của Trưởng thôn, Tổ trưởng tổ dân phố",
      ),
    );
  }
  if (blank(input.frontHead)) {
    problems.push(
      finding(rule, article, "Hương ước, quy ước thiếu chữ ký của Trưởng ban công tác Mặt trận"),
    );
  }
  const reps = new Set(input.householdReps.map(personKey).filter((key) => key !== ""));
  if (reps.size < 2) {
    problems.push(
      finding(
        rule,
        article,
        `Hương ước, quy ước phải có chữ ký của 02 đại diện hộ gia đình (hiện có ${reps.size})`,
      ),
    );
  }
  if (input.recognised && !input.sealAcrossPages) {
    problems.push(
      finding(
        rule,
        article,
        "Hương ước, quy ước đã được công nhận nhưng chưa đóng dấu giáp lai của UBND xã",
      ),
    );
  }
  if (!input.recognised && input.sealAcrossPages) {
    problems.push(
      finding(
        rule,
        article,
        "Dấu giáp lai của UBND xã chỉ đóng sau khi hương ước, quy ước được công nhận",
      ),
    );
  }
  return problems;
}
