import { holdsRole, type Policy } from "../../core/authz/index.ts";

const OFFICIALS = ["platform_admin", "unit_admin", "official"] as const;

// Who runs a community decision (Luật 10/2022 Art 16–20; NĐ 59/2023 Art 3–5). A village's
// matters are run by its head (trưởng thôn, tổ trưởng) and by the commune's officials above it;
// a commune-wide matter by the commune's officials. Only the commune (UBND xã, UBMTTQ xã acting
// through its officials' accounts) recognises, refuses or annuls (Art 21.2, 22). Matters,
// results and decisions are public (Art 23.2: the head publishes the result).
export const decisionPolicies: Record<string, Policy> = {
  "decision.matter.manage": (a, s) => holdsRole(a, [...OFFICIALS, "village_head"], s.unitPath),
  "decision.matter.recognise": (a, s) => holdsRole(a, OFFICIALS, s.unitPath),
  "decision.vote.cast": (a, s) => holdsRole(a, ["resident"], s.unitPath),
};
