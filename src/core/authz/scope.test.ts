import { describe, expect, it } from "vitest";
import type { Actor } from "./actor.ts";
import { holdsRole, isWithin } from "./scope.ts";

const actor = (grants: Actor["grants"]): Actor => ({
  kind: "account",
  accountId: 1,
  personId: 1,
  grants,
});

describe("unit scope (ltree paths)", () => {
  it("a path is within itself and its ancestors, not its siblings or a prefix look-alike", () => {
    expect(isWithin("1.2.3", "1.2")).toBe(true);
    expect(isWithin("1.2", "1.2")).toBe(true);
    expect(isWithin("1.22", "1.2")).toBe(false);
    expect(isWithin("1.3", "1.2")).toBe(false);
    expect(isWithin("1.2", "")).toBe(true);
  });

  it("oversight roles reach down the hierarchy; membership roles stay in their unit", () => {
    const a = actor([
      { unitId: 2, path: "1.2", role: "official" },
      { unitId: 5, path: "1.2.5", role: "resident" },
    ]);
    expect(holdsRole(a, ["official"], "1.2.7")).toBe(true);
    expect(holdsRole(a, ["official"], "1.3")).toBe(false);
    expect(holdsRole(a, ["resident"], "1.2.5")).toBe(true);
    expect(holdsRole(a, ["resident"], "1.2.5.9")).toBe(false);
    expect(holdsRole(a, ["unit_admin"], "1.2")).toBe(false);
  });

  it("a village head's role does not extend to other villages", () => {
    const a = actor([{ unitId: 5, path: "1.2.5", role: "village_head" }]);
    expect(holdsRole(a, ["village_head"], "1.2.5")).toBe(true);
    expect(holdsRole(a, ["village_head"], "1.2.6")).toBe(false);
  });
});
