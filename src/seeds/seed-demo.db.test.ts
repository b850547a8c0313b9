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
  const tally = <T>(xs: readonly T[], key: (x: T) => string) => {
    const out: Record<string, number> = {};
    for (const x of xs) out[key(x)] = (out[key(x)] ?? 0) + 1;
    return out;
  };

  it("has a year of items of each kind and status, on time, late, open, overdue, escalated", async () => {
    const items = await db
      .selectFrom("inbox_item as i")
      .innerJoin("org_unit as u", "u.id", "i.unit_id")
      .select([
        "i.title",
        "i.kind",
        "i.track",
        "i.status",
        "i.received_on",
        "i.due_on",
        "i.answered_late",
        "i.escalated_on",
        "i.rating",
        "i.publish",
        "i.lat",
        "u.code as unit",
      ])
      .orderBy("i.id")
      .execute();
    expect(items).toHaveLength(25);
    expect(items[0]?.received_on).toBe("2025-12-05");
    expect(items.at(-1)?.received_on).toBe("2026-11-19");
    expect(tally(items, (i) => i.kind)).toEqual({
      phan_anh: 11,
      kien_nghi: 4,
      khieu_nai: 7,
      to_cao: 3,
    });
    expect(tally(items, (i) => i.track)).toEqual({
      grassroots: 14,
      pakn: 1,
      complaint: 6,
      disciplinary_complaint: 1,
      denunciation: 2,
      anonymous_tip: 1,
    });
    expect(tally(items, (i) => i.status)).toEqual({
      received: 3,
      accepted: 5,
      answered: 12,
      closed: 2,
      transferred: 1,
      merged: 1,
      refused: 1,
    });
    expect(tally(items, (i) => i.unit)).toEqual({ "99": 1, "99001": 21, "99002": 3 });
    // Two answered late, after the sweep had raised the overdue notice and the escalation.
    const late = items.filter((i) => i.answered_late === true);
    expect(late.map((i) => [i.title, i.escalated_on])).toEqual([
      ["Ổ gà lớn trên đường liên thôn đoạn qua ấp Tân Lập", "2026-01-23"],
      ["Nước sinh hoạt ấp Tân Lập bị đục, có mùi", "2026-08-29"],
    ]);
    // Open past their last day today: a complaint not yet decided, the drain, a complaint not
    // accepted in time (escalated to the province), and the second complaint at the province
    // (no level above it to escalate to).
    const open = ["received", "accepted", "suspended"];
    const overdue = items.filter(
      (i) => open.includes(i.status) && (i.due_on ?? "9") < "2026-11-22",
    );
    expect(overdue.map((i) => [i.unit, i.track, i.due_on, i.escalated_on])).toEqual([
      ["99", "complaint", "2026-10-07", null],
      ["99001", "complaint", "2026-10-26", "2026-10-27"],
      ["99001", "grassroots", "2026-10-28", "2026-10-29"],
      ["99002", "complaint", "2026-11-06", "2026-11-07"],
    ]);
    expect(items.filter((i) => i.escalated_on !== null)).toHaveLength(5);
    // Ratings 1–5 on answered items; published answers for the public list; map points.
    expect(
      tally(
        items.filter((i) => i.rating !== null),
        (i) => String(i.rating),
      ),
    ).toEqual({
      "1": 1,
      "2": 1,
      "3": 2,
      "4": 3,
      "5": 2,
    });
    const published = items.filter(
      (i) => i.publish && (i.status === "answered" || i.status === "closed"),
    );
    expect(published).toHaveLength(10);
    expect(items.filter((i) => i.lat !== null).map((i) => i.title)).toEqual([
      "Ổ gà lớn trên đường liên thôn đoạn qua ấp Tân Lập",
      "Cống thoát nước ngõ 5 bị tắc, mưa là ngập",
    ]);
    const merged = await db
      .selectFrom("inbox_item")
      .select("id")
      .where("merged_into_id", "is not", null)
      .execute();
    expect(merged).toHaveLength(1);
  });

  it("keeps each denouncer sealed, with the open denunciation assigned to xa.congchuc", async () => {
    const denunciations = await db
      .selectFrom("inbox_item as i")
      .leftJoin("auth_account as a", "a.id", "i.assigned_account_id")
      .select(["i.status", "i.confidential", "i.identity_enc", "a.username"])
      .where("i.track", "=", "denunciation")
      .orderBy("i.id")
      .execute();
    expect(denunciations.map((d) => [d.status, d.confidential, d.username])).toEqual([
      ["answered", true, "xa.congchuc"],
      ["accepted", true, "xa.congchuc"],
    ]);
    for (const d of denunciations) {
      expect(d.identity_enc).not.toBeNull();
      const bytes = d.identity_enc!.toString("latin1");
      for (const clear of ["Đinh", "Nga", "Trịnh", "Lực", "0912"])
        expect(bytes).not.toContain(clear);
    }
  });

  it("has the sweep's reminders, overdue notices and escalations, dated on their days", async () => {
    const reminders = await db.selectFrom("inbox_reminder").select(["kind", "raised_at"]).execute();
    expect(tally(reminders, (r) => r.kind)).toEqual({ due_soon: 8, overdue: 6, escalated: 5 });
    const events = await db
      .selectFrom("inbox_event")
      .select(["type", "at"])
      .where("type", "in", ["received", "escalated"])
      .orderBy("at")
      .execute();
    // Timelines read as a year: the first item received on its day, not on the seed's.
    expect(events[0]?.at.toISOString()).toBe("2025-12-05T01:00:00.000Z");
    // 25 received, and the ward's item received again at the commune it was transferred to.
    expect(tally(events, (e) => e.type)).toEqual({ received: 26, escalated: 5 });
    expect(events.filter((e) => e.at.toISOString() >= "2026-11-22")).toEqual([]);
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
