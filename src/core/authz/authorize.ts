import { forbidden, unauthenticated } from "../errors.ts";
import type { Actor } from "./actor.ts";

/** What a policy is asked about: the unit an object lives in, and who it belongs to. */
export interface Subject {
  unitPath: string;
  /** People the object is about (a household's members): they may see their own. */
  personIds?: readonly number[];
  /** Visibility of the object, for modules that publish. */
  visibility?: "public" | "members" | "officials";
}

export type Policy = (actor: Actor, subject: Subject) => boolean;

const policies = new Map<string, Policy>();

/** Modules register their policies from their manifests; an action is defined once. */
export function registerPolicies(entries: Record<string, Policy>) {
  for (const [action, policy] of Object.entries(entries)) {
    if (policies.has(action)) throw new Error(`Chính sách trùng: ${action}`);
    policies.set(action, policy);
  }
}

export function can(actor: Actor, action: string, subject: Subject): boolean {
  const policy = policies.get(action);
  if (!policy) throw new Error(`Chưa khai báo chính sách cho thao tác ${action}`);
  return policy(actor, subject);
}

/** The one gate: throws 401 for anonymous visitors and 403 for everyone else refused. */
export function authorize(actor: Actor, action: string, subject: Subject): void {
  if (can(actor, action, subject)) return;
  if (actor.kind === "anonymous") throw unauthenticated();
  throw forbidden();
}
