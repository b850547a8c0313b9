import { sql } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import { civilServiceCalendar } from "../../../core/calendar/index.ts";
import type { Db, Tx } from "../../../core/db/database.ts";
import { useTestDatabase } from "../../../core/testing/test-db.ts";
import {
  complaintsOf,
  findConvention,
  membersOf,
  reviewsOf,
  versionsOf,
} from "../db/convention.repo.ts";
import { findMatter, roundsOf } from "../db/decision.repo.ts";
import { addBallotRound } from "./add-ballot-round.ts";
import { openConventionAdoption } from "./convention-adoption.ts";
import { recordConventionComment } from "./convention-comment.ts";
import { recordConventionComplaint } from "./convention-complaint.ts";
import { submitConventionDossier } from "./convention-dossier.ts";
import { saveConventionDraft } from "./convention-draft.ts";
import {
  adoptedConvention,
  type ConventionVillage,
  conventionInConsultation,
  conventionVillage,
  DRAFT_TEXT,
  draftingTeam,
  finaliseMinutes,
  proposalInput,
  recognisedConvention,
  signatures,
  voteAtMeeting,
} from "./convention-factory.ts";
import { postConventionDraft } from "./convention-post.ts";
import { proposeConvention } from "./convention-propose.ts";
import { recordConventionPublicity } from "./convention-publicity.ts";
import { decideConventionRecognition } from "./convention-recognition.ts";
import { resolveConventionComplaint } from "./convention-resolve.ts";
import { recordConventionResult } from "./convention-result.ts";
import { returnConventionDossier } from "./convention-return.ts";
import { recordConventionReview } from "./convention-review.ts";
import { conventionDues, inForce } from "./convention-rules.ts";
import { signConvention } from "./convention-sign.ts";
import { setDraftingTeam } from "./convention-team.ts";
import { countRound } from "./count-round.ts";
import { enterPaperBallot } from "./enter-paper-ballot.ts";
import { createInitiative, recordConsent, tableInitiative } from "./initiatives.ts";
import { openRound } from "./open-round.ts";
import { prepareRound } from "./prepare-round.ts";
import { recordWitnesses } from "./record-witnesses.ts";

let db: Db;
const calendar = civilServiceCalendar();
beforeAll(async () => {
  ({ db } = await useTestDatabase());
});

const tx = <T>(f: (t: Tx) => Promise<T>) => db.transaction().execute(f);

async function auditActions(conventionId: number) {
  const rows = await db
    .selectFrom("audit_event")
    .select("action")
    .where("subject_type", "=", "decision_convention")
    .where("subject_id", "=", String(conventionId))
    .orderBy("id")
    .execute();
  return rows.map((r) => r.action);
}

describe("proposal and drafting team (NĐ 61/2023 Điều 7–8; R15, R16, R74)", () => {
  it("the head proposes only with the Trưởng ban công tác Mặt trận's agreement (Điều 7)", async () => {
    const v = await conventionVillage(db, 3);
    await expect(
      tx((t) =>
        proposeConvention(
          t,
          v.head,
          v.village,
          proposalInput({ frontAgreedBy: null, frontAgreedOn: null }),
          "2026-01-05",
        ),
      ),
    ).rejects.toThrow(/R15/);
    const id = await tx((t) =>
      proposeConvention(t, v.head, v.village, proposalInput(), "2026-01-05"),
    );
    expect(await findConvention(db, id)).toMatchObject({
      status: "drafting",
      proposed_by: "village_head",
    });
    expect(await auditActions(id)).toEqual(["decision.convention.proposed"]);
  });

  it("residents propose through an initiative only once it is tabled (R16, ≥ 10 % of households)", async () => {
    const v = await conventionVillage(db, 10);
    const initiativeId = await tx((t) =>
      createInitiative(t, v.head, v.village, {
        title: "Đề nghị xây dựng hương ước",
        description: "",
        initiatorName: "Phạm Văn Dân",
        openedOn: "2026-01-02",
      }),
    );
    const byResidents = proposalInput({
      proposedBy: "initiative",
      frontAgreedBy: null,
      frontAgreedOn: null,
      initiativeId,
    });
    await expect(
      tx((t) => proposeConvention(t, v.head, v.village, byResidents, "2026-01-05")),
    ).rejects.toThrow(/R16/);
    await tx((t) =>
      recordConsent(
        t,
        v.head,
        initiativeId,
        { householdCode: v.reps[0]!.code, givenOn: "2026-01-03" },
        "2026-01-04",
      ),
    );
    await tx((t) =>
      tableInitiative(t, v.head, initiativeId, { frontApprovedOn: null }, "2026-01-04"),
    );
    const id = await tx((t) => proposeConvention(t, v.head, v.village, byResidents, "2026-01-05"));
    expect(await findConvention(db, id)).toMatchObject({
      proposed_by: "initiative",
      initiative_id: initiativeId,
    });
  });

  it("R74 (NĐ 61/2023 Điều 8.2): in an ethnic-minority area the team needs an elder or village head and a speaker of the language", async () => {
    const v = await conventionVillage(db, 3);
    const id = await tx((t) =>
      proposeConvention(
        t,
        v.head,
        v.village,
        proposalInput({ ethnicMinorityArea: true, ethnicLanguage: "Tày" }),
        "2026-01-05",
      ),
    );
    const plain = draftingTeam.map((m) => ({ ...m, elderOrVillageHead: false }));
    const refused = tx((t) => setDraftingTeam(t, v.head, id, plain));
    await expect(refused).rejects.toThrow(
      "Vùng đồng bào dân tộc thiểu số: Tổ soạn thảo phải có già làng hoặc trưởng bản (R74, NĐ 61/2023 Điều 8.2). Vùng đồng bào dân tộc thiểu số: Tổ soạn thảo phải có người biết tiếng dân tộc thiểu số (R74, NĐ 61/2023 Điều 8.2).",
    );
    expect(await membersOf(db, id)).toEqual([]);
    const team = [
      ...plain,
      {
        name: "Hoàng Văn Già",
        role: "Già làng",
        elderOrVillageHead: true,
        speaksEthnicLanguage: true,
      },
    ];
    await tx((t) => setDraftingTeam(t, v.head, id, team));
    expect(
      (await membersOf(db, id)).map((m) => [
        m.position,
        m.name,
        m.elder_or_village_head,
        m.speaks_ethnic_language,
      ]),
    ).toEqual([
      [1, "Nguyễn Văn Trưởng", false, false],
      [2, "Trần Văn Mặt Trận", false, false],
      [3, "Lê Thị Phụ Nữ", false, false],
      [4, "Hoàng Văn Già", true, true],
    ]);
  });

  it("a draft cannot be posted before the drafting team is set up (R74, Điều 8.1)", async () => {
    const v = await conventionVillage(db, 3);
    const id = await tx((t) =>
      proposeConvention(t, v.head, v.village, proposalInput(), "2026-01-05"),
    );
    await tx((t) => saveConventionDraft(t, v.head, id, { body: DRAFT_TEXT, note: null }));
    await expect(
      tx((t) =>
        postConventionDraft(
          t,
          v.head,
          id,
          { postedOn: "2026-02-01", place: "Nhà văn hóa", minDays: 30, channels: ["meeting"] },
          "2026-02-01",
        ),
      ),
    ).rejects.toThrow(
      "Tổ soạn thảo hương ước, quy ước chưa có thành viên (R74, NĐ 61/2023 Điều 8.2).",
    );
  });
});

