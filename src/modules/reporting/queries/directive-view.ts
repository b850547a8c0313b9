import { authorize, can } from "../../../core/authz/index.ts";
import type { RequestContext } from "../../../core/context/request-context.ts";
import type { Executor } from "../../../core/db/database.ts";
import { notFound } from "../../../core/errors.ts";
import { assignmentsOfDirective } from "../db/assignment.repo.ts";
import { directiveAttachments, findDirective, tasksOf } from "../db/directive.repo.ts";

/**
 * A directive as the actor may see it. The issuer and the levels above it see the draft and every
 * unit's assignment; an assigned unit sees the issued directive, its tasks and its own assignments
 * only. Anyone else is refused (401 anonymous, 403 otherwise): directives are internal.
 */
export async function readDirective(db: Executor, ctx: RequestContext, id: number) {
  const directive = await findDirective(db, id);
  if (!directive) throw notFound("Không tìm thấy văn bản chỉ đạo.");
  const asIssuer = can(ctx.actor, "reporting.directive.read", { unitPath: directive.issuer_path });
  let assignments = await (directive.status === "draft"
    ? Promise.resolve([])
    : assignmentsOfDirective(db, directive.id));
  if (!asIssuer) {
    assignments = assignments.filter((a) =>
      can(ctx.actor, "reporting.directive.read", { unitPath: a.unit_path }),
    );
    if (assignments.length === 0) {
      authorize(ctx.actor, "reporting.directive.read", { unitPath: directive.issuer_path });
    }
  }
  const [tasks, attachments] = await Promise.all([
    tasksOf(db, directive.id),
    directiveAttachments(db, directive.id),
  ]);
  return {
    directive,
    tasks,
    attachments,
    assignments,
    scope: asIssuer ? ("issuer" as const) : ("assignee" as const),
    mayIssue: can(ctx.actor, "reporting.directive.issue", { unitPath: directive.issuer_path }),
  };
}

export type DirectiveView = Awaited<ReturnType<typeof readDirective>>;
