import { describe, expect, it } from "vitest";
import type { IndicatorValue } from "./indicators.ts";
import { ReportingError } from "./refusal.ts";
import {
  type AssessmentInput,
  assess,
  automaticPoints,
  type Band,
  type CriteriaSet,
  type Criterion,
  checkCriteriaSet,
  classify,
  DEFAULT_BANDS,
  leagueTable,
  R100_PASS_RULE,
} from "./scoring.ts";

// QĐ 25/2021's five criteria (law.md §5.2). TT 09 Phụ lục I's points were not read, so the
// maxima here are test data, not the official weights (R100: loaded, never hard-coded).
const TITLES = [
  "Ban hành văn bản theo thẩm quyền",
  "Tiếp cận thông tin, phổ biến, giáo dục pháp luật",
  "Hòa giải ở cơ sở, trợ giúp pháp lý",
  "Thực hiện dân chủ ở xã, phường, thị trấn",
  "Tiếp công dân, giải quyết khiếu nại, tố cáo, thủ tục hành chính",
];

const manual = (id: string, maxPoints: number, evidenceRequired = false): Criterion => ({
  id,
  title: TITLES[Number(id) - 1] ?? `Tiêu chí ${id}`,
  maxPoints,
  evidenceRequired,
  source: { kind: "manual" },
});

const set = (criteria: Criterion[], over: Partial<CriteriaSet> = {}): CriteriaSet => ({
  title: "Chấm điểm thực hiện dân chủ ở xã năm 2026",
  unitKind: "commune",
  year: 2026,
  source: "Hướng dẫn chấm điểm (dữ liệu thử)",
  criteria,
  passRule: R100_PASS_RULE,
  bands: DEFAULT_BANDS,
  ...over,
});

const fiveByTwenty = set(["1", "2", "3", "4", "5"].map((id) => manual(id, 20)));

/** Reviewer's scores, in criterion order. */
const reviewed = (points: number[], events: string[] = []): AssessmentInput => ({
  indicators: {},
  scores: Object.fromEntries(
    points.map((p, i) => [String(i + 1), { selfScore: p, reviewerScore: p, evidenceCount: 1 }]),
  ),
  disqualifyingEvents: events,
});

const CITE = "(R100, QĐ 25/2021/QĐ-TTg Điều 4; TT 09/2021/TT-BTP)";

describe("R100 — QĐ 25/2021 Art 4, TT 09/2021: total ≥ 80, each criterion ≥ 50 % of its maximum, no disqualifying event", () => {
  it.each<[number[], boolean, string[]]>([
    [[20, 20, 20, 10, 10], true, []],
    [[20, 20, 19, 10, 10], false, [`Tổng điểm 79 dưới mức đạt 80 điểm ${CITE}.`]],
    [[20, 20, 20, 20, 10], true, []],
    [[20, 20, 20, 20, 9], false, [`Tiêu chí 5 đạt 9/20 điểm, dưới 50 % điểm tối đa ${CITE}.`]],
    [
      [20, 20, 20, 10, 9],
      false,
      [
        `Tổng điểm 79 dưới mức đạt 80 điểm ${CITE}.`,
        `Tiêu chí 5 đạt 9/20 điểm, dưới 50 % điểm tối đa ${CITE}.`,
      ],
    ],
  ])("R100 — QĐ 25/2021 Art 4: %j → passed %s", (points, passed, reasons) => {
    const result = assess(fiveByTwenty, reviewed(points));
    expect(result.total).toBe(points.reduce((a, b) => a + b, 0));
    expect(result.passed).toBe(passed);
    expect(result.reasons).toEqual(reasons);
  });

  it("R100 — QĐ 25/2021 Art 4: 50 % of an odd maximum in integers — 8 of 15 passes (800 ≥ 750), 7 of 15 fails", () => {
    const odd = set([
      manual("1", 15),
      manual("2", 20),
      manual("3", 20),
      manual("4", 20),
      manual("5", 25),
    ]);
    expect(assess(odd, reviewed([8, 20, 20, 20, 25])).passed).toBe(true);
    expect(assess(odd, reviewed([7, 20, 20, 20, 25])).reasons).toEqual([
      `Tiêu chí 1 đạt 7/15 điểm, dưới 50 % điểm tối đa ${CITE}.`,
    ]);
  });

  it("R100 — QĐ 25/2021 Art 4: a disqualifying event fails even a full score; a set may switch that condition off", () => {
    const event = "Chủ tịch UBND xã bị kỷ luật do vi phạm khi thi hành công vụ";
    expect(assess(fiveByTwenty, reviewed([20, 20, 20, 20, 20], [event]))).toMatchObject({
      total: 100,
      passed: false,
      reasons: [`Trong năm có vi phạm loại trừ: ${event} ${CITE}.`],
    });
    const lenient = set(fiveByTwenty.criteria, {
      passRule: {
        ...R100_PASS_RULE,
        rule: "HD-LĐLĐ",
        source: "Hướng dẫn của LĐLĐ huyện",
        disqualifyingEventsFail: false,
      },
    });
    expect(assess(lenient, reviewed([20, 20, 20, 20, 20], [event])).passed).toBe(true);
  });
});

