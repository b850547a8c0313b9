import { describe, expect, it } from "vitest";
import {
  assertBallots,
  headTitle,
  inSentence,
  paragraphsOf,
  percent,
  tallyTable,
  timeLine,
} from "./format.ts";

describe("timeLine", () => {
  it("hour and minute, then the day as dd/mm/yyyy", () => {
    expect(timeLine("2026-09-05T08:00")).toBe("08 giờ 00, ngày 05/09/2026");
    expect(timeLine("2026-12-31T23:59")).toBe("23 giờ 59, ngày 31/12/2026");
  });

  it("refuses what is not a real local time", () => {
    expect(() => timeLine("2026-09-05")).toThrow("Thời điểm không hợp lệ");
    expect(() => timeLine("2026-09-05T24:00")).toThrow("Thời điểm không hợp lệ");
    expect(() => timeLine("2026-02-30T08:00")).toThrow("Ngày không có thật: 2026-02-30");
  });
});

describe("percent (Art 21.1: shares of all households N)", () => {
  it("two decimals with a Vietnamese comma, half up", () => {
    expect(percent(67, 100)).toBe("67,00 %");
    expect(percent(2, 3)).toBe("66,67 %");
    expect(percent(1, 3)).toBe("33,33 %");
    expect(percent(1, 8)).toBe("12,50 %");
    expect(percent(100, 100)).toBe("100,00 %");
    expect(percent(0, 0)).toBe("—");
  });

  it("the tally table puts each option over N", () => {
    expect(tallyTable({ yes: 2, no: 1, other: 0 }, 3)).toEqual({
      kind: "table",
      head: ["Phương án", "Số hộ", "Tỷ lệ trên tổng số hộ"],
      rows: [
        ["Đồng ý", "2", "66,67 %"],
        ["Không đồng ý", "1", "33,33 %"],
        ["Ý kiến khác", "0", "0,00 %"],
      ],
      widths: [3, 2, 3],
      align: ["left", "center", "center"],
    });
  });
});

describe("names and paragraphs", () => {
  it("a name inside a sentence starts in lower case", () => {
    expect(inSentence(" Thôn Đông")).toBe("thôn Đông");
    expect(inSentence("Ủy ban")).toBe("ủy ban");
  });

  it("Luật 10/2022 Art 18: the head of a thôn or a tổ dân phố", () => {
    const c = { name: "X", commune: "Y", place: "Z" };
    expect(headTitle({ ...c, kind: "thôn" })).toBe("Trưởng thôn");
    expect(headTitle({ ...c, kind: "tổ dân phố" })).toBe("Tổ trưởng tổ dân phố");
  });

  it("blank lines start paragraphs; single breaks join with a space", () => {
    expect(paragraphsOf("a\nb\r\n\r\n  \n\nc  ")).toEqual(["a b", "c"]);
    expect(paragraphsOf(" \n ")).toEqual([]);
  });
});

describe("assertBallots", () => {
  const ok = {
    issued: 10,
    returned: 9,
    valid: 7,
    invalid: 1,
    duplicates: 1,
    yes: 5,
    no: 1,
    other: 1,
  };

  it("accepts ballots that add up", () => {
    expect(() => assertBallots(ok)).not.toThrow();
  });

  it("names the figure that is wrong", () => {
    expect(() => assertBallots({ ...ok, invalid: -1 })).toThrow(
      "Số phiếu không hợp lệ phải là số nguyên không âm (nhận được: -1)",
    );
    expect(() => assertBallots({ ...ok, valid: 8, yes: 7, no: 1, other: 1 })).toThrow(
      "Số phiếu thu về (9) phải bằng hợp lệ + không hợp lệ + trùng hộ (8 + 1 + 1)",
    );
    expect(() => assertBallots({ ...ok, yes: 7 })).toThrow(
      "Tổng số ý kiến (7 + 1 + 1 = 9) lớn hơn số phiếu hợp lệ (7)",
    );
  });
});
