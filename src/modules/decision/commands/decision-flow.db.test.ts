import { beforeAll, describe, expect, it } from "vitest";
import { verifyChains } from "../../../core/audit/index.ts";
import { civilServiceCalendar } from "../../../core/calendar/index.ts";
import type { RequestContext } from "../../../core/context/request-context.ts";
import type { Db, Tx } from "../../../core/db/database.ts";
import { useTestDatabase } from "../../../core/testing/test-db.ts";
import { todayInVietnam } from "../../../core/validation.ts";
import { makeCommuneTree } from "../../org/testing/factories.ts";
import { findMatter, findRecord, roundsOf } from "../db/decision.repo.ts";
import { decisionIndicators } from "../db/indicators.ts";
import {
  bulkHouseholds,
  matterInput,
  officialOf,
  residentOf,
  villageHead,
} from "../testing/factories.ts";
import { addBallotRound } from "./add-ballot-round.ts";
import { annulDecision } from "./annul-decision.ts";
import { castOnlineVote } from "./cast-online-vote.ts";
import { castOnlineVotes } from "./cast-online-votes.ts";
import { countRound } from "./count-round.ts";
import { dispatchRecord } from "./dispatch-record.ts";
import { enterPaperBallot } from "./enter-paper-ballot.ts";
import { finaliseRecord } from "./finalise-record.ts";
import { type OpenMatterInput, openMatter } from "./open-matter.ts";
import { openRound } from "./open-round.ts";
import { prepareRound } from "./prepare-round.ts";
import { recogniseDecision } from "./recognise-decision.ts";
import { recordHands } from "./record-hands.ts";
import { recordProceduralVote } from "./record-procedural-vote.ts";
import { recordWitnesses } from "./record-witnesses.ts";
import { registerAttendance } from "./register-attendance.ts";
import { registerSpeaker } from "./register-speaker.ts";
import { saveRecord } from "./save-record.ts";
import { voteIntake } from "./vote-intake.ts";

let db: Db;
const calendar = civilServiceCalendar();
beforeAll(async () => {
  ({ db } = await useTestDatabase());
});

type Village = { id: number; code: string; kind: string; path: string };
const tx = <T>(f: (t: Tx) => Promise<T>) => db.transaction().execute(f);

async function village(households: number, villages = 1) {
  const tree = await makeCommuneTree(db, villages);
  const reps = [];
  for (const v of tree.villages) reps.push(await bulkHouseholds(db, v.id, households));
  return { ...tree, reps };
}

async function openWith(ctx: RequestContext, unit: Village, input: Partial<OpenMatterInput>) {
  const id = await tx((t) => openMatter(t, ctx, unit, matterInput(input)));
  return { id, rounds: await roundsOf(db, id) };
}

/** A meeting of `households` where `attending` households come and `yes` raise their hands. */
async function meeting(
  households: number,
  attending: number,
  yes: number,
  item: 1 | 3 | 4 | 6 = 1,
) {
  const t = await village(households);
  const v = t.villages[0]!;
  const head = villageHead(v);
  const { id, rounds } = await openWith(head, v, { item });
  const round = rounds[0]!;
  await tx((x) =>
    prepareRound(x, head, round.id, {
      noticeDeliveredOn: "2026-03-12",
      noticePosted: true,
      documentsDeliveredOn: "2026-03-12",
    }),
  );
  await tx((x) => openRound(x, head, round.id, "2026-03-15"));
  for (const r of t.reps[0]!.slice(0, attending)) {
    await tx((x) =>
      registerAttendance(x, head, round.id, {
        householdCode: r.code,
        representative: `Người đại diện ${r.code}`,
        cluster: null,
      }),
    );
  }
  await tx((x) => recordHands(x, head, round.id, { yes, no: attending - yes, other: 0 }));
  const count = await tx((x) => countRound(x, head, round.id, "2026-03-15"));
  return { t, v, head, matterId: id, round, count };
}

