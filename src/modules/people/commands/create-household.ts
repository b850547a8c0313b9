import { recordEvent } from "../../../core/audit/index.ts";
import { authorize } from "../../../core/authz/index.ts";
import type { RequestContext } from "../../../core/context/request-context.ts";
import type { Tx } from "../../../core/db/database.ts";
import { conflict, validation } from "../../../core/errors.ts";
import { findHouseholdByCode, personsWithHmac } from "../db/people.repo.ts";
import { representativeProblem } from "../domain/household-rules.ts";
import type { HouseholdInput } from "../http/schemas.ts";
import { idNumberIndex, logDataAccess, type PrivacyKeys, sealIdNumber } from "../privacy.ts";

export interface VillageRef {
  id: number;
  code: string;
  kind: string;
  path: string;
}

/**
 * Registers a household in a village with its members; exactly one representative. Persons are
 * created with their ID numbers sealed; the audit event and the processing log are written in
 * the same transaction.
 */
export async function createHousehold(
  tx: Tx,
  ctx: RequestContext,
  keys: PrivacyKeys,
  village: VillageRef,
  input: HouseholdInput,
): Promise<{ id: number; personIds: number[] }> {
  authorize(ctx.actor, "people.household.create", { unitPath: village.path });
  if (village.kind !== "village" && village.kind !== "residential_group") {
    throw validation("Hộ gia đình chỉ được đăng ký ở thôn hoặc tổ dân phố.", "unit");
  }
  const repProblem = representativeProblem(input.members);
  if (repProblem) throw validation(repProblem, "members");
  if (await findHouseholdByCode(tx, village.id, input.code)) {
    throw conflict(`Mã hộ ${input.code} đã có trong ${village.code}.`, "code");
  }
  const ids = input.members.map((m) => m.idNumber).filter((v): v is string => !!v);
  if (new Set(ids).size !== ids.length)
    throw validation("Hai thành viên trùng số CCCD.", "members");
  const hmacs = ids.map((id) => idNumberIndex(keys, id));
  if ((await personsWithHmac(tx, hmacs)).length > 0) {
    throw conflict(
      "Số CCCD của một thành viên đã có trong sổ (người này đã được đăng ký).",
      "members",
    );
  }

  const household = await tx
    .insertInto("people_household")
    .values({
      unit_id: village.id,
      code: input.code,
      address: input.address,
      valid_from: input.validFrom,
    })
    .returning(["id"])
    .executeTakeFirstOrThrow();
  const persons = await tx
    .insertInto("people_person")
    .values(
      input.members.map((m) => ({
        home_unit_id: village.id,
        full_name: m.fullName,
        birth_date: m.birthDate,
        sex: m.sex,
        id_number_enc: m.idNumber ? sealIdNumber(keys, m.idNumber) : null,
        id_number_hmac: m.idNumber ? idNumberIndex(keys, m.idNumber) : null,
      })),
    )
    .returning(["id"])
    .execute();
  const personIds = persons.map((p) => p.id);
  await tx
    .insertInto("people_household_member")
    .values(
      input.members.map((m, i) => ({
        unit_id: village.id,
        household_id: household.id,
        person_id: personIds[i]!,
        relation: m.relation,
        is_representative: m.isRepresentative,
        valid_from: input.validFrom,
      })),
    )
    .execute();
  await recordEvent(tx, ctx, {
    action: "people.household.created",
    unitId: village.id,
    subjectType: "people_household",
    subjectId: household.id,
    summary: {
      code: input.code,
      address: input.address,
      members: input.members.length,
      validFrom: input.validFrom,
    },
  });
  await logDataAccess(tx, ctx, {
    operation: "create",
    purpose: "Đăng ký hộ gia đình vào sổ của thôn, tổ dân phố",
    unitId: village.id,
    householdId: household.id,
    personIds,
    fields: ["full_name", "birth_date", "sex", "id_number", "relation"],
  });
  return { id: household.id, personIds };
}
