// `npm run bench`, step 5: public disclosure at national scale (issue #3 "Done when"). Into a
// fresh database on the bench's embedded PostgreSQL: the 3,321 communes, then 200,000 published
// disclosures spread over them (plus one draft per commune). Measured against a `coso serve`
// child over that database:
//
//   a. the public list page of a typical commune, /u/<code>/cong-khai      target p99 < 50 ms
//   b. the search, /u/<code>/cong-khai?q=du%20toan                           target p99 < 50 ms
//      — each twice: as sent (anonymous pages are kept 5 s in the server's public cache, so most
//        requests are cache hits) and with a unique query string per request (always a miss)
//   c. the province compliance view, /quan-tri/<province>/cong-khai/tuan-thu, for the province
//      with the most communes, signed in as an oversight account               target < 300 ms
//
// and, for each page, EXPLAIN ANALYZE of the exact SQL db/disclosure.repo.ts sends.
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { performance } from "node:perf_hooks";
import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import type { Database } from "../src/core/db/schema.ts";
import "../src/modules/disclosure/db/tables.ts";
import "../src/modules/org/db/tables.ts";
import {
  complianceUnder,
  overdueUnder,
  publicListingByCode,
} from "../src/modules/disclosure/db/disclosure.repo.ts";
import { type CpuShare, cpuShare, cpuSnapshot, waitForQuiet } from "./lib/cpu.ts";
import { type LoadSummary, runLoad } from "./lib/load.ts";
import { freePort } from "./lib/ports.ts";
import { type BenchChild, sleep, spawnChild, stopChild, waitFor200 } from "./lib/proc.ts";
import { listeningPid } from "./lib/rss.ts";

export const DISCLOSURE_TARGET = { p99Ms: 50, complianceMs: 300 };

/** What run.ts lends this step: where things are, and how it prints. */
export interface BenchKit {
  root: string;
  node: string;
  tsxCli: string;
  unitsFile: string;
  /** Data dir and port of the embedded PostgreSQL started by step 1 (still running). */
  dataDir: string;
  pgPort: number;
  /** Process trees whose CPU counts as ours (step 1's server, whose tree holds PostgreSQL). */
  cpuRoots: number[];
  connections: number;
  durationS: number;
  warmupS: number;
  say(line?: string): void;
  section(title: string): void;
  row(figure: string, measured: string, target: string, pass: boolean | null): void;
  describeLoad(label: string, r: LoadSummary): string;
  describeCpu(c: CpuShare): string;
  serverEnv(dataDir: string, pgPort: number, port: number): NodeJS.ProcessEnv;
  busyOthersPct: number;
}

const DB_NAME = "coso_bench_disclosure";
const ITEMS = 200_000;
const SEARCH = "du toan";

const fmtS = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const fmtMs = (ms: number) => `${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms`;
const fmtInt = (n: number) => Math.round(n).toLocaleString("en-US");
export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? Number.NaN) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

