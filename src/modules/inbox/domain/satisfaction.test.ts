import { describe, expect, it } from "vitest";
import {
  describeTally,
  latestRatings,
  mergeTallies,
  RATING_LABELS,
  RATING_LEVELS,
  type Rating,
  ratingProblems,
  tally,
  tallyBy,
} from "./satisfaction.ts";

const rating = (caseId: string, level: number, extra: Partial<Rating> = {}): Rating => ({
  caseId,
  raterKey: `r-${caseId}`,
  unitId: "xa-hoa-binh",
  officialId: null,
  level,
  ratedAt: "2026-09-01T08:00:00+07:00",
  ...extra,
});

describe("R48 (Luật 10/2022 Điều 35.2a): the rating scale", () => {
  it("five levels, from very dissatisfied to very satisfied", () => {
    expect(RATING_LEVELS.map((l) => RATING_LABELS[l].vi)).toEqual([
      "Rất không hài lòng",
      "Không hài lòng",
      "Bình thường",
      "Hài lòng",
      "Rất hài lòng",
    ]);
  });
  it.each([[0], [6], [3.5], [Number.NaN]])("level %s is refused", (level) => {
    expect(ratingProblems({ level })).toEqual([
      {
        rule: "R48",
        article: "Luật 10/2022 Điều 35.2a",
        field: "level",
        message:
          "Mức đánh giá phải là một trong 5 mức từ 1 (Rất không hài lòng) đến 5 (Rất hài lòng) (R48, Luật 10/2022 Điều 35.2a).",
      },
    ]);
  });
  it.each([[1], [5]])("level %s is accepted", (level) => {
    expect(ratingProblems({ level })).toEqual([]);
  });
});

describe("R48: aggregation in integer arithmetic", () => {
  it("a tally: counts, sum, satisfied (4–5), dissatisfied (1–2), mean × 100 and ‰ rounded half up", () => {
    const t = tally([
      rating("a", 5),
      rating("b", 4),
      rating("c", 4),
      rating("d", 2),
      rating("e", 3),
      rating("f", 1),
    ]);
    expect(t).toEqual({
      count: 6,
      sum: 19,
      byLevel: [1, 1, 1, 2, 1],
      satisfied: 3,
      dissatisfied: 2,
      averageHundredths: 317, // 19 / 6 = 3.1666…
      satisfiedPermille: 500,
    });
    expect(describeTally(t)).toBe("3,17 / 5; 50,0 % hài lòng (6 lượt đánh giá)");
  });
  it("rounding half up: 2 of 3 satisfied is 666.67 ‰ → 667; mean 4,5 stays 450", () => {
    const t = tally([rating("a", 5), rating("b", 4), rating("c", 1)]);
    expect(t.satisfiedPermille).toBe(667);
    expect(t.averageHundredths).toBe(333);
    expect(tally([rating("a", 5), rating("b", 4)]).averageHundredths).toBe(450);
    // 1/8 = 125 ‰ exactly; 1/16 = 62.5 ‰ → 63
    expect(
      tally([rating("a", 5), ...Array.from({ length: 15 }, (_, i) => rating(`x${i}`, 3))])
        .satisfiedPermille,
    ).toBe(63);
  });
  it("no ratings", () => {
    const t = tally([]);
    expect(t).toMatchObject({ count: 0, averageHundredths: null, satisfiedPermille: null });
    expect(describeTally(t)).toBe("Chưa có đánh giá");
  });

  it("one rating per case and rater: a later rating replaces the earlier one; invalid levels are left out", () => {
    const kept = latestRatings([
      rating("a", 1, { ratedAt: "2026-09-01T08:00:00+07:00" }),
      rating("a", 5, { ratedAt: "2026-09-02T08:00:00+07:00" }),
      rating("a", 3, { ratedAt: "2026-09-01T09:00:00+07:00" }),
      rating("b", 9),
    ]);
    expect(kept.map((r) => `${r.caseId}:${r.level}`)).toEqual(["a:5"]);
  });

  it("per unit (every rating of the unit) and per official (ratings naming them)", () => {
    const ratings = [
      rating("a", 5),
      rating("b", 2, { officialId: "cc-tuphap" }),
      rating("c", 4, { officialId: "cc-tuphap" }),
      rating("d", 3, { officialId: "cc-diachinh" }),
      rating("e", 1, { unitId: "phuong-an-lac" }),
    ];
    const units = tallyBy(ratings, "unit");
    expect([...units.keys()]).toEqual(["xa-hoa-binh", "phuong-an-lac"]);
    expect(units.get("xa-hoa-binh")).toMatchObject({
      count: 4,
      sum: 14,
      averageHundredths: 350,
      satisfiedPermille: 500,
    });
    const officials = tallyBy(ratings, "official");
    expect([...officials.keys()]).toEqual(["cc-tuphap", "cc-diachinh"]);
    expect(officials.get("cc-tuphap")).toMatchObject({
      count: 2,
      byLevel: [0, 1, 0, 1, 0],
      averageHundredths: 300,
    });
  });

  it("rolling up the hierarchy recomputes from the counts, never averages the averages", () => {
    const small = tally([rating("a", 5)]);
    const large = tally([rating("b", 1), rating("c", 1), rating("d", 1)]);
    const province = mergeTallies([small, large]);
    expect(province).toMatchObject({
      count: 4,
      sum: 8,
      averageHundredths: 200,
      satisfiedPermille: 250,
    });
    // The mean of the two means would be 3,00: wrong.
    expect(province.averageHundredths).not.toBe(300);
  });
});
