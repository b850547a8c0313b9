import { describe, expect, it } from "vitest";
import type { Actor, Grant } from "../core/authz/index.ts";
import { authPolicies } from "./auth/policy.ts";
import { orgPolicies } from "./org/policy.ts";
import { peoplePolicies } from "./people/policy.ts";
import { reportingPolicies } from "./reporting/policy.ts";

// Policies tested on their own (STYLE.md: Outline's practice): who may do what, where.
// Units: province 1, commune 1.2 with villages 1.2.5 and 1.2.6; another commune 1.3.
const who = (...grants: Grant[]): Actor => ({
  kind: "account",
  accountId: 9,
  personId: 42,
  grants,
});
const g = (path: string, role: Grant["role"]): Grant => ({
  unitId: Number(path.split(".").pop()),
  path,
  role,
});
const anonymous: Actor = { kind: "anonymous", accountId: null, personId: null, grants: [] };

describe("people policies (register of households, law2.md §9)", () => {
  const household = { unitPath: "1.2.5", personIds: [42, 43] };
  const otherHousehold = { unitPath: "1.2.5", personIds: [50] };
  it("commune officials and the province's oversight read every village's households", () => {
    expect(
      peoplePolicies["people.household.list"]!(who(g("1.2", "official")), { unitPath: "1.2.5" }),
    ).toBe(true);
    expect(
      peoplePolicies["people.household.list"]!(who(g("1", "oversight")), { unitPath: "1.2.5" }),
    ).toBe(true);
  });
  it("an official of another commune may not (403 on another commune's households)", () => {
    expect(
      peoplePolicies["people.household.list"]!(who(g("1.3", "official")), { unitPath: "1.2.5" }),
    ).toBe(false);
    expect(
      peoplePolicies["people.household.read"]!(who(g("1.3", "unit_admin")), otherHousehold),
    ).toBe(false);
  });
  it("a resident reads their own household only, and not the list", () => {
    const resident = who(g("1.2.5", "resident"));
    expect(peoplePolicies["people.household.read"]!(resident, household)).toBe(true);
    expect(peoplePolicies["people.household.read"]!(resident, otherHousehold)).toBe(false);
    expect(peoplePolicies["people.household.list"]!(resident, { unitPath: "1.2.5" })).toBe(false);
  });
  it("a village head registers households in their village only", () => {
    const head = who(g("1.2.5", "village_head"));
    expect(peoplePolicies["people.household.create"]!(head, { unitPath: "1.2.5" })).toBe(true);
    expect(peoplePolicies["people.household.create"]!(head, { unitPath: "1.2.6" })).toBe(false);
  });
  it("oversight reads but does not write; only officials reveal a full ID number", () => {
    const watcher = who(g("1", "oversight"));
    expect(peoplePolicies["people.household.create"]!(watcher, { unitPath: "1.2.5" })).toBe(false);
    expect(peoplePolicies["people.id_number.reveal"]!(watcher, { unitPath: "1.2.5" })).toBe(false);
    expect(
      peoplePolicies["people.id_number.reveal"]!(who(g("1.2.5", "village_head")), {
        unitPath: "1.2.5",
      }),
    ).toBe(false);
    expect(
      peoplePolicies["people.id_number.reveal"]!(who(g("1.2", "official")), { unitPath: "1.2.5" }),
    ).toBe(true);
  });
  it("anonymous visitors see nothing of the register", () => {
    for (const action of Object.keys(peoplePolicies)) {
      expect(peoplePolicies[action]!(anonymous, household)).toBe(false);
    }
  });
});

describe("org policies", () => {
  it("anyone sees a unit's public page", () => {
    expect(orgPolicies["org.unit.view"]!(anonymous, { unitPath: "1.2" })).toBe(true);
  });
  it("a unit administrator adds units under their unit, not beside it", () => {
    const admin = who(g("1.2", "unit_admin"));
    expect(orgPolicies["org.unit.create_child"]!(admin, { unitPath: "1.2" })).toBe(true);
    expect(orgPolicies["org.unit.create_child"]!(admin, { unitPath: "1.2.5" })).toBe(true);
    expect(orgPolicies["org.unit.create_child"]!(admin, { unitPath: "1.3" })).toBe(false);
    expect(
      orgPolicies["org.unit.create_child"]!(who(g("1.2", "official")), { unitPath: "1.2" }),
    ).toBe(false);
  });
  it("only the platform administrator creates provinces", () => {
    expect(orgPolicies["org.root.create"]!(who(g("1", "unit_admin")), { unitPath: "" })).toBe(
      false,
    );
    expect(
      orgPolicies["org.root.create"]!(who({ unitId: 0, path: "", role: "platform_admin" }), {
        unitPath: "",
      }),
    ).toBe(true);
  });
  it("officials and oversight read the audit log of their units; residents do not", () => {
    expect(orgPolicies["org.audit.view"]!(who(g("1", "oversight")), { unitPath: "1.2" })).toBe(
      true,
    );
    expect(orgPolicies["org.audit.view"]!(who(g("1.2.5", "resident")), { unitPath: "1.2.5" })).toBe(
      false,
    );
  });
});

