import { sql } from "kysely";
import type { Executor } from "../../../core/db/database.ts";

// Inbox figures per unit and year, rolled up the hierarchy: a row per unit directly below (or the
// unit itself when it handles items), each summing every item handled anywhere under it. One
// aggregate statement; reports (issue #6) read the same figures.

export interface InboxFigures {
  unitId: number;
  code: string;
  name: string;
  received: number;
  answered: number;
  answeredOnTime: number;
  open: number;
  overdue: number;
  ratings: number;
  ratingSum: number;
  /** Mean rating × 100, rounded half up (integer arithmetic, as domain/satisfaction.ts). */
  meanRatingX100: number | null;
  byKind: Record<string, number>;
}

/** 100 × sum / n rounded half up, in integers; null without ratings. */
export const meanX100 = (sum: number, n: number) =>
  n > 0 ? Math.floor((200 * sum + n) / (2 * n)) : null;

/** Figures for each unit directly below `unitPath` (and the unit itself as a total). */
export async function inboxStats(
  db: Executor,
  unitPath: string,
  year: number,
  today: string,
): Promise<{ total: InboxFigures; rows: InboxFigures[] }> {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const r = await sql<{
    unit_id: number;
    code: string;
    name: string;
    received: number;
    answered: number;
    on_time: number;
    open: number;
    overdue: number;
    ratings: number;
    rating_sum: number;
    by_kind: Record<string, number> | null;
  }>`
    with scope as (
      select u.id, u.code, u.name, u.path
        from org_unit u
       where u.path <@ ${unitPath}::ltree and nlevel(u.path) <= nlevel(${unitPath}::ltree) + 1
    ), items as (
      select s.id as scope_id, i.kind, i.status, i.received_on, i.answered_on, i.answered_late,
             i.due_on, i.rating
        from scope s
        join org_unit h on h.path <@ s.path and (s.path <> ${unitPath}::ltree or h.id = s.id)
        join inbox_item i on i.unit_id = h.id
       where (i.received_on between ${from}::date and ${to}::date)
          or (i.status in ('received', 'accepted', 'suspended'))
    )
    select s.id as unit_id, s.code, s.name,
           count(*) filter (where it.received_on between ${from}::date and ${to}::date)::int as received,
           count(*) filter (where it.answered_on between ${from}::date and ${to}::date)::int as answered,
           count(*) filter (where it.answered_on between ${from}::date and ${to}::date and it.answered_late is not true)::int as on_time,
           count(*) filter (where it.status in ('received', 'accepted', 'suspended'))::int as open,
           count(*) filter (where it.status in ('received', 'accepted', 'suspended') and it.due_on < ${today}::date)::int as overdue,
           count(it.rating) filter (where it.received_on between ${from}::date and ${to}::date)::int as ratings,
           coalesce(sum(it.rating) filter (where it.received_on between ${from}::date and ${to}::date), 0)::int as rating_sum,
           (select jsonb_object_agg(k, n) from (
              select it2.kind as k, count(*)::int as n from items it2
               where it2.scope_id = s.id and it2.received_on between ${from}::date and ${to}::date
               group by it2.kind) x) as by_kind
      from scope s left join items it on it.scope_id = s.id
     group by s.id, s.code, s.name, s.path
     order by s.path = ${unitPath}::ltree desc, s.code`.execute(db);
  const rows = r.rows.map(
    (x): InboxFigures => ({
      unitId: x.unit_id,
      code: x.code,
      name: x.name,
      received: x.received,
      answered: x.answered,
      answeredOnTime: x.on_time,
      open: x.open,
      overdue: x.overdue,
      ratings: x.ratings,
      ratingSum: x.rating_sum,
      meanRatingX100: meanX100(x.rating_sum, x.ratings),
      byKind: x.by_kind ?? {},
    }),
  );
  const self = rows[0] as InboxFigures;
  const children = rows.slice(1);
  const total: InboxFigures = { ...self, byKind: { ...self.byKind } };
  for (const x of children) {
    total.received += x.received;
    total.answered += x.answered;
    total.answeredOnTime += x.answeredOnTime;
    total.open += x.open;
    total.overdue += x.overdue;
    total.ratings += x.ratings;
    total.ratingSum += x.ratingSum;
    for (const [k, n] of Object.entries(x.byKind)) total.byKind[k] = (total.byKind[k] ?? 0) + n;
  }
  total.meanRatingX100 = meanX100(total.ratingSum, total.ratings);
  return { total, rows: children };
}
