import { holdsRole, type Policy } from "../../core/authz/index.ts";

const OFFICIALS = ["platform_admin", "unit_admin", "official"] as const;

// Who works the inbox. A unit's officials (and those above it, who may take a case over) receive,
// classify, transfer, handle and answer (Luật 10/2022 Art 34–35; Luật KN, Luật TC); upper-level
// oversight reads everything but the denouncer's identity; the head of the unit (unit_admin) and
// the upper level see the ratings per official (R48). Submitting needs no role: anyone may send
// feedback, and the law decides per kind whether a name is required. Who sees a denouncer's
// identity is decided per item (T36): see commands/view-identity.ts.
export const inboxPolicies: Record<string, Policy> = {
  "inbox.item.handle": (a, s) => holdsRole(a, OFFICIALS, s.unitPath),
  "inbox.item.read": (a, s) => holdsRole(a, [...OFFICIALS, "oversight"], s.unitPath),
  /** Recording at the reception desk or from a voter-contact meeting, on a citizen's behalf. */
  "inbox.item.record": (a, s) => holdsRole(a, [...OFFICIALS, "village_head"], s.unitPath),
  "inbox.identity.grant": (a, s) => holdsRole(a, ["platform_admin", "unit_admin"], s.unitPath),
  "inbox.ratings.read": (a, s) =>
    holdsRole(a, ["platform_admin", "unit_admin", "oversight"], s.unitPath),
  "inbox.settings.manage": (a, s) => holdsRole(a, ["platform_admin", "unit_admin"], s.unitPath),
};
