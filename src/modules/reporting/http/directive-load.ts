import type { Context } from "hono";
import type { Executor } from "../../../core/db/database.ts";
import { notFound } from "../../../core/errors.ts";
import type { AppDeps, AppEnv } from "../../../core/http/env.ts";
import { loadUnitForAdmin } from "../../org/index.ts";
import { readDirective } from "../queries/directive-view.ts";

/**
 * The directive at `/quan-tri/:code/chi-dao/:id` as the unit `code` sees it: the issuer sees it
 * whole; a unit it was given to sees it with its own assignments only; any other unit, 404.
 */
export async function loadDirectiveForAdmin(c: Context<AppEnv>, deps: AppDeps) {
  const ctx = c.get("ctx");
  const loaded = await loadUnitForAdmin(
    deps.db,
    ctx,
    c.req.param("code") ?? "",
    "reporting.directive.read",
  );
  const view = await readDirective(deps.db, ctx, Number(c.req.param("id")));
  if (view.directive.issuer_unit_id === loaded.unit.id) return { loaded, view };
  const own = view.assignments.filter((a) => a.unit_id === loaded.unit.id);
  if (own.length === 0) throw notFound("Không tìm thấy văn bản chỉ đạo ở đơn vị này.");
  return {
    loaded,
    view: { ...view, assignments: own, scope: "assignee" as const, mayIssue: false },
  };
}

/** What the draft form offers: the unit's bodies, and the unit with those right under it. */
export async function formChoices(db: Executor, unitId: number) {
  const [bodies, units] = await Promise.all([
    db
      .selectFrom("org_body")
      .select(["id", "name"])
      .where("unit_id", "=", unitId)
      .where("dissolved_on", "is", null)
      .orderBy("id")
      .execute(),
    db
      .selectFrom("org_unit")
      .select(["code", "name"])
      .where((eb) => eb.or([eb("id", "=", unitId), eb("parent_id", "=", unitId)]))
      .where("dissolved_on", "is", null)
      .orderBy("code")
      .limit(500)
      .execute(),
  ]);
  return { bodies, units };
}