// Titles: a phrase of the commune catalogue (category) and a varying tail, so that full-text
// search meets realistic selectivity ("du toan" matches the budget phrases, ~1 item in 9).
const PHRASES: [category: string, phrase: string][] = [
  ["1", "Kế hoạch phát triển kinh tế - xã hội năm"],
  ["1", "Kết quả thực hiện kế hoạch phát triển kinh tế - xã hội 6 tháng đầu năm"],
  ["1", "Phương án chuyển dịch cơ cấu kinh tế năm"],
  ["2", "Dự toán thu, chi ngân sách xã năm"],
  ["2", "Tình hình thực hiện dự toán ngân sách xã quý"],
  ["2", "Quyết toán ngân sách xã năm"],
  ["2", "Điều chỉnh dự toán ngân sách xã năm"],
  ["2", "Kết quả thực hiện kiến nghị của Kiểm toán nhà nước năm"],
  ["3", "Kế hoạch thu hồi đất, bồi thường, hỗ trợ, tái định cư dự án đường liên thôn"],
  ["3", "Tiến độ thi công công trình nhà văn hóa thôn"],
  ["3", "Kế hoạch sử dụng quỹ đất công ích năm"],
  ["3", "Danh mục dự án đầu tư công trung hạn"],
  ["4", "Quy chế thực hiện dân chủ ở xã sửa đổi năm"],
  ["4", "Quy tắc ứng xử của cán bộ, công chức xã năm"],
  ["5", "Các khoản huy động Nhân dân đóng góp xây dựng đường giao thông nông thôn năm"],
  ["5", "Quản lý, sử dụng quỹ phòng, chống thiên tai năm"],
  ["6", "Kế hoạch mua sắm, sửa chữa tài sản công năm"],
  ["6", "Thanh lý tài sản công: xe ô tô phục vụ công tác chung năm"],
  ["7", "Danh sách hộ nghèo, hộ cận nghèo năm"],
  ["7", "Danh sách đối tượng bảo trợ xã hội hưởng trợ cấp hằng tháng năm"],
  ["7", "Danh sách hộ được hỗ trợ nhà ở năm"],
  ["7", "Danh sách cấp thẻ bảo hiểm y tế cho người có công năm"],
  ["8", "Hỗ trợ khắc phục thiệt hại do bão, lũ năm"],
  ["8", "Quản lý, sử dụng tiền, hàng cứu trợ năm"],
  ["9", "Danh sách công dân đủ điều kiện gọi nhập ngũ năm"],
  ["9", "Danh sách công dân tạm hoãn, miễn gọi nhập ngũ năm"],
  ["10", "Kết quả lấy phiếu tín nhiệm năm"],
  ["10", "Kết luận thanh tra, kiểm tra công vụ năm"],
  ["11", "Kế hoạch lấy ý kiến Nhân dân về quy hoạch khu dân cư năm"],
  ["11", "Kết quả lấy ý kiến Nhân dân về dự thảo hương ước, quy ước năm"],
  ["12", "Mức thu phí, lệ phí do xã trực tiếp thu năm"],
  ["12", "Mức thu phí chợ, phí trông giữ xe năm"],
  ["13", "Danh mục thủ tục hành chính cấp xã năm"],
  ["13", "Quy trình giải quyết thủ tục đăng ký hộ tịch năm"],
  ["14", "Thông báo lịch tiếp công dân năm"],
  ["14", "Kế hoạch tổ chức đối thoại với Nhân dân năm"],
];
const SUMMARIES = [
  "Ủy ban nhân dân xã công khai để Nhân dân biết, theo dõi và giám sát.",
  "Nội dung đã được Hội đồng nhân dân xã thông qua tại kỳ họp thường lệ.",
  "Danh sách chi tiết được niêm yết tại trụ sở và nhà văn hóa các thôn.",
  "Mọi ý kiến phản ánh gửi về Ủy ban nhân dân xã trong thời gian niêm yết.",
  "Thực hiện theo Luật Thực hiện dân chủ ở cơ sở năm 2022.",
  "Số liệu tổng hợp đến hết kỳ báo cáo; biểu chi tiết kèm theo.",
  "Kết quả bình xét tại hội nghị thôn, có sự tham gia của Mặt trận Tổ quốc.",
  "Thời gian lấy ý kiến 30 ngày kể từ ngày niêm yết.",
];
const TAILS = [
  "Đông",
  "Tây",
  "Nam",
  "Bắc",
  "Trung",
  "Thượng",
  "Hạ",
  "Tân Lập",
  "Hòa Bình",
  "An Phú",
];

const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;
const arr = (xs: string[]) => `array[${xs.map(lit).join(", ")}]`;

/**
 * One INSERT … SELECT: item g goes to commune g mod n (about 60 each), published on a day of
 * the last two years; its basis document 1–7 days earlier (late: 8–14 days, 1 in 7), the
 * deadline 7 days after the basis (5 working days, roughly). Late items are a compliance
 * "problem", and so is 1 in 20 of the others (a posting problem); the last 30 days are pending.
 */
