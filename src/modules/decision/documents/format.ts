// Wording shared by the decision documents: times, shares of N, the village's names and the
// header every community document carries (NĐ 30 Mẫu 1.9 as overlaid by NĐ 59/2023, law2.md §8).

import { type Block, type MinutesHeader, shortDate } from "../../../core/documents/index.ts";
import type { BallotCount, Community, Outcome, Tally } from "./types.ts";

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/;

/** "19 giờ 30, ngày 12/09/2026" from "2026-09-12T19:30" (the village's local time). */
export function timeLine(at: string): string {
  const m = DATE_TIME.exec(at);
  if (!m || Number(m[2]) > 23 || Number(m[3]) > 59) {
    throw new RangeError(`Thời điểm không hợp lệ (cần YYYY-MM-DDTHH:mm): ${at}`);
  }
  return `${m[2]} giờ ${m[3]}, ngày ${shortDate(m[1]!)}`;
}

/** "67,00 %": a share of `total` with two decimals, rounded half up, Vietnamese comma. */
export function percent(part: number, total: number): string {
  if (total <= 0) return "—";
  const hundredths = Math.round((part * 10000) / total);
  return `${Math.floor(hundredths / 100)},${String(hundredths % 100).padStart(2, "0")} %`;
}

/** The first letter in lower case, for a name inside a sentence: "thôn Đông", "xã Thanh Bình". */
export const inSentence = (name: string) => {
  const t = name.trim();
  return t.charAt(0).toLocaleLowerCase("vi") + t.slice(1);
};

/** "Trưởng thôn" or "Tổ trưởng tổ dân phố" (Luật 10/2022 Art 18). */
export const headTitle = (c: Community) =>
  c.kind === "thôn" ? "Trưởng thôn" : "Tổ trưởng tổ dân phố";

/** The text split into paragraphs on blank lines; a single line break joins with a space. */
export function paragraphsOf(text: string): string[] {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim().replace(/\s*\n\s*/g, " "))
    .filter((p) => p !== "");
}

/** A whole number of households or ballots, ≥ 0; anything else would print a false record. */
export function assertCount(value: number, what: string): void {
  if (!Number.isInteger(value) || value < 0) {
    throw new RangeError(`${what} phải là số nguyên không âm (nhận được: ${value})`);
  }
}

/** The tally fits the households: yes + no + other ≤ `within`. */
export function assertTally(t: Tally, within: number, what: string): void {
  assertCount(t.yes, "Số ý kiến đồng ý");
  assertCount(t.no, "Số ý kiến không đồng ý");
  assertCount(t.other, "Số ý kiến khác");
  const sum = t.yes + t.no + t.other;
  if (sum > within) {
    throw new RangeError(
      `Tổng số ý kiến (${t.yes} + ${t.no} + ${t.other} = ${sum}) lớn hơn ${what} (${within})`,
    );
  }
}

/** Ballots add up: returned ≤ issued, returned = valid + invalid + duplicates, and every valid
 *  ballot holds one choice. */
export function assertBallots(b: BallotCount): void {
  for (const [value, what] of [
    [b.issued, "Số phiếu phát ra"],
    [b.returned, "Số phiếu thu về"],
    [b.valid, "Số phiếu hợp lệ"],
    [b.invalid, "Số phiếu không hợp lệ"],
    [b.duplicates, "Số phiếu trùng hộ"],
  ] as const) {
    assertCount(value, what);
  }
  if (b.returned > b.issued) {
    throw new RangeError(`Số phiếu thu về (${b.returned}) lớn hơn số phiếu phát ra (${b.issued})`);
  }
  if (b.valid + b.invalid + b.duplicates !== b.returned) {
    throw new RangeError(
      `Số phiếu thu về (${b.returned}) phải bằng hợp lệ + không hợp lệ + trùng hộ (${b.valid} + ${b.invalid} + ${b.duplicates})`,
    );
  }
  assertTally(b, b.valid, "số phiếu hợp lệ");
  if (b.yes + b.no + b.other !== b.valid) {
    throw new RangeError(
      `Mỗi phiếu hợp lệ có đúng một lựa chọn: ${b.yes} + ${b.no} + ${b.other} ≠ ${b.valid}`,
    );
  }
}

/** The three options of the vote, each over N (Art 21.1: the denominator is all households). */
export function tallyTable(t: Tally, households: number): Block {
  return {
    kind: "table",
    head: ["Phương án", "Số hộ", "Tỷ lệ trên tổng số hộ"],
    rows: [
      ["Đồng ý", String(t.yes), percent(t.yes, households)],
      ["Không đồng ý", String(t.no), percent(t.no, households)],
      ["Ý kiến khác", String(t.other), percent(t.other, households)],
    ],
    widths: [3, 2, 3],
    align: ["left", "center", "center"],
  };
}

/**
 * The header of a community document: the commune above the village on the left, Quốc hiệu
 * and Tiêu ngữ on the right (law2.md §8.1: NĐ 59 forms overlay Mẫu 1.9). Sent to UBND xã and
 * UBMTTQ xã (Luật 10/2022 Art 20.3) and filed with the village, which has no clerical office.
 */
export function communityHeader(
  c: Community,
  h: Pick<MinutesHeader, "number" | "docType" | "subject" | "placeDate"> & { symbol?: string },
): MinutesHeader {
  const commune = inSentence(c.commune);
  return {
    issuerParent: c.commune,
    issuer: c.name,
    ...h,
    recipients: [`UBND ${commune}`, `UBMTTQ Việt Nam ${commune}`],
    filedAs: `hồ sơ ${inSentence(c.name)}`,
  };
}

/** A body paragraph. */
export const para = (text: string): Block => ({ kind: "paragraph", text });

/** The lines under the tally: the rule that decided, with its article and test, then the verdict. */
export function outcomeBlocks(o: Outcome): Block[] {
  return [
    { kind: "paragraph", text: `Quy tắc áp dụng: ${o.rule.trim().replace(/\.$/, "")}.` },
    {
      kind: "paragraph",
      text: o.passed
        ? "Kết quả: nội dung được thông qua."
        : "Kết quả: nội dung không được thông qua.",
      bold: true,
    },
  ];
}
