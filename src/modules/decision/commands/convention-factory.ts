// Builds village conventions step by step through the same commands officials use, for the tests
// (and the demo data): a village with households, its head and the commune's official, then a
// convention proposed, drafted, posted, adopted at a meeting, signed and recognised.

import { civilServiceCalendar } from "../../../core/calendar/index.ts";
import type { RequestContext } from "../../../core/context/request-context.ts";
import { systemContext } from "../../../core/context/request-context.ts";
import type { Db, Tx } from "../../../core/db/database.ts";
import { makeAccount } from "../../auth/testing/factories.ts";
import { appointPosition, createBody, type UnitRow } from "../../org/index.ts";
import { makeCommuneTree } from "../../org/testing/factories.ts";
import { roundsOf } from "../db/decision.repo.ts";
import { bulkHouseholds, officialOf, villageHead } from "../testing/factories.ts";
import { openConventionAdoption } from "./convention-adoption.ts";
import { submitConventionDossier } from "./convention-dossier.ts";
import { saveConventionDraft } from "./convention-draft.ts";
import { postConventionDraft } from "./convention-post.ts";
import { type ProposeConventionInput, proposeConvention } from "./convention-propose.ts";
import { decideConventionRecognition } from "./convention-recognition.ts";
import { recordConventionResult } from "./convention-result.ts";
import { signConvention } from "./convention-sign.ts";
import { type DraftingMember, setDraftingTeam } from "./convention-team.ts";
import { countRound } from "./count-round.ts";
import { finaliseRecord } from "./finalise-record.ts";
import { openRound } from "./open-round.ts";
import { prepareRound } from "./prepare-round.ts";
import { recordHands } from "./record-hands.ts";
import { registerAttendance } from "./register-attendance.ts";
import { saveRecord } from "./save-record.ts";

const calendar = civilServiceCalendar();

export interface ConventionVillage {
  commune: UnitRow;
  village: UnitRow;
  reps: { householdId: number; personId: number; code: string }[];
  head: RequestContext;
  official: RequestContext;
}

/** A commune with one village of `households` households, its head and a commune official. */
export async function conventionVillage(db: Db, households = 10): Promise<ConventionVillage> {
  const tree = await makeCommuneTree(db, 1);
  const village = tree.villages[0]!;
  return {
    commune: tree.commune,
    village,
    reps: await bulkHouseholds(db, village.id, households),
    head: villageHead(village),
    official: officialOf(tree.commune),
  };
}

const inTx = <T>(db: Db, work: (tx: Tx) => Promise<T>) => db.transaction().execute(work);

export const proposalInput = (
  overrides: Partial<ProposeConventionInput> = {},
): ProposeConventionInput => ({
  kind: "huong_uoc",
  title: "Hương ước thôn về nếp sống văn minh, bảo vệ môi trường",
  proposedBy: "village_head",
  frontAgreedBy: "Trần Văn Mặt Trận",
  frontAgreedOn: "2026-01-05",
  initiativeId: null,
  proposedOn: "2026-01-05",
  ethnicMinorityArea: false,
  ethnicLanguage: null,
  amendsId: null,
  reviewMonth: null,
  reviewDay: null,
  ...overrides,
});

export const draftingTeam: DraftingMember[] = [
  {
    name: "Nguyễn Văn Trưởng",
    role: "Trưởng thôn",
    elderOrVillageHead: true,
    speaksEthnicLanguage: false,
  },
  {
    name: "Trần Văn Mặt Trận",
    role: "Trưởng ban công tác Mặt trận",
    elderOrVillageHead: false,
    speaksEthnicLanguage: false,
  },
  {
    name: "Lê Thị Phụ Nữ",
    role: "Chi hội Phụ nữ",
    elderOrVillageHead: false,
    speaksEthnicLanguage: false,
  },
];

export const DRAFT_TEXT =
  "Chương I. Quy định chung\nĐiều 1. Hương ước này quy định nếp sống văn minh trong việc cưới, việc tang, lễ hội.\nĐiều 2. Mỗi hộ giữ vệ sinh đường làng, không đổ rác ra kênh mương.";

