import type { Hono } from "hono";
import { sql } from "kysely";
import type { AppDeps, AppEnv } from "../../../core/http/env.ts";
import { renderPage } from "../../../core/http/page.tsx";
import { pick, showDate } from "../../../core/i18n/lang.ts";
import { Badge, EmptyState } from "../../../core/views/components.tsx";
import { loadUnit, unitCrumbs } from "../../org/index.ts";
import { ANONYMITY, KIND_LABELS, TRACK_LABELS } from "../domain/kinds.ts";

// The unit's public inbox page: how to send and follow, and the answered items their senders
// agreed to publish — title, content and answer only, never who sent them (law2.md §9; T13 asks
// that results be published).

const PAGE = 20;
const VERDICT: Record<string, string> = {
  right: "đúng",
  partly_right: "đúng một phần",
  false: "sai sự thật",
};

export function inboxPublicList(app: Hono<AppEnv>, deps: AppDeps) {
  app.get("/u/:code/phan-anh", async (c) => {
    const lang = c.get("lang");
    const loaded = await loadUnit(deps.db, c.req.param("code"));
    const unit = loaded.unit;
    // Items of a village live at its commune, with the village kept.
    const village = unit.kind === "village" || unit.kind === "residential_group";
    const year = Number(c.req.query("nam")) || null;
    const pageNo = Math.max(1, Number(c.req.query("trang")) || 1);
    let q = deps.db
      .selectFrom("inbox_item as i")
      .leftJoin("org_unit as v", "v.id", "i.village_id")
      .select([
        "i.id",
        "i.kind",
        "i.title",
        "i.content",
        "i.received_on",
        "i.answered_on",
        "i.answer",
        "i.due_on",
        "i.answered_late as late",
        "v.name as village_name",
      ])
      .where("i.publish", "=", true)
      .where("i.status", "in", ["answered", "closed"]);
    q = village ? q.where("i.village_id", "=", unit.id) : q.where("i.unit_id", "=", unit.id);
    if (year) q = q.where(sql<boolean>`extract(year from i.answered_on) = ${year}`);
    const rows = await q
      .orderBy("i.answered_on", "desc")
      .orderBy("i.id", "desc")
      .limit(PAGE + 1)
      .offset((pageNo - 1) * PAGE)
      .execute();
    const more = rows.length > PAGE;
    // Denunciation conclusions are published without the denouncer (Luật TC Art 40; T35): the
    // number, date and verdict here, the text as the public DOCX.
    const conclusions = village
      ? []
      : await deps.db
          .selectFrom("inbox_document as d")
          .select(["d.item_id", "d.number", "d.issued_on"])
          .select(sql<string>`d.fields->>'verdict'`.as("verdict"))
          .where("d.unit_id", "=", unit.id)
          .where("d.kind", "=", "denunciation_conclusion")
          .orderBy("d.issued_on", "desc")
          .limit(20)
          .execute();
    const base = `/u/${unit.code}/phan-anh`;
    return renderPage(
      c,
      {
        title: `Phản ánh, kiến nghị — ${unit.name}`,
        publicCache: true,
        crumbs: unitCrumbs(lang, loaded.chain, "/u", [{ label: "Phản ánh, kiến nghị" }]),
      },
      <>
        <h1>Phản ánh, kiến nghị, khiếu nại, tố cáo</h1>
        <section class="inbox-how">
          <h2>Gửi và theo dõi</h2>
          <p>
            <a class="button" href={`${base}/gui`}>
              Gửi phản ánh, kiến nghị, khiếu nại, tố cáo
            </a>{" "}
            <a href="/theo-doi">Theo dõi bằng mã theo dõi</a> ·{" "}
            <a href={`${base}/thong-ke`}>Số liệu tiếp nhận, giải quyết</a>
          </p>
          <ul>
            {(["grassroots", "complaint", "denunciation"] as const).map((t) => (
              <li>
                <strong>{TRACK_LABELS[t].vi}</strong> ({TRACK_LABELS[t].basis}):{" "}
                {ANONYMITY[t].allowed ? "có thể gửi ẩn danh." : "phải ghi họ tên, địa chỉ."}
              </li>
            ))}
          </ul>
        </section>
        {conclusions.length > 0 ? (
          <section>
            <h2>Kết luận nội dung tố cáo đã công khai</h2>
            <ul>
              {conclusions.map((k) => (
                <li>
                  <a href={`${base}/${k.item_id}/ket-luan.docx`}>
                    Kết luận số {k.number} ngày {showDate(lang, k.issued_on)}
                  </a>{" "}
                  — tố cáo {VERDICT[k.verdict] ?? "đã được kết luận"}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <section>
          <h2>Các câu trả lời đã công khai</h2>
          <form method="get" action={base} class="inline-form">
            <label for="f-nam">Năm trả lời</label>
            <input
              id="f-nam"
              name="nam"
              inputmode="numeric"
              value={year ? String(year) : ""}
              size={6}
            />
            <button type="submit">Lọc</button>
          </form>
          {rows.length === 0 ? (
            <EmptyState title="Chưa có câu trả lời nào được công khai." />
          ) : (
            <ul class="inbox-published">
              {rows.slice(0, PAGE).map((r) => (
                <li>
                  <h3>{r.title}</h3>
                  <p class="muted">
                    {pick(lang, KIND_LABELS[r.kind])}
                    {r.village_name ? ` · ${r.village_name}` : ""} · nhận{" "}
                    {showDate(lang, r.received_on)} · trả lời {showDate(lang, r.answered_on)}{" "}
                    {r.late ? (
                      <Badge tone="warn">Trả lời chậm</Badge>
                    ) : (
                      <Badge tone="ok">Đúng hạn</Badge>
                    )}
                  </p>
                  <p>{r.content}</p>
                  <p class="inbox-answer">
                    <strong>Trả lời:</strong> {r.answer}
                  </p>
                </li>
              ))}
            </ul>
          )}
          <nav aria-label="Trang" class="pager">
            {pageNo > 1 ? (
              <a href={`${base}?trang=${pageNo - 1}${year ? `&nam=${year}` : ""}`}>← Trang trước</a>
            ) : null}{" "}
            {more ? (
              <a href={`${base}?trang=${pageNo + 1}${year ? `&nam=${year}` : ""}`}>Trang sau →</a>
            ) : null}
          </nav>
        </section>
      </>,
    );
  });
}
