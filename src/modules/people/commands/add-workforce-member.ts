import { recordEvent } from "../../../core/audit/index.ts";
import { authorize } from "../../../core/authz/index.ts";
import type { RequestContext } from "../../../core/context/request-context.ts";
import type { Tx } from "../../../core/db/database.ts";
import { conflict, validation } from "../../../core/errors.ts";
import { personsWithHmac } from "../db/people.repo.ts";
import type { MemberInput } from "../http/schemas.ts";
import { idNumberIndex, logDataAccess, type PrivacyKeys, sealIdNumber } from "../privacy.ts";

const WORKPLACES = ["state_agency", "public_service_unit", "state_enterprise", "enterprise"];

export interface WorkforceMemberInput {
  person: Omit<MemberInput, "relation" | "isRepresentative">;
  kind: "staff" | "worker";
  validFrom: string;
}

/** Registers a staff member of an agency or a worker of an enterprise (S and W of law.md §7). */
export async function addWorkforceMember(
  tx: Tx,
  ctx: RequestContext,
  keys: PrivacyKeys,
  unit: { id: number; kind: string; path: string },
  input: WorkforceMemberInput,
) {
  authorize(ctx.actor, "people.workforce.manage", { unitPath: unit.path });
  if (!WORKPLACES.includes(unit.kind)) {
    throw validation(
      "Chỉ cơ quan, đơn vị sự nghiệp và doanh nghiệp có danh sách người lao động.",
      "unit",
    );
  }
  const id = input.person.idNumber;
  if (id && (await personsWithHmac(tx, [idNumberIndex(keys, id)])).length > 0) {
    throw conflict("Số CCCD này đã có trong hệ thống.", "idNumber");
  }
  const person = await tx
    .insertInto("people_person")
    .values({
      home_unit_id: unit.id,
      full_name: input.person.fullName,
      birth_date: input.person.birthDate,
      sex: input.person.sex,
      id_number_enc: id ? sealIdNumber(keys, id) : null,
      id_number_hmac: id ? idNumberIndex(keys, id) : null,
    })
    .returning(["id"])
    .executeTakeFirstOrThrow();
  const affiliation = await tx
    .insertInto("people_affiliation")
    .values({
      unit_id: unit.id,
      person_id: person.id,
      kind: input.kind,
      valid_from: input.validFrom,
    })
    .returning(["id"])
    .executeTakeFirstOrThrow();
  await recordEvent(tx, ctx, {
    action: "people.affiliation.created",
    unitId: unit.id,
    subjectType: "people_affiliation",
    subjectId: affiliation.id,
    summary: { personId: person.id, kind: input.kind, validFrom: input.validFrom },
  });
  await logDataAccess(tx, ctx, {
    operation: "create",
    purpose: "Lập danh sách cán bộ, công chức, viên chức, người lao động",
    unitId: unit.id,
    personIds: [person.id],
    fields: ["full_name", "birth_date", "sex", "id_number"],
  });
  return { personId: person.id, affiliationId: affiliation.id };
}

/** Records the declared staff and worker counts from a date (used where no full list exists). */
export async function recordWorkforceCount(
  tx: Tx,
  ctx: RequestContext,
  unit: { id: number; kind: string; path: string },
  input: { effectiveFrom: string; staffCount: number; workerCount: number; source: string },
) {
  authorize(ctx.actor, "people.workforce.manage", { unitPath: unit.path });
  if (!WORKPLACES.includes(unit.kind)) {
    throw validation("Chỉ cơ quan, đơn vị sự nghiệp và doanh nghiệp có số lao động.", "unit");
  }
  const row = await tx
    .insertInto("people_workforce_count")
    .values({
      unit_id: unit.id,
      effective_from: input.effectiveFrom,
      staff_count: input.staffCount,
      worker_count: input.workerCount,
      source: input.source,
    })
    .onConflict((oc) =>
      oc.columns(["unit_id", "effective_from"]).doUpdateSet({
        staff_count: input.staffCount,
        worker_count: input.workerCount,
        source: input.source,
      }),
    )
    .returning(["id"])
    .executeTakeFirstOrThrow();
  await recordEvent(tx, ctx, {
    action: "people.workforce.counted",
    unitId: unit.id,
    subjectType: "people_workforce_count",
    subjectId: row.id,
    summary: input,
  });
}
