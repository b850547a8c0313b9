import type { RequestContext } from "../../../core/context/request-context.ts";
import type { Tx } from "../../../core/db/database.ts";
import { latestVersion } from "../db/convention.repo.ts";
import { auditConvention, loadConventionForChange } from "./convention-load.ts";

/**
 * Saves the draft text (NĐ 61/2023 Art 8–9). The latest version is edited while it has been
 * neither posted nor put to the vote; once it has, saving starts a new version, so every text the
 * households saw stays as they saw it. Returns the version number.
 */
export async function saveConventionDraft(
  tx: Tx,
  ctx: RequestContext,
  id: number,
  input: { body: string; note: string | null },
): Promise<number> {
  const c = await loadConventionForChange(tx, ctx, id, "decision.matter.manage", [
    "drafting",
    "consultation",
  ]);
  const latest = await latestVersion(tx, id);
  let version: number;
  if (latest && latest.frozen_at === null) {
    await tx
      .updateTable("decision_convention_version")
      .set({ body: input.body, note: input.note })
      .where("id", "=", latest.id)
      .execute();
    version = latest.version;
  } else {
    version = (latest?.version ?? 0) + 1;
    await tx
      .insertInto("decision_convention_version")
      .values({
        convention_id: id,
        unit_id: c.unit_id,
        version,
        body: input.body,
        note: input.note,
        created_by: ctx.actor.accountId,
      })
      .execute();
  }
  await auditConvention(tx, ctx, c, "draft-saved", {
    version,
    created: latest?.version !== version,
    length: input.body.length,
  });
  return version;
}
