import { type RawBuilder, sql } from "kysely";
import type { Executor } from "../../../core/db/database.ts";
import { todayInVietnam } from "../../../core/validation.ts";
import type { Tally } from "../domain/satisfaction.ts";

// Inbox figures of a unit for a year, rolled up the hierarchy (issue #5 item 5; reports, issue #6,
// read the same). Every figure is an SQL aggregate over the items handled anywhere under the unit.
// An item sent to a village is handled by its commune and counted at the village (its place):
// a province's row for a commune sums the commune's items, a commune's row for a village sums
// the items of that village.
//
// - received: received_on in the year;
// - answered: answered_on in the year; on time: of those, answered no later than the due date in
//   force when answered (answered_late, set from the `answered` event's `late`);
// - open and overdue: now (today), whatever the year: an open status, and past its due date;
// - the submitters' ratings of the items answered in the year (mean × 100 rounded half up, in
//   integers, as domain/satisfaction.ts).

export interface InboxFigures {
  /** Null on the total row. */
  unitId: number | null;
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
}

export interface KindFigures {
  kind: string;
  received: number;
  answered: number;
  answeredOnTime: number;
  open: number;
  overdue: number;
}

export interface MonthFigures {
  /** 1–12. */
  month: number;
  received: number;
  answered: number;
  answeredOnTime: number;
}

export interface InboxStats {
  year: number;
  /** The unit and everything under it. */
  total: InboxFigures;
  /** The unit's own items (not placed below it), then each unit directly below, by code. */
  self: InboxFigures;
  rows: InboxFigures[];
  byKind: KindFigures[];
  byMonth: MonthFigures[];
  /** R48: every rating in the year of the unit and the units below (services, officials,
   *  handled items), counts of levels 1–5 for `tallyOfLevels`. */
  ratingLevels: Tally["byLevel"];
}

/** 100 × sum / n rounded half up, in integers; null without ratings. */
export const meanX100 = (sum: number, n: number) =>
  n > 0 ? Math.floor((200 * sum + n) / (2 * n)) : null;

const OPEN = sql`('received', 'accepted', 'suspended')`;

/**
 * The items that count for `year` under `path`, each with `under`: the path of the unit row it
 * counts for (the unit itself, or the unit directly below it that holds its place). An item
 * counts where it is handled, at its village when the village belongs to the handling unit.
 * Items are found by their handling unit (the index on unit_id): the units under `path`, or for
 * a village its commune. The ltree work is done once per unit, not per item.
 */
function itemsUnder(path: string, from: string, to: string): RawBuilder<unknown> {
  const p = sql`${path}::ltree`;
  return sql`
    units as (
      select u.id, u.parent_id,
             (case when nlevel(u.path) > nlevel(${p}) then subpath(u.path, 0, nlevel(${p}) + 1)
                   else u.path end)::text as under
        from org_unit u where u.path <@ ${p}
    ), items as materialized (
      select coalesce(vu.under, hu.under) as under, i.kind, i.status, i.received_on, i.answered_on,
             i.answered_late, i.due_on, i.rating
        from inbox_item i
        left join units hu on hu.id = i.unit_id
        left join units vu on vu.id = i.village_id and vu.parent_id = i.unit_id
       where i.unit_id in (select id from units
                           union all
                           select parent_id from org_unit
                            where path = ${p} and kind in ('village', 'residential_group'))
         and (i.received_on between ${from}::date and ${to}::date
              or i.answered_on between ${from}::date and ${to}::date
              or i.status in ${OPEN})
         and coalesce(vu.under, hu.under) is not null
    )`;
}

/** The counts every grouping shares. */
function counts(from: string, to: string, today: string) {
  const inYear = (col: string) => sql`${sql.ref(col)} between ${from}::date and ${to}::date`;
  return sql`
    count(*) filter (where ${inYear("received_on")})::int as received,
    count(*) filter (where ${inYear("answered_on")})::int as answered,
    count(*) filter (where ${inYear("answered_on")} and answered_late is not true)::int as on_time,
    count(*) filter (where status in ${OPEN})::int as open,
    count(*) filter (where status in ${OPEN} and due_on < ${today}::date)::int as overdue`;
}

interface CountRow {
  received: number;
  answered: number;
  on_time: number;
  open: number;
  overdue: number;
}

const ZERO: CountRow = { received: 0, answered: 0, on_time: 0, open: 0, overdue: 0 };

/** Figures of the unit at `unitPath` for `year`: in total, its own, per unit directly below, per
 *  kind, per month (one statement over the items), and its R48 ratings. */
