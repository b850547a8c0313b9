import { performance } from "node:perf_hooks";
import autocannon from "autocannon";
import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import type { Database } from "../src/core/db/schema.ts";
import "../src/modules/inbox/db/tables.ts";
import "../src/modules/org/db/tables.ts";
import { overdueView } from "../src/modules/inbox/queries/overdue.ts";
import { type BenchKit, freshDatabase, median, runCli, signIn } from "./disclosure.ts";
import { cpuShare, cpuSnapshot, waitForQuiet } from "./lib/cpu.ts";
import { freePort } from "./lib/ports.ts";
import { type BenchChild, spawnChild, stopChild, waitFor200 } from "./lib/proc.ts";
import { listeningPid } from "./lib/rss.ts";

export const INBOX_TARGET = { overdueMs: 300 };
const DB_NAME = "coso_bench_inbox";
const ITEMS = Number(process.env.BENCH_INBOX_ITEMS ?? 1_000_000);

const fmtS = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const fmtMs = (ms: number) => `${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms`;
const fmtInt = (n: number) => Math.round(n).toLocaleString("en-US");
/** The nearest-rank percentile. */
const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? Number.NaN;
};
/** Positions in the list of provinces by size: the largest three, then spread to the smallest. */
const PROVINCE_RANKS = [0, 1, 2, 8, 16, 24, 30, 33];
const QUERY_CALLS = 10;
const PAGE_CALLS = 5;

const TITLES = [
  ["phan_anh", "grassroots", "Đèn đường hỏng trên trục thôn"],
  ["phan_anh", "grassroots", "Rác thải không được thu gom đúng lịch"],
  ["phan_anh", "grassroots", "Cống thoát nước bị tắc gây ngập"],
  ["phan_anh", "grassroots", "Tiếng ồn từ xưởng sản xuất ban đêm"],
  ["phan_anh", "grassroots", "Ổ gà lớn trên đường liên xã"],
  ["kien_nghi", "grassroots", "Đề nghị lắp biển báo trước cổng trường"],
  ["kien_nghi", "pakn", "Đề nghị đơn giản hóa thủ tục chứng thực"],
  ["khieu_nai", "complaint", "Khiếu nại quyết định xử phạt vi phạm hành chính"],
  ["khieu_nai", "complaint", "Khiếu nại quyết định thu hồi đất"],
  ["to_cao", "denunciation", "Tố cáo cán bộ nhận tiền khi giải quyết hồ sơ"],
] as const;

const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;
const arr = (xs: readonly string[]) => `array[${xs.map(lit).join(", ")}]`;

/**
 * One INSERT … SELECT: item g to commune g mod n, received on a day of the last year; 85 %
 * answered (1 in 8 of them late) or closed, 15 % still open with a due day 5–40 days after
 * receipt (so a share is overdue). Identities are one sealed-looking constant: nothing reads them.
 */
function insertSql(): string {
  return `
    with c as (
      select id, (row_number() over (order by code) - 1)::int as i
        from org_unit where kind in ('commune', 'ward', 'special_zone')
    ), n as (select count(*)::int as n from c),
    g as (
      select g, g % ${TITLES.length} as t,
             current_date - (floor(random() * 365))::int as received_on,
             random() as r, random() as r2
        from generate_series(0, ${ITEMS - 1}) g
    )
    insert into inbox_item (code, unit_id, received_unit_id, kind, track, channel, status, title,
      content, anonymous, confidential, identity_enc, details, received_on, extensions, suspensions,
      accepted_on, due_on, due_rule, answer, answered_on, answered_late, publish, rating)
    select 'BN-' || upper(lpad(to_hex(g.g), 8, '0')), c.id, c.id,
           (${arr(TITLES.map((t) => t[0]))})[g.t + 1],
           (${arr(TITLES.map((t) => t[1]))})[g.t + 1],
           case when g.g % 3 = 0 then 'desk' else 'web' end,
           case when g.r < 0.15 then 'accepted' when g.r < 0.55 then 'closed' else 'answered' end,
           (${arr(TITLES.map((t) => t[2]))})[g.t + 1],
           'Nội dung chi tiết của vụ việc số ' || g.g || ', đề nghị xã xem xét, giải quyết.',
           g.t < 5 and g.r2 < 0.3, g.t = 9, '\\x00'::bytea, '{}',
           g.received_on, '[]', '[]',
           g.received_on + 1,
           case when g.r < 0.15 then g.received_on + 5 + (floor(g.r2 * 36))::int end,
           case when g.r < 0.15 then (case when g.t < 7 then 'target' when g.t < 9 then 'T17' else 'T33' end) end,
           case when g.r >= 0.15 then 'Đã giải quyết, trả lời người gửi.' end,
           case when g.r >= 0.15 then g.received_on + 3 + (floor(g.r2 * 20))::int end,
           case when g.r >= 0.15 then g.r2 < 0.125 end,
           g.t < 7 and g.r2 < 0.5,
           case when g.r >= 0.15 and g.r2 < 0.4 then 1 + (g.g % 5) end
      from g join n on true join c on c.i = g.g % n.n`;
}

