import { describe, expect, it } from "vitest";
import {
  type CompletenessNode,
  completeness,
  completenessShares,
  consolidate,
  subtreeCounts,
  type UnitFigures,
} from "./consolidation.ts";
import type { IndicatorDefinition } from "./indicators.ts";
import { ReportingError } from "./refusal.ts";
import { onTime, received } from "./testing.ts";

const meetings: IndicatorDefinition = {
  id: "decision.meetings_held",
  title: "Số hội nghị thôn",
  kind: "count",
};
const definitions = [received, onTime, meetings];

// Three communes (1, 2, 3) owe the province; 1 and 2 have approved reports, 3 has none.
const approved: UnitFigures[] = [
  {
    unitId: 2,
    values: {
      "inbox.items_received": { kind: "count", value: 5 },
      "inbox.answered_on_time": { kind: "share", numerator: 1, denominator: 5 },
    },
  },
  {
    unitId: 1,
    values: {
      "inbox.items_received": { kind: "count", value: 10 },
      "inbox.answered_on_time": { kind: "share", numerator: 9, denominator: 10 },
      "decision.meetings_held": { kind: "count", value: 4 },
    },
  },
];

describe("issue #6 §4: consolidation sums the units' approved figures", () => {
  const [sumReceived, sumOnTime, sumMeetings] = consolidate(definitions, [1, 2, 3], approved);

  it("issue #6 §4: counts are added (10 + 5 = 15); the unit without a report is missing, not zero", () => {
    expect(sumReceived).toEqual({
      indicator: received,
      value: { kind: "count", value: 15 },
      perMille: null,
      reportedBy: [1, 2],
      missing: [3],
    });
  });

  it("issue #6 §4: a share is recomputed from its sums — 9/10 and 1/5 make 10/15 = 667 ‰, not the 550 ‰ an average gives", () => {
    expect(sumOnTime).toEqual({
      indicator: onTime,
      value: { kind: "share", numerator: 10, denominator: 15 },
      perMille: 667,
      reportedBy: [1, 2],
      missing: [3],
    });
    expect(sumOnTime?.perMille).not.toBe(550);
  });

  it("issue #6 §4: a figure one unit left out lists that unit as missing", () => {
    expect(sumMeetings).toMatchObject({
      value: { kind: "count", value: 4 },
      reportedBy: [1],
      missing: [2, 3],
    });
  });

  it("issue #6 §4: no approved report at all gives no value (null), never 0", () => {
    expect(consolidate([received], [1, 2], [])).toEqual([
      { indicator: received, value: null, perMille: null, reportedBy: [], missing: [1, 2] },
    ]);
  });

  it("issue #6 §4: an empty whole (0 of 0) sums but has no share", () => {
    const empty: UnitFigures = {
      unitId: 1,
      values: { "inbox.answered_on_time": { kind: "share", numerator: 0, denominator: 0 } },
    };
    expect(consolidate([onTime], [1], [empty])[0]).toMatchObject({
      value: { kind: "share", numerator: 0, denominator: 0 },
      perMille: null,
    });
  });

  it.each<[number[], UnitFigures[], string]>([
    [[1, 2], [{ unitId: 9, values: {} }], "Đơn vị #9 không thuộc danh sách đơn vị phải báo cáo."],
    [
      [1, 2],
      [
        { unitId: 1, values: {} },
        { unitId: 1, values: {} },
      ],
      "Đơn vị #1 có hai báo cáo.",
    ],
    [[1, 1], [], "Danh sách đơn vị phải báo cáo có đơn vị trùng lặp."],
    [
      [1],
      [{ unitId: 1, values: { "x.y": { kind: "count", value: 1 } } }],
      'Không có chỉ tiêu "x.y".',
    ],
    [
      [1],
      [
        {
          unitId: 1,
          values: { "inbox.items_received": { kind: "share", numerator: 1, denominator: 1 } },
        },
      ],
      'Chỉ tiêu "Số phản ánh, kiến nghị tiếp nhận" là số đếm, không nhận giá trị loại khác.',
    ],
  ])("refused: expected %j, figures %j", (expected, figures, message) => {
    expect(() => consolidate(definitions, expected, figures)).toThrow(ReportingError);
    expect(() => consolidate(definitions, expected, figures)).toThrow(message);
  });
});