export function insertSql(): string {
  return `
    with c as (
      select id, (row_number() over (order by code) - 1)::int as i
        from org_unit where kind in ('commune', 'ward', 'special_zone')
    ), n as (select count(*)::int as n from c),
    g as (
      select g,
             (g % ${PHRASES.length}) as p,
             (current_date - (floor(random() * 730))::int) as published_on,
             case when random() < 0.14 then 8 + floor(random() * 7)::int
                  else 1 + floor(random() * 7)::int end as delay,
             random() as r
        from generate_series(0, ${ITEMS - 1}) as g
    ), phrases as (
      select (ordinality - 1)::int as p, cat, phrase
        from unnest(${arr(PHRASES.map(([c]) => c))}, ${arr(PHRASES.map(([, p]) => p))})
             with ordinality as t(cat, phrase)
    )
    insert into disclosure_item (unit_id, regime, category, title, summary, body, basis_number,
      basis_date, basis_issuer, status, visibility, publish_due, published_on, published_at,
      compliance)
    select c.id, 'commune', ph.cat,
           ph.phrase || ' ' || extract(year from g.published_on)::int
             || ' — thôn ' || (${arr(TAILS)})[1 + (g.g / ${PHRASES.length}) % ${TAILS.length}],
           (${arr(SUMMARIES)})[1 + (g.g / 7) % ${SUMMARIES.length}],
           'Chi tiết tại văn bản kèm theo. Tổng số tiền: ' || (100 + g.g % 9000) || ' triệu đồng.',
           (1 + g.g % 400) || '/QĐ-UBND',
           g.published_on - g.delay,
           'Ủy ban nhân dân xã',
           'published', 'public',
           g.published_on - g.delay + 7,
           g.published_on,
           g.published_on::timestamptz,
           case when g.delay > 7 or g.r < 0.05 then 'problem'
                when g.published_on > current_date - 30 then 'pending'
                else 'ok' end
      from g
      join n on true
      join c on c.i = g.g % n.n
      join phrases ph on ph.p = g.p`;
}

/** One draft per commune; every other one is past its deadline (an overdue draft). */
export function draftsSql(): string {
  return `
    insert into disclosure_item (unit_id, regime, category, title, basis_date, status, visibility,
      publish_due)
    select id, 'commune', '2', 'Báo cáo tình hình thực hiện dự toán ngân sách xã (bản nháp)',
           current_date - (3 + (id % 2) * 20), 'draft', 'public', current_date - (3 + (id % 2) * 20) + 7
      from org_unit where kind in ('commune', 'ward', 'special_zone')`;
}

interface Captured {
  sql: string;
  parameters: readonly unknown[];
}

/** The SQL a repository function sends, as kysely compiles it (run once, captured). */
async function capture(url: string, run: (db: Kysely<Database>) => Promise<unknown>) {
  const seen: Captured[] = [];
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    log: (e) => {
      if (e.level === "query") seen.push({ sql: e.query.sql, parameters: e.query.parameters });
    },
  });
  try {
    await run(db);
  } finally {
    await db.destroy();
  }
  return seen;
}

/** EXPLAIN ANALYZE of a captured query: execution time and the plan's main lines. */
async function explain(client: pg.Client, q: Captured): Promise<{ ms: number; plan: string[] }> {
  const r = await client.query(
    `explain (analyze, buffers, costs off, timing on) ${q.sql}`,
    q.parameters as unknown[],
  );
  const lines = r.rows.map((x: Record<string, string>) => x["QUERY PLAN"] ?? "");
  const exec = lines.find((l) => l.startsWith("Execution Time"));
  const ms = exec ? Number(/([\d.]+) ms/.exec(exec)?.[1]) : Number.NaN;
  return { ms, plan: lines };
}

function setCookie(res: Response, name: string): string | undefined {
  for (const line of res.headers.getSetCookie()) {
    const pair = line.split(";")[0] ?? "";
    if (pair.startsWith(`${name}=`)) return pair;
  }
  return undefined;
}

/** Signs in through the real form; returns the session cookie. */
export async function signIn(base: string, username: string, password: string): Promise<string> {
  const form = await fetch(`${base}/dang-nhap`);
  const csrfCookie = setCookie(form, "coso_csrf");
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await form.text())?.[1];
  if (!csrfCookie || !csrf) throw new Error("sign-in form without CSRF cookie or token");
  const res = await fetch(`${base}/dang-nhap`, {
    method: "POST",
    redirect: "manual",
    headers: { cookie: csrfCookie, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ _csrf: csrf, username, password, next: "" }).toString(),
  });
  const session = setCookie(res, "coso_sid");
  if (res.status !== 303 || !session) throw new Error(`sign-in failed: HTTP ${res.status}`);
  return session;
}

