import type { Actor } from "../authz/actor.ts";

/** Who acts, from where: passed to every command so it can authorize and audit. */
export interface RequestContext {
  actor: Actor;
  ip: string | null;
  requestId: string | null;
}

export function systemContext(kind: "system" | "cli" = "system"): RequestContext {
  return {
    actor: {
      kind,
      accountId: null,
      personId: null,
      grants: [{ unitId: 0, path: "", role: "platform_admin" }],
    },
    ip: null,
    requestId: null,
  };
}