describe("auth policies", () => {
  it("accounts are managed by the unit's administrators; platform roles by the platform admin", () => {
    expect(
      authPolicies["auth.account.manage"]!(who(g("1.2", "unit_admin")), { unitPath: "1.2.5" }),
    ).toBe(true);
    expect(
      authPolicies["auth.account.manage"]!(who(g("1.2", "official")), { unitPath: "1.2.5" }),
    ).toBe(false);
    expect(
      authPolicies["auth.platform.manage"]!(who(g("1.2", "unit_admin")), { unitPath: "" }),
    ).toBe(false);
  });
});

describe("reporting policies: directives and tasks (issue #6 §1)", () => {
  const issue = reportingPolicies["reporting.directive.issue"]!;
  const read = reportingPolicies["reporting.directive.read"]!;
  const act = reportingPolicies["reporting.task.act"]!;
  it("the issuing unit's own officials and administrators issue; not the level above, not oversight", () => {
    expect(issue(who(g("1.2", "official")), { unitPath: "1.2" })).toBe(true);
    expect(issue(who(g("1.2", "unit_admin")), { unitPath: "1.2" })).toBe(true);
    expect(issue(who(g("1", "official")), { unitPath: "1.2" })).toBe(false);
    expect(issue(who(g("1", "unit_admin")), { unitPath: "1.2" })).toBe(false);
    expect(issue(who(g("1.2", "oversight")), { unitPath: "1.2" })).toBe(false);
    expect(issue(who(g("1.3", "official")), { unitPath: "1.2" })).toBe(false);
    expect(issue(who({ unitId: 0, path: "", role: "platform_admin" }), { unitPath: "1.2" })).toBe(
      true,
    );
  });
  it("the assigned unit acts on its task: its officials, a village's head; not the issuer above it", () => {
    expect(act(who(g("1.2", "official")), { unitPath: "1.2" })).toBe(true);
    expect(act(who(g("1.2.5", "village_head")), { unitPath: "1.2.5" })).toBe(true);
    expect(act(who(g("1.2.6", "village_head")), { unitPath: "1.2.5" })).toBe(false);
    expect(act(who(g("1", "official")), { unitPath: "1.2" })).toBe(false);
    expect(act(who(g("1.2", "official")), { unitPath: "1.2.5" })).toBe(false);
    expect(act(who(g("1.3", "official")), { unitPath: "1.2" })).toBe(false);
    expect(act(who(g("1", "oversight")), { unitPath: "1.2" })).toBe(false);
  });
  it("the issuer and its oversight read every assignment under it; another commune does not", () => {
    expect(read(who(g("1", "official")), { unitPath: "1.2" })).toBe(true);
    expect(read(who(g("1", "oversight")), { unitPath: "1.2.5" })).toBe(true);
    expect(read(who(g("1.2.5", "village_head")), { unitPath: "1.2.5" })).toBe(true);
    expect(read(who(g("1.2.5", "village_head")), { unitPath: "1.2" })).toBe(false);
    expect(read(who(g("1.3", "official")), { unitPath: "1.2" })).toBe(false);
  });
  it("residents, workers, staff and the public see nothing: directives are internal", () => {
    const outsiders = [
      anonymous,
      who(g("1.2.5", "resident")),
      who(g("1.2", "worker")),
      who(g("1.2", "staff")),
    ];
    for (const action of Object.keys(reportingPolicies)) {
      for (const a of outsiders) {
        expect(reportingPolicies[action]!(a, { unitPath: "1.2" })).toBe(false);
        expect(reportingPolicies[action]!(a, { unitPath: "1.2.5" })).toBe(false);
      }
    }
  });
});
