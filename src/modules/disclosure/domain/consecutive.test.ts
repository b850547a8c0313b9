import { describe, expect, it } from "vitest";
import { AppError } from "../../../core/errors.ts";
import { analyzePermanent, analyzeRuns, inclusiveDays, nthDay } from "./consecutive.ts";

describe("R3 (Luật 10/2022 Art 13.2, 13.3, 48, 66): N consecutive days, inclusive", () => {
  it("from 01/03 to 30/03 is 30 days; from 01/03 to 29/03 is 29", () => {
    expect(inclusiveDays("2026-03-01", "2026-03-30")).toBe(30);
    expect(inclusiveDays("2026-03-01", "2026-03-29")).toBe(29);
    expect(nthDay("2026-03-01", 30)).toBe("2026-03-30");
    expect(nthDay("2026-02-15", 30)).toBe("2026-03-16");
  });

  it("R3 (Art 13.2): a posting taken down after 29 days does not reach 30; after 30 it does", () => {
    const short = analyzeRuns([{ from: "2026-03-01", to: "2026-03-29" }], 30, "2026-04-15");
    expect(short.qualifying).toBeNull();
    expect(short.longest).toBe(29);
    expect(short.running).toBe(false);

    const full = analyzeRuns([{ from: "2026-03-01", to: "2026-03-30" }], 30, "2026-04-15");
    expect(full.qualifying).toEqual({ from: "2026-03-01", to: "2026-03-30", days: 30 });
    expect(full.reachedOn).toBe("2026-03-30");
  });

  it("R3 (Art 13.2): a posting still up counts today; on its 29th day it is running, on the 30th reached", () => {
    const day29 = analyzeRuns([{ from: "2026-03-01", to: null }], 30, "2026-03-29");
    expect(day29).toMatchObject({ running: true, qualifying: null, longest: 29, reachedOn: null });
    const day30 = analyzeRuns([{ from: "2026-03-01", to: null }], 30, "2026-03-30");
    expect(day30).toMatchObject({ running: true, reachedOn: "2026-03-30", longest: 30 });
  });

  it("R3 (Art 13.2): a one-day gap is an interruption that resets the count", () => {
    const a = analyzeRuns(
      [
        { from: "2026-03-01", to: "2026-03-15" },
        { from: "2026-03-17", to: "2026-03-31" },
      ],
      30,
      "2026-04-30",
    );
    expect(a.runs.map((r) => r.days)).toEqual([15, 15]);
    expect(a.gaps).toEqual([{ from: "2026-03-16", to: "2026-03-16" }]);
    expect(a.qualifying).toBeNull();
    expect(a.longest).toBe(15);
  });

  it("R3 (Art 13.2): adjacent rows (to 15/03, from 16/03) and overlapping rows merge into one run", () => {
    const adjacent = analyzeRuns(
      [
        { from: "2026-03-16", to: "2026-03-30" },
        { from: "2026-03-01", to: "2026-03-15" },
      ],
      30,
      "2026-04-30",
    );
    expect(adjacent.runs).toEqual([{ from: "2026-03-01", to: "2026-03-30", days: 30 }]);
    expect(adjacent.gaps).toEqual([]);

    const overlapping = analyzeRuns(
      [
        { from: "2026-03-01", to: "2026-03-20" },
        { from: "2026-03-05", to: "2026-03-10" },
        { from: "2026-03-10", to: null },
      ],
      30,
      "2026-04-01",
    );
    expect(overlapping.runs).toEqual([{ from: "2026-03-01", to: null, days: 32 }]);
    expect(overlapping.reachedOn).toBe("2026-03-30");
  });

  it("R3 (Art 13.2): after an interruption a later run of 30 days still qualifies, reached from its own start", () => {
    const a = analyzeRuns(
      [
        { from: "2026-03-01", to: "2026-03-10" },
        { from: "2026-03-12", to: null },
      ],
      30,
      "2026-04-20",
    );
    expect(a.qualifying?.from).toBe("2026-03-12");
    expect(a.reachedOn).toBe("2026-04-10");
  });

  it("R3 (Art 13.3): three consecutive loudspeaker days; a weekend in between is still consecutive calendar days", () => {
    const fri = analyzeRuns([{ from: "2026-03-06", to: "2026-03-08" }], 3, "2026-03-20");
    expect(fri.reachedOn).toBe("2026-03-08");
    const broken = analyzeRuns(
      [
        { from: "2026-03-06", to: "2026-03-07" },
        { from: "2026-03-09", to: "2026-03-09" },
      ],
      3,
      "2026-03-20",
    );
    expect(broken.qualifying).toBeNull();
    expect(broken.longest).toBe(2);
  });

  it("R3: an end date after today counts only the days up to today; rows starting after today are ignored", () => {
    const a = analyzeRuns(
      [
        { from: "2026-03-01", to: "2026-04-30" },
        { from: "2026-05-10", to: null },
      ],
      30,
      "2026-03-20",
    );
    expect(a.runs).toEqual([{ from: "2026-03-01", to: "2026-04-30", days: 20 }]);
    expect(a.running).toBe(true);
    expect(a.qualifying).toBeNull();
  });

  it("R3: no rows → no run; an end before the start is refused", () => {
    expect(analyzeRuns([], 30, "2026-03-01")).toEqual({
      runs: [],
      gaps: [],
      running: false,
      qualifying: null,
      reachedOn: null,
      longest: 0,
    });
    expect(() => analyzeRuns([{ from: "2026-03-10", to: "2026-03-09" }], 3, "2026-04-01")).toThrow(
      AppError,
    );
    expect(() => analyzeRuns([], 0, "2026-04-01")).toThrow(AppError);
  });
});

describe("R8 (Luật 10/2022 Art 13.2): permanent postings", () => {
  it("R8: started and no end → up", () => {
    expect(analyzePermanent([{ from: "2026-01-05", to: null }], "2026-06-01")).toEqual({
      up: true,
      since: "2026-01-05",
      firstPosted: "2026-01-05",
      endsOn: null,
      gaps: [],
    });
  });
  it("R8: an end date (past or planned) means it is not permanent; a re-posting after a gap is up again", () => {
    expect(
      analyzePermanent([{ from: "2026-01-05", to: "2026-05-01" }], "2026-06-01"),
    ).toMatchObject({ up: false, endsOn: "2026-05-01" });
    expect(
      analyzePermanent([{ from: "2026-01-05", to: "2026-12-31" }], "2026-06-01"),
    ).toMatchObject({ up: false, endsOn: "2026-12-31" });
    expect(
      analyzePermanent(
        [
          { from: "2026-01-05", to: "2026-02-01" },
          { from: "2026-02-04", to: null },
        ],
        "2026-06-01",
      ),
    ).toEqual({
      up: true,
      since: "2026-02-04",
      firstPosted: "2026-01-05",
      endsOn: null,
      gaps: [{ from: "2026-02-02", to: "2026-02-03" }],
    });
  });
  it("R8: not started yet → not up", () => {
    expect(analyzePermanent([{ from: "2026-07-01", to: null }], "2026-06-01")).toMatchObject({
      up: false,
      since: null,
    });
  });
});
