import { sql } from "kysely";
import { count, type ModuleIndicators, share } from "../../../core/indicators.ts";

// Community-decision indicators for reports (issue #6 §3), over the rounds of the unit and every
// unit under it counted in the period (the day in Việt Nam):
// - rounds counted and rounds whose matter passed (a valid result meeting its threshold);
// - participation: households that took part (attending a meeting, or with a counted ballot or
//   online vote) of all households of the frozen lists (N, R102) — over N, as the law counts.
export const decisionIndicators: ModuleIndicators = {
  definitions: [
    { id: "decision.rounds_counted", title: "Cuộc bàn, biểu quyết đã kiểm phiếu", kind: "count" },
    { id: "decision.rounds_passed", title: "Nội dung được thông qua", kind: "count" },
    { id: "decision.participation", title: "Tỷ lệ hộ tham gia biểu quyết", kind: "share" },
  ],
  async compute(db, unitPath, { from, to }) {
    const r = await sql<{ counted: number; passed: number; took_part: number; households: number }>`
      select count(*)::int as counted,
             count(*) filter (where r.valid and r.passed)::int as passed,
             coalesce(sum(case when r.form = 'meeting' then coalesce(r.attending, 0)
                               else (select count(*) from decision_vote v
                                      where v.round_id = r.id and v.status = 'counted') end), 0)::int as took_part,
             coalesce(sum(r.households), 0)::int as households
        from decision_round r join org_unit u on u.id = r.unit_id
       where u.path <@ ${unitPath}::ltree and r.status = 'counted'
         and (r.counted_at at time zone 'Asia/Ho_Chi_Minh')::date between ${from}::date and ${to}::date`.execute(
      db,
    );
    const f = r.rows[0]!;
    return {
      "decision.rounds_counted": count(f.counted),
      "decision.rounds_passed": count(f.passed),
      "decision.participation": share(Math.min(f.took_part, f.households), f.households),
    };
  },
};