describe("issue #6 §4: completeness and timeliness per period", () => {
  // Last day on time 09/06/2026 (seed 003's 6-month report).
  const owed = [
    { unitId: 4, firstSubmittedOn: "2026-06-12" },
    { unitId: 1, firstSubmittedOn: "2026-06-09" },
    { unitId: 2, firstSubmittedOn: "2026-06-10" },
    { unitId: 3, firstSubmittedOn: null },
  ];

  it("issue #6 §4: a week after the due date — 1 on time, 2 late (1 and 3 days), 1 missing", () => {
    expect(completeness("2026-06-09", owed, "2026-06-16")).toEqual({
      expected: 4,
      submitted: 3,
      onTime: 1,
      late: 2,
      missing: 1,
      notYetDue: 0,
      units: [
        { unitId: 1, status: "on_time", submittedOn: "2026-06-09", daysLate: 0 },
        { unitId: 2, status: "late", submittedOn: "2026-06-10", daysLate: 1 },
        { unitId: 3, status: "missing", submittedOn: null, daysLate: 0 },
        { unitId: 4, status: "late", submittedOn: "2026-06-12", daysLate: 3 },
      ],
    });
  });

  it("issue #6 §4: on the last day itself nothing is missing yet; the next day the silent units are", () => {
    const onDueDay = completeness("2026-06-09", owed, "2026-06-09");
    // Reports dated after the day viewed did not exist yet.
    expect(onDueDay).toMatchObject({ submitted: 1, onTime: 1, missing: 0, notYetDue: 3 });
    const dayAfter = completeness("2026-06-09", owed, "2026-06-10");
    expect(dayAfter).toMatchObject({ submitted: 2, onTime: 1, late: 1, missing: 2, notYetDue: 0 });
  });

  it("issue #6 §4: shares of the expected reports as numerator, denominator and per mille", () => {
    const c = completeness("2026-06-09", owed, "2026-06-16");
    expect(completenessShares(c)).toEqual({
      submitted: { numerator: 3, denominator: 4, perMille: 750 },
      onTime: { numerator: 1, denominator: 4, perMille: 250 },
    });
    expect(
      completenessShares(completeness("2026-06-09", [], "2026-06-16")).submitted.perMille,
    ).toBeNull();
  });

  it("a unit listed twice is refused", () => {
    expect(() => completeness("2026-06-09", [owed[0]!, owed[0]!], "2026-06-16")).toThrow(
      "Danh sách đơn vị phải báo cáo có đơn vị trùng lặp.",
    );
  });

  it("issue #6 §4: drill-down province → commune → village — the subtree adds every level's counts", () => {
    const counts = (expected: number, onTimeCount: number, late: number, missing: number) => ({
      expected,
      submitted: onTimeCount + late,
      onTime: onTimeCount,
      late,
      missing,
      notYetDue: expected - onTimeCount - late - missing,
    });
    const province: CompletenessNode = {
      unitId: 100,
      own: counts(2, 1, 1, 0), // two communes → province
      children: [
        { unitId: 1, own: counts(5, 3, 1, 1), children: [] }, // five villages → commune 1
        { unitId: 2, own: counts(4, 4, 0, 0), children: [] }, // four villages → commune 2
      ],
    };
    expect(subtreeCounts(province)).toEqual({
      expected: 11,
      submitted: 10,
      onTime: 8,
      late: 2,
      missing: 1,
      notYetDue: 0,
    });
    expect(subtreeCounts(province.children[0]!)).toEqual(counts(5, 3, 1, 1));
  });
});
