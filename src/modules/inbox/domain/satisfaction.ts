// R48 (law.md; Luật 10/2022 Art 34.1, 35.2a): the commune runs a standing channel where residents
// rate their satisfaction with the commune government and with the officials who handle their
// procedures. The law fixes no scale; a five-level one is used (see README). Results per unit and
// per official, in integer arithmetic only.

import { type Finding, finding, LAW } from "./cite.ts";

export const RATING_LEVELS = [1, 2, 3, 4, 5] as const;
export type RatingLevel = (typeof RATING_LEVELS)[number];

export const RATING_LABELS: Record<RatingLevel, { vi: string; en: string }> = {
  1: { vi: "Rất không hài lòng", en: "Very dissatisfied" },
  2: { vi: "Không hài lòng", en: "Dissatisfied" },
  3: { vi: "Bình thường", en: "Neutral" },
  4: { vi: "Hài lòng", en: "Satisfied" },
  5: { vi: "Rất hài lòng", en: "Very satisfied" },
};

const R48 = `${LAW.l10} Điều 35.2a`;

/** One rating: of the unit's service, or of the official who handled the case. */
export interface Rating {
  /** The inbox item or procedure rated. */
  caseId: string;
  /** Who rated (an account, or an anonymous receipt code): one rating per case and rater. */
  raterKey: string;
  unitId: string;
  /** The official rated; null for a rating of the commune government as a whole. */
  officialId: string | null;
  level: number;
  /** ISO timestamp with offset. */
  ratedAt: string;
}

/** R48: a rating is a whole level from 1 to 5. */
export function ratingProblems(rating: Pick<Rating, "level">): Finding[] {
  if (Number.isInteger(rating.level) && rating.level >= 1 && rating.level <= 5) return [];
  return [
    finding(
      "R48",
      R48,
      `Mức đánh giá phải là một trong 5 mức từ 1 (${RATING_LABELS[1].vi}) đến 5 (${RATING_LABELS[5].vi})`,
      "level",
    ),
  ];
}

/** The last rating of each case by each rater: a new rating replaces the earlier one. Ratings
 *  with an invalid level are left out. */
export function latestRatings(ratings: readonly Rating[]): Rating[] {
  const latest = new Map<string, Rating>();
  for (const rating of ratings) {
    if (ratingProblems(rating).length > 0) continue;
    const key = JSON.stringify([rating.caseId, rating.raterKey, rating.officialId]);
    const seen = latest.get(key);
    if (!seen || Date.parse(rating.ratedAt) >= Date.parse(seen.ratedAt)) latest.set(key, rating);
  }
  return [...latest.values()];
}

export interface Tally {
  count: number;
  sum: number;
  /** Counts of levels 1–5, in that order. */
  byLevel: [number, number, number, number, number];
  /** Levels 4 and 5. */
  satisfied: number;
  /** Levels 1 and 2. */
  dissatisfied: number;
  /** The mean × 100, rounded half up (425 = 4,25); null with no rating. */
  averageHundredths: number | null;
  /** The satisfied share in ‰, rounded half up (750 = 75,0 %); null with no rating. */
  satisfiedPermille: number | null;
}

/** round(a / b) half up, for a ≥ 0 and b > 0, in integers. */
function roundedRatio(numerator: number, denominator: number): number {
  return Math.floor((2 * numerator + denominator) / (2 * denominator));
}

/** R48: the tally of counts per level 1–5 (as a database aggregate gives them). */
export function tallyOfLevels(byLevel: Tally["byLevel"]): Tally {
  return finish(byLevel);
}

function finish(byLevel: Tally["byLevel"]): Tally {
  const count = byLevel.reduce((a, b) => a + b, 0);
  const sum = byLevel.reduce((a, n, i) => a + n * (i + 1), 0);
  return {
    count,
    sum,
    byLevel,
    satisfied: byLevel[3] + byLevel[4],
    dissatisfied: byLevel[0] + byLevel[1],
    averageHundredths: count === 0 ? null : roundedRatio(100 * sum, count),
    satisfiedPermille: count === 0 ? null : roundedRatio(1000 * (byLevel[3] + byLevel[4]), count),
  };
}

/** R48: the tally of a set of ratings (already reduced with `latestRatings`). */
export function tally(ratings: readonly Rating[]): Tally {
  const byLevel: Tally["byLevel"] = [0, 0, 0, 0, 0];
  for (const r of ratings) {
    if (ratingProblems(r).length === 0) byLevel[r.level - 1] = (byLevel[r.level - 1] ?? 0) + 1;
  }
  return finish(byLevel);
}

/**
 * R48: results per unit (every rating of the unit: its service and its officials) or per official
 * (ratings naming that official), one rating per case and rater, the latest.
 */
export function tallyBy(ratings: readonly Rating[], by: "unit" | "official"): Map<string, Tally> {
  const groups = new Map<string, Rating[]>();
  for (const r of latestRatings(ratings)) {
    const key = by === "unit" ? r.unitId : r.officialId;
    if (key === null) continue;
    const group = groups.get(key) ?? [];
    group.push(r);
    groups.set(key, group);
  }
  return new Map([...groups].map(([key, group]) => [key, tally(group)]));
}

/** Rolls tallies up the hierarchy (a province from its communes): counts add, rates are
 *  recomputed from the sums, never averaged. */
export function mergeTallies(tallies: readonly Tally[]): Tally {
  const byLevel: Tally["byLevel"] = [0, 0, 0, 0, 0];
  for (const t of tallies) {
    for (let i = 0; i < 5; i += 1) byLevel[i] = (byLevel[i] ?? 0) + (t.byLevel[i] ?? 0);
  }
  return finish(byLevel);
}

/** "4,25 / 5; 75,0 % hài lòng (8 lượt đánh giá)", or "Chưa có đánh giá". */
export function describeTally(t: Tally): string {
  if (t.averageHundredths === null || t.satisfiedPermille === null) return "Chưa có đánh giá";
  const avg = `${Math.floor(t.averageHundredths / 100)},${String(t.averageHundredths % 100).padStart(2, "0")}`;
  const pct = `${Math.floor(t.satisfiedPermille / 10)},${t.satisfiedPermille % 10}`;
  return `${avg} / 5; ${pct} % hài lòng (${t.count} lượt đánh giá)`;
}
