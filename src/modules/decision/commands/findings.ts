import { validation } from "../../../core/errors.ts";
import type { Finding } from "../domain/types.ts";

/** Refuses with every rule that is not met, each citing its rule and article. */
export function refuseUnless(findings: readonly (Finding | null)[], field?: string): void {
  const real = findings.filter((f): f is Finding => f !== null);
  if (real.length === 0) return;
  // The rules' messages end with their citation already ("… (R26, Luật 10/2022 Điều 21.1).").
  const message = real
    .map((f) => (f.message.includes(f.rule) ? f.message : `${f.message} (${f.rule}, ${f.article})`))
    .join(" ");
  throw validation(message, field, { findings: real });
}

export const COMMUNE_KINDS = ["commune", "ward", "special_zone"] as const;
export const VILLAGE_KINDS = ["village", "residential_group"] as const;
export const isCommuneKind = (kind: string) => (COMMUNE_KINDS as readonly string[]).includes(kind);
export const isVillageKind = (kind: string) => (VILLAGE_KINDS as readonly string[]).includes(kind);
