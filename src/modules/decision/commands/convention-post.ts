import { parseLocalDate, plusDays } from "../../../core/calendar/index.ts";
import type { RequestContext } from "../../../core/context/request-context.ts";
import type { Tx } from "../../../core/db/database.ts";
import { conflict, validation } from "../../../core/errors.ts";
import { latestVersion, membersOf } from "../db/convention.repo.ts";
import type { ConsultationChannel } from "../db/convention-tables.ts";
import { draftingTeamProblems } from "../domain/teams.ts";
import { draftPostingProblem } from "../domain/timeline.ts";
import { auditConvention, dayBetween, loadConventionForChange } from "./convention-load.ts";
import { refuseUnless } from "./findings.ts";

export interface PostDraftInput {
  postedOn: string;
  /** Where: the community cultural house, sports area, public board or community point. */
  place: string;
  /** The period the community set, ≥ 30 days (R68); fixed by the first posting. */
  minDays: number;
  channels: ConsultationChannel[];
}

/**
 * Posts the latest draft for the community's views (NĐ 61/2023 Art 9.1–9.2): at the cultural
 * house or another community point, for a period the community sets but never under 30 days
 * (R68), with at least one way of collecting views. The posted text is frozen. The consultation
 * runs from the first posting: a draft finalised after comments may be posted again, and R68
 * still counts from the first day the households could read and comment.
 */
export async function postConventionDraft(
  tx: Tx,
  ctx: RequestContext,
  id: number,
  input: PostDraftInput,
  today: string,
): Promise<{ version: number; postedUntil: string }> {
  const c = await loadConventionForChange(tx, ctx, id, "decision.matter.manage", [
    "drafting",
    "consultation",
  ]);
  const latest = await latestVersion(tx, id);
  if (!latest) throw conflict("Chưa có dự thảo để niêm yết.");
  if (latest.posted_on !== null) {
    throw conflict(`Dự thảo phiên bản ${latest.version} đã được niêm yết; hãy lưu phiên bản mới.`);
  }
  dayBetween(
    input.postedOn,
    c.consultation_from ?? c.proposed_on,
    today,
    "postedOn",
    "Ngày niêm yết",
    c.consultation_from ? "ngày niêm yết lần đầu" : "ngày đề xuất",
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
  const minDays = c.min_posting_days ?? input.minDays;
  // The community's period: R68's own check refuses anything shorter than 30 days.
  refuseUnless(
    [
      draftPostingProblem({
        postedOn: input.postedOn,
        adoptionOn: plusDays(parseLocalDate(input.postedOn), minDays),
        minDays,
      }),
    ],
    "minDays",
  );
  if (input.channels.length === 0) {
    throw validation(
      "Chọn ít nhất một cách lấy ý kiến: gửi dự thảo đến từng hộ, qua mạng viễn thông, mạng xã hội, hòm thư góp ý hoặc tổ chức họp (NĐ 61/2023 Điều 9.2).",
      "channels",
    );
  }
  await tx
    .updateTable("decision_convention_version")
    .set({ posted_on: input.postedOn, posted_place: input.place, frozen_at: new Date() })
    .where("id", "=", latest.id)
    .execute();
  const channels = [...new Set([...(c.channels ?? []), ...input.channels])];
  await tx
    .updateTable("decision_convention")
    .set({
      status: "consultation",
      consultation_from: c.consultation_from ?? input.postedOn,
      min_posting_days: minDays,
      channels: JSON.stringify(channels),
      updated_at: new Date(),
    })
    .where("id", "=", id)
    .execute();
  const from = c.consultation_from ?? input.postedOn;
  const postedUntil = plusDays(parseLocalDate(from), minDays);
  await auditConvention(tx, ctx, c, "draft-posted", {
    version: latest.version,
    postedOn: input.postedOn,
    minDays,
    earliestAdoption: postedUntil,
    channels,
  });
  return { version: latest.version, postedUntil };
}