export async function benchInbox(kit: BenchKit): Promise<void> {
  const { say, row } = kit;
  kit.section(
    `7. Inbox at national scale: ${fmtInt(ITEMS)} items over the 3,321 communes (fresh database)`,
  );
  const { url, env } = await freshDatabase(kit, DB_NAME);
  // Residents' phones reach the server through the reverse proxy, each from its own address.
  env.COSO_TRUST_PROXY = "1";
  delete env.PORT;
  let t = performance.now();
  await runCli(kit, "import units", ["import", "units", kit.unitsFile], env);
  say(`units: import units — ${fmtS(performance.now() - t)}`);

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 2 }) }),
  });
  let server: BenchChild | null = null;
  try {
    t = performance.now();
    await client.query("select setseed(0.2026)");
    const inserted = await client.query(insertSql());
    const insertMs = performance.now() - t;
    t = performance.now();
    await client.query("vacuum analyze inbox_item");
    const analyzeMs = performance.now() - t;
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    const stats = (
      await client.query(
        `select count(*) filter (where status in ('received', 'accepted', 'suspended'))::int as open,
                count(*) filter (where status in ('received', 'accepted', 'suspended') and due_on < $1::date)::int as overdue,
                count(*) filter (where answered_late)::int as late,
                pg_size_pretty(pg_total_relation_size('inbox_item')) as size
           from inbox_item`,
        [today],
      )
    ).rows[0] as { open: number; overdue: number; late: number; size: string };
    say(
      `inserted ${fmtInt(inserted.rowCount ?? 0)} items in ${fmtS(insertMs)} (one INSERT … SELECT), VACUUM ANALYZE ${fmtS(analyzeMs)}: ${fmtInt(stats.open)} open, ${fmtInt(stats.overdue)} overdue, ${fmtInt(stats.late)} answered late; table + indexes ${stats.size}`,
    );
    row(
      `inbox data: ${fmtInt(ITEMS)} items inserted + VACUUM ANALYZE`,
      fmtS(insertMs + analyzeMs),
      "(info)",
      null,
    );

    const all = (
      await client.query(`
        select p.code, p.full_name, p.path::text as path, count(c.id)::int as communes
          from org_unit p join org_unit c on c.parent_id = p.id
         where p.kind in ('province', 'central_city')
         group by p.id order by count(c.id) desc, p.code`)
    ).rows as { code: string; full_name: string; path: string; communes: number }[];
    const provinces = [...new Set(PROVINCE_RANKS.map((r) => Math.min(r, all.length - 1)))].map(
      (r) => all[r]!,
    );

    // a. The overdue view, in process: a warm-up, then QUERY_CALLS calls per province.
    const times: number[] = [];
    for (const province of provinces) {
      let view = await overdueView(db, province.path, today);
      const own: number[] = [];
      for (let i = 0; i < QUERY_CALLS; i++) {
        const started = performance.now();
        view = await overdueView(db, province.path, today);
        own.push(performance.now() - started);
      }
      times.push(...own);
      say(
        `overdueView(${province.full_name}, ${province.communes} communes): ${fmtInt(view.units.reduce((s, u) => s + u.open, 0))} open, ${fmtInt(view.units.reduce((s, u) => s + u.overdue, 0))} overdue, ${view.items.length} listed — median ${fmtMs(median(own))}, max ${fmtMs(Math.max(...own))}`,
      );
    }
    const sizes = `${provinces.length} provinces, ${provinces.at(-1)?.communes}–${provinces[0]?.communes} communes`;
    say(
      `overdueView over ${sizes}: median ${fmtMs(median(times))}, p95 ${fmtMs(percentile(times, 95))}, max ${fmtMs(Math.max(...times))} (${times.length} calls)`,
    );
    row(
      `province overdue view, query (${sizes}; ${times.length} calls)`,
      `median ${fmtMs(median(times))}, p95 ${fmtMs(percentile(times, 95))}`,
      `< ${INBOX_TARGET.overdueMs} ms`,
      percentile(times, 95) < INBOX_TARGET.overdueMs,
    );

    // The server over that database, and the same view as a page, signed in as an oversight
    // account of each of those provinces.
    const benchPassword = `bench-${Date.now().toString(36)}-mat-khau`;
    await runCli(
      kit,
      "users create",
      [
        "users",
        "create",
        "--username",
        "bench.tinh",
        "--name",
        "Bench",
        "--unit",
        provinces[0]!.code,
        "--role",
        "oversight",
        "--password",
        benchPassword,
      ],
      env,
    );
    await client.query(
      `insert into auth_grant (account_id, unit_id, role)
       select a.id, u.id, 'oversight' from auth_account a, org_unit u
        where a.username = 'bench.tinh' and u.code = any($1::text[])
       on conflict do nothing`,
      [provinces.map((p) => p.code)],
    );
    const port = await freePort();
    server = spawnChild(
      "server (inbox)",
      kit.node,
      ["--import", "tsx", "src/cli/main.ts", "serve"],
      {
        cwd: kit.root,
        env: { ...env, PORT: String(port) },
      },
    );
    const origin = `http://127.0.0.1:${port}`;
    await waitFor200(`${origin}/healthz`, server, 60_000);
    const pid = listeningPid(port, server.pid);
    if (pid === null) throw new Error(`no process below pid ${server.pid} listens on ${port}`);
    const session = await signIn(origin, "bench.tinh", benchPassword);
    const pageTimes: number[] = [];
    for (const province of provinces) {
      const pagePath = `/quan-tri/${province.code}/phan-anh/qua-han`;
      for (let i = 0; i <= PAGE_CALLS; i++) {
        const started = performance.now();
        const res = await fetch(`${origin}${pagePath}`, { headers: { cookie: session } });
        await res.text();
        if (res.status !== 200) throw new Error(`${pagePath}: HTTP ${res.status}`);
        if (i > 0) pageTimes.push(performance.now() - started);
      }
    }
    say(
      `GET /quan-tri/<province>/phan-anh/qua-han over the same ${provinces.length}: median ${fmtMs(median(pageTimes))}, p95 ${fmtMs(percentile(pageTimes, 95))}, max ${fmtMs(Math.max(...pageTimes))} (${pageTimes.length} requests)`,
    );
    row(
      `province overdue page, signed in (${pageTimes.length} requests)`,
      `median ${fmtMs(median(pageTimes))}, p95 ${fmtMs(percentile(pageTimes, 95))}`,
      `< ${INBOX_TARGET.overdueMs} ms`,
      percentile(pageTimes, 95) < INBOX_TARGET.overdueMs,
    );

    // b. Intake.
    const communes = (
      await client.query(
        "select code from org_unit where kind in ('commune', 'ward', 'special_zone') order by code",
      )
    ).rows.map((r: { code: string }) => r.code);
    const before = (await client.query("select count(*)::int as n from inbox_item")).rows[0] as {
      n: number;
    };
    const roots = [server.pid, ...kit.cpuRoots];
    await waitForQuiet(roots, kit.busyOthersPct, 30_000);
    let n = 0;
    const run = (durationS: number) =>
      autocannon({
        url: origin,
        connections: kit.connections,
        duration: durationS,
        timeout: 10,
        requests: [
          {
            method: "POST",
            setupRequest: (req) => {
              const i = n++;
              return {
                ...req,
                path: `/api/v1/units/${communes[i % communes.length]}/inbox/items`,
                headers: {
                  "content-type": "application/json",
                  "x-forwarded-for": `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
                },
                body: JSON.stringify({
                  kind: "phan_anh",
                  title: "Đèn đường hỏng ở ngõ",
                  content: `Bóng đèn đường số ${i} ở ngõ xóm hỏng đã ba ngày, buổi tối rất tối.`,
                  place: "Ngõ xóm",
                  anonymous: i % 3 === 0,
                  name: i % 3 === 0 ? null : "Người dân",
                  contact: i % 3 === 0 ? null : "0900000000",
                  publish: true,
                }),
              };
            },
          },
        ],
      });
    await run(kit.warmupS);
    const cpuBefore = cpuSnapshot(roots);
    const r = await run(kit.durationS);
    const cpu = cpuShare(cpuBefore, cpuSnapshot(roots), pid);
    const created = r.statusCodeStats?.["201"]?.count ?? 0;
    const after = (await client.query("select count(*)::int as n from inbox_item")).rows[0] as {
      n: number;
    };
    const codes = Object.entries(r.statusCodeStats ?? {})
      .map(([k, v]) => `${k}×${fmtInt(v.count)}`)
      .join(" ");
    say(
      `POST /api/v1/units/{code}/inbox/items, ${kit.connections} conn.: ${fmtInt(r.requests.average)} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, max ${r.latency.max} ms, errors ${r.errors} [${codes}]; items in the database +${fmtInt(after.n - before.n)} (warm-up included)`,
    );
    say(kit.describeCpu(cpu));
    row(
      `intake, anonymous phản ánh by API (${kit.connections} conn.)`,
      `${fmtInt(r.requests.average)} req/s, p99 ${r.latency.p99} ms, ${fmtInt(created)} created${r.non2xx ? `, ${fmtInt(r.non2xx)} non-2xx` : ""}`,
      "(figures asked for)",
      null,
    );
  } finally {
    if (server) await stopChild(server);
    await db.destroy();
    await client.end();
  }
}
