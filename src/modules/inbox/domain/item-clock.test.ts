import { describe, expect, it } from "vitest";
import { type ItemFacts, itemClock } from "./item-clock.ts";
import { testCalendar } from "./test-calendar.ts";

const base: ItemFacts = {
  track: "grassroots",
  status: "received",
  receivedOn: "2026-08-03",
  acceptedOn: null,
  instance: null,
  complex: false,
  remoteArea: false,
  criteria: [],
  extensions: [],
  suspensions: [],
  feedbackTargetDays: 10,
};

describe("the clock an item runs on", () => {
  it("feedback: the unit's own target in working days, never called a legal limit", () => {
    const c = itemClock(testCalendar, base);
    expect(c).toMatchObject({ dueOn: "2026-08-17", rule: "target" });
    expect(c.what).toContain("pháp luật không quy định thời hạn");
  });

  it("T12: PAKN on a regulation, before classification, runs the WD5 transfer limit", () => {
    expect(itemClock(testCalendar, { ...base, track: "pakn" })).toMatchObject({
      dueOn: "2026-08-10",
      rule: "T12",
    });
  });

  it("T16 then T17: acceptance before, resolution after; nothing once answered", () => {
    const complaint = { ...base, track: "complaint" as const, instance: "first" as const };
    expect(itemClock(testCalendar, complaint)).toMatchObject({ dueOn: "2026-08-12", rule: "T16" });
    const accepted = { ...complaint, status: "accepted", acceptedOn: "2026-08-05" };
    expect(itemClock(testCalendar, accepted)).toMatchObject({ dueOn: "2026-09-04", rule: "T17" });
    expect(itemClock(testCalendar, { ...accepted, remoteArea: true })).toMatchObject({
      dueOn: "2026-09-21",
      rule: "T17",
    });
    expect(itemClock(testCalendar, { ...accepted, status: "answered" }).dueOn).toBeNull();
  });

  it("T34: a suspended denunciation has no due day until resumed", () => {
    const d = {
      ...base,
      track: "denunciation" as const,
      status: "suspended",
      acceptedOn: "2026-08-05",
      suspensions: [{ from: "2026-08-10", until: null }],
    };
    expect(itemClock(testCalendar, d)).toMatchObject({ dueOn: null, rule: "T33" });
  });

  it("T30: an anonymous tip runs no clock", () => {
    expect(itemClock(testCalendar, { ...base, track: "anonymous_tip" }).dueOn).toBeNull();
  });
});
