import type { Hono } from "hono";
import { sql } from "kysely";
import type { AppDeps, AppEnv } from "../../../core/http/env.ts";
import { renderPage } from "../../../core/http/page.tsx";
import { pick, showDate } from "../../../core/i18n/lang.ts";
import { Badge, EmptyState } from "../../../core/views/components.tsx";
import { AdminHeader, adminCrumbs, loadUnitForAdmin } from "../../org/index.ts";
import { ANONYMOUS_MARK, KIND_LABELS, KINDS } from "../domain/kinds.ts";
import { STATUS_LABELS } from "../domain/workflow.ts";
import { onTimePercent, overdueView } from "../queries/overdue.ts";
import { CONFIDENTIAL_MARK, DueBadge, dueSoonUntil, ruleText } from "./admin-present.tsx";
import { calendar, today } from "./run.ts";

// The unit's inbox for its officials: what is open and by when, what is overdue, filters, and
// the upper level's overdue view over every unit below it.

const PAGE = 50;
const OPEN = ["received", "accepted", "suspended"] as const;
/** The clock filter: `han` = overdue, today (due today) or soon (due within 2 working days). */
const CLOCK_FILTERS = [
  ["", "Tất cả"],
  ["qua-han", "Quá hạn"],
  ["hom-nay", "Hết hạn hôm nay"],
  ["sap-den-han", "Sắp đến hạn"],
] as const;

