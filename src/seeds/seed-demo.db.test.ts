import { beforeAll, describe, expect, it } from "vitest";
import { systemContext } from "../core/context/request-context.ts";
import type { Db } from "../core/db/database.ts";
import { useTestDatabase } from "../core/testing/test-db.ts";
import { testKeys } from "../modules/people/testing/factories.ts";
import { seedDemo } from "./seed-demo.ts";

let db: Db;
beforeAll(async () => {
  ({ db } = await useTestDatabase());
  await seedDemo(db, systemContext("cli"), testKeys, { today: "2026-11-22" });
}, 120_000);

describe("the demo data (npm start on an empty database)", () => {
  it("has the community decisions of issue #4 item 9, with real results", async () => {
    const matters = await db
      .selectFrom("decision_matter")
      .select(["title", "item", "status", "valid", "passed"])
      .orderBy("id")
      .execute();
    expect(matters.map((m) => [m.item, m.status, m.valid, m.passed])).toEqual([
      [3, "finalised", true, true],
      [1, "finalised", true, true],
      [1, "concluded", true, false],
      [6, "open", null, null],
    ]);
    const rounds = await db
      .selectFrom("decision_round")
      .select(["form", "status", "households", "attending", "passed"])
      .orderBy("id")
      .execute();
    expect(rounds).toEqual([
      { form: "meeting", status: "counted", households: 66, attending: 52, passed: true },
      { form: "meeting", status: "counted", households: 82, attending: 70, passed: true },
      { form: "meeting", status: "counted", households: 74, attending: 40, passed: false },
      { form: "ballot", status: "counted", households: 74, attending: 66, passed: false },
      { form: "online", status: "open", households: 74, attending: null, passed: null },
    ]);
    const flagged = await db
      .selectFrom("decision_vote")
      .select("status")
      .where("status", "!=", "counted")
      .execute();
    expect(flagged).toEqual([{ status: "duplicate" }]);
    const conventions = await db
      .selectFrom("decision_convention")
      .select(["title", "status", "in_force_on"])
      .execute();
    expect(conventions).toHaveLength(1);
    expect(conventions[0]).toMatchObject({ title: "Hương ước ấp Tân Lập", status: "recognised" });
    expect(conventions[0]?.in_force_on).not.toBeNull();
  });
});

describe("the inbox demo (issue #5 item 9)", () => {
  it("has a year of items of each kind, on time, late, open, overdue, escalated, transferred, merged, refused", async () => {
    const items = await db
      .selectFrom("inbox_item")
      .select([
        "kind",
        "track",
        "status",
        "answered_late",
        "escalated_on",
        "identity_enc",
        "confidential",
        "rating",
      ])
      .orderBy("id")
      .execute();
    expect(items).toHaveLength(16);
    const count = (f: (i: (typeof items)[number]) => boolean) => items.filter(f).length;
    expect(count((i) => i.kind === "phan_anh")).toBe(6);
    expect(count((i) => i.kind === "kien_nghi")).toBe(2);
    expect(count((i) => i.kind === "khieu_nai")).toBe(5);
    expect(count((i) => i.kind === "to_cao")).toBe(3);
    expect(count((i) => i.track === "anonymous_tip")).toBe(1);
    expect(count((i) => i.status === "answered" || i.status === "closed")).toBe(6);
    expect(count((i) => i.answered_late === true)).toBe(1);
    expect(count((i) => i.status === "transferred")).toBe(1);
    expect(count((i) => i.status === "merged")).toBe(1);
    expect(count((i) => i.status === "refused")).toBe(1);
    expect(count((i) => i.rating !== null)).toBe(3);
    // The drain (target passed) and the ward's unaccepted complaint (T16 passed) are escalated.
    expect(count((i) => i.escalated_on !== null)).toBe(2);
    // Every denunciation keeps a sealed identity, never in clear.
    const denunciations = items.filter((i) => i.track === "denunciation");
    expect(denunciations).toHaveLength(2);
    for (const d of denunciations) {
      expect(d.confidential).toBe(true);
      expect(d.identity_enc?.toString("latin1")).not.toContain("Nga");
    }
    const merged = await db
      .selectFrom("inbox_item")
      .select("id")
      .where("merged_into_id", "is not", null)
      .execute();
    expect(merged).toHaveLength(1);
  });

  it("has the chair's posted reception days and two register entries, one answered, one overdue", async () => {
    const sessions = await db
      .selectFrom("inbox_reception_session")
      .select(["head", "posted_on"])
      .execute();
    expect(sessions.length).toBeGreaterThanOrEqual(4);
    expect(sessions.every((s) => s.head === "commune_chair" && s.posted_on !== null)).toBe(true);
    const visits = await db
      .selectFrom("inbox_reception_visit")
      .select(["serial", "answered_on", "outcome"])
      .orderBy("serial")
      .execute();
    expect(visits.map((v) => [v.serial, v.outcome])).toEqual([
      [1, "accepted"],
      [2, null],
    ]);
  });
});