describe("the draft, its versions and the comments (NĐ 61/2023 Điều 9; R68)", () => {
  it("an unposted draft is edited in place; a posted one is frozen and a change is a new version", async () => {
    const v = await conventionVillage(db, 3);
    const id = await tx((t) =>
      proposeConvention(t, v.head, v.village, proposalInput(), "2026-01-05"),
    );
    await tx((t) => setDraftingTeam(t, v.head, id, draftingTeam));
    expect(
      await tx((t) => saveConventionDraft(t, v.head, id, { body: "Bản đầu", note: null })),
    ).toBe(1);
    expect(
      await tx((t) => saveConventionDraft(t, v.head, id, { body: DRAFT_TEXT, note: null })),
    ).toBe(1);
    const posted = await tx((t) =>
      postConventionDraft(
        t,
        v.head,
        id,
        {
          postedOn: "2026-02-01",
          place: "Nhà văn hóa thôn",
          minDays: 45,
          channels: ["suggestion_box"],
        },
        "2026-02-02",
      ),
    );
    // The community set 45 days: the earliest adoption is 18/03/2026.
    expect(posted).toEqual({ version: 1, postedUntil: "2026-03-18" });
    await expect(
      sql`update decision_convention_version set body = 'Sửa lén' where convention_id = ${id}`.execute(
        db,
      ),
    ).rejects.toThrow(/không được sửa; hãy tạo phiên bản mới/);
    expect(
      await tx((t) =>
        saveConventionDraft(t, v.head, id, {
          body: `${DRAFT_TEXT}\nĐiều 3. Khen thưởng.`,
          note: "Tiếp thu ý kiến",
        }),
      ),
    ).toBe(2);
    const versions = await versionsOf(db, id);
    expect(versions.map((x) => [x.version, x.body, x.posted_on])).toEqual([
      [1, DRAFT_TEXT, "2026-02-01"],
      [2, `${DRAFT_TEXT}\nĐiều 3. Khen thưởng.`, null],
    ]);
    expect(await findConvention(db, id)).toMatchObject({
      status: "consultation",
      consultation_from: "2026-02-01",
      min_posting_days: 45,
      channels: ["suggestion_box"],
    });
    // R68: the community may set longer, never shorter.
    await expect(
      tx((t) =>
        openConventionAdoption(t, v.head, id, {
          heldOn: "2026-03-17",
          place: null,
          agreementBy: null,
          agreementOn: null,
        }),
      ),
    ).rejects.toThrow(
      "Dự thảo niêm yết từ ngày 01/02/2026, mới 44 ngày trước ngày thông qua 17/03/2026; phải niêm yết ít nhất 45 ngày (chậm nhất từ ngày 31/01/2026) (R68, NĐ 61/2023 Điều 9.1).",
    );
  });

  it("R68: a posting period under 30 days is refused", async () => {
    const v = await conventionVillage(db, 3);
    const id = await tx((t) =>
      proposeConvention(t, v.head, v.village, proposalInput(), "2026-01-05"),
    );
    await tx((t) => setDraftingTeam(t, v.head, id, draftingTeam));
    await tx((t) => saveConventionDraft(t, v.head, id, { body: DRAFT_TEXT, note: null }));
    await expect(
      tx((t) =>
        postConventionDraft(
          t,
          v.head,
          id,
          { postedOn: "2026-02-01", place: "Nhà văn hóa", minDays: 29, channels: ["meeting"] },
          "2026-02-01",
        ),
      ),
    ).rejects.toThrow("không được ít hơn 30 ngày (nhận được: 29) (R68, NĐ 61/2023 Điều 9.1)");
  });

  it("comments come by a channel the community chose, or from an agency in writing, and belong to the version posted", async () => {
    const v = await conventionVillage(db, 3);
    const id = await conventionInConsultation(db, v);
    await expect(
      tx((t) =>
        recordConventionComment(
          t,
          v.head,
          id,
          {
            receivedOn: "2026-02-05",
            channel: "online",
            author: null,
            content: "Ý kiến",
            response: null,
          },
          "2026-02-05",
        ),
      ),
    ).rejects.toThrow(/Điều 9.2/);
    await expect(
      tx((t) =>
        recordConventionComment(
          t,
          v.head,
          id,
          {
            receivedOn: "2026-01-31",
            channel: "suggestion_box",
            author: null,
            content: "Ý kiến",
            response: null,
          },
          "2026-02-05",
        ),
      ),
    ).rejects.toThrow("Ngày nhận ý kiến không được trước ngày niêm yết dự thảo.");
    await tx((t) =>
      recordConventionComment(
        t,
        v.head,
        id,
        {
          receivedOn: "2026-02-05",
          channel: "suggestion_box",
          author: "Hộ H0001",
          content: "Đề nghị bổ sung quy định về nuôi chó thả rông",
          response: "Tiếp thu, bổ sung Điều 3",
        },
        "2026-02-05",
      ),
    );
    await tx((t) =>
      recordConventionComment(
        t,
        v.head,
        id,
        {
          receivedOn: "2026-02-06",
          channel: "agency",
          author: "Công chức Tư pháp xã",
          content: "Bỏ điều khoản phạt tiền",
          response: null,
        },
        "2026-02-06",
      ),
    );
    const summaries = await db
      .selectFrom("audit_event")
      .select("summary")
      .where("action", "=", "decision.convention.comment-recorded")
      .where("subject_id", "=", String(id))
      .execute();
    expect(summaries.map((s) => s.summary)).toEqual([
      expect.objectContaining({ channel: "suggestion_box", version: 1 }),
      expect.objectContaining({ channel: "agency", version: 1 }),
    ]);
    expect(JSON.stringify(summaries)).not.toContain("H0001");
  });
});

