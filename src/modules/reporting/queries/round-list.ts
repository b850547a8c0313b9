import { sql } from "kysely";
import type { Executor } from "../../../core/db/database.ts";

/** The rounds a unit opened, newest first, with their reports counted. */
export async function roundsWithCounts(db: Executor, issuerUnitId: number) {
  const r = await sql<{
    id: number;
    title: string;
    period_key: string;
    last_day: string;
    locked_from: string | null;
    expected: number;
    submitted: number;
    late: number;
    approved: number;
  }>`
    select r.id, r.title, r.period_key, r.last_day, r.locked_from,
           count(p.id)::int as expected,
           count(p.first_submitted_on)::int as submitted,
           count(*) filter (where p.first_submitted_on > r.last_day)::int as late,
           count(*) filter (where p.status = 'approved')::int as approved
      from reporting_round r left join reporting_report p on p.round_id = r.id
     where r.issuer_unit_id = ${issuerUnitId}
     group by r.id
     order by r.last_day desc, r.id desc`.execute(db);
  return r.rows;
}
