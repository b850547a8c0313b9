import type { Hono } from "hono";
import { unauthenticated } from "../../../core/errors.ts";
import type { AppDeps, AppEnv } from "../../../core/http/env.ts";
import { renderPage } from "../../../core/http/page.tsx";
import { pick, showDate } from "../../../core/i18n/lang.ts";
import { Badge, EmptyState } from "../../../core/views/components.tsx";
import { KIND_LABELS } from "../domain/kinds.ts";
import { STATUS_LABELS } from "../domain/workflow.ts";
import { noIndex } from "./public-follow.tsx";

// A signed-in resident's own items (submit-item links a web or API item to the sender's account):
// each with its tracking code, which is theirs to see. Private, never cached.

const LIMIT = 200;

export function inboxPublicMine(app: Hono<AppEnv>, deps: AppDeps) {
  app.get("/tai-khoan/phan-anh", async (c) => {
    const viewer = c.get("viewer");
    if (!viewer) throw unauthenticated();
    const lang = c.get("lang");
    const rows = await deps.db
      .selectFrom("inbox_item as i")
      .innerJoin("org_unit as u", "u.id", "i.unit_id")
      .select([
        "i.code",
        "i.kind",
        "i.title",
        "i.status",
        "i.received_on",
        "i.due_on",
        "i.answered_on",
        "u.name as unit_name",
      ])
      .where("i.submitter_account_id", "=", viewer.accountId)
      .orderBy("i.id", "desc")
      .limit(LIMIT)
      .execute();
    const title = { vi: "Phản ánh, kiến nghị của tôi", en: "My feedback and complaints" };
    noIndex(c);
    return renderPage(
      c,
      {
        title: pick(lang, title),
        crumbs: [{ label: "Tài khoản", href: "/tai-khoan" }, { label: pick(lang, title) }],
      },
      <>
        <h1>{pick(lang, title)}</h1>
        <p class="muted">
          Các đơn bạn đã gửi khi đăng nhập. Đơn gửi khi chưa đăng nhập xem bằng mã theo dõi ở trang{" "}
          <a href="/theo-doi">Theo dõi</a>.
        </p>
        {rows.length === 0 ? (
          <EmptyState title="Bạn chưa gửi phản ánh, kiến nghị nào khi đăng nhập." />
        ) : (
          <table class="table">
            <caption>{rows.length} đơn, mới nhất trước</caption>
            <thead>
              <tr>
                <th scope="col">Mã theo dõi</th>
                <th scope="col">Tiêu đề</th>
                <th scope="col">Loại</th>
                <th scope="col">Nơi giải quyết</th>
                <th scope="col">Ngày gửi</th>
                <th scope="col">Trạng thái</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr>
                  <td>
                    <a class="inbox-code" href={`/theo-doi/${r.code}`}>
                      {r.code}
                    </a>
                  </td>
                  <td>{r.title}</td>
                  <td>{pick(lang, KIND_LABELS[r.kind])}</td>
                  <td>{r.unit_name}</td>
                  <td>{showDate(lang, r.received_on)}</td>
                  <td>
                    <Badge tone={r.answered_on ? "ok" : "info"}>
                      {pick(lang, STATUS_LABELS[r.status] ?? { vi: r.status, en: r.status })}
                    </Badge>
                    {r.due_on && !r.answered_on ? ` · hạn ${showDate(lang, r.due_on)}` : ""}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </>,
    );
  });
}
