import { sql } from "kysely";
import { expect, it } from "vitest";
import { useTestDatabase } from "../../../core/testing/test-db.ts";
import { overdueView } from "./overdue.ts";

it("perf", async () => {
  const { db } = await useTestDatabase();
  await sql`insert into org_unit (code, name, full_name, kind, parent_id, path)
    select 'P' || p, 'Tỉnh ' || p, 'Tỉnh ' || p, 'province', null, '0' from generate_series(1, 20) p`.execute(
    db,
  );
  await sql`insert into org_unit (code, name, full_name, kind, parent_id, path)
    select 'C' || p || '-' || c, 'Xã ' || c, 'Xã ' || c, 'commune', (select id from org_unit where code = 'P' || p), '0'
      from generate_series(1, 20) p, generate_series(1, 166) c`.execute(db);
  const t0 = performance.now();
  await sql
    .raw(`
    with c as (select id, (row_number() over (order by code) - 1)::int as i from org_unit where kind = 'commune'),
    n as (select count(*)::int as n from c),
    g as (select g, current_date - (floor(random() * 365))::int as received_on, random() as r, random() as r2
            from generate_series(0, 999999) g)
    insert into inbox_item (code, unit_id, received_unit_id, kind, track, channel, status, title, content,
      identity_enc, received_on, accepted_on, due_on, due_rule, answer, answered_on, answered_late)
    select 'BN-' || upper(lpad(to_hex(g.g), 8, '0')), c.id, c.id, 'phan_anh', 'grassroots', 'web',
           case when g.r < 0.15 then 'accepted' when g.r < 0.55 then 'closed' else 'answered' end,
           'Tiêu đề', 'Nội dung', '\\x00'::bytea, g.received_on, g.received_on + 1,
           case when g.r < 0.15 then g.received_on + 5 + (floor(g.r2 * 36))::int end,
           case when g.r < 0.15 then 'target' end,
           case when g.r >= 0.15 then 'x' end,
           case when g.r >= 0.15 then g.received_on + 3 + (floor(g.r2 * 20))::int end,
           case when g.r >= 0.15 then g.r2 < 0.125 end
      from g join n on true join c on c.i = g.g % n.n`)
    .execute(db);
  await sql`vacuum analyze inbox_item`.execute(db);
  await sql`analyze org_unit`.execute(db);
  console.log("insert", performance.now() - t0);
  const p = await sql<{ path: string }>`select path::text from org_unit where code = 'P1'`.execute(
    db,
  );
  const path = p.rows[0]!.path;
  const today = new Date().toISOString().slice(0, 10);
  const times: number[] = [];
  let v = await overdueView(db, path, today);
  for (let i = 0; i < 9; i++) {
    const s = performance.now();
    v = await overdueView(db, path, today);
    times.push(performance.now() - s);
  }
  times.sort((a, b) => a - b);
  console.log(
    "units",
    v.units.length,
    v.units[0],
    "items",
    v.items.length,
    "median",
    times[4],
    "max",
    times[8],
  );
  for (const q of [
    sql`explain (analyze, buffers) select s.id, a.* from org_unit s cross join lateral (select count(*)::int as n, count(*) filter (where i.answered_late is not true)::int as t from inbox_item i where i.unit_id = s.id and i.answered_on between '2026-01-01'::date and ${today}::date) a where s.path <@ ${path}::ltree`,
    sql`explain (analyze, buffers) select s.id, a.* from org_unit s cross join lateral (select count(*)::int as n, count(*) filter (where i.answered_late is not true)::int as t from inbox_item i where i.unit_id = s.id and i.received_on >= '2026-01-01'::date and i.answered_on is not null) a where s.path <@ ${path}::ltree`,
  ]) {
    for (let k = 0; k < 3; k++) {
      const plan = await q.execute(db);
      if (k === 2) console.log((plan.rows as any[]).map((r) => r["QUERY PLAN"]).join("\n"));
    }
  }
  expect(v.units.length).toBe(166);
}, 600_000);
