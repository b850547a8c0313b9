import { sql } from "kysely";
import { count, type ModuleIndicators, share } from "../../../core/indicators.ts";

// Disclosure indicators for reports (issue #6 §3), over the items of the unit and every unit under
// it (and items scoped to a village under it):
// - published: versions published in the period;
// - published on time: of the items whose publishing deadline fell in the period (R4–R6), those
//   published by it; an item withdrawn before it was ever published is not counted;
// - due and unpublished at the period's end: deadline before the end, not published by then.
export const disclosureIndicators: ModuleIndicators = {
  definitions: [
    { id: "disclosure.items_published", title: "Nội dung đã công khai", kind: "count" },
    { id: "disclosure.published_on_time", title: "Tỷ lệ công khai đúng hạn", kind: "share" },
    {
      id: "disclosure.due_unpublished_at_end",
      title: "Nội dung đến hạn chưa công khai cuối kỳ",
      kind: "count",
    },
  ],
  async compute(db, unitPath, { from, to }) {
    const r = await sql<{ published: number; due: number; on_time: number; missing: number }>`
      with units as (select id from org_unit where path <@ ${unitPath}::ltree),
      items as (
        select status, publish_due, published_on from disclosure_item
         where unit_id in (select id from units) or scope_unit_id in (select id from units))
      select count(*) filter (where published_on between ${from}::date and ${to}::date)::int as published,
             count(*) filter (where publish_due between ${from}::date and ${to}::date
                                and not (status = 'withdrawn' and published_on is null))::int as due,
             count(*) filter (where publish_due between ${from}::date and ${to}::date
                                and published_on <= publish_due)::int as on_time,
             count(*) filter (where publish_due < ${to}::date and status <> 'withdrawn'
                                and (published_on is null or published_on > ${to}::date))::int as missing
        from items`.execute(db);
    const f = r.rows[0]!;
    return {
      "disclosure.items_published": count(f.published),
      "disclosure.published_on_time": share(f.on_time, f.due),
      "disclosure.due_unpublished_at_end": count(f.missing),
    };
  },
};
