import { sql } from "kysely";
import { count, type ModuleIndicators, share } from "../../../core/indicators.ts";

// The inbox's indicators for reports (issue #6 §3), over the items handled by the unit or any unit
// under it, and the items placed at a village under it:
// - received and answered: received_on / answered_on in the period;
// - answered on time: of those answered in the period, not late (answered_late);
// - overdue at the period's end: received by then, due before then, not answered by then (and
//   not refused, transferred, merged or withdrawn);
// - satisfied: of the answered items the submitter rated, those rated 4 or 5.
export const inboxIndicators: ModuleIndicators = {
  definitions: [
    {
      id: "inbox.items_received",
      title: "Phản ánh, kiến nghị, khiếu nại, tố cáo tiếp nhận",
      kind: "count",
    },
    {
      id: "inbox.items_answered",
      title: "Phản ánh, kiến nghị, khiếu nại, tố cáo đã trả lời",
      kind: "count",
    },
    { id: "inbox.answered_on_time", title: "Tỷ lệ trả lời đúng hạn", kind: "share" },
    { id: "inbox.overdue_at_end", title: "Việc quá hạn chưa trả lời cuối kỳ", kind: "count" },
    { id: "inbox.satisfied", title: "Tỷ lệ người gửi hài lòng (4–5 điểm)", kind: "share" },
  ],
  async compute(db, unitPath, { from, to }) {
    const inPeriod = (col: string) => sql`${sql.ref(col)} between ${from}::date and ${to}::date`;
    const r = await sql<{
      received: number;
      answered: number;
      on_time: number;
      overdue: number;
      rated: number;
      satisfied: number;
    }>`
      with units as (select id from org_unit where path <@ ${unitPath}::ltree)
      select count(*) filter (where ${inPeriod("received_on")})::int as received,
             count(*) filter (where ${inPeriod("answered_on")})::int as answered,
             count(*) filter (where ${inPeriod("answered_on")} and answered_late is not true)::int as on_time,
             count(*) filter (where received_on <= ${to}::date and due_on < ${to}::date
                                and (answered_on is null or answered_on > ${to}::date)
                                and status not in ('refused', 'transferred', 'merged', 'withdrawn'))::int as overdue,
             count(rating) filter (where ${inPeriod("answered_on")})::int as rated,
             count(*) filter (where ${inPeriod("answered_on")} and rating >= 4)::int as satisfied
        from inbox_item
       where (unit_id in (select id from units) or village_id in (select id from units))
         and received_on <= ${to}::date`.execute(db);
    const f = r.rows[0]!;
    return {
      "inbox.items_received": count(f.received),
      "inbox.items_answered": count(f.answered),
      "inbox.answered_on_time": share(f.on_time, f.answered),
      "inbox.overdue_at_end": count(f.overdue),
      "inbox.satisfied": share(f.satisfied, f.rated),
    };
  },
};
