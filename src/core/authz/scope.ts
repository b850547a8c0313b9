import { type Actor, inheritsDownward, type Role } from "./actor.ts";

/** Is `path` the unit at `ancestor` or somewhere under it? ("" is the root of everything.) */
export function isWithin(path: string, ancestor: string): boolean {
  if (ancestor === "") return true;
  return path === ancestor || path.startsWith(`${ancestor}.`);
}

/** Does the actor hold one of `roles` over the unit at `path` (directly or from above)? */
export function holdsRole(actor: Actor, roles: readonly Role[], path: string): boolean {
  return actor.grants.some(
    (g) =>
      roles.includes(g.role) &&
      (g.path === path || (inheritsDownward(g.role) && isWithin(path, g.path))),
  );
}

/** The paths under which the actor holds one of `roles`: for filtering lists in SQL. */
export function scopesFor(actor: Actor, roles: readonly Role[]): string[] {
  return actor.grants.filter((g) => roles.includes(g.role)).map((g) => g.path);
}
