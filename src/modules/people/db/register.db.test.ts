import { sql } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import { systemContext } from "../../../core/context/request-context.ts";
import type { Db } from "../../../core/db/database.ts";
import { useTestDatabase } from "../../../core/testing/test-db.ts";
import type { UnitRow } from "../../org/index.ts";
import { makeCommuneTree } from "../../org/testing/factories.ts";
import { createHousehold } from "../commands/create-household.ts";
import { householdInput, makeHousehold, testKeys } from "../testing/factories.ts";
import { householdCountOn } from "./people.repo.ts";

let db: Db;
let village: UnitRow;
let commune: UnitRow;
beforeAll(async () => {
  ({ db } = await useTestDatabase());
  const tree = await makeCommuneTree(db, 1);
  village = tree.villages[0]!;
  commune = tree.commune;
});

describe("R102 (law.md §7.13): N, the households of a village on a date", () => {
  it("counts households in force on the date, by their effective dates", async () => {
    await makeHousehold(db, village, "A", { validFrom: "2026-01-01" });
    await makeHousehold(db, village, "B", { validFrom: "2026-03-01" });
    const c = await makeHousehold(db, village, "C", { validFrom: "2026-01-01" });
    await sql`update people_household set valid_to = '2026-06-01' where id = ${c.id}`.execute(db);
    expect(await householdCountOn(db, village.id, "2025-12-31")).toBe(0);
    expect(await householdCountOn(db, village.id, "2026-01-01")).toBe(2);
    expect(await householdCountOn(db, village.id, "2026-03-01")).toBe(3);
    expect(await householdCountOn(db, village.id, "2026-05-31")).toBe(3);
    expect(await householdCountOn(db, village.id, "2026-06-01")).toBe(2);
  });
});

describe("exactly one representative per household", () => {
  it("the database refuses a second current representative", async () => {
    const h = await makeHousehold(db, village, "D");
    await expect(
      sql`update people_household_member set is_representative = true where household_id = ${h.id}`.execute(
        db,
      ),
    ).rejects.toThrow(/people_one_representative/);
  });

  it("the database refuses a household left without one, at commit", async () => {
    const h = await makeHousehold(db, village, "E");
    await expect(
      sql`update people_household_member set is_representative = false where household_id = ${h.id}`.execute(
        db,
      ),
    ).rejects.toThrow(`Hộ ${h.id} không có chủ hộ (người đại diện).`);
  });

  it("a household may only be registered in a village or residential group", async () => {
    await expect(
      db
        .transaction()
        .execute((tx) =>
          createHousehold(tx, systemContext(), testKeys, commune, householdInput("X")),
        ),
    ).rejects.toThrow("Hộ gia đình chỉ được đăng ký ở thôn hoặc tổ dân phố.");
  });
});

describe("personal data at rest (law2.md §9, T62–T63)", () => {
  it("stores the ID number only sealed and logs the creation", async () => {
    const input = householdInput("F");
    const id = input.members[0]!.idNumber!;
    const h = await db
      .transaction()
      .execute((tx) => createHousehold(tx, systemContext(), testKeys, village, input));
    const raw = await sql<{
      t: string;
    }>`select row_to_json(p)::text as t from people_person p where id = ${h.personIds[0]}`.execute(
      db,
    );
    expect(raw.rows[0]!.t).not.toContain(id);
    const log = await db
      .selectFrom("people_data_access")
      .select(["operation", "fields"])
      .where("household_id", "=", h.id)
      .execute();
    expect(log).toHaveLength(2);
    expect(log[0]).toEqual({
      operation: "create",
      fields: ["full_name", "birth_date", "sex", "id_number", "relation"],
    });
  });

  it("the processing log is append-only", async () => {
    await expect(sql`delete from people_data_access`.execute(db)).rejects.toThrow(
      /chỉ được ghi thêm/,
    );
  });
});