export function inboxAdminList(app: Hono<AppEnv>, deps: AppDeps) {
  app.get("/quan-tri/:code/phan-anh", async (c) => {
    const lang = c.get("lang");
    const loaded = await loadUnitForAdmin(
      deps.db,
      c.get("ctx"),
      c.req.param("code"),
      "inbox.item.read",
    );
    const unit = loaded.unit;
    const now = today();
    const soon = dueSoonUntil(calendar, now);
    const villages = await deps.db
      .selectFrom("org_unit")
      .select(["id", "code", "name"])
      .where("parent_id", "=", unit.id)
      .where("kind", "in", ["village", "residential_group"])
      .orderBy("code")
      .execute();
    const clock = c.req.query("qua-han") === "1" ? "qua-han" : (c.req.query("han") ?? "");
    const f = {
      status: c.req.query("trang-thai") ?? "open",
      kind: c.req.query("loai") ?? "",
      clock: CLOCK_FILTERS.some(([k]) => k === clock) ? clock : "",
      village: villages.find((x) => x.code === c.req.query("thon")) ?? null,
      mine: c.req.query("cua-toi") === "1",
      q: (c.req.query("q") ?? "").trim().slice(0, 100),
      page: Math.max(1, Number(c.req.query("trang")) || 1),
    };
    let q = deps.db
      .selectFrom("inbox_item as i")
      .leftJoin("org_unit as v", "v.id", "i.village_id")
      .select([
        "i.id",
        "i.code",
        "i.kind",
        "i.title",
        "i.status",
        "i.received_on",
        "i.due_on",
        "i.due_rule",
        "i.anonymous",
        "i.confidential",
        "i.escalated_on",
        "v.name as village_name",
      ])
      .where("i.unit_id", "=", unit.id);
    if (f.status === "open") q = q.where("i.status", "in", [...OPEN]);
    else if (f.status === "answered") q = q.where("i.status", "in", ["answered", "closed"]);
    if ((KINDS as readonly string[]).includes(f.kind))
      q = q.where("i.kind", "=", f.kind as "phan_anh");
    if (f.clock) q = q.where("i.status", "in", [...OPEN]);
    if (f.clock === "qua-han") q = q.where("i.due_on", "<", now);
    else if (f.clock === "hom-nay") q = q.where("i.due_on", "=", now);
    else if (f.clock === "sap-den-han")
      q = q.where("i.due_on", ">", now).where("i.due_on", "<=", soon);
    if (f.village) q = q.where("i.village_id", "=", f.village.id);
    if (f.mine) q = q.where("i.assigned_account_id", "=", c.get("ctx").actor.accountId ?? -1);
    if (f.q)
      q = q.where((eb) =>
        eb.or([eb("i.title", "ilike", `%${f.q}%`), eb("i.code", "=", f.q.toUpperCase())]),
      );
    const rows = await q
      .orderBy(sql`i.due_on asc nulls last`)
      .orderBy("i.id", "desc")
      .limit(PAGE + 1)
      .offset((f.page - 1) * PAGE)
      .execute();
    // Open items through the partial index on open items; this month's answers separately.
    const counts = await sql<{
      open: number;
      overdue: number;
      soon: number;
      answered_month: number;
    }>`
      select count(*)::int as open,
             count(*) filter (where due_on < ${now}::date)::int as overdue,
             count(*) filter (where due_on between ${now}::date and ${soon}::date)::int as soon,
             (select count(*)::int from inbox_item
               where unit_id = ${unit.id}
                 and answered_on between date_trunc('month', ${now}::date)::date and ${now}::date) as answered_month
        from inbox_item
       where unit_id = ${unit.id} and status in ('received', 'accepted', 'suspended')`.execute(
      deps.db,
    );
    const n = counts.rows[0] ?? { open: 0, overdue: 0, soon: 0, answered_month: 0 };
    const base = `/quan-tri/${unit.code}/phan-anh`;
    const link = (over: Record<string, string>) => {
      const p = new URLSearchParams({
        "trang-thai": f.status,
        ...(f.kind ? { loai: f.kind } : {}),
        ...(f.clock ? { han: f.clock } : {}),
        ...(f.village ? { thon: f.village.code } : {}),
        ...(f.mine ? { "cua-toi": "1" } : {}),
        ...(f.q ? { q: f.q } : {}),
        ...over,
      });
      return `${base}?${p.toString()}`;
    };
    return renderPage(
      c,
      {
        title: `Phản ánh, khiếu nại, tố cáo — ${unit.name}`,
        crumbs: adminCrumbs(lang, loaded, "Phản ánh, khiếu nại, tố cáo"),
      },
      <>
        <AdminHeader c={c} loaded={loaded} current="phan-anh" />
        <p class="actions">
          <a class="button" href={`${base}/moi`}>
            Ghi nhận đơn tại nơi tiếp dân
          </a>{" "}
          <a href={`${base}/qua-han`}>Quá hạn ở các đơn vị trực thuộc</a> ·{" "}
          <a href={`/u/${unit.code}/phan-anh/thong-ke`}>Số liệu</a> ·{" "}
          <a href={`${base}/so-theo-doi.xlsx`}>Sổ theo dõi (XLSX)</a> ·{" "}
          <a href={`${base}/danh-gia`}>Đánh giá sự hài lòng</a> ·{" "}
          <a href={`${base}/cai-dat`}>Chỉ tiêu trả lời</a>
        </p>
        <ul class="inbox-counts">
          <li>
            <a href={link({ "trang-thai": "open" })}>Đang giải quyết: {n.open}</a>
          </li>
          <li>
            <a href={link({ "trang-thai": "open", han: "qua-han" })}>Quá hạn: {n.overdue}</a>
          </li>
          <li>
            <a href={link({ "trang-thai": "open", han: "sap-den-han" })}>
              Đến hạn trong 2 ngày làm việc: {n.soon}
            </a>
          </li>
          <li>Trả lời trong tháng: {n.answered_month}</li>
        </ul>
        <form method="get" action={base} class="inline-form">
          <label for="f-status">Trạng thái</label>
          <select id="f-status" name="trang-thai">
            <option value="open" selected={f.status === "open"}>
              Đang giải quyết
            </option>
            <option value="answered" selected={f.status === "answered"}>
              Đã trả lời
            </option>
            <option value="all" selected={f.status === "all"}>
              Tất cả
            </option>
          </select>
          <label for="f-kind">Loại</label>
          <select id="f-kind" name="loai">
            <option value="">Tất cả</option>
            {KINDS.filter((k) => k !== "danh_gia").map((k) => (
              <option value={k} selected={f.kind === k}>
                {pick(lang, KIND_LABELS[k])}
              </option>
            ))}
          </select>
          <label for="f-clock">Thời hạn</label>
          <select id="f-clock" name="han">
            {CLOCK_FILTERS.map(([k, label]) => (
              <option value={k} selected={f.clock === k}>
                {label}
              </option>
            ))}
          </select>
          {villages.length > 0 ? (
            <>
              <label for="f-village">Thôn, tổ dân phố</label>
              <select id="f-village" name="thon">
                <option value="">Tất cả</option>
                {villages.map((x) => (
                  <option value={x.code} selected={f.village?.id === x.id}>
                    {x.name}
                  </option>
                ))}
              </select>
            </>
          ) : null}
          <label for="f-q">Tìm (tiêu đề hoặc mã)</label>
          <input id="f-q" name="q" value={f.q} size={20} />
          <label>
            <input type="checkbox" name="cua-toi" value="1" checked={f.mine} /> Được giao cho tôi
          </label>
          <button type="submit">Lọc</button>
        </form>
        {rows.length === 0 ? (
          <EmptyState title="Không có vụ việc nào." />
        ) : (
          <table class="table">
            <thead>
              <tr>
                <th scope="col">Mã</th>
                <th scope="col">Loại</th>
                <th scope="col">Tiêu đề</th>
                <th scope="col">Tiếp nhận</th>
                <th scope="col">Trạng thái</th>
                <th scope="col">Hạn</th>
              </tr>
            </thead>
            <tbody>
              {rows.slice(0, PAGE).map((r) => (
                <tr>
                  <td>
                    <a href={`${base}/${r.id}`}>{r.code}</a>
                  </td>
                  <td>
                    {r.confidential && r.kind === "to_cao" ? (
                      <Badge tone="warn">{CONFIDENTIAL_MARK}</Badge>
                    ) : (
                      pick(lang, KIND_LABELS[r.kind])
                    )}
                    {r.anonymous ? (
                      <>
                        {" "}
                        <Badge>{pick(lang, ANONYMOUS_MARK)}</Badge>
                      </>
                    ) : null}
                    {r.confidential && r.kind !== "to_cao" ? (
                      <>
                        {" "}
                        <Badge tone="warn">Thông tin người tố cáo được giữ bí mật</Badge>
                      </>
                    ) : null}
                  </td>
                  <td>
                    {r.title}
                    {r.village_name ? <span class="muted"> · {r.village_name}</span> : null}
                  </td>
                  <td>{showDate(lang, r.received_on)}</td>
                  <td>{pick(lang, STATUS_LABELS[r.status] ?? { vi: r.status, en: r.status })}</td>
                  <td>
                    {r.due_on ? (
                      <>
                        {showDate(lang, r.due_on)} <span class="muted">{ruleText(r.due_rule)}</span>{" "}
                        <DueBadge calendar={calendar} due={r.due_on} today={now} />
                        {r.escalated_on ? <Badge tone="bad">Đã báo cáo cấp trên</Badge> : null}
                      </>
                    ) : (
                      "—"
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <nav aria-label="Trang" class="pager">
          {f.page > 1 ? <a href={link({ trang: String(f.page - 1) })}>← Trang trước</a> : null}{" "}
          {rows.length > PAGE ? (
            <a href={link({ trang: String(f.page + 1) })}>Trang sau →</a>
          ) : null}
        </nav>
      </>,
    );
  });

  app.get("/quan-tri/:code/phan-anh/qua-han", async (c) => {
    const lang = c.get("lang");
    const loaded = await loadUnitForAdmin(
      deps.db,
      c.get("ctx"),
      c.req.param("code"),
      "inbox.item.read",
    );
    const now = today();
    const view = await overdueView(deps.db, loaded.unit.path, now);
    const sum = (k: "open" | "overdue" | "escalated" | "answeredThisYear" | "answeredOnTime") =>
      view.units.reduce((s, u) => s + u[k], 0);
    const total = {
      open: sum("open"),
      overdue: sum("overdue"),
      escalated: sum("escalated"),
      answeredThisYear: sum("answeredThisYear"),
      answeredOnTime: sum("answeredOnTime"),
    };
    const percent = (u: typeof total) => {
      const p = onTimePercent(u);
      return p === null ? "—" : `${p} % (${u.answeredOnTime}/${u.answeredThisYear})`;
    };
    return renderPage(
      c,
      {
        title: `Vụ việc quá hạn — ${loaded.unit.name}`,
        crumbs: adminCrumbs(lang, loaded, "Vụ việc quá hạn"),
      },
      <>
        <AdminHeader c={c} loaded={loaded} current="phan-anh" />
        <h2>
          Vụ việc quá hạn trong {loaded.unit.name} và các đơn vị trực thuộc: {total.overdue}
        </h2>
        <p class="muted">
          Tính đến hết ngày {showDate(lang, now)}; hạn theo từng loại đơn (T12, T16–T18, T31, T33)
          hoặc chỉ tiêu của đơn vị. Tỷ lệ đúng hạn: trong số vụ việc đã trả lời từ ngày 01/01 năm
          nay.
        </p>
        {view.units.length === 0 ? (
          <EmptyState title="Không có vụ việc nào đang giải quyết." />
        ) : (
          <table class="table">
            <caption>Theo đơn vị</caption>
            <thead>
              <tr>
                <th scope="col">Đơn vị</th>
                <th scope="col">Đang giải quyết</th>
                <th scope="col">Quá hạn</th>
                <th scope="col">Đã báo cáo cấp trên</th>
                <th scope="col">Trả lời đúng hạn trong năm</th>
              </tr>
            </thead>
            <tbody>
              {view.units.map((u) => (
                <tr>
                  <th scope="row">
                    <a href={`/quan-tri/${u.code}/phan-anh?trang-thai=open&han=qua-han`}>
                      {u.name}
                    </a>
                  </th>
                  <td>{u.open}</td>
                  <td>{u.overdue}</td>
                  <td>{u.escalated}</td>
                  <td>{percent(u)}</td>
                </tr>
              ))}
              <tr class="total">
                <th scope="row">Cộng ({view.units.length} đơn vị)</th>
                <td>{total.open}</td>
                <td>{total.overdue}</td>
                <td>{total.escalated}</td>
                <td>{percent(total)}</td>
              </tr>
            </tbody>
          </table>
        )}
        {view.items.length > 0 ? (
          <table class="table">
            <caption>Quá hạn lâu nhất (tối đa 200)</caption>
            <thead>
              <tr>
                <th scope="col">Mã</th>
                <th scope="col">Đơn vị</th>
                <th scope="col">Loại</th>
                <th scope="col">Tiêu đề</th>
                <th scope="col">Hạn</th>
                <th scope="col">Số ngày quá hạn</th>
                <th scope="col">Báo cáo cấp trên</th>
              </tr>
            </thead>
            <tbody>
              {view.items.map((i) => (
                <tr>
                  <td>
                    <a href={`/quan-tri/${i.unitCode}/phan-anh/${i.id}`}>{i.code}</a>
                  </td>
                  <td>{i.unitName}</td>
                  <td>
                    {i.confidential && i.kind === "to_cao"
                      ? CONFIDENTIAL_MARK
                      : pick(lang, KIND_LABELS[i.kind as "phan_anh"])}
                  </td>
                  <td>{i.title}</td>
                  <td>
                    {showDate(lang, i.dueOn)} <span class="muted">{ruleText(i.dueRule)}</span>
                  </td>
                  <td>{i.daysLate}</td>
                  <td>{i.escalatedOn ? showDate(lang, i.escalatedOn) : "Chưa"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </>,
    );
  });
}