describe("adoption through a matter of item 3 (NĐ 61/2023 Điều 10; R68–R70)", () => {
  it("R68 boundary: a meeting 29 days after posting is refused, 30 days opens the matter", async () => {
    const v = await conventionVillage(db, 10);
    const id = await conventionInConsultation(db, v, { postedOn: "2026-02-01" });
    await expect(
      tx((t) =>
        openConventionAdoption(t, v.head, id, {
          heldOn: "2026-03-02",
          place: null,
          agreementBy: null,
          agreementOn: null,
        }),
      ),
    ).rejects.toThrow(
      "Dự thảo niêm yết từ ngày 01/02/2026, mới 29 ngày trước ngày thông qua 02/03/2026; phải niêm yết ít nhất 30 ngày (chậm nhất từ ngày 31/01/2026) (R68, NĐ 61/2023 Điều 9.1).",
    );
    expect((await findConvention(db, id))?.status).toBe("consultation");
    const matterId = await tx((t) =>
      openConventionAdoption(t, v.head, id, {
        heldOn: "2026-03-03",
        place: "Nhà văn hóa thôn",
        agreementBy: null,
        agreementOn: null,
      }),
    );
    const matter = await findMatter(db, matterId);
    expect(matter).toMatchObject({
      item: 3,
      scope: "village",
      status: "open",
      opener: "village_head",
    });
    expect(matter?.title).toBe("Thông qua Hương ước thôn về nếp sống văn minh, bảo vệ môi trường");
    const c = await findConvention(db, id);
    expect(c).toMatchObject({ status: "voting", matter_id: matterId });
    // The text put to the vote is frozen, and it is the one recorded.
    const versions = await versionsOf(db, id);
    expect(c?.text_version_id).toBe(versions.at(-1)!.id);
    expect(versions.at(-1)!.frozen_at).not.toBeNull();
    await expect(
      tx((t) => saveConventionDraft(t, v.head, id, { body: "x", note: null })),
    ).rejects.toThrow(/đang đưa ra cộng đồng biểu quyết/);
  });

  it("R69: 6 of 10 households present and in favour adopt it; the dossier is due on the 5th working day (R71)", async () => {
    const v = await conventionVillage(db, 10);
    const id = await conventionInConsultation(db, v);
    const vote = await voteAtMeeting(db, v, id, { attending: 6, yes: 6 });
    expect(vote.count.outcome).toMatchObject({
      valid: true,
      passed: true,
      rule: "R69",
      test: "2 × 6 = 12 > 10",
    });
    const result = await tx((t) => recordConventionResult(t, v.head, calendar, id));
    // Tuesday 03/03/2026: 5 working days are 04, 05, 06, 09, 10/03.
    expect(result).toMatchObject({
      adopted: true,
      adoptedOn: "2026-03-03",
      dossierDue: "2026-03-10",
      rule: "R69",
    });
    expect(await findConvention(db, id)).toMatchObject({ status: "adopted", in_force_on: null });
  });

  it("R69: exactly half of all households in favour (5 of 10) does not adopt it", async () => {
    const v = await conventionVillage(db, 10);
    const id = await conventionInConsultation(db, v);
    const vote = await voteAtMeeting(db, v, id, { attending: 8, yes: 5 });
    expect(vote.count.outcome).toMatchObject({ valid: true, passed: false, rule: "R69" });
    expect(await tx((t) => recordConventionResult(t, v.head, calendar, id))).toMatchObject({
      adopted: false,
      adoptedOn: null,
    });
    expect((await findConvention(db, id))?.status).toBe("not_adopted");
  });

  it("R69–R70: a meeting of exactly half the households is not valid; ballots to every household then adopt it", async () => {
    const v = await conventionVillage(db, 10);
    const id = await conventionInConsultation(db, v);
    const vote = await voteAtMeeting(db, v, id, { attending: 5, yes: 5 });
    expect(vote.count.attendanceFailed).toBe(true);
    expect(vote.count.outcome).toMatchObject({ valid: false, rule: "R69" });
    await expect(tx((t) => recordConventionResult(t, v.head, calendar, id))).rejects.toThrow(
      /chưa có kết quả/,
    );
    const ballot = await tx((t) =>
      addBallotRound(t, v.head, vote.roundId, { heldOn: "2026-03-06", closesOn: "2026-03-10" }),
    );
    await tx((t) =>
      prepareRound(t, v.head, ballot, {
        planIssuedOn: "2026-03-04",
        planSentOn: "2026-03-04",
        publicityOn: "2026-03-04",
        team: [
          { name: "Lê Văn Thôn", represents: "village", leader: false },
          { name: "Phạm Thị Mặt Trận", represents: "front", leader: true },
          { name: "Hoàng Văn Hội", represents: "organisation", leader: false },
        ],
      }),
    );
    await tx((t) => openRound(t, v.head, ballot, "2026-03-06"));
    for (const r of v.reps.slice(0, 6)) {
      await tx((t) =>
        enterPaperBallot(t, v.head, ballot, {
          householdCode: r.code,
          choice: "yes",
          otherText: null,
          serial: r.code,
          marked: true,
        }),
      );
    }
    await tx((t) => recordWitnesses(t, v.head, ballot, { witnesses: ["Đỗ Văn A", "Ngô Thị B"] }));
    const count = await tx((t) => countRound(t, v.head, ballot, "2026-03-10"));
    expect(count.outcome).toMatchObject({ valid: true, passed: true, rule: "R69" });
    // Adopted on the last day of the ballots: the dossier is due 5 working days later.
    expect(await tx((t) => recordConventionResult(t, v.head, calendar, id))).toMatchObject({
      adopted: true,
      adoptedOn: "2026-03-10",
      dossierDue: "2026-03-17",
    });
    expect((await roundsOf(db, vote.matterId)).map((r) => r.form)).toEqual(["meeting", "ballot"]);
  });
});