export async function inboxStats(
  db: Executor,
  unitPath: string,
  year: number,
  today: string = todayInVietnam(),
): Promise<InboxStats> {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const items = itemsUnder(unitPath, from, to);
  const c = counts(from, to, today);

  // One pass over the items: per unit row and the total (the empty grouping set), per kind, per
  // month (received in a month, answered in a month).
  const r = await sql<{
    per_unit: (CountRow & { under: string | null; ratings: number; rating_sum: number })[];
    by_kind: (CountRow & { kind: string })[];
    by_month: { month: number; received: number; answered: number; on_time: number }[];
  }>`
    with ${items},
    per_unit as (
      select under, ${c},
             count(rating) filter (where answered_on between ${from}::date and ${to}::date)::int as ratings,
             coalesce(sum(rating) filter (where answered_on between ${from}::date and ${to}::date), 0)::int as rating_sum
        from items group by grouping sets ((under), ())
    ), by_kind as (
      select kind, ${c} from items group by kind
    ), months as (
      select extract(month from received_on)::int as month, 1 as received, 0 as answered, 0 as on_time
        from items where received_on between ${from}::date and ${to}::date
      union all
      select extract(month from answered_on)::int, 0, 1, case when answered_late is not true then 1 else 0 end
        from items where answered_on between ${from}::date and ${to}::date
    ), by_month as (
      select m.month, coalesce(sum(x.received), 0)::int as received,
             coalesce(sum(x.answered), 0)::int as answered, coalesce(sum(x.on_time), 0)::int as on_time
        from generate_series(1, 12) as m(month) left join months x on x.month = m.month
       group by m.month
    )
    select (select coalesce(json_agg(per_unit), '[]') from per_unit) as per_unit,
           (select coalesce(json_agg(by_kind order by kind), '[]') from by_kind) as by_kind,
           (select json_agg(by_month order by month) from by_month) as by_month`.execute(db);
  const { per_unit: perUnit, by_kind: byKind, by_month: byMonth } = r.rows[0] as (typeof r.rows)[0];
  const scope = await sql<{ id: number; code: string; name: string; path: string }>`
    select id, code, name, path::text as path from org_unit
     where path <@ ${unitPath}::ltree and nlevel(path) <= nlevel(${unitPath}::ltree) + 1
     order by path = ${unitPath}::ltree desc, code`.execute(db);
  const levels = await sql<{ l1: number; l2: number; l3: number; l4: number; l5: number }>`
    select count(*) filter (where r.level = 1)::int as l1, count(*) filter (where r.level = 2)::int as l2,
           count(*) filter (where r.level = 3)::int as l3, count(*) filter (where r.level = 4)::int as l4,
           count(*) filter (where r.level = 5)::int as l5
      from inbox_rating r join org_unit u on u.id = r.unit_id
     where u.path <@ ${unitPath}::ltree and r.rated_on between ${from}::date and ${to}::date`.execute(
    db,
  );

  const figures = (
    unit: { id: number | null; code: string; name: string },
    r: (CountRow & { ratings?: number; rating_sum?: number }) | undefined,
  ): InboxFigures => {
    const x = r ?? ZERO;
    const ratings = r?.ratings ?? 0;
    const ratingSum = r?.rating_sum ?? 0;
    return {
      unitId: unit.id,
      code: unit.code,
      name: unit.name,
      received: x.received,
      answered: x.answered,
      answeredOnTime: x.on_time,
      open: x.open,
      overdue: x.overdue,
      ratings,
      ratingSum,
      meanRatingX100: meanX100(ratingSum, ratings),
    };
  };
  const byUnder = new Map(perUnit.map((x) => [x.under, x]));
  const [selfUnit, ...children] = scope.rows;
  if (!selfUnit) throw new Error(`inboxStats: no unit at ${unitPath}`);
  const l = levels.rows[0] ?? { l1: 0, l2: 0, l3: 0, l4: 0, l5: 0 };
  return {
    year,
    total: figures(selfUnit, byUnder.get(null)),
    self: figures(selfUnit, byUnder.get(selfUnit.path)),
    rows: children.map((u) => figures(u, byUnder.get(u.path))),
    byKind: byKind.map((r) => ({
      kind: r.kind,
      received: r.received,
      answered: r.answered,
      answeredOnTime: r.on_time,
      open: r.open,
      overdue: r.overdue,
    })),
    byMonth: byMonth.map((r) => ({
      month: r.month,
      received: r.received,
      answered: r.answered,
      answeredOnTime: r.on_time,
    })),
    ratingLevels: [l.l1, l.l2, l.l3, l.l4, l.l5],
  };
}
