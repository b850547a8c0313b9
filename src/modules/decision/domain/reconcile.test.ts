import { describe, expect, it } from "vitest";
import { reconcileVotes } from "./reconcile.ts";
import { villageOutcome } from "./thresholds.ts";
import type { Channel, Choice, Vote } from "./types.ts";

const vote = (
  id: number,
  householdId: number,
  channel: Channel,
  choice: Choice,
  castAt: string,
): Vote => ({
  id,
  householdId,
  channel,
  choice,
  castAt,
});

describe("one household, one vote (Luật 10/2022 Điều 18.2, 19.3; R26's N is the frozen snapshot)", () => {
  it("R26 (Luật 10/2022 Điều 19.3): the earliest vote counts across channels; later ones are duplicates", () => {
    const votes = [
      vote(3, 1, "paper", "no", "2026-09-10T09:00:00+07:00"),
      vote(1, 1, "online", "yes", "2026-09-10T08:00:00+07:00"),
      vote(2, 2, "online", "other", "2026-09-10T08:30:00+07:00"),
      vote(4, 1, "online", "no", "2026-09-11T08:00:00+07:00"),
    ];
    const result = reconcileVotes({ snapshot: new Set([1, 2, 3]), votes });
    expect([...result.counted.entries()].map(([h, v]) => [h, v.id])).toEqual([
      [1, 1],
      [2, 2],
    ]);
    expect(result.duplicates.map((v) => v.id)).toEqual([3, 4]);
    expect(result.outside).toEqual([]);
    expect(result.tally).toEqual({ yes: 1, no: 0, other: 1 });
  });

  it("R26 (Điều 19.3): the same instant — the lower id counts; offsets are compared as instants", () => {
    const votes = [
      vote(9, 5, "online", "no", "2026-09-10T01:00:00Z"),
      vote(7, 5, "paper", "yes", "2026-09-10T08:00:00+07:00"),
      vote(8, 6, "paper", "yes", "2026-09-10T09:00:00+07:00"),
      vote(6, 6, "online", "no", "2026-09-10T01:59:59Z"),
    ];
    const result = reconcileVotes({ snapshot: new Set([5, 6]), votes });
    expect([result.counted.get(5)?.id, result.counted.get(6)?.id]).toEqual([7, 6]);
    expect(result.duplicates.map((v) => v.id)).toEqual([9, 8]);
    expect(result.tally).toEqual({ yes: 1, no: 1, other: 0 });
  });

  it("R26 (Luật 10/2022 Điều 21.1): a household added after the snapshot does not vote and does not change N", () => {
    const snapshot = new Set([1, 2, 3]);
    const votes = [
      vote(1, 1, "paper", "yes", "2026-09-10T08:00:00+07:00"),
      vote(2, 4, "paper", "yes", "2026-09-10T08:05:00+07:00"), // household 4 registered after the snapshot
      vote(3, 4, "online", "yes", "2026-09-10T08:10:00+07:00"),
      vote(4, 2, "paper", "yes", "2026-09-10T08:15:00+07:00"),
    ];
    const result = reconcileVotes({ snapshot, votes });
    expect(result.outside.map((v) => v.id)).toEqual([2, 3]);
    expect(result.duplicates).toEqual([]);
    expect(result.tally).toEqual({ yes: 2, no: 0, other: 0 });
    // 2 of the 3 snapshot households: a majority of N = 3 (with household 4 it would be 3 of 4).
    const outcome = villageOutcome({
      item: 6,
      form: "ballot",
      households: snapshot.size,
      ...result.tally,
    });
    expect([outcome.passed, outcome.test]).toEqual([true, "2 × 2 = 4 > 3"]);
  });

  it("R26 (Điều 19.3): an absent household casts nothing and still counts in N", () => {
    const result = reconcileVotes({
      snapshot: new Set([1, 2, 3, 4]),
      votes: [
        vote(1, 1, "paper", "yes", "2026-09-10T08:00:00+07:00"),
        vote(2, 2, "paper", "yes", "2026-09-10T08:01:00+07:00"),
      ],
    });
    expect(result.counted.size).toBe(2);
    const outcome = villageOutcome({
      item: 6,
      form: "ballot",
      households: 4,
      attending: result.counted.size,
      ...result.tally,
    });
    expect([outcome.passed, outcome.test]).toEqual([false, "2 × 2 = 4 ≤ 4"]);
  });

  it("R26 (Điều 19.3): no votes at all", () => {
    expect(reconcileVotes({ snapshot: new Set([1]), votes: [] })).toEqual({
      counted: new Map(),
      duplicates: [],
      outside: [],
      tally: { yes: 0, no: 0, other: 0 },
    });
  });

  it("a vote with an unreadable time is refused", () => {
    expect(() =>
      reconcileVotes({ snapshot: new Set([1]), votes: [vote(1, 1, "paper", "yes", "hôm qua")] }),
    ).toThrow('Phiếu #1: thời điểm biểu quyết không hợp lệ ("hôm qua").');
  });
});