describe("signatures, dossier and recognition (NĐ 61/2023 Điều 6, 11; R67, R71)", () => {
  async function adoptedUnsigned(v: ConventionVillage) {
    const id = await conventionInConsultation(db, v);
    const vote = await voteAtMeeting(db, v, id, { attending: 6, yes: 6 });
    await tx((t) => recordConventionResult(t, v.head, calendar, id));
    return { id, matterId: vote.matterId };
  }

  it("R67: the text needs the head, the Trưởng ban CTMT and two different household representatives", async () => {
    const v = await conventionVillage(db, 10);
    const { id, matterId } = await adoptedUnsigned(v);
    await expect(
      tx((t) => signConvention(t, v.head, id, { ...signatures, rep2: " đỗ  văn a " })),
    ).rejects.toThrow(
      "Hương ước, quy ước phải có chữ ký của 02 đại diện hộ gia đình (hiện có 1) (R67, NĐ 61/2023 Điều 6.1).",
    );
    await finaliseMinutes(db, v, matterId, { heldOn: "2026-03-03", attending: 6, yes: 6 });
    await expect(
      tx((t) =>
        submitConventionDossier(
          t,
          v.head,
          calendar,
          id,
          { submittedOn: "2026-03-05" },
          "2026-03-05",
        ),
      ),
    ).rejects.toThrow(/thiếu chữ ký của Trưởng thôn.*R67/);
    await tx((t) => signConvention(t, v.head, id, signatures));
    expect(await findConvention(db, id)).toMatchObject({
      sign_head: "Nguyễn Văn Trưởng",
      sign_rep2: "Ngô Thị B",
    });
  });

  it("R71: the dossier needs the finalised minutes of the meeting (Mẫu 02)", async () => {
    const v = await conventionVillage(db, 10);
    const { id } = await adoptedUnsigned(v);
    await tx((t) => signConvention(t, v.head, id, signatures));
    await expect(
      tx((t) =>
        submitConventionDossier(
          t,
          v.head,
          calendar,
          id,
          { submittedOn: "2026-03-05" },
          "2026-03-05",
        ),
      ),
    ).rejects.toThrow(
      "Hồ sơ đề nghị công nhận thiếu biên bản cuộc họp hoặc biên bản kiểm phiếu đã hoàn tất (R71, NĐ 61/2023 Điều 11; R34).",
    );
  });

  it("R71 boundaries: dossier on the 5th working day is on time, on the 6th late; UBND xã's decision likewise", async () => {
    const onTime = await conventionVillage(db, 10);
    const a = await adoptedConvention(db, onTime);
    expect(
      await tx((t) =>
        submitConventionDossier(
          t,
          onTime.head,
          calendar,
          a.id,
          { submittedOn: "2026-03-10" },
          "2026-03-10",
        ),
      ),
    ).toEqual({ late: false, dossierDue: "2026-03-10", decisionDue: "2026-03-17" });
    // Not in force before recognition (R71, Điều 11.5).
    expect(inForce((await findConvention(db, a.id))!, "2026-03-16")).toBe(false);
    expect(
      await tx((t) =>
        decideConventionRecognition(
          t,
          onTime.official,
          a.id,
          {
            decision: "recognise",
            on: "2026-03-17",
            number: "15/QĐ-UBND",
            reason: null,
            sealAcrossPages: true,
          },
          "2026-03-17",
        ),
      ),
    ).toEqual({ late: false, inForceOn: "2026-03-17" });
    const recognised = (await findConvention(db, a.id))!;
    expect(recognised).toMatchObject({
      status: "recognised",
      recognised_on: "2026-03-17",
      in_force_on: "2026-03-17",
      seal_across_pages: true,
    });
    expect(inForce(recognised, "2026-03-16")).toBe(false);
    expect(inForce(recognised, "2026-03-17")).toBe(true);

    const lateOne = await conventionVillage(db, 10);
    const b = await adoptedConvention(db, lateOne);
    expect(
      await tx((t) =>
        submitConventionDossier(
          t,
          lateOne.head,
          calendar,
          b.id,
          { submittedOn: "2026-03-11" },
          "2026-03-11",
        ),
      ),
    ).toEqual({ late: true, dossierDue: "2026-03-10", decisionDue: "2026-03-18" });
    expect(
      await tx((t) =>
        decideConventionRecognition(
          t,
          lateOne.official,
          b.id,
          {
            decision: "recognise",
            on: "2026-03-19",
            number: null,
            reason: null,
            sealAcrossPages: true,
          },
          "2026-03-19",
        ),
      ),
    ).toEqual({ late: true, inForceOn: "2026-03-19" });
    const events = await db
      .selectFrom("audit_event")
      .select(["action", "summary"])
      .where("subject_type", "=", "decision_convention")
      .where("subject_id", "=", String(b.id))
      .where("action", "in", [
        "decision.convention.dossier-submitted",
        "decision.convention.recognised",
      ])
      .orderBy("id")
      .execute();
    expect(events).toEqual([
      {
        action: "decision.convention.dossier-submitted",
        summary: {
          submittedOn: "2026-03-11",
          dossierDue: "2026-03-10",
          late: true,
          decisionDue: "2026-03-18",
        },
      },
      {
        action: "decision.convention.recognised",
        summary: { on: "2026-03-19", number: null, due: "2026-03-18", late: true },
      },
    ]);
  });

  it("R67 and R71: recognition needs the seal across pages; a refusal is written with reasons; only UBND xã decides", async () => {
    const v = await conventionVillage(db, 10);
    const a = await adoptedConvention(db, v);
    await tx((t) =>
      submitConventionDossier(
        t,
        v.head,
        calendar,
        a.id,
        { submittedOn: "2026-03-10" },
        "2026-03-10",
      ),
    );
    const decide = (ctx = v.official, input = {}) =>
      tx((t) =>
        decideConventionRecognition(
          t,
          ctx,
          a.id,
          {
            decision: "recognise",
            on: "2026-03-12",
            number: null,
            reason: null,
            sealAcrossPages: true,
            ...input,
          },
          "2026-03-12",
        ),
      );
    await expect(decide(v.head)).rejects.toThrow(/quyền/);
    await expect(decide(v.official, { sealAcrossPages: false })).rejects.toThrow(
      "Hương ước, quy ước đã được công nhận nhưng chưa đóng dấu giáp lai của UBND xã (R67, NĐ 61/2023 Điều 6.1).",
    );
    await expect(decide(v.official, { decision: "refuse", reason: "Không" })).rejects.toThrow(
      /nêu rõ lý do \(R71/,
    );
    expect(
      await decide(v.official, {
        decision: "refuse",
        reason: "Điều 5 quy định phạt tiền, trái Điều 4 Nghị định 61/2023.",
      }),
    ).toEqual({ late: false, inForceOn: null });
    expect(await findConvention(db, a.id)).toMatchObject({
      status: "refused",
      refused_on: "2026-03-12",
      in_force_on: null,
    });
  });

  it("a dossier returned as incomplete stops UBND xã's clock until it comes back", async () => {
    const v = await conventionVillage(db, 10);
    const a = await adoptedConvention(db, v);
    await tx((t) =>
      submitConventionDossier(
        t,
        v.head,
        calendar,
        a.id,
        { submittedOn: "2026-03-09" },
        "2026-03-09",
      ),
    );
    await expect(
      tx((t) =>
        returnConventionDossier(
          t,
          v.head,
          a.id,
          { on: "2026-03-10", reason: "Thiếu văn bản đề nghị theo Mẫu 01" },
          "2026-03-10",
        ),
      ),
    ).rejects.toThrow(/quyền/);
    await tx((t) =>
      returnConventionDossier(
        t,
        v.official,
        a.id,
        { on: "2026-03-10", reason: "Thiếu văn bản đề nghị theo Mẫu 01" },
        "2026-03-10",
      ),
    );
    expect(await findConvention(db, a.id)).toMatchObject({
      status: "adopted",
      decision_due: null,
      dossier_returned_on: "2026-03-10",
    });
    expect(
      await tx((t) =>
        submitConventionDossier(
          t,
          v.head,
          calendar,
          a.id,
          { submittedOn: "2026-03-12" },
          "2026-03-12",
        ),
      ),
    ).toEqual({ late: true, dossierDue: "2026-03-10", decisionDue: "2026-03-19" });
  });

  it("publicising after recognition needs a form beside the posting (Điều 15.1–15.2)", async () => {
    const v = await conventionVillage(db, 10);
    const a = await recognisedConvention(db, v);
    await expect(
      tx((t) =>
        recordConventionPublicity(
          t,
          v.head,
          a.id,
          { postedOn: "2026-03-18", forms: [] },
          "2026-03-18",
        ),
      ),
    ).rejects.toThrow(/Điều 15.1–15.2/);
    await tx((t) =>
      recordConventionPublicity(
        t,
        v.head,
        a.id,
        { postedOn: "2026-03-18", forms: ["meeting", "online"] },
        "2026-03-18",
      ),
    );
    expect(await findConvention(db, a.id)).toMatchObject({
      publicised_on: "2026-03-18",
      publicity_forms: ["meeting", "online"],
    });
  });
});

describe("complaints, suspension and annulment (NĐ 61/2023 Điều 12, 14; R72)", () => {
  const complaint = (v: ConventionVillage, id: number, receivedOn = "2026-04-01") =>
    tx((t) =>
      recordConventionComplaint(
        t,
        v.official,
        calendar,
        id,
        {
          receivedOn,
          source: "household",
          complainant: "Hộ ông Phạm Văn Dân",
          content: "Điều 2 phạt tiền hộ không dọn vệ sinh",
        },
        receivedOn,
      ),
    );

  it("R72 clocks: reply or suspend by the 3rd working day, annul by the 5th; the 4th and 6th are late", async () => {
    const v = await conventionVillage(db, 10);
    const a = await recognisedConvention(db, v);
    // Wednesday 01/04/2026: 3 working days end Monday 06/04, 5 end Wednesday 08/04.
    const first = await complaint(v, a.id);
    expect(first).toMatchObject({ replyDue: "2026-04-06", annulDue: "2026-04-08" });
    expect(
      await tx((t) =>
        resolveConventionComplaint(
          t,
          v.official,
          a.id,
          first.id,
          {
            action: "unfounded",
            ground: null,
            partText: null,
            reason: "Điều 2 chỉ nhắc nhở, không phạt tiền.",
            amendBy: null,
            on: "2026-04-06",
          },
          "2026-04-06",
        ),
      ),
    ).toEqual({ late: false, due: "2026-04-06" });
    const second = await complaint(v, a.id);
    expect(
      await tx((t) =>
        resolveConventionComplaint(
          t,
          v.official,
          a.id,
          second.id,
          {
            action: "suspended",
            ground: "content",
            partText: "Điều 2",
            reason: "Điều 2 đặt ra mức phạt tiền, trái Điều 4.",
            amendBy: "2026-05-07",
            on: "2026-04-07",
          },
          "2026-04-07",
        ),
      ),
    ).toEqual({ late: true, due: "2026-04-06" });
    // A partial suspension leaves the rest in force.
    expect((await findConvention(db, a.id))?.status).toBe("recognised");
    const third = await complaint(v, a.id);
    expect(
      await tx((t) =>
        resolveConventionComplaint(
          t,
          v.official,
          a.id,
          third.id,
          {
            action: "annulled",
            ground: "unlawful_content",
            partText: null,
            reason: "Nội dung trái pháp luật về xử phạt.",
            amendBy: null,
            on: "2026-04-08",
          },
          "2026-04-08",
        ),
      ),
    ).toEqual({ late: false, due: "2026-04-08" });
    expect(await findConvention(db, a.id)).toMatchObject({
      status: "annulled",
      ended_on: "2026-04-08",
    });
    expect(inForce((await findConvention(db, a.id))!, "2026-04-09")).toBe(false);
  });

  it("R72: an annulment on the 6th working day is late", async () => {
    const v = await conventionVillage(db, 10);
    const a = await recognisedConvention(db, v);
    const k = await complaint(v, a.id);
    expect(
      await tx((t) =>
        resolveConventionComplaint(
          t,
          v.official,
          a.id,
          k.id,
          {
            action: "annulled",
            ground: "ratio_not_met",
            partText: null,
            reason: "Chỉ 5/10 hộ đồng ý, chưa quá 50%.",
            amendBy: null,
            on: "2026-04-09",
          },
          "2026-04-09",
        ),
      ),
    ).toEqual({ late: true, due: "2026-04-08" });
  });

  it("a whole suspension needs a deadline; once it passes without a new text, it is a ground to annul (Điều 12, 14)", async () => {
    const v = await conventionVillage(db, 10);
    const a = await recognisedConvention(db, v);
    const k = await complaint(v, a.id);
    const suspend = (input: object) =>
      tx((t) =>
        resolveConventionComplaint(
          t,
          v.official,
          a.id,
          k.id,
          {
            action: "suspended",
            ground: "procedure",
            partText: null,
            reason: "Dự thảo chỉ niêm yết 20 ngày.",
            amendBy: "2026-04-20",
            on: "2026-04-03",
            ...input,
          },
          "2026-04-03",
        ),
      );
    await expect(suspend({ amendBy: null })).rejects.toThrow(
      /thời hạn thực hiện lại.*R72, NĐ 61\/2023 Điều 12.1/,
    );
    await expect(suspend({ ground: "unlawful_content" })).rejects.toThrow(
      /Chỉ tạm ngưng toàn bộ khi/,
    );
    await suspend({});
    expect((await findConvention(db, a.id))?.status).toBe("suspended");
    expect(inForce((await findConvention(db, a.id))!, "2026-04-10")).toBe(false);
    // A finding on 15/04: the deadline (20/04) has not passed yet.
    const early = await tx((t) =>
      recordConventionComplaint(
        t,
        v.official,
        calendar,
        a.id,
        {
          receivedOn: "2026-04-15",
          source: "supervision",
          complainant: null,
          content: "Chưa sửa đổi",
        },
        "2026-04-15",
      ),
    );
    const annul = (complaintId: number, on: string) =>
      tx((t) =>
        resolveConventionComplaint(
          t,
          v.official,
          a.id,
          complaintId,
          {
            action: "annulled",
            ground: "suspension_expired",
            partText: null,
            reason: "Hết thời hạn tạm ngưng mà chưa thực hiện lại.",
            amendBy: null,
            on,
          },
          on,
        ),
      );
    await expect(annul(early.id, "2026-04-16")).rejects.toThrow(
      "Không có quyết định tạm ngưng toàn bộ nào đã hết thời hạn sửa đổi trước ngày 16/04/2026 (R72, NĐ 61/2023 Điều 14.1–14.2).",
    );
    const late = await tx((t) =>
      recordConventionComplaint(
        t,
        v.official,
        calendar,
        a.id,
        {
          receivedOn: "2026-04-21",
          source: "review",
          complainant: null,
          content: "Quá hạn sửa đổi",
        },
        "2026-04-21",
      ),
    );
    expect(await annul(late.id, "2026-04-22")).toEqual({ late: false, due: "2026-04-28" });
    expect((await findConvention(db, a.id))?.status).toBe("annulled");
    expect((await complaintsOf(db, a.id)).map((c) => [c.resolution, c.extent, c.ground])).toEqual([
      ["suspended", "whole", "procedure"],
      [null, null, null],
      ["annulled", "whole", "suspension_expired"],
    ]);
  });

  it("only UBND xã records and decides complaints", async () => {
    const v = await conventionVillage(db, 10);
    const a = await recognisedConvention(db, v);
    await expect(
      tx((t) =>
        recordConventionComplaint(
          t,
          v.head,
          calendar,
          a.id,
          { receivedOn: "2026-04-01", source: "household", complainant: null, content: "x" },
          "2026-04-01",
        ),
      ),
    ).rejects.toThrow(/quyền/);
  });
});

describe("amendment, yearly review and what is due (NĐ 61/2023 Điều 13, 15; R71–R73)", () => {
  it("a recognised amendment replaces the convention and ends its suspension", async () => {
    const v = await conventionVillage(db, 10);
    const a = await recognisedConvention(db, v);
    const k = await tx((t) =>
      recordConventionComplaint(
        t,
        v.official,
        calendar,
        a.id,
        {
          receivedOn: "2026-04-01",
          source: "household",
          complainant: null,
          content: "Điều 2 trái luật",
        },
        "2026-04-01",
      ),
    );
    await tx((t) =>
      resolveConventionComplaint(
        t,
        v.official,
        a.id,
        k.id,
        {
          action: "suspended",
          ground: "content",
          partText: "Điều 2",
          reason: "Điều 2 trái Điều 4 Nghị định 61.",
          amendBy: "2026-12-31",
          on: "2026-04-02",
        },
        "2026-04-02",
      ),
    );
    const amendmentId = await tx((t) =>
      proposeConvention(
        t,
        v.head,
        v.village,
        proposalInput({ amendsId: a.id, proposedOn: "2026-04-03", frontAgreedOn: "2026-04-03" }),
        "2026-04-03",
      ),
    );
    await expect(
      tx((t) =>
        proposeConvention(
          t,
          v.head,
          v.village,
          proposalInput({ amendsId: a.id, proposedOn: "2026-04-03" }),
          "2026-04-03",
        ),
      ),
    ).rejects.toThrow(`Đang có bản sửa đổi (#${amendmentId})`);
    await tx((t) => setDraftingTeam(t, v.head, amendmentId, draftingTeam));
    await tx((t) =>
      saveConventionDraft(t, v.head, amendmentId, {
        body: "Điều 2 (sửa đổi). Nhắc nhở hộ không dọn vệ sinh.",
        note: null,
      }),
    );
    await tx((t) =>
      postConventionDraft(
        t,
        v.head,
        amendmentId,
        { postedOn: "2026-04-06", place: "Nhà văn hóa thôn", minDays: 30, channels: ["meeting"] },
        "2026-04-06",
      ),
    );
    const vote = await voteAtMeeting(db, v, amendmentId, {
      heldOn: "2026-05-06",
      attending: 7,
      yes: 7,
    });
    await tx((t) => recordConventionResult(t, v.head, calendar, amendmentId));
    await tx((t) => signConvention(t, v.head, amendmentId, signatures));
    await finaliseMinutes(db, v, vote.matterId, { heldOn: "2026-05-06", attending: 7, yes: 7 });
    await tx((t) =>
      submitConventionDossier(
        t,
        v.head,
        calendar,
        amendmentId,
        { submittedOn: "2026-05-07" },
        "2026-05-07",
      ),
    );
    await tx((t) =>
      decideConventionRecognition(
        t,
        v.official,
        amendmentId,
        {
          decision: "recognise",
          on: "2026-05-08",
          number: "30/QĐ-UBND",
          reason: null,
          sealAcrossPages: true,
        },
        "2026-05-08",
      ),
    );
    expect(await findConvention(db, a.id)).toMatchObject({
      status: "replaced",
      ended_on: "2026-05-08",
    });
    expect((await complaintsOf(db, a.id))[0]).toMatchObject({
      resolution: "suspended",
      lifted_on: "2026-05-08",
    });
    expect(await findConvention(db, amendmentId)).toMatchObject({
      status: "recognised",
      amends_id: a.id,
      in_force_on: "2026-05-08",
    });
    expect(await auditActions(a.id)).toContain("decision.convention.replaced");
  });

  it("R73: the yearly review falls due on 18/11, is recorded once a year, then the next is 18/11 of the year after", async () => {
    const v = await conventionVillage(db, 10);
    const a = await recognisedConvention(db, v);
    const c = (await findConvention(db, a.id))!;
    const dues = (today: string, years: number[]) =>
      conventionDues(c, [], years, today).filter((d) => d.rule === "R73");
    expect(dues("2026-11-18", [])).toEqual([
      expect.objectContaining({
        due: "2026-11-18",
        overdue: false,
        article: "NĐ 61/2023 Điều 15.4",
      }),
    ]);
    expect(dues("2026-11-19", [])[0]).toMatchObject({ due: "2026-11-18", overdue: true });
    await tx((t) =>
      recordConventionReview(
        t,
        v.head,
        a.id,
        {
          heldOn: "2026-11-18",
          form: "periodic_meeting",
          summary: "Các hộ thực hiện tốt; khen 5 hộ.",
          proposals: null,
        },
        "2026-11-18",
      ),
    );
    await expect(
      tx((t) =>
        recordConventionReview(
          t,
          v.head,
          a.id,
          { heldOn: "2026-12-01", form: "meeting", summary: "Lần hai", proposals: null },
          "2026-12-01",
        ),
      ),
    ).rejects.toThrow("Đã ghi nhận việc đánh giá năm 2026.");
    const years = (await reviewsOf(db, a.id)).map((r) => r.year);
    expect(dues("2026-11-19", years)[0]).toMatchObject({ due: "2027-11-18", overdue: false });
  });

  it("an agreed review day replaces 18/11; an impossible one is refused (R73)", async () => {
    const v = await conventionVillage(db, 10);
    await expect(
      tx((t) =>
        proposeConvention(
          t,
          v.head,
          v.village,
          proposalInput({ reviewMonth: 4, reviewDay: 31 }),
          "2026-01-05",
        ),
      ),
    ).rejects.toThrow("Ngày 31/4 không có trong năm.");
    const a = await recognisedConvention(db, v, { proposal: { reviewMonth: 1, reviewDay: 15 } });
    const c = (await findConvention(db, a.id))!;
    // Recognised 17/03/2026: the first agreed day after it is 15/01/2027.
    expect(conventionDues(c, [], [], "2026-06-01")).toEqual([
      {
        conventionId: a.id,
        rule: "R73",
        article: "NĐ 61/2023 Điều 15.4",
        what: "Đánh giá việc thực hiện hương ước, quy ước năm 2027",
        due: "2027-01-15",
        overdue: false,
      },
    ]);
  });

  it("every step of a recognised convention left its audit event, in order", async () => {
    const v = await conventionVillage(db, 10);
    const a = await recognisedConvention(db, v);
    expect(await auditActions(a.id)).toEqual([
      "decision.convention.proposed",
      "decision.convention.team-set",
      "decision.convention.draft-saved",
      "decision.convention.draft-posted",
      "decision.convention.put-to-vote",
      "decision.convention.adopted",
      "decision.convention.signed",
      "decision.convention.dossier-submitted",
      "decision.convention.recognised",
    ]);
  });
});
