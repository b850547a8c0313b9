import { systemContext } from "../../../core/context/request-context.ts";
import type { Db } from "../../../core/db/database.ts";
import { createUnit } from "../commands/create-unit.ts";
import type { UnitRow } from "../db/org.repo.ts";
import type { UnitKind } from "../domain/unit-kinds.ts";

let seq = 0;
const next = () => ++seq;

/** A province with one commune and `villages` villages under it, with unique codes per call. */
export async function makeCommuneTree(db: Db, villages = 2) {
  const n = next();
  const provinceCode = String(10 + (n % 89)).padStart(2, "0");
  return db.transaction().execute(async (tx) => {
    const ctx = systemContext();
    const province =
      (await tx
        .selectFrom("org_unit")
        .select("id")
        .where("code", "=", provinceCode)
        .executeTakeFirst()) ??
      (await createUnit(tx, ctx, null, {
        code: provinceCode,
        name: `Tỉnh ${n}`,
        kind: "province",
        fullName: null,
        nameEn: null,
        localKindName: null,
        address: null,
      }));
    const provinceRow = (await tx
      .selectFrom("org_unit")
      .selectAll()
      .where("id", "=", province.id)
      .executeTakeFirstOrThrow()) as UnitRow;
    const commune = await createUnit(tx, ctx, provinceRow.id, {
      code: `${provinceCode}${String(n).padStart(3, "0")}`,
      name: `Xã Thử ${n}`,
      kind: "commune",
      fullName: null,
      nameEn: null,
      localKindName: null,
      address: null,
    });
    const list: UnitRow[] = [];
    for (let i = 1; i <= villages; i++) {
      list.push(
        await createUnit(tx, ctx, commune.id, {
          code: `${commune.code}-T${i}`,
          name: `Thôn ${i}`,
          kind: "village" satisfies UnitKind,
          fullName: null,
          nameEn: null,
          localKindName: "Thôn",
          address: null,
        }),
      );
    }
    return { province: provinceRow, commune, villages: list };
  });
}