describe("a village meeting counted over all households (R24–R26, Luật 10/2022 Điều 21.1)", () => {
  it("R25: item 1 passes with exactly 2/3 of ALL households (67 of 100), not of those present", async () => {
    const { count, matterId } = await meeting(100, 80, 67);
    expect(count).toMatchObject({ households: 100, attending: 80, yes: 67, no: 13 });
    expect(count.outcome).toMatchObject({ valid: true, passed: true, rule: "R25" });
    const matter = await findMatter(db, matterId);
    expect(matter).toMatchObject({ status: "concluded", valid: true, passed: true });
  });

  it("R25: one vote short (66 of 100) fails even though 66 of 80 present agree", async () => {
    const { count, matterId } = await meeting(100, 80, 66);
    expect(count.outcome).toMatchObject({ valid: true, passed: false, rule: "R25" });
    expect((await findMatter(db, matterId))?.passed).toBe(false);
  });

  it("R24: a meeting too thin for 2/3 to be reachable stays open and may switch to ballots", async () => {
    const { count, matterId, round, head, t } = await meeting(30, 19, 19);
    expect(count.attendanceFailed).toBe(true);
    expect(count.outcome.passed).toBe(false);
    expect((await findMatter(db, matterId))?.status).toBe("open");
    // Art 19.1b: ballots to every household, with the head's signature on the form (R29).
    const ballotId = await tx((x) =>
      addBallotRound(x, head, round.id, { heldOn: "2026-03-20", closesOn: "2026-03-25" }),
    );
    const ballot = (await roundsOf(db, matterId)).find((r) => r.id === ballotId)!;
    expect(ballot).toMatchObject({ form: "ballot", seq: 2, template_mark: "signature" });
    await tx((x) =>
      prepareRound(x, head, ballotId, {
        planIssuedOn: "2026-03-16",
        planSentOn: "2026-03-17",
        publicityOn: "2026-03-17",
        team: [
          { name: "Lê Văn Thôn", represents: "village", leader: false },
          { name: "Phạm Thị Mặt Trận", represents: "front", leader: true },
          { name: "Hoàng Văn Hội", represents: "organisation", leader: false },
        ],
      }),
    );
    await tx((x) => openRound(x, head, ballotId, "2026-03-20"));
    const reps = t.reps[0]!;
    const paper = (code: string, marked = true) => ({
      householdCode: code,
      choice: "yes" as const,
      otherText: null,
      serial: code,
      marked,
    });
    await expect(
      tx((x) => enterPaperBallot(x, head, ballotId, paper(reps[0]!.code, false))),
    ).rejects.toThrow(/R29/);
    for (const r of reps.slice(0, 20)) {
      expect(await tx((x) => enterPaperBallot(x, head, ballotId, paper(r.code)))).toMatchObject({
        status: "counted",
      });
    }
    // The same household's second paper is kept but flagged for the counting team.
    expect(
      await tx((x) => enterPaperBallot(x, head, ballotId, paper(reps[0]!.code))),
    ).toMatchObject({
      status: "duplicate",
    });
    await expect(tx((x) => countRound(x, head, ballotId, "2026-03-24"))).rejects.toThrow(
      /Chưa hết hạn/,
    );
    await expect(tx((x) => countRound(x, head, ballotId, "2026-03-25"))).rejects.toThrow(/R30/);
    await tx((x) => recordWitnesses(x, head, ballotId, { witnesses: ["Đỗ Văn A", "Ngô Thị B"] }));
    const ballotCount = await tx((x) => countRound(x, head, ballotId, "2026-03-25"));
    // 20 of 30: 3 × 20 = 60 ≥ 60.
    expect(ballotCount).toMatchObject({ households: 30, yes: 20 });
    expect(ballotCount.outcome).toMatchObject({ valid: true, passed: true, rule: "R25" });
    expect(await findMatter(db, matterId)).toMatchObject({ status: "concluded", passed: true });
  });

  it("R26: item 4 needs more than half of all households — exactly 50 % fails", async () => {
    const half = await meeting(40, 30, 20, 4);
    expect(half.count.outcome).toMatchObject({ passed: false, rule: "R26" });
    const more = await meeting(40, 30, 21, 4);
    expect(more.count.outcome).toMatchObject({ passed: true, rule: "R26" });
  });

  it("R19: a meeting noticed one day before does not open", async () => {
    const t = await village(5);
    const v = t.villages[0]!;
    const head = villageHead(v);
    const { rounds } = await openWith(head, v, {});
    await tx((x) =>
      prepareRound(x, head, rounds[0]!.id, {
        noticeDeliveredOn: "2026-03-14",
        noticePosted: true,
        documentsDeliveredOn: "2026-03-14",
      }),
    );
    await expect(tx((x) => openRound(x, head, rounds[0]!.id, "2026-03-15"))).rejects.toThrow(/R19/);
    expect((await roundsOf(db, rounds[0]!.matter_id))[0]?.status).toBe("planned");
  });

  it("R21 and R39: procedural votes count those present; a second member speaks without a vote", async () => {
    const t = await village(10);
    const v = t.villages[0]!;
    const head = villageHead(v);
    const { rounds } = await openWith(head, v, { item: 6 });
    const id = rounds[0]!.id;
    await tx((x) =>
      prepareRound(x, head, id, { noticeDeliveredOn: "2026-03-12", noticePosted: true }),
    );
    await tx((x) => openRound(x, head, id, "2026-03-15"));
    const reps = t.reps[0]!;
    for (const r of reps.slice(0, 6)) {
      await tx((x) =>
        registerAttendance(x, head, id, {
          householdCode: r.code,
          representative: "Đại diện",
          cluster: null,
        }),
      );
    }
    await expect(
      tx((x) =>
        registerAttendance(x, head, id, {
          householdCode: reps[0]!.code,
          representative: "Vợ",
          cluster: null,
        }),
      ),
    ).rejects.toThrow(/Điều 18.2/);
    await tx((x) =>
      registerSpeaker(x, head, id, { householdCode: reps[0]!.code, name: "Trần Thị Vợ" }),
    );
    const three = await tx((x) =>
      recordProceduralVote(x, head, id, {
        subject: "secretary",
        label: "Thư ký: Lê Văn C",
        yes: 3,
      }),
    );
    expect(three).toMatchObject({ passed: false, rule: "R21" });
    const four = await tx((x) =>
      recordProceduralVote(x, head, id, {
        subject: "secretary",
        label: "Thư ký: Lê Văn C",
        yes: 4,
      }),
    );
    expect(four).toMatchObject({ passed: true, rule: "R21" });
    await expect(tx((x) => recordHands(x, head, id, { yes: 5, no: 2, other: 0 }))).rejects.toThrow(
      /lớn hơn số đại diện hộ dự họp \(6\)/,
    );
  });
});