/** Proposed, with its drafting team and a draft posted on `postedOn` for 30 days. */
export async function conventionInConsultation(
  db: Db,
  v: ConventionVillage,
  opts: {
    postedOn?: string;
    proposal?: Partial<ProposeConventionInput>;
    body?: string;
    channels?: ("household_copies" | "online" | "suggestion_box" | "meeting")[];
  } = {},
): Promise<number> {
  const id = await inTx(db, (tx) =>
    proposeConvention(tx, v.head, v.village, proposalInput(opts.proposal), "2026-01-05"),
  );
  await inTx(db, (tx) => setDraftingTeam(tx, v.head, id, draftingTeam));
  await inTx(db, (tx) =>
    saveConventionDraft(tx, v.head, id, { body: opts.body ?? DRAFT_TEXT, note: null }),
  );
  const postedOn = opts.postedOn ?? "2026-02-01";
  await inTx(db, (tx) =>
    postConventionDraft(
      tx,
      v.head,
      id,
      {
        postedOn,
        place: "Nhà văn hóa thôn",
        minDays: 30,
        channels: opts.channels ?? ["household_copies", "suggestion_box"],
      },
      postedOn,
    ),
  );
  return id;
}

/**
 * Puts the convention to a meeting on `heldOn` (notice and documents 2 days before, R19) where
 * `attending` households come and `yes` raise their hands; counts it over all households.
 */
export async function voteAtMeeting(
  db: Db,
  v: ConventionVillage,
  id: number,
  opts: { heldOn?: string; attending: number; yes: number },
) {
  const heldOn = opts.heldOn ?? "2026-03-03";
  const matterId = await inTx(db, (tx) =>
    openConventionAdoption(tx, v.head, id, {
      heldOn,
      place: "Nhà văn hóa thôn",
      agreementBy: null,
      agreementOn: null,
    }),
  );
  const round = (await roundsOf(db, matterId))[0]!;
  const twoDaysBefore = new Date(Date.parse(`${heldOn}T00:00:00Z`) - 2 * 86_400_000)
    .toISOString()
    .slice(0, 10);
  await inTx(db, (tx) =>
    prepareRound(tx, v.head, round.id, {
      noticeDeliveredOn: twoDaysBefore,
      noticePosted: true,
      documentsDeliveredOn: twoDaysBefore,
    }),
  );
  await inTx(db, (tx) => openRound(tx, v.head, round.id, heldOn));
  for (const r of v.reps.slice(0, opts.attending)) {
    await inTx(db, (tx) =>
      registerAttendance(tx, v.head, round.id, {
        householdCode: r.code,
        representative: `Đại diện hộ ${r.code}`,
        cluster: null,
      }),
    );
  }
  await inTx(db, (tx) =>
    recordHands(tx, v.head, round.id, { yes: opts.yes, no: opts.attending - opts.yes, other: 0 }),
  );
  const count = await inTx(db, (tx) => countRound(tx, v.head, round.id, heldOn));
  return { matterId, roundId: round.id, count };
}

/** The minutes of the adoption meeting (R34), finalised, as the dossier needs them. */
export async function finaliseMinutes(
  db: Db,
  v: ConventionVillage,
  matterId: number,
  f: { heldOn: string; attending: number; yes: number },
) {
  const households = v.reps.length;
  await inTx(db, (tx) =>
    saveRecord(tx, v.head, matterId, {
      docForm: "bien_ban",
      heldOn: f.heldOn,
      households,
      attending: f.attending,
      absent: households - f.attending,
      content: "Thông qua hương ước thôn",
      formText: "Họp cộng đồng dân cư, biểu quyết giơ tay",
      resultText: `${f.yes}/${households} hộ đồng ý`,
      decisionText: "Thông qua hương ước thôn",
      signHead: "Nguyễn Văn Trưởng",
      signFrontHead: "Trần Văn Mặt Trận",
      signRep1: "Đỗ Văn A",
      signRep2: "Ngô Thị B",
    }),
  );
  await inTx(db, (tx) => finaliseRecord(tx, v.head, calendar, matterId));
}

