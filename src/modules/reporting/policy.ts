import { type Actor, holdsRole, type Policy, type Role } from "../../core/authz/index.ts";

// Who may do what with directives and their tasks (issue #6 §1). Directives are internal: no
// policy here ever lets a resident, a worker or an anonymous visitor in.
// - Issuing (drafting, issuing, withdrawing, attaching) is the issuing unit's own act: an official
//   or unit administrator of that very unit. A grant on the unit above does not issue in a lower
//   unit's name.
// - Acknowledging and reporting on a task is the assigned unit's own act: its officials (a village
//   head for a village or residential group), again not someone above it, so the issuer cannot
//   report on the units it checks.
// - Reading: the unit's officials, its village head, and everyone above it with oversight, so the
//   issuer and its upper levels see every assignment under them.
// The platform administrator may do all of it (demo data, the command line, support).

const ACTORS: readonly Role[] = ["unit_admin", "official"];
const READERS: readonly Role[] = ["platform_admin", "unit_admin", "official", "oversight"];

/** Does the actor hold one of `roles` on the unit at `path` itself (no inheritance from above)? */
const holdsRoleAt = (a: Actor, roles: readonly Role[], path: string) =>
  a.grants.some((g) => roles.includes(g.role) && g.path === path);

const platformAdmin = (a: Actor) => holdsRole(a, ["platform_admin"], "");

export const reportingPolicies: Record<string, Policy> = {
  /** Subject: the issuing unit. */
  "reporting.directive.issue": (a, s) => platformAdmin(a) || holdsRoleAt(a, ACTORS, s.unitPath),
  /** Subject: the issuing unit (its directives, drafts included) or an assigned unit. */
  "reporting.directive.read": (a, s) =>
    holdsRole(a, READERS, s.unitPath) || holdsRoleAt(a, ["village_head"], s.unitPath),
  /** Subject: the assigned unit. */
  "reporting.task.act": (a, s) =>
    platformAdmin(a) || holdsRoleAt(a, [...ACTORS, "village_head"], s.unitPath),
  // Reports (issue #6 §2–§4) follow the same lines: the issuer's own officials set the calendar,
  // open rounds, lock them, grant exceptions and review; the reporting unit's own officials write
  // and submit; readers are the unit's officials and everyone above with oversight.
  /** Subject: the issuing (reviewing) unit. */
  "reporting.round.manage": (a, s) => platformAdmin(a) || holdsRoleAt(a, ACTORS, s.unitPath),
  /** Subject: the reporting unit. */
  "reporting.report.write": (a, s) =>
    platformAdmin(a) || holdsRoleAt(a, [...ACTORS, "village_head"], s.unitPath),
  /** Subject: the reporting unit or the issuer. */
  "reporting.report.read": (a, s) =>
    holdsRole(a, READERS, s.unitPath) || holdsRoleAt(a, ["village_head"], s.unitPath),
};
