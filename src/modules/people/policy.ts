import { holdsRole, type Policy } from "../../core/authz/index.ts";

// The register is personal data (law2.md §9): officials of the commune (and the units above it
// with oversight) and the village head of that village see it; a resident sees their own household.
const REGISTER_READERS = [
  "platform_admin",
  "unit_admin",
  "official",
  "oversight",
  "village_head",
] as const;
const REGISTER_WRITERS = ["platform_admin", "unit_admin", "official", "village_head"] as const;

export const peoplePolicies: Record<string, Policy> = {
  "people.household.list": (a, s) => holdsRole(a, REGISTER_READERS, s.unitPath),
  "people.household.read": (a, s) =>
    holdsRole(a, REGISTER_READERS, s.unitPath) ||
    (a.personId !== null && (s.personIds ?? []).includes(a.personId)),
  "people.household.create": (a, s) => holdsRole(a, REGISTER_WRITERS, s.unitPath),
  "people.person.create": (a, s) => holdsRole(a, ["platform_admin", "unit_admin"], s.unitPath),
  /** Seeing an ID number in full is rarer than seeing the register: officials only. */
  "people.id_number.reveal": (a, s) =>
    holdsRole(a, ["platform_admin", "unit_admin", "official"], s.unitPath),
  "people.workforce.manage": (a, s) => holdsRole(a, ["platform_admin", "unit_admin"], s.unitPath),
  "people.workforce.view": (a, s) =>
    holdsRole(a, ["platform_admin", "unit_admin", "official", "oversight"], s.unitPath),
  "people.legal_basis.manage": (a, s) => holdsRole(a, ["platform_admin", "unit_admin"], s.unitPath),
};
