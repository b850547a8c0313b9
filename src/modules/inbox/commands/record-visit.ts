import { sql } from "kysely";
import { recordEvent } from "../../../core/audit/index.ts";
import { authorize } from "../../../core/authz/index.ts";
import { validation } from "../../../core/errors.ts";
import { seal } from "../../../core/security/sealed.ts";
import { isValidIsoDate } from "../../../core/validation.ts";
import { logDataAccess } from "../../people/index.ts";
import { deadlineOf } from "../domain/clocks.ts";
import { registerEntryProblems } from "../domain/reception.ts";
import { type Handling, refuseUnless } from "./support.ts";

export interface VisitInput {
  visitedOn: string;
  sessionId: number | null;
  name: string;
  address: string;
  idNumber: string;
  matter: string;
  priorHandling: string;
  request: string;
  handling: string;
  nationalDbSynced: boolean;
}

/**
 * A row of the Sổ tiếp công dân (T41, Luật TCD Art 25.2; NĐ 154 Art 12.1 from 01/07/2026):
 * numbered per unit and year without gaps (a transaction-scoped lock per unit serialises two
 * officials writing at once), the visitor's name, address and identity number sealed, and the
 * answer due within 10 working days (T42). Whether it was copied to the national database is
 * recorded as the officer says; a missing copy is shown, not refused.
 */
export async function recordVisit(
  h: Handling,
  dataKey: Buffer,
  unit: { id: number; path: string },
  input: VisitInput,
) {
  authorize(h.ctx.actor, "inbox.item.record", { unitPath: unit.path });
  if (!isValidIsoDate(input.visitedOn) || input.visitedOn > h.today)
    throw validation("Ngày tiếp không hợp lệ hoặc sau hôm nay.", "visitedOn");
  const year = Number(input.visitedOn.slice(0, 4));
  await sql`select pg_advisory_xact_lock(73500002, ${unit.id})`.execute(h.tx);
  const last = await h.tx
    .selectFrom("inbox_reception_visit")
    .select(["serial", "visited_on"])
    .where("unit_id", "=", unit.id)
    .where("year", "=", year)
    .orderBy("serial", "desc")
    .limit(1)
    .executeTakeFirst();
  if (last && last.visited_on > input.visitedOn)
    throw validation(
      `Sổ đã ghi đến ngày ${last.visited_on.split("-").reverse().join("/")}: không ghi lùi ngày (T41).`,
      "visitedOn",
    );
  const serial = (last?.serial ?? 0) + 1;
  refuseUnless(
    registerEntryProblems({ serial, date: input.visitedOn, ...input, nationalDbSynced: true }),
    "matter",
  );
  const due = deadlineOf(h.calendar, "visit_answer", input.visitedOn);
  const row = await h.tx
    .insertInto("inbox_reception_visit")
    .values({
      unit_id: unit.id,
      year,
      serial,
      visited_on: input.visitedOn,
      session_id: input.sessionId,
      identity_enc: seal(
        dataKey,
        JSON.stringify({
          name: input.name.trim(),
          address: input.address.trim(),
          idNumber: input.idNumber.trim(),
        }),
      ),
      matter: input.matter.trim(),
      prior_handling: input.priorHandling.trim() || null,
      request: input.request.trim(),
      handling: input.handling.trim(),
      national_db_synced: input.nationalDbSynced,
      answer_due_on: due.due,
      received_by: h.ctx.actor.accountId,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await logDataAccess(h.tx, h.ctx, {
    operation: "create",
    purpose: `Sổ tiếp công dân số ${serial}/${year} (Luật Tiếp công dân Điều 25)`,
    unitId: unit.id,
    fields: ["name", "address", "id_number"],
  });
  await recordEvent(h.tx, h.ctx, {
    action: "inbox.visit.recorded",
    unitId: unit.id,
    subjectType: "inbox_reception_visit",
    subjectId: row.id,
    summary: { serial, year, visitedOn: input.visitedOn, answerDue: due.due },
  });
  return { id: row.id, serial, answerDue: due.due };
}
