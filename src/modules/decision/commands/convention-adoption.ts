import type { RequestContext } from "../../../core/context/request-context.ts";
import type { Tx } from "../../../core/db/database.ts";
import { conflict } from "../../../core/errors.ts";
import { latestVersion, membersOf, unitRef } from "../db/convention.repo.ts";
import { vnDate } from "../domain/cite.ts";
import { draftingTeamProblems } from "../domain/teams.ts";
import { draftPostingProblem } from "../domain/timeline.ts";
import { auditConvention, loadConventionForChange } from "./convention-load.ts";
import { KIND_VI } from "./convention-rules.ts";
import { refuseUnless } from "./findings.ts";
import { openMatter } from "./open-matter.ts";

export interface OpenAdoptionInput {
  /** The day of the community meeting. */
  heldOn: string;
  place: string | null;
  /** The Trưởng ban công tác Mặt trận's agreement to table it; the proposal's by default. */
  agreementBy: string | null;
  agreementOn: string | null;
}

/**
 * Puts the convention to the households (NĐ 61/2023 Art 10): a matter of Art 15 item 3, decided
 * first at a community meeting. The draft must have been posted for the period the community set,
 * at least 30 days before the meeting (R68). The latest version becomes the text put to the vote
 * and is frozen. The meeting is valid only with more than half of all households present, and the
 * convention passes only with 2*Y > N; if the meeting is too thin, ballots may follow (R69–R70):
 * both are the matter's count rules. Returns the matter's id.
 */
export async function openConventionAdoption(
  tx: Tx,
  ctx: RequestContext,
  id: number,
  input: OpenAdoptionInput,
): Promise<number> {
  const c = await loadConventionForChange(tx, ctx, id, "decision.matter.manage", ["consultation"]);
  refuseUnless(
    [
      draftPostingProblem({
        postedOn: c.consultation_from,
        adoptionOn: input.heldOn,
        minDays: c.min_posting_days ?? 30,
      }),
    ],
    "heldOn",
  );
  const members = await membersOf(tx, id);
  refuseUnless(
    draftingTeamProblems({
      ethnicMinorityArea: c.ethnic_minority_area,
      members: members.map((m) => ({
        name: m.name,
        elderOrVillageHead: m.elder_or_village_head,
        speaksEthnicLanguage: m.speaks_ethnic_language,
      })),
    }),
    "members",
  );
  const text = await latestVersion(tx, id);
  if (!text) throw conflict("Chưa có dự thảo để đưa ra biểu quyết.");
  if (text.frozen_at === null) {
    await tx
      .updateTable("decision_convention_version")
      .set({ frozen_at: new Date() })
      .where("id", "=", text.id)
      .execute();
  }
  const kind = KIND_VI[c.kind];
  // "Hương ước thôn Đông" already says what it is; "Nếp sống văn minh" does not.
  const name = /^(hương ước|quy ước)/iu.test(c.title) ? c.title : `${kind} ${c.title}`;
  const matterId = await openMatter(tx, ctx, await unitRef(tx, c.unit_id), {
    item: 3,
    scope: "village",
    title: `Thông qua ${name}`.slice(0, 300),
    description: `Dự thảo phiên bản ${text.version}, niêm yết lấy ý kiến từ ngày ${vnDate(c.consultation_from!)} (NĐ 61/2023 Điều 9, 10).`,
    question: `Hộ gia đình đồng ý thông qua ${name} (dự thảo phiên bản ${text.version})?`.slice(
      0,
      1000,
    ),
    opener: c.proposed_by === "initiative" ? "initiative" : "village_head",
    agreementBy: input.agreementBy ?? c.front_agreed_by,
    agreementOn: input.agreementOn ?? c.front_agreed_on,
    noMeetingAgreed: false,
    perVillageRule: "majority",
    form: "meeting",
    heldOn: input.heldOn,
    closesOn: input.heldOn,
    place: input.place,
    initiativeId: c.proposed_by === "initiative" ? c.initiative_id : null,
  });
  await tx
    .updateTable("decision_convention")
    .set({
      status: "voting",
      matter_id: matterId,
      text_version_id: text.id,
      updated_at: new Date(),
    })
    .where("id", "=", id)
    .execute();
  await auditConvention(tx, ctx, c, "put-to-vote", {
    matter: matterId,
    version: text.version,
    heldOn: input.heldOn,
    postedFrom: c.consultation_from,
  });
  return matterId;
}
