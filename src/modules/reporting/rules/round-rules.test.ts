import { describe, expect, it } from "vitest";
import { civilServiceCalendar } from "../../../core/calendar/index.ts";
import { SEED_003_OUTLINE } from "../domain/outline.ts";
import { SEED_003_CALENDAR } from "../domain/periods.ts";
import {
  outlineIndicatorIds,
  outlineWithIndicators,
  periodKey,
  periodsDueSoon,
} from "./round-rules.ts";

const calendar = civilServiceCalendar();

describe("R99 — rounds opened ahead of an issuer's calendar (seed 003: trước ngày 10/6, 10/12)", () => {
  it("gives the 6-month period 30 days before its last day (09/06), not 31", () => {
    expect(periodsDueSoon(SEED_003_CALENDAR, "2026-05-10", 30, calendar)).toEqual([
      { kind: "six_months", year: 2026 },
    ]);
    expect(periodsDueSoon(SEED_003_CALENDAR, "2026-05-09", 30, calendar)).toEqual([]);
  });

  it("keeps a period until its last day and drops it the day after", () => {
    expect(periodsDueSoon(SEED_003_CALENDAR, "2026-12-09", 30, calendar)).toEqual([
      { kind: "year", year: 2026 },
    ]);
    expect(periodsDueSoon(SEED_003_CALENDAR, "2026-12-10", 30, calendar)).toEqual([]);
  });
});

describe("issue #6 §2 — round keys and templates", () => {
  it("keys one period the same way at every level, and thematic requests apart", () => {
    expect(periodKey({ kind: "six_months", year: 2026 })).toBe("six_months:2026");
    expect(periodKey({ kind: "quarter", year: 2026, quarter: 2 })).toBe("quarter:2026-2");
    expect(periodKey({ kind: "month", year: 2026, month: 5 })).toBe("month:2026-05");
    expect(
      periodKey({ kind: "thematic", title: " Phản ánh ", from: "2026-10-01", to: "2026-10-31" }),
    ).toBe("thematic:2026-10-01:2026-10-31:phản ánh");
  });

  it("puts every indicator under section III of seed 003's outline when none is placed", () => {
    const defs = [
      { id: "inbox.received", title: "Tiếp nhận", kind: "count" as const },
      { id: "inbox.answered_on_time", title: "Đúng hạn", kind: "share" as const },
    ];
    const outline = outlineWithIndicators(SEED_003_OUTLINE, defs);
    expect(outline.sections.find((s) => s.code === "III")!.indicatorIds).toEqual([
      "inbox.received",
      "inbox.answered_on_time",
    ]);
    expect(outlineIndicatorIds(outline)).toEqual(["inbox.received", "inbox.answered_on_time"]);
    expect(outlineWithIndicators(outline, [])).toBe(outline);
  });
});
