import type { Hono } from "hono";
import { authorize } from "../../../core/authz/index.ts";
import type { AppDeps, AppEnv } from "../../../core/http/env.ts";
import { renderPage } from "../../../core/http/page.tsx";
import { pick, showDate } from "../../../core/i18n/lang.ts";
import { todayInVietnam } from "../../../core/validation.ts";
import { EmptyState, Table } from "../../../core/views/components.tsx";
import { AdminHeader, adminCrumbs, loadUnitForAdmin } from "../../org/index.ts";
import { complianceUnder, overdueUnder } from "../db/disclosure.repo.ts";

const T = {
  title: { vi: "Tình hình công khai thông tin", en: "Disclosure compliance" },
  units: { vi: "Theo đơn vị", en: "By unit" },
  overdue: { vi: "Quá hạn hoặc có vi phạm", en: "Overdue or with problems" },
  none: { vi: "Không có nội dung quá hạn hay vi phạm.", en: "Nothing overdue and no problems." },
  noUnits: { vi: "Không có đơn vị có nghĩa vụ công khai.", en: "No units with disclosure duties." },
  since: {
    vi: "Tính các nội dung có văn bản căn cứ từ ngày",
    en: "Items whose basis document dates from",
  },
};

/** Share on time, late, overdue and posting problems for every unit under the one viewed. */
export function disclosureAdminCompliance(app: Hono<AppEnv>, deps: AppDeps) {
  app.get("/quan-tri/:code/cong-khai/tuan-thu", async (c) => {
    const lang = c.get("lang");
    const loaded = await loadUnitForAdmin(deps.db, c.get("ctx"), c.req.param("code"));
    authorize(c.get("ctx").actor, "disclosure.compliance.view", { unitPath: loaded.unit.path });
    const today = todayInVietnam();
    const from = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
    const [rows, overdue] = await Promise.all([
      complianceUnder(deps.db, loaded.unit.path, today, from),
      overdueUnder(deps.db, loaded.unit.path, today),
    ]);
    const total = rows.reduce(
      (s, r) => ({
        published: s.published + r.published,
        onTime: s.onTime + r.on_time,
        late: s.late + r.late,
        overdue: s.overdue + r.overdue,
        problems: s.problems + r.posting_problems,
      }),
      { published: 0, onTime: 0, late: 0, overdue: 0, problems: 0 },
    );
    const share = (on: number, all: number) =>
      all === 0 ? "—" : `${Math.floor((on * 1000) / all) / 10} %`;
    return renderPage(
      c,
      { title: pick(lang, T.title), crumbs: adminCrumbs(lang, loaded, pick(lang, T.title)) },
      <>
        <AdminHeader c={c} loaded={loaded} current="cong-khai" />
        <h2>{pick(lang, T.title)}</h2>
        <p class="muted">
          {pick(lang, T.since)} {showDate(lang, from)}.
        </p>
        <dl class="facts">
          <dt>{lang === "vi" ? "Đã công khai" : "Published"}</dt>
          <dd>{total.published}</dd>
          <dt>{lang === "vi" ? "Đúng hạn" : "On time"}</dt>
          <dd>
            {total.onTime} ({share(total.onTime, total.published)})
          </dd>
          <dt>{lang === "vi" ? "Chậm" : "Late"}</dt>
          <dd>{total.late}</dd>
          <dt>{lang === "vi" ? "Quá hạn chưa công khai" : "Overdue, not published"}</dt>
          <dd>{total.overdue}</dd>
          <dt>{lang === "vi" ? "Vi phạm về niêm yết, hình thức" : "Posting problems"}</dt>
          <dd>{total.problems}</dd>
        </dl>
        <h2>{pick(lang, T.units)}</h2>
        {rows.length === 0 ? (
          <EmptyState title={pick(lang, T.noUnits)} />
        ) : (
          <Table
            caption={pick(lang, T.units)}
            captionHidden
            head={
              lang === "vi"
                ? [
                    "Đơn vị",
                    "Đã công khai",
                    "Đúng hạn",
                    "Tỷ lệ đúng hạn",
                    "Chậm",
                    "Quá hạn",
                    "Vi phạm niêm yết",
                  ]
                : [
                    "Unit",
                    "Published",
                    "On time",
                    "Share on time",
                    "Late",
                    "Overdue",
                    "Posting problems",
                  ]
            }
          >
            {rows.map((r) => (
              <tr>
                <td>
                  <a href={`/quan-tri/${r.code}/cong-khai`}>{r.name}</a>
                </td>
                <td>{r.published}</td>
                <td>{r.on_time}</td>
                <td>{share(r.on_time, r.published)}</td>
                <td>{r.late}</td>
                <td>{r.overdue}</td>
                <td>{r.posting_problems}</td>
              </tr>
            ))}
          </Table>
        )}
        <h2>{pick(lang, T.overdue)}</h2>
        {overdue.length === 0 ? (
          <EmptyState title={pick(lang, T.none)} />
        ) : (
          <Table
            caption={pick(lang, T.overdue)}
            captionHidden
            head={
              lang === "vi"
                ? ["Đơn vị", "Nội dung", "Hạn", "Tình trạng"]
                : ["Unit", "Item", "Due", "Status"]
            }
          >
            {overdue.map((o) => (
              <tr>
                <td>{o.unit_name}</td>
                <td>
                  <a href={`/quan-tri/${o.unit_code}/cong-khai/${o.id}`}>{o.title}</a>
                </td>
                <td>{showDate(lang, o.publish_due)}</td>
                <td>
                  {o.status === "draft"
                    ? lang === "vi"
                      ? "Quá hạn, chưa công khai"
                      : "Overdue draft"
                    : lang === "vi"
                      ? "Vi phạm về niêm yết, hình thức"
                      : "Posting problem"}
                </td>
              </tr>
            ))}
          </Table>
        )}
      </>,
    );
  });
}