describe("issue #6 §5: classification bands (platform defaults Tốt ≥ 90 / Khá ≥ 80 / Trung bình ≥ 65 / Yếu)", () => {
  it.each([
    [100, "Tốt"],
    [90, "Tốt"],
    [89, "Khá"],
    [80, "Khá"],
    [79, "Trung bình"],
    [65, "Trung bình"],
    [64, "Yếu"],
    [0, "Yếu"],
  ])("issue #6 §5: %i points → %s", (total, band) => {
    expect(classify(total, DEFAULT_BANDS)).toBe(band);
  });

  it("issue #6 §5: bands are configuration — a set can use its own", () => {
    const bands: Band[] = [
      { label: "Xuất sắc", minTotal: 95 },
      { label: "Hoàn thành", minTotal: 50 },
      { label: "Không hoàn thành", minTotal: 0 },
    ];
    expect(assess(set(fiveByTwenty.criteria, { bands }), reviewed([20, 20, 20, 20, 15])).band).toBe(
      "Xuất sắc",
    );
  });
});

describe("issue #6 (bad input): a score above a criterion's maximum is refused", () => {
  const scored = (selfScore: number | null, reviewerScore: number | null = null) =>
    assess(fiveByTwenty, {
      indicators: {},
      scores: { "1": { selfScore, reviewerScore, evidenceCount: 1 } },
      disqualifyingEvents: [],
    });

  it.each<[number | null, number | null, string, string]>([
    [21, null, "Điểm tự chấm của tiêu chí 1 (21) vượt điểm tối đa 20 của tiêu chí.", "selfScore"],
    [
      20,
      21,
      "Điểm thẩm định của tiêu chí 1 (21) vượt điểm tối đa 20 của tiêu chí.",
      "reviewerScore",
    ],
    [-1, null, "Điểm tự chấm của tiêu chí 1 không được âm (-1).", "selfScore"],
    [2.5, null, "Điểm tự chấm của tiêu chí 1 phải là số nguyên, nhận được: 2.5.", "selfScore"],
  ])("issue #6: self %s, reviewer %s → refused", (self, reviewer, message, field) => {
    let thrown: unknown;
    try {
      scored(self, reviewer);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ReportingError);
    expect(thrown).toMatchObject({ reason: "score_out_of_range", status: 400, message, field });
  });

  it("issue #6 §5: the maximum itself and 0 are accepted", () => {
    expect(scored(20).criteria[0]?.points).toBe(20);
    expect(scored(0).criteria[0]?.points).toBe(0);
  });

  it("issue #6 §5: a score for a criterion the set does not have is refused", () => {
    expect(() =>
      assess(fiveByTwenty, {
        indicators: {},
        scores: { "9": { selfScore: 1, reviewerScore: null, evidenceCount: 0 } },
        disqualifyingEvents: [],
      }),
    ).toThrow('Không có tiêu chí "9" trong bộ tiêu chí.');
  });

  it("issue #6 §5: the reviewer's score wins when present — even 0; otherwise the self-score counts", () => {
    expect(scored(18, 12).criteria[0]?.points).toBe(12);
    expect(scored(18, 0).criteria[0]?.points).toBe(0);
    expect(scored(18, null).criteria[0]?.points).toBe(18);
    expect(scored(null, null).criteria[0]?.points).toBe(0);
  });
});

