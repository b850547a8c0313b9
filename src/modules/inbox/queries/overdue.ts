import { sql } from "kysely";
import type { Executor } from "../../../core/db/database.ts";

// The upper level's overdue view (issue #5 item 3, "escalation to the upper level"): every open
// item past its due day in the unit and all units below it (org_unit.path <@). Two statements:
// counts per handling unit, and the oldest overdue items (limited; the counts cover every item).
// The counts are two LATERAL probes per unit, so each reads only its unit's rows through an
// index: the open ones over the partial index on open items' (unit_id, due_on), this year's
// answers over (unit_id, received_on). A plain join on `answered_on` made PostgreSQL scan the
// whole table (≈ 390 ms at 1,000,000 items; ≈ 100 ms this way for a 166-commune province).

export interface OverdueUnit {
  unitId: number;
  code: string;
  name: string;
  open: number;
  overdue: number;
  escalated: number;
  /** Answered from 1 January of today's year to today. */
  answeredThisYear: number;
  /** Of those, answered by the due day in force then (`answered_late` not true). */
  answeredOnTime: number;
}

export interface OverdueItem {
  id: number;
  code: string;
  unitCode: string;
  unitName: string;
  kind: string;
  track: string;
  title: string;
  dueOn: string;
  dueRule: string | null;
  daysLate: number;
  escalatedOn: string | null;
  confidential: boolean;
}

/** Percentage answered on time, rounded down in integers; null when nothing was answered. */
export const onTimePercent = (u: Pick<OverdueUnit, "answeredThisYear" | "answeredOnTime">) =>
  u.answeredThisYear > 0 ? Math.floor((100 * u.answeredOnTime) / u.answeredThisYear) : null;

export async function overdueView(
  db: Executor,
  unitPath: string,
  today: string,
  limit = 200,
): Promise<{ units: OverdueUnit[]; items: OverdueItem[] }> {
  const yearStart = `${today.slice(0, 4)}-01-01`;
  const units = await sql<{
    unit_id: number;
    code: string;
    name: string;
    open: number;
    overdue: number;
    escalated: number;
    answered: number;
    on_time: number;
  }>`
    select s.id as unit_id, s.code, s.name, o.open, o.overdue, o.escalated, a.answered, a.on_time
      from org_unit s
      cross join lateral (
        select count(*)::int as open,
               count(*) filter (where i.due_on < ${today}::date)::int as overdue,
               count(*) filter (where i.escalated_on is not null)::int as escalated
          from inbox_item i
         where i.unit_id = s.id and i.status in ('received', 'accepted', 'suspended')) o
      cross join lateral (
        select count(*)::int as answered,
               count(*) filter (where i.answered_late is not true)::int as on_time
          from inbox_item i
         where i.unit_id = s.id and i.answered_on between ${yearStart}::date and ${today}::date) a
     where s.path <@ ${unitPath}::ltree
       and s.kind not in ('village', 'residential_group')
       and (o.open > 0 or a.answered > 0)
     order by o.overdue desc, s.code`.execute(db);
  const items = await sql<{
    id: number;
    code: string;
    unit_code: string;
    unit_name: string;
    kind: string;
    track: string;
    title: string;
    due_on: string;
    due_rule: string | null;
    days_late: number;
    escalated_on: string | null;
    confidential: boolean;
  }>`
    select i.id, i.code, u.code as unit_code, u.name as unit_name, i.kind, i.track, i.title,
           i.due_on, i.due_rule, (${today}::date - i.due_on)::int as days_late, i.escalated_on,
           i.confidential
      from org_unit u
      join inbox_item i on i.unit_id = u.id
       and i.status in ('received', 'accepted', 'suspended')
       and i.due_on < ${today}::date
     where u.path <@ ${unitPath}::ltree
     order by i.due_on, i.id
     limit ${limit}`.execute(db);
  return {
    units: units.rows.map((r) => ({
      unitId: r.unit_id,
      code: r.code,
      name: r.name,
      open: r.open,
      overdue: r.overdue,
      escalated: r.escalated,
      answeredThisYear: r.answered,
      answeredOnTime: r.on_time,
    })),
    items: items.rows.map((r) => ({
      id: r.id,
      code: r.code,
      unitCode: r.unit_code,
      unitName: r.unit_name,
      kind: r.kind,
      track: r.track,
      title: r.title,
      dueOn: r.due_on,
      dueRule: r.due_rule,
      daysLate: r.days_late,
      escalatedOn: r.escalated_on,
      confidential: r.confidential,
    })),
  };
}
