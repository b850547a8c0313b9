import { describe, expect, it } from "vitest";
import { workforceOn } from "./workforce.ts";

describe("S and W on a date (law.md §7 notation; Law 10/2022 Chapters III–IV)", () => {
  const declared = [
    { effective_from: "2026-01-01", staff_count: 0, worker_count: 40 },
    { effective_from: "2026-07-01", staff_count: 0, worker_count: 55 },
  ];
  it("uses the named list when there is one", () => {
    expect(workforceOn("2026-08-01", { staff: 2, worker: 41 }, declared)).toEqual({
      staff: 2,
      worker: 41,
      source: "list",
    });
  });
  it("else the declared count in force on the date", () => {
    expect(workforceOn("2026-06-30", { staff: 0, worker: 0 }, declared)).toEqual({
      staff: 0,
      worker: 40,
      source: "declared",
    });
    expect(workforceOn("2026-07-01", { staff: 0, worker: 0 }, declared)).toEqual({
      staff: 0,
      worker: 55,
      source: "declared",
    });
    expect(workforceOn("2025-12-31", { staff: 0, worker: 0 }, declared)).toEqual({
      staff: 0,
      worker: 0,
      source: "none",
    });
  });
});
