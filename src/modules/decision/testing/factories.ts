import { sql } from "kysely";
import type { Actor } from "../../../core/authz/index.ts";
import type { RequestContext } from "../../../core/context/request-context.ts";
import type { Db } from "../../../core/db/database.ts";
import type { OpenMatterInput } from "../commands/open-matter.ts";

/**
 * `n` households in a village, each with one representative, valid from `validFrom`, written in
 * three statements (fast enough for 50,000). Codes are `<prefix>0001`…; returns the persons who
 * represent them, in code order.
 */
export async function bulkHouseholds(
  db: Db,
  unitId: number,
  n: number,
  opts: { validFrom?: string; prefix?: string } = {},
): Promise<{ householdId: number; personId: number; code: string }[]> {
  const validFrom = opts.validFrom ?? "2026-01-01";
  const prefix = opts.prefix ?? "H";
  const r = await db.transaction().execute(async (tx) => {
    const rows = await sql<{ household_id: number; person_id: number; code: string }>`
      with g as (
        select i, ${prefix} || lpad(i::text, 4, '0') as code from generate_series(1, ${n}::int) i
      ), hh as (
        insert into people_household (unit_id, code, address, valid_from)
        select ${unitId}, code, 'Số ' || i || ', thôn thử', ${validFrom}::date from g
        returning id, code
      ), pp as (
        insert into people_person (home_unit_id, full_name)
        select ${unitId}, 'Đại diện hộ ' || code from g
        returning id, full_name
      ), pairs as (
        select hh.id as household_id, pp.id as person_id, hh.code
        from hh join pp on pp.full_name = 'Đại diện hộ ' || hh.code
      ), mm as (
        insert into people_household_member (unit_id, household_id, person_id, relation, is_representative, valid_from)
        select ${unitId}, household_id, person_id, 'Chủ hộ', true, ${validFrom}::date from pairs
        returning household_id
      )
      select household_id, person_id, code from pairs order by code`.execute(tx);
    return rows.rows;
  });
  return r.map((x) => ({ householdId: x.household_id, personId: x.person_id, code: x.code }));
}

export const actorCtx = (actor: Actor): RequestContext => ({ actor, ip: null, requestId: null });

/** The village head (trưởng thôn) of a village, as a request context. */
export const villageHead = (village: { id: number; path: string }) =>
  actorCtx({
    kind: "account",
    accountId: 900,
    personId: null,
    grants: [{ unitId: village.id, path: village.path, role: "village_head" }],
  });

/** An official of a commune (or province: grants reach every unit under it). */
export const officialOf = (unit: { id: number; path: string }, accountId = 901) =>
  actorCtx({
    kind: "account",
    accountId,
    personId: null,
    grants: [{ unitId: unit.id, path: unit.path, role: "official" }],
  });

/** A resident of a village signed in as the given person. */
export const residentOf = (village: { id: number; path: string }, personId: number) =>
  actorCtx({
    kind: "account",
    accountId: 10_000 + personId,
    personId,
    grants: [{ unitId: village.id, path: village.path, role: "resident" }],
  });

export const matterInput = (overrides: Partial<OpenMatterInput> = {}): OpenMatterInput => ({
  item: 1,
  scope: "village",
  title: "Đóng góp làm đường bê tông liên xóm",
  description: "Mỗi hộ đóng góp 500.000 đồng, Nhà nước hỗ trợ xi măng.",
  question: "Hộ gia đình đồng ý mức đóng góp 500.000 đồng/hộ để làm đường?",
  opener: "village_head",
  agreementBy: "Trần Văn Mặt Trận",
  agreementOn: "2026-03-01",
  noMeetingAgreed: false,
  perVillageRule: "two_thirds",
  form: "meeting",
  heldOn: "2026-03-15",
  closesOn: "2026-03-15",
  place: "Nhà văn hóa thôn",
  initiativeId: null,
  ...overrides,
});