describe("issue #6 §5: automatic criteria take their points from an indicator", () => {
  const onTimeSteps: Criterion = {
    id: "2",
    title: TITLES[1]!,
    maxPoints: 20,
    evidenceRequired: false,
    source: {
      kind: "automatic",
      indicatorId: "disclosure.published_on_time",
      rule: {
        kind: "steps",
        steps: [
          { atLeast: 500, points: 10 },
          { atLeast: 700, points: 14 },
          { atLeast: 900, points: 20 },
        ],
      },
    },
  };
  const meetingsLinear: Criterion = {
    id: "4",
    title: TITLES[3]!,
    maxPoints: 20,
    evidenceRequired: false,
    source: {
      kind: "automatic",
      indicatorId: "decision.meetings_held",
      rule: { kind: "linear", from: 0, to: 12 },
    },
  };
  const share = (numerator: number, denominator: number): IndicatorValue => ({
    kind: "share",
    numerator,
    denominator,
  });
  const count = (value: number): IndicatorValue => ({ kind: "count", value });

  it.each<[IndicatorValue, number | null]>([
    [share(18, 20), 20], // 900 ‰: the step itself
    [share(179, 200), 14], // 895 ‰: just under
    [share(14, 20), 14],
    [share(13, 20), 10],
    [share(9, 20), 0],
    [share(0, 0), null], // nothing to measure
  ])(
    "issue #6 §5: steps ≥ 900 ‰ → 20, ≥ 700 ‰ → 14, ≥ 500 ‰ → 10 — %j gives %s",
    (value, points) => {
      expect(automaticPoints(onTimeSteps, value)).toBe(points);
    },
  );

  it.each([
    [0, 0],
    [6, 10],
    [9, 15],
    [11, 18], // 18.33 rounds down
    [12, 20],
    [15, 20],
  ])(
    "issue #6 §5: linear 0–12 meetings → 0–20 points — %i meetings give %i",
    (meetings, points) => {
      expect(automaticPoints(meetingsLinear, count(meetings))).toBe(points);
    },
  );

  it("issue #6 §5: a linear share in per mille, 500–1000 ‰ → 0–10 points, in integers", () => {
    const linearShare: Criterion = {
      ...meetingsLinear,
      maxPoints: 10,
      source: {
        kind: "automatic",
        indicatorId: "x.y",
        rule: { kind: "linear", from: 500, to: 1000 },
      },
    };
    expect(automaticPoints(linearShare, share(3, 4))).toBe(5);
    expect(automaticPoints(linearShare, share(1, 2))).toBe(0);
    expect(automaticPoints(linearShare, share(1, 1))).toBe(10);
    expect(automaticPoints(linearShare, share(2, 3))).toBe(3); // 3.33
  });

  it("issue #6 §5: flags — a self-score above the figure, a figure missing, evidence missing, a criterion left unscored", () => {
    const mixed = set([
      manual("1", 20, true),
      onTimeSteps,
      manual("3", 20),
      meetingsLinear,
      manual("5", 20, true),
    ]);
    const result = assess(mixed, {
      indicators: { "disclosure.published_on_time": share(14, 20) },
      scores: {
        "1": { selfScore: 15, reviewerScore: null, evidenceCount: 0 },
        "2": { selfScore: 20, reviewerScore: null, evidenceCount: 0 },
        "4": { selfScore: 10, reviewerScore: null, evidenceCount: 0 },
        "5": { selfScore: 0, reviewerScore: null, evidenceCount: 0 },
      },
      disqualifyingEvents: [],
    });
    expect(result.flags).toEqual([
      {
        criterionId: "1",
        message: "Tiêu chí 1: tự chấm 15 điểm nhưng chưa có tài liệu kiểm chứng.",
      },
      {
        criterionId: "2",
        message: "Tiêu chí 2: tự chấm 20 điểm nhưng số liệu chỉ tiêu chỉ cho 14 điểm.",
      },
      { criterionId: "3", message: "Tiêu chí 3 chưa được chấm điểm." },
      {
        criterionId: "4",
        message: "Tiêu chí 4: tự chấm 10 điểm nhưng chưa có số liệu chỉ tiêu để đối chiếu.",
      },
    ]);
    // Automatic criteria count their computed points, not the self-score.
    expect(result.criteria.map((c) => c.points)).toEqual([15, 14, 0, 0, 0]);
    expect(result).toMatchObject({ total: 29, maxTotal: 100, passed: false, band: "Yếu" });
  });

  it("issue #6 §5: a self-score the figure and the evidence support raises no flag", () => {
    const mixed = set([
      manual("1", 20, true),
      onTimeSteps,
      manual("3", 20),
      manual("4", 20),
      manual("5", 20),
    ]);
    const result = assess(mixed, {
      indicators: { "disclosure.published_on_time": share(14, 20) },
      scores: {
        "1": { selfScore: 15, reviewerScore: null, evidenceCount: 2 },
        "2": { selfScore: 14, reviewerScore: null, evidenceCount: 0 },
        "3": { selfScore: 20, reviewerScore: null, evidenceCount: 0 },
        "4": { selfScore: 20, reviewerScore: null, evidenceCount: 0 },
        "5": { selfScore: 20, reviewerScore: null, evidenceCount: 0 },
      },
      disqualifyingEvents: [],
    });
    expect(result.flags).toEqual([]);
    expect(result).toMatchObject({ total: 89, passed: true, band: "Khá" });
  });
});