export const signatures = {
  head: "Nguyễn Văn Trưởng",
  frontHead: "Trần Văn Mặt Trận",
  rep1: "Đỗ Văn A",
  rep2: "Ngô Thị B",
};

/** Adopted at a meeting on 03/03/2026 (6 of 10 households present and in favour), signed, with
 *  its minutes finalised: ready for the dossier. */
export async function adoptedConvention(
  db: Db,
  v: ConventionVillage,
  opts: { proposal?: Partial<ProposeConventionInput>; body?: string } = {},
) {
  const id = await conventionInConsultation(db, v, opts);
  const vote = await voteAtMeeting(db, v, id, { attending: 6, yes: 6 });
  const result = await inTx(db, (tx) => recordConventionResult(tx, v.head, calendar, id));
  await inTx(db, (tx) => signConvention(tx, v.head, id, signatures));
  await finaliseMinutes(db, v, vote.matterId, { heldOn: "2026-03-03", attending: 6, yes: 6 });
  return { id, matterId: vote.matterId, result };
}

/** Recognised by UBND xã on `recognisedOn` after a dossier sent on `submittedOn`. */
export async function recognisedConvention(
  db: Db,
  v: ConventionVillage,
  opts: {
    submittedOn?: string;
    recognisedOn?: string;
    proposal?: Partial<ProposeConventionInput>;
    body?: string;
  } = {},
) {
  const adopted = await adoptedConvention(db, v, opts);
  const submittedOn = opts.submittedOn ?? "2026-03-10";
  const recognisedOn = opts.recognisedOn ?? "2026-03-17";
  await inTx(db, (tx) =>
    submitConventionDossier(tx, v.head, calendar, adopted.id, { submittedOn }, submittedOn),
  );
  await inTx(db, (tx) =>
    decideConventionRecognition(
      tx,
      v.official,
      adopted.id,
      {
        decision: "recognise",
        on: recognisedOn,
        number: "15/QĐ-UBND",
        reason: null,
        sealAcrossPages: true,
      },
      recognisedOn,
    ),
  );
  return adopted;
}

/** Appoints an account's person to a post of a new body of `kind` in `unit` from 2025. */
async function appoint(
  db: Db,
  unit: UnitRow,
  body: { kind: "village_management" | "peoples_committee"; name: string },
  personId: number,
  title: "head" | "chair",
) {
  await db.transaction().execute(async (tx) => {
    const created = await createBody(tx, systemContext(), unit, body);
    await appointPosition(tx, systemContext(), unit, {
      bodyId: created.id,
      personId,
      title,
      termStart: "2025-01-01",
      termEnd: null,
    });
  });
}

/**
 * The accounts the convention pages' tests sign in with: the commune's official `canbo.xa`,
 * another commune's `canbo.xakhac`, the village head `truong.thon` holding the post (a position
 * grants the role), and with `chair` the commune's Chủ tịch `chu.tich`, who signs UBND xã's papers.
 */
export async function conventionAccounts(
  db: Db,
  v: ConventionVillage,
  opts: { chair?: boolean } = {},
): Promise<{ otherCommuneCode: string }> {
  const other = await makeCommuneTree(db, 1);
  await makeAccount(db, v.commune, "canbo.xa", "official");
  await makeAccount(db, other.commune, "canbo.xakhac", "official");
  const head = await makeAccount(db, v.village, "truong.thon");
  await appoint(
    db,
    v.village,
    { kind: "village_management", name: "Trưởng thôn" },
    head.personId,
    "head",
  );
  if (opts.chair) {
    const chair = await makeAccount(db, v.commune, "chu.tich");
    await appoint(
      db,
      v.commune,
      { kind: "peoples_committee", name: "Ủy ban nhân dân" },
      chair.personId,
      "chair",
    );
  }
  return { otherCommuneCode: other.commune.code };
}