/** Of 1,000 attempts from 500 households, 500 counted and the rest refused as second votes. */
async function expectExactly500(results: string[], roundId: number) {
  expect(results.filter((x) => x === "ok")).toHaveLength(500);
  expect(results.filter((x) => x !== "ok").every((m) => /đã biểu quyết/.test(m))).toBe(true);
  const counted = await db
    .selectFrom("decision_vote")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .where("round_id", "=", roundId)
    .where("status", "=", "counted")
    .executeTakeFirstOrThrow();
  expect(Number(counted.n)).toBe(500);
}

/** An online item-6 round with the R18 team and `optIn` households who chose online. */
async function onlineRound(households: number, optIn: number) {
  const t = await village(households);
  const v = t.villages[0]!;
  const head = villageHead(v);
  const { id, rounds } = await openWith(head, v, {
    item: 6,
    form: "online",
    noMeetingAgreed: true,
    heldOn: "2026-04-01",
    closesOn: "2026-04-05",
  });
  const roundId = rounds[0]!.id;
  await tx((x) =>
    prepareRound(x, head, roundId, {
      reportLoggedOn: "2026-03-30",
      optInHouseholds: optIn,
      team: [
        { name: "Lê Văn Thôn", represents: "village", leader: false },
        { name: "Phạm Thị Mặt Trận", represents: "front", leader: true },
        { name: "Hoàng Văn Hộ", represents: "household", leader: false },
        { name: "Vũ Văn Tin", represents: "it", leader: false },
      ],
    }),
  );
  return { t, v, head, matterId: id, roundId };
}

