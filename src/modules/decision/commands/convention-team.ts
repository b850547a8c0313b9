import type { RequestContext } from "../../../core/context/request-context.ts";
import type { Tx } from "../../../core/db/database.ts";
import { draftingTeamProblems } from "../domain/teams.ts";
import { auditConvention, loadConventionForChange } from "./convention-load.ts";
import { refuseUnless } from "./findings.ts";

export interface DraftingMember {
  name: string;
  role: string | null;
  elderOrVillageHead: boolean;
  speaksEthnicLanguage: boolean;
}

/**
 * The head, with the Trưởng ban công tác Mặt trận, sets up the Tổ soạn thảo (NĐ 61/2023 Art 8):
 * the list replaces the previous one until the draft goes to the vote. In an ethnic-minority area
 * it must include a village elder or village head and a speaker of the ethnic language (R74).
 */
export async function setDraftingTeam(
  tx: Tx,
  ctx: RequestContext,
  id: number,
  members: DraftingMember[],
): Promise<void> {
  const c = await loadConventionForChange(tx, ctx, id, "decision.matter.manage", [
    "drafting",
    "consultation",
  ]);
  refuseUnless(
    draftingTeamProblems({
      ethnicMinorityArea: c.ethnic_minority_area,
      members: members.map((m) => ({
        name: m.name,
        elderOrVillageHead: m.elderOrVillageHead,
        speaksEthnicLanguage: m.speaksEthnicLanguage,
      })),
    }),
    "members",
  );
  await tx.deleteFrom("decision_convention_member").where("convention_id", "=", id).execute();
  await tx
    .insertInto("decision_convention_member")
    .values(
      members.map((m, i) => ({
        convention_id: id,
        position: i + 1,
        unit_id: c.unit_id,
        name: m.name.trim(),
        role: m.role,
        elder_or_village_head: m.elderOrVillageHead,
        speaks_ethnic_language: m.speaksEthnicLanguage,
      })),
    )
    .execute();
  await auditConvention(tx, ctx, c, "team-set", {
    members: members.length,
    elders: members.filter((m) => m.elderOrVillageHead).length,
    ethnicLanguageSpeakers: members.filter((m) => m.speaksEthnicLanguage).length,
  });
}
