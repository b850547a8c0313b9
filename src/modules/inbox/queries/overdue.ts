import { sql } from "kysely";
import type { Executor } from "../../../core/db/database.ts";

// The upper level's overdue view (issue #5 item 3, "escalation to the upper level"): every open
// item past its due day in the unit and all units below it. Two statements over the partial
// index on open items' (unit_id, due_on): counts per handling unit, and the oldest overdue items.

export interface OverdueUnit {
  unitId: number;
  code: string;
  name: string;
  open: number;
  overdue: number;
  escalated: number;
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

export async function overdueView(
  db: Executor,
  unitPath: string,
  today: string,
  limit = 200,
): Promise<{ units: OverdueUnit[]; items: OverdueItem[] }> {
  const units = await sql<{
    unit_id: number;
    code: string;
    name: string;
    open: number;
    overdue: number;
    escalated: number;
  }>`
    select u.id as unit_id, u.code, u.name,
           count(*)::int as open,
           count(*) filter (where i.due_on < ${today}::date)::int as overdue,
           count(*) filter (where i.escalated_on is not null)::int as escalated
      from org_unit u
      join inbox_item i on i.unit_id = u.id
       and i.status in ('received', 'accepted', 'suspended')
     where u.path <@ ${unitPath}::ltree
     group by u.id, u.code, u.name
     order by count(*) filter (where i.due_on < ${today}::date) desc, u.code`.execute(db);
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
