import type { RequestContext } from "../../core/context/request-context.ts";
import type { Executor } from "../../core/db/database.ts";
import { blindIndex, seal, unseal } from "../../core/security/sealed.ts";
import type { DataOperation } from "./db/tables.ts";

/** Keys for personal data: the AES key for sealing and the secret behind the blind index. */
export interface PrivacyKeys {
  dataKey: Buffer;
  secret: string;
}

export const sealIdNumber = (keys: PrivacyKeys, id: string) => seal(keys.dataKey, id);
export const openIdNumber = (keys: PrivacyKeys, sealed: Buffer) =>
  unseal(keys.dataKey, sealed).toString();
export const idNumberIndex = (keys: PrivacyKeys, id: string) => blindIndex(keys.secret, "cccd", id);

export interface AccessEntry {
  operation: DataOperation;
  purpose: string;
  unitId?: number | null;
  personIds?: readonly number[];
  householdId?: number | null;
  fields: string[];
}

/**
 * T63 (NĐ 13/2023 Art 38.2): every read and change of personal data leaves a row in the
 * processing log — who, whose, which fields, why. One row per person touched.
 */
export async function logDataAccess(
  db: Executor,
  ctx: RequestContext,
  e: AccessEntry,
): Promise<void> {
  const persons = e.personIds && e.personIds.length > 0 ? e.personIds : [null];
  await db
    .insertInto("people_data_access")
    .values(
      persons.map((personId) => ({
        actor_account_id: ctx.actor.accountId,
        actor_kind: ctx.actor.kind,
        unit_id: e.unitId ?? null,
        person_id: personId,
        household_id: e.householdId ?? null,
        operation: e.operation,
        fields: e.fields,
        purpose: e.purpose,
        ip: ctx.ip,
        request_id: ctx.requestId,
      })),
    )
    .execute();
}