export async function runCli(kit: BenchKit, name: string, args: string[], env: NodeJS.ProcessEnv) {
  const child = spawnChild(name, kit.node, [kit.tsxCli, "src/cli/main.ts", ...args], {
    cwd: kit.root,
    env,
  });
  const done = await Promise.race([child.exited, sleep(120_000).then(() => null)]);
  if (done === null) {
    await stopChild(child);
    throw new Error(`${name} did not finish within 120 s:\n${child.tail()}`);
  }
  if (done.code !== 0) throw new Error(`${name} failed (exit ${done.code}):\n${child.tail()}`);
  return child;
}

/**
 * A new, empty database `name` on the bench's embedded PostgreSQL (dropped first if left over),
 * and the environment for a server or CLI child that uses it.
 */
export async function freshDatabase(
  kit: Pick<BenchKit, "dataDir" | "pgPort" | "serverEnv">,
  name: string,
) {
  const password = readFileSync(join(kit.dataDir, "pg-password"), "utf8").trim();
  const base = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${kit.pgPort}`;
  const url = `${base}/${name}`;
  const admin = new pg.Client({ connectionString: `${base}/postgres` });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const env = kit.serverEnv(kit.dataDir, kit.pgPort, 0);
  env.DATABASE_URL = url;
  return { password, base, url, env };
}

export async function benchDisclosure(kit: BenchKit): Promise<void> {
  const { say, row } = kit;
  kit.section(
    `5. Disclosure at national scale: ${fmtInt(ITEMS)} disclosures over the 3,321 communes (fresh database)`,
  );
  const { base, url, env } = await freshDatabase(kit, DB_NAME);
  delete env.PORT;

  // Units, through the CLI (it migrates the empty database first).
  let t = performance.now();
  await runCli(kit, "import units", ["import", "units", kit.unitsFile], env);
  say(
    `units: src/cli/main.ts import units ${relative(kit.root, kit.unitsFile)} — ${fmtS(performance.now() - t)}`,
  );

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let server: BenchChild | null = null;
  try {
    t = performance.now();
    await client.query("select setseed(0.2026)");
    const inserted = await client.query(insertSql());
    const insertMs = performance.now() - t;
    const drafts = await client.query(draftsSql());
    // VACUUM as well as ANALYZE: autovacuum does it within a minute or so of such a load, and it
    // changes plans (the GIN index's statistics are only refreshed by VACUUM; with them the
    // planner intersects the search index, see README). Measuring before it would depend on
    // whether autovacuum happened to run during the load runs.
    t = performance.now();
    await client.query("vacuum analyze");
    const analyzeMs = performance.now() - t;
    const stats = (
      await client.query(`
        select count(*) filter (where status = 'published')::int as published,
               count(*) filter (where status = 'draft')::int as drafts,
               count(*) filter (where published_on > publish_due)::int as late,
               count(*) filter (where compliance = 'problem')::int as problems,
               count(distinct unit_id)::int as units,
               pg_size_pretty(pg_total_relation_size('disclosure_item')) as size
          from disclosure_item`)
    ).rows[0] as Record<string, number | string>;
    say(
      `inserted ${fmtInt(inserted.rowCount ?? 0)} published + ${fmtInt(drafts.rowCount ?? 0)} drafts in ${fmtS(insertMs)} (one INSERT … SELECT, tsvector and indexes maintained), VACUUM ANALYZE ${fmtS(analyzeMs)}`,
    );
    say(
      `  ${fmtInt(Number(stats.published))} published over ${fmtInt(Number(stats.units))} communes, ${fmtInt(Number(stats.late))} late, ${fmtInt(Number(stats.problems))} with compliance "problem", ${fmtInt(Number(stats.drafts))} drafts; table + indexes ${stats.size}`,
    );
    row(
      `disclosure data: ${fmtInt(ITEMS)} rows inserted + VACUUM ANALYZE`,
      fmtS(insertMs + analyzeMs),
      "(info)",
      null,
    );

    // The typical commune: the one with the median number of published items; the province
    // with the most communes.
    const typical = (
      await client.query(`
        select u.code, u.full_name, count(*)::int as n,
               count(*) filter (where i.search @@ plainto_tsquery('simple', coso_fold('${SEARCH}')))::int as hits
          from disclosure_item i join org_unit u on u.id = i.unit_id
         where i.status = 'published'
         group by u.code, u.full_name
         order by count(*), u.code
         offset (select count(distinct unit_id) / 2 from disclosure_item) limit 1`)
    ).rows[0] as { code: string; full_name: string; n: number; hits: number };
    const province = (
      await client.query(`
        select p.code, p.full_name, p.path::text as path, count(c.id)::int as communes
          from org_unit p join org_unit c on c.parent_id = p.id
         where p.kind in ('province', 'central_city')
         group by p.id order by count(c.id) desc, p.code limit 1`)
    ).rows[0] as { code: string; full_name: string; path: string; communes: number };
    const underProvince = (
      await client.query(
        `select count(*)::int as n from disclosure_item i join org_unit u on u.id = i.unit_id
          where u.path <@ $1::ltree`,
        [province.path],
      )
    ).rows[0] as { n: number };
    say(
      `typical commune: ${typical.full_name} (${typical.code}), ${typical.n} published, ${typical.hits} matching "${SEARCH}"; biggest province: ${province.full_name} (${province.code}), ${province.communes} communes, ${fmtInt(underProvince.n)} items`,
    );

    // An oversight account over that province, through the CLI.
    const benchPassword = `bench-${Date.now().toString(36)}-mat-khau`;
    await runCli(
      kit,
      "users create",
      [
        "users",
        "create",
        "--username",
        "bench.admin",
        "--name",
        "Bench",
        "--unit",
        province.code,
        "--role",
        "oversight",
        "--password",
        benchPassword,
      ],
      env,
    );

    // The server over that database.
    const port = await freePort();
    server = spawnChild(
      "server (disclosure)",
      kit.node,
      [
        // BENCH_CPU_PROF=<dir>: a V8 CPU profile of the server, written when it stops.
        ...(process.env.BENCH_CPU_PROF
          ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`]
          : []),
        "--import",
        "tsx",
        "src/cli/main.ts",
        "serve",
      ],
      {
        cwd: kit.root,
        env: { ...env, PORT: String(port) },
      },
    );
    const origin = `http://127.0.0.1:${port}`;
    const listPath = `/u/${typical.code}/cong-khai`;
    const searchPath = `${listPath}?q=${encodeURIComponent(SEARCH)}`;
    await waitFor200(`${origin}${listPath}`, server, 60_000);
    const pid = listeningPid(port, server.pid);
    if (pid === null) throw new Error(`no process below pid ${server.pid} listens on ${port}`);
    const sample = await (await fetch(`${origin}${searchPath}`)).text();
    const shown = (sample.match(/<li class="item">/g) ?? []).length;
    say(`server: ${origin} (node pid ${pid}); the search page shows ${shown} items`);

    const roots = [server.pid, ...kit.cpuRoots];
    const quiet = await waitForQuiet(roots, kit.busyOthersPct, 30_000);
    say(
      `other processes on the machine: ${quiet.othersPct.toFixed(0)} % of one core; load average ${readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ")}`,
    );
    const measure = async (label: string, target: string, unique: boolean) => {
      // With a unique `_` per request (autocannon's [<id>]), every request misses the cache.
      const sep = target.includes("?") ? "&" : "?";
      const u = unique ? `${origin}${target}${sep}_=[<id>]` : `${origin}${target}`;
      const opts = { connections: kit.connections, idReplacement: unique };
      await runLoad(u, { ...opts, durationS: kit.warmupS });
      const before = cpuSnapshot(roots);
      const load = await runLoad(u, { ...opts, durationS: kit.durationS });
      const cpu = cpuShare(before, cpuSnapshot(roots), pid);
      say(kit.describeLoad(label, load));
      say(kit.describeCpu(cpu));
      return load;
    };
    const loads: [string, LoadSummary][] = [];
    for (const [label, target, unique] of [
      [`list, cached`, listPath, false],
      [`list, uncached (unique ?_=)`, listPath, true],
      [`search, cached`, searchPath, false],
      [`search, uncached (unique &_=)`, searchPath, true],
    ] as const) {
      // BENCH_UNCACHED_ONLY=1: only the uncached runs (for a CPU profile of them alone).
      if (process.env.BENCH_UNCACHED_ONLY === "1" && !unique) continue;
      loads.push([label, await measure(`GET ${label}`, target, unique)]);
    }
    for (const [label, l] of loads) {
      const page = label.startsWith("list") ? listPath : `${listPath}?q=du%20toan`;
      const errors = l.errors + l.non2xx;
      row(
        `${page} ${label.replace(/^(list|search), /, "")} (${kit.connections} conn.)`,
        `${fmtInt(l.reqPerSec)} req/s, p50 ${l.latencyP50} ms, p99 ${l.latencyP99} ms${errors ? `, ${fmtInt(errors)} errors/non-2xx` : ""}`,
        `p99 < ${DISCLOSURE_TARGET.p99Ms} ms`,
        l.latencyP99 < DISCLOSURE_TARGET.p99Ms && errors === 0,
      );
    }

    // The province compliance view, signed in (never cached), one request at a time.
    const session = await signIn(origin, "bench.admin", benchPassword);
    const compliancePath = `/quan-tri/${province.code}/cong-khai/tuan-thu`;
    const times: number[] = [];
    let status = 0;
    let bytes = 0;
    for (let i = 0; i < 11; i++) {
      const started = performance.now();
      const res = await fetch(`${origin}${compliancePath}`, { headers: { cookie: session } });
      const body = await res.text();
      const ms = performance.now() - started;
      status = res.status;
      bytes = body.length;
      if (status !== 200) throw new Error(`${compliancePath}: HTTP ${status}`);
      if (i > 0) times.push(ms); // the first warms the pool and the plan cache
    }
    const med = median(times);
    const max = Math.max(...times);
    say(
      `GET ${compliancePath} (${province.communes} communes, signed in as oversight): ${times.length} requests after one warm-up — median ${fmtMs(med)}, max ${fmtMs(max)} [${times.map((x) => Math.round(x)).join(", ")}] (HTTP ${status}, ${fmtInt(bytes)} characters)`,
    );
    row(
      `province compliance view, ${province.communes} communes (median of ${times.length})`,
      `${fmtMs(med)} (max ${fmtMs(max)})`,
      `< ${DISCLOSURE_TARGET.complianceMs} ms`,
      med < DISCLOSURE_TARGET.complianceMs,
    );

    // Where the database time goes: EXPLAIN ANALYZE of the exact queries of each page.
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    const from = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
    // The anonymous list page's one statement (unit, chain, villages and items by the code).
    const page = { includeMembers: false, limit: 21, offset: 0 };
    const queries: [string, (db: Kysely<Database>) => Promise<unknown>][] = [
      ["publicListingByCode (list)", (db) => publicListingByCode(db, typical.code, page)],
      [
        "publicListingByCode (search)",
        (db) => publicListingByCode(db, typical.code, { ...page, search: SEARCH }),
      ],
      ["complianceUnder (province)", (db) => complianceUnder(db, province.path, today, from)],
      ["overdueUnder (province)", (db) => overdueUnder(db, province.path, today)],
    ];
    say("EXPLAIN ANALYZE (second run) of the queries of db/disclosure.repo.ts:");
    for (const [name, run] of queries) {
      const [q] = await capture(url, run);
      if (!q) continue;
      await explain(client, q);
      const { ms, plan } = await explain(client, q);
      say(`  ${name}: ${fmtMs(ms)}`);
      for (const line of plan
        .filter((l) => /(Scan|Join|Sort|Aggregate|Limit)/.test(l))
        .slice(0, 16)) {
        say(`      ${line.trim().slice(0, 150)}`);
      }
    }
  } finally {
    await client.end().catch(() => {});
    if (server) {
      const stop = await stopChild(server, 15_000, { group: true });
      say(`disclosure server stopped in ${fmtMs(stop.ms)}${stop.forced ? " (killed)" : ""}`);
    }
    const cleanup = new pg.Client({ connectionString: `${base}/postgres` });
    await cleanup.connect();
    await cleanup.query(`drop database if exists ${DB_NAME} with (force)`).catch(() => {});
    await cleanup.end();
  }
}