describe("issue #6 §5: a criteria set is checked before it is saved", () => {
  const steps = (list: { atLeast: number; points: number }[]): Criterion => ({
    ...manual("2", 20),
    source: { kind: "automatic", indicatorId: "a.b", rule: { kind: "steps", steps: list } },
  });
  it.each<[CriteriaSet, string]>([
    [set([]), "Bộ tiêu chí chưa có tiêu chí nào."],
    [set([manual("1", 20), manual("1", 20)]), 'Mã tiêu chí "1" trống hoặc trùng.'],
    [set([manual("1", 0)]), "Điểm tối đa của tiêu chí 1 phải là số nguyên dương."],
    [
      set([
        steps([
          { atLeast: 700, points: 10 },
          { atLeast: 500, points: 20 },
        ]),
      ]),
      "Tiêu chí 2: các ngưỡng phải là số nguyên không âm, tăng dần.",
    ],
    [
      set([steps([{ atLeast: 500, points: 25 }])]),
      "Tiêu chí 2: điểm của mỗi mức phải từ 0 đến 20.",
    ],
    [
      set([
        steps([
          { atLeast: 500, points: 20 },
          { atLeast: 700, points: 10 },
        ]),
      ]),
      "Tiêu chí 2: ngưỡng cao hơn không được cho ít điểm hơn.",
    ],
    [
      set([
        {
          ...manual("4", 20),
          source: {
            kind: "automatic",
            indicatorId: "a.b",
            rule: { kind: "linear", from: 12, to: 12 },
          },
        },
      ]),
      "Tiêu chí 4: khoảng tính điểm phải là hai số nguyên không âm, số đầu nhỏ hơn số sau.",
    ],
    // R100's 80 points cannot be reached by a set worth 60.
    [set([manual("1", 30), manual("2", 30)]), "Mức đạt phải từ 0 đến tổng điểm tối đa 60."],
    [
      set(fiveByTwenty.criteria, { passRule: { ...R100_PASS_RULE, minPercentOfEachMax: 101 } }),
      "Tỷ lệ tối thiểu của mỗi tiêu chí phải từ 0 đến 100 %.",
    ],
    [
      set(fiveByTwenty.criteria, {
        bands: [
          { label: "Tốt", minTotal: 90 },
          { label: "Khá", minTotal: 90 },
          { label: "Yếu", minTotal: 0 },
        ],
      }),
      "Các mức xếp loại phải xếp theo ngưỡng giảm dần.",
    ],
    [
      set(fiveByTwenty.criteria, {
        bands: [
          { label: "Tốt", minTotal: 90 },
          { label: "Khá", minTotal: 50 },
        ],
      }),
      "Mức xếp loại thấp nhất phải bắt đầu từ 0 điểm.",
    ],
  ])("refused: %#", (bad, message) => {
    expect(() => checkCriteriaSet(bad)).toThrow(message);
  });

  it("the R100 default set of 5 × 20 points is accepted", () => {
    expect(() => checkCriteriaSet(fiveByTwenty)).not.toThrow();
  });
});

describe("issue #6 §5: the league table — most points first, ties shared and marked, order fixed", () => {
  it("issue #6 §5: 92, 85, 85, 70 → ranks 1, 2, 2, 4; tied units ordered by Vietnamese name, then id", () => {
    const rows = leagueTable([
      { unitId: 4, name: "Xã Yên Lạc", total: 70 },
      { unitId: 3, name: "Xã Ân Thi", total: 85 },
      { unitId: 1, name: "Phường Hồng An", total: 92 },
      { unitId: 2, name: "Xã An Bình", total: 85 },
    ]);
    expect(rows).toEqual([
      { unitId: 1, name: "Phường Hồng An", total: 92, rank: 1, tied: false },
      { unitId: 2, name: "Xã An Bình", total: 85, rank: 2, tied: true },
      { unitId: 3, name: "Xã Ân Thi", total: 85, rank: 2, tied: true },
      { unitId: 4, name: "Xã Yên Lạc", total: 70, rank: 4, tied: false },
    ]);
  });

  it("issue #6 §5: the same input in any order gives the same table; same names fall back to the id", () => {
    const entries = [
      { unitId: 7, name: "Thôn 2", total: 80 },
      { unitId: 5, name: "Thôn 2", total: 80 },
      { unitId: 6, name: "Thôn 10", total: 80 },
    ];
    const forward = leagueTable(entries);
    expect(leagueTable([...entries].reverse())).toEqual(forward);
    expect(forward.map((r) => r.unitId)).toEqual([5, 7, 6]);
    expect(forward.every((r) => r.rank === 1 && r.tied)).toBe(true);
  });

  it("a unit listed twice is refused", () => {
    expect(() =>
      leagueTable([
        { unitId: 1, name: "A", total: 1 },
        { unitId: 1, name: "A", total: 2 },
      ]),
    ).toThrow("Bảng xếp hạng có đơn vị trùng lặp.");
  });
});