describe("online votes (NĐ 59/2023 Điều 5; R18, R31–R33)", () => {
  it("R18: items 1–5 may not be decided online", async () => {
    const t = await village(3);
    const v = t.villages[0]!;
    await expect(
      openWith(villageHead(v), v, { item: 1, form: "online", noMeetingAgreed: true }),
    ).rejects.toThrow(/R18/);
  });

  it("R31: the round opens only when more than half of ALL households chose online", async () => {
    const half = await onlineRound(10, 5);
    await expect(tx((x) => openRound(x, half.head, half.roundId, "2026-04-01"))).rejects.toThrow(
      /R31/,
    );
    const more = await onlineRound(10, 6);
    expect(await tx((x) => openRound(x, more.head, more.roundId, "2026-04-01"))).toBe(10);
  });

  it("one vote per household: a second vote is refused; paper from the same household is flagged", async () => {
    const r = await onlineRound(5, 3);
    await tx((x) => openRound(x, r.head, r.roundId, "2026-04-01"));
    const [a, b] = r.t.reps[0]!;
    const voter = residentOf(r.v, a!.personId);
    const cast = await tx((x) =>
      castOnlineVote(x, voter, r.roundId, { choice: "yes", otherText: null }, "2026-04-02"),
    );
    expect(cast.receipt).toMatch(/^[A-Za-z0-9_-]{16}$/);
    await expect(
      tx((x) =>
        castOnlineVote(x, voter, r.roundId, { choice: "no", otherText: null }, "2026-04-02"),
      ),
    ).rejects.toThrow(/đã biểu quyết \(trực tuyến/);
    const paper = await tx((x) =>
      enterPaperBallot(x, r.head, r.roundId, {
        householdCode: a!.code,
        choice: "no",
        otherText: null,
        serial: "P1",
        marked: true,
      }),
    );
    expect(paper.status).toBe("duplicate");
    // Another household's representative cannot vote for a household they do not represent,
    // and nobody votes after the last day.
    const other = residentOf(r.v, b!.personId);
    await expect(
      tx((x) =>
        castOnlineVote(x, other, r.roundId, { choice: "yes", otherText: null }, "2026-04-06"),
      ),
    ).rejects.toThrow(/đã kết thúc/);
    const stranger = residentOf(r.v, 999_999);
    await expect(
      tx((x) =>
        castOnlineVote(x, stranger, r.roundId, { choice: "yes", otherText: null }, "2026-04-02"),
      ),
    ).rejects.toThrow(/người đại diện hộ/);
  });

  it("households added after the snapshot neither vote nor count (R26)", async () => {
    const r = await onlineRound(4, 3);
    await tx((x) => openRound(x, r.head, r.roundId, "2026-04-01"));
    const late = await bulkHouseholds(db, r.v.id, 1, { validFrom: "2026-04-02", prefix: "M" });
    await expect(
      tx((x) =>
        castOnlineVote(
          x,
          residentOf(r.v, late[0]!.personId),
          r.roundId,
          { choice: "yes", otherText: null },
          "2026-04-02",
        ),
      ),
    ).rejects.toThrow(/R26/);
    for (const h of r.t.reps[0]!.slice(0, 3)) {
      await tx((x) =>
        castOnlineVote(
          x,
          residentOf(r.v, h.personId),
          r.roundId,
          { choice: "yes", otherText: null },
          "2026-04-03",
        ),
      );
    }
    await tx((x) =>
      recordWitnesses(x, r.head, r.roundId, { witnesses: ["Đỗ Văn A", "Ngô Thị B"] }),
    );
    const count = await tx((x) => countRound(x, r.head, r.roundId, "2026-04-05"));
    expect(count).toMatchObject({ households: 4, yes: 3, attending: 3 });
    expect(count.outcome).toMatchObject({ valid: true, passed: true, rule: "R32" });
  });

  it("1,000 simultaneous votes from 500 households (two from each) record exactly 500", async () => {
    const r = await onlineRound(500, 300);
    await tx((x) => openRound(x, r.head, r.roundId, "2026-04-01"));
    const reps = r.t.reps[0]!;
    const attempts = [...reps, ...reps].map((h, i) =>
      tx((x) =>
        castOnlineVote(
          x,
          residentOf(r.v, h.personId),
          r.roundId,
          { choice: i % 3 === 0 ? "no" : "yes", otherText: null },
          "2026-04-02",
        ),
      ).then(
        () => "ok",
        (e: Error) => e.message,
      ),
    );
    const results = await Promise.all(attempts);
    await expectExactly500(results, r.roundId);
  });
});

describe("online votes written in batches (vote-intake.ts, ADR 0004)", () => {
  it("1,000 simultaneous votes from 500 households through the intake record exactly 500", async () => {
    const r = await onlineRound(500, 300);
    await tx((x) => openRound(x, r.head, r.roundId, "2026-04-01"));
    const intake = voteIntake(db);
    const reps = r.t.reps[0]!;
    const results = await Promise.all(
      [...reps, ...reps].map((h, i) =>
        intake
          .cast({
            ctx: residentOf(r.v, h.personId),
            roundId: r.roundId,
            input: { choice: i % 3 === 0 ? "no" : "yes", otherText: null },
            today: "2026-04-02",
          })
          .then(
            () => "ok",
            (e: Error) => e.message,
          ),
      ),
    );
    await expectExactly500(results, r.roundId);
    const events = await db
      .selectFrom("audit_event")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .where("action", "=", "decision.vote.cast")
      .where("subject_id", "=", String(r.roundId))
      .executeTakeFirstOrThrow();
    expect(Number(events.n)).toBe(500);
    expect((await verifyChains(db)).problems).toEqual([]);
  });

  it("one batch refuses each request as castOnlineVote would, and counts the rest", async () => {
    const r = await onlineRound(6, 4);
    await tx((x) => openRound(x, r.head, r.roundId, "2026-04-01"));
    const late = await bulkHouseholds(db, r.v.id, 1, { validFrom: "2026-04-02", prefix: "N" });
    const [a, b, c] = r.t.reps[0]!;
    const vote = (personId: number, today = "2026-04-02", matterId?: number) => ({
      ctx: residentOf(r.v, personId),
      roundId: r.roundId,
      input: { choice: "other" as const, otherText: "Ý kiến khác", matterId },
      today,
    });
    const outcomes = await tx((x) =>
      castOnlineVotes(x, [
        vote(a!.personId),
        vote(a!.personId), // the same household again in the same batch
        vote(999_999), // represents no household
        vote(late[0]!.personId), // joined after the snapshot (R26)
        vote(b!.personId, "2026-04-06"), // after the last day
        vote(c!.personId, "2026-04-02", r.matterId + 1000), // another matter's path
        vote(c!.personId),
      ]),
    );
    const said = outcomes.map((o) => (o.ok ? "ok" : (o.error as Error).message));
    expect(said[0]).toBe("ok");
    expect(said[1]).toMatch(/đã biểu quyết \(trực tuyến/);
    expect(said[2]).toMatch(/người đại diện hộ/);
    expect(said[3]).toMatch(/R26/);
    expect(said[4]).toMatch(/đã kết thúc/);
    expect(said[5]).toMatch(/Không tìm thấy đợt/);
    expect(said[6]).toBe("ok");
    // A later single vote sees the batch's rows.
    await expect(
      tx((x) =>
        castOnlineVote(
          x,
          residentOf(r.v, c!.personId),
          r.roundId,
          { choice: "yes", otherText: null },
          "2026-04-03",
        ),
      ),
    ).rejects.toThrow(/đã biểu quyết/);
    const rows = await db
      .selectFrom("decision_vote")
      .select(["choice", "other_text", "channel"])
      .where("round_id", "=", r.roundId)
      .execute();
    expect(rows).toEqual([
      { choice: "other", other_text: "Ý kiến khác", channel: "online" },
      { choice: "other", other_text: "Ý kiến khác", channel: "online" },
    ]);
  });
});

describe("decision indicators for reports (issue #6 §3)", () => {
  it("counts the rounds counted in the period, those passed, and participation over N", async () => {
    const passed = await meeting(10, 8, 7);
    const failed = await meeting(10, 6, 5);
    const today = todayInVietnam();
    const window = { from: today, to: today };
    const one = await decisionIndicators.compute(db, passed.v.path, window);
    expect(one).toEqual({
      "decision.rounds_counted": { kind: "count", value: 1 },
      "decision.rounds_passed": { kind: "count", value: 1 },
      "decision.participation": { kind: "share", numerator: 8, denominator: 10 },
    });
    const other = await decisionIndicators.compute(db, failed.v.path, window);
    expect(other["decision.rounds_passed"]).toEqual({ kind: "count", value: 0 });
    expect(other["decision.participation"]).toEqual({
      kind: "share",
      numerator: 6,
      denominator: 10,
    });
    const before = await decisionIndicators.compute(db, passed.v.path, {
      from: "2020-01-01",
      to: "2020-12-31",
    });
    expect(before["decision.rounds_counted"]).toEqual({ kind: "count", value: 0 });
  });
});

describe("commune-wide items 1–2 aggregated village by village (R27)", () => {
  it("passes when at least 2/3 of ALL villages approve; a village without a result does not", async () => {
    const t = await village(3, 3);
    const chair = officialOf(t.commune);
    const { id, rounds } = await openWith(chair, t.commune, {
      scope: "commune",
      opener: "commune_chair",
      agreementBy: "Chủ tịch UBMTTQ xã",
      form: "ballot",
      heldOn: "2026-05-04",
      closesOn: "2026-05-08",
    });
    expect(rounds).toHaveLength(3);
    expect(rounds.every((r) => r.template_mark === "stamp")).toBe(true);
    for (const [i, round] of rounds.entries()) {
      await tx((x) =>
        prepareRound(x, chair, round.id, {
          planIssuedOn: "2026-04-28",
          planSentOn: "2026-04-29",
          publicityOn: "2026-04-30",
          team: [
            { name: "A", represents: "village", leader: false },
            { name: "B", represents: "front", leader: true },
            { name: "C", represents: "organisation", leader: false },
          ],
        }),
      );
      await tx((x) => openRound(x, chair, round.id, "2026-05-04"));
      await tx((x) =>
        recordWitnesses(x, chair, round.id, { witnesses: ["Đỗ Văn A", "Ngô Thị B"] }),
      );
      const yes = i === 2 ? 1 : 2; // villages 1 and 2 approve (2 of 3 ≥ 2/3), village 3 does not
      const village = t.villages.find((v) => v.id === round.unit_id)!;
      const reps = t.reps[t.villages.indexOf(village)]!;
      for (const h of reps.slice(0, yes)) {
        await tx((x) =>
          enterPaperBallot(x, chair, round.id, {
            householdCode: h.code,
            choice: "yes",
            otherText: null,
            serial: null,
            marked: true,
          }),
        );
      }
      await tx((x) => countRound(x, chair, round.id, "2026-05-08"));
    }
    const matter = await findMatter(db, id);
    expect(matter).toMatchObject({ status: "concluded", valid: true, passed: true });
    expect(matter?.outcome).toMatchObject({ rule: "R27" });
  });

  it("a village head may not open a commune-wide matter (R15)", async () => {
    const t = await village(2, 1);
    await expect(
      openWith(villageHead(t.villages[0]!), t.commune, {
        scope: "commune",
        opener: "commune_chair",
      }),
    ).rejects.toThrow(/quyền/);
  });
});

describe("the decision record (R34–R38)", () => {
  it("finalising is blocked while a field is missing; then dispatch, recognition and annulment", async () => {
    const { matterId, head, t, v } = await meeting(20, 15, 11, 4);
    const base = {
      docForm: "bien_ban" as const,
      heldOn: "2026-03-15",
      households: 20,
      attending: 15,
      absent: 5,
      content: "Bầu Trưởng thôn nhiệm kỳ 2026–2031",
      formText: "Họp cộng đồng dân cư, biểu quyết giơ tay",
      resultText: "11/20 hộ tán thành",
      decisionText: "Ông Nguyễn Văn A trúng cử Trưởng thôn",
      signHead: "Nguyễn Văn Trưởng",
      signFrontHead: "Trần Văn Mặt Trận",
      signRep1: "Đỗ Văn A",
      signRep2: null,
    };
    await tx((x) => saveRecord(x, head, matterId, base));
    await expect(tx((x) => finaliseRecord(x, head, calendar, matterId))).rejects.toThrow(/R34/);
    await tx((x) => saveRecord(x, head, matterId, { ...base, signRep2: "Ngô Thị B" }));
    // 15/03/2026 is a Sunday: 5 working days run 16–20/03.
    expect(await tx((x) => finaliseRecord(x, head, calendar, matterId))).toEqual({
      dispatchDue: "2026-03-20",
    });
    await tx((x) => dispatchRecord(x, head, calendar, matterId, "2026-03-18", "2026-03-18"));
    const official = officialOf(t.commune);
    await expect(
      tx((x) =>
        recogniseDecision(
          x,
          head,
          matterId,
          { decision: "recognise", on: "2026-03-20", reason: null, inForceOn: null },
          "2026-03-20",
        ),
      ),
    ).rejects.toThrow(/quyền/);
    await expect(
      tx((x) =>
        recogniseDecision(
          x,
          official,
          matterId,
          { decision: "refuse", on: "2026-03-20", reason: "", inForceOn: null },
          "2026-03-20",
        ),
      ),
    ).rejects.toThrow(/lý do/);
    await tx((x) =>
      recogniseDecision(
        x,
        official,
        matterId,
        { decision: "recognise", on: "2026-03-24", reason: null, inForceOn: null },
        "2026-03-24",
      ),
    );
    const rec = await findRecord(db, matterId);
    expect(rec).toMatchObject({
      dispatch_due: "2026-03-20",
      dispatched_on: "2026-03-18",
      recognition_due: "2026-03-25",
      recognised_on: "2026-03-24",
      in_force_on: "2026-03-24",
    });
    await expect(
      tx((x) =>
        annulDecision(
          x,
          official,
          matterId,
          { ground: null, action: "annul", reason: "Không có căn cứ", on: "2026-04-01" },
          "2026-04-01",
        ),
      ),
    ).rejects.toThrow(/R38/);
    await tx((x) =>
      annulDecision(
        x,
        official,
        matterId,
        {
          ground: "b",
          action: "request_amendment",
          reason: "Không gửi thông báo họp đến các hộ",
          on: "2026-04-01",
        },
        "2026-04-01",
      ),
    );
    expect(await findRecord(db, matterId)).toMatchObject({
      annul_ground: "b",
      annul_action: "request_amendment",
    });
    expect(v.id).toBeGreaterThan(0);
  });
});
