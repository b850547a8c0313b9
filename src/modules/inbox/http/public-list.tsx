import type { Hono } from "hono";
import { sql } from "kysely";
import type { AppDeps, AppEnv } from "../../../core/http/env.ts";
import { renderPage } from "../../../core/http/page.tsx";
import { type Lang, pick, showDate } from "../../../core/i18n/lang.ts";
import { Badge, EmptyState } from "../../../core/views/components.tsx";
import { loadUnit, unitCrumbs } from "../../org/index.ts";
import { KIND_LABELS } from "../domain/kinds.ts";
import { villagesOf } from "../queries/villages.ts";
import { KindList } from "./public-kinds.tsx";

// The unit's public inbox page: how to send and follow, and the answered items their senders
// agreed to publish — title, content and answer only, never who sent them (law2.md §9; T13 asks
// that results be published).

const PAGE = 20;
const VERDICT: Record<string, string> = {
  right: "đúng",
  partly_right: "đúng một phần",
  false: "sai sự thật",
};

const FEEDBACK_KINDS = ["phan_anh", "kien_nghi"] as const;

interface Filters {
  year: number | null;
  village: string | null;
  kind: string | null;
  page: number;
}

/** The list's address with its filters (and a page), for the pager. */
function listHref(base: string, f: Filters, page: number): string {
  const q = new URLSearchParams();
  if (f.year) q.set("nam", String(f.year));
  if (f.village) q.set("thon", f.village);
  if (f.kind) q.set("loai", f.kind);
  if (page > 1) q.set("trang", String(page));
  const s = q.toString();
  return s ? `${base}?${s}` : base;
}

function readFilters(query: (k: string) => string | undefined): Filters {
  const year = Number(query("nam"));
  const kind = query("loai");
  return {
    year: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : null,
    village: query("thon")?.trim() || null,
    kind: kind && (FEEDBACK_KINDS as readonly string[]).includes(kind) ? kind : null,
    page: Math.min(10_000, Math.max(1, Math.floor(Number(query("trang"))) || 1)),
  };
}

function FilterForm(p: {
  lang: Lang;
  base: string;
  f: Filters;
  villages: { code: string; name: string }[];
}) {
  return (
    <form method="get" action={p.base} class="inline-form">
      <label for="f-nam">Năm trả lời</label>
      <input
        id="f-nam"
        name="nam"
        inputmode="numeric"
        value={p.f.year ? String(p.f.year) : ""}
        size={6}
      />
      {p.villages.length > 0 ? (
        <>
          <label for="f-thon">Thôn, tổ dân phố</label>
          <select id="f-thon" name="thon">
            <option value="">Tất cả</option>
            {p.villages.map((v) => (
              <option value={v.code} selected={p.f.village === v.code}>
                {v.name}
              </option>
            ))}
          </select>
        </>
      ) : null}
      <label for="f-loai">Loại</label>
      <select id="f-loai" name="loai">
        <option value="">Tất cả</option>
        {FEEDBACK_KINDS.map((k) => (
          <option value={k} selected={p.f.kind === k}>
            {pick(p.lang, KIND_LABELS[k])}
          </option>
        ))}
      </select>
      <button type="submit">Lọc</button>
    </form>
  );
}

export function inboxPublicList(app: Hono<AppEnv>, deps: AppDeps) {
  app.get("/u/:code/phan-anh", async (c) => {
    const lang = c.get("lang");
    const loaded = await loadUnit(deps.db, c.req.param("code"));
    const unit = loaded.unit;
    // Items of a village live at its commune, with the village kept.
    const village = unit.kind === "village" || unit.kind === "residential_group";
    const f = readFilters((k) => c.req.query(k));
    const villages = village ? [] : await villagesOf(deps.db, unit.id);
    const chosenVillage = villages.find((v) => v.code === f.village) ?? null;
    // Only what the sender agreed to publish, once answered; never who sent it.
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
        "i.answered_late as late",
        "v.name as village_name",
      ])
      .where("i.publish", "=", true)
      .where("i.status", "in", ["answered", "closed"]);
    q = village ? q.where("i.village_id", "=", unit.id) : q.where("i.unit_id", "=", unit.id);
    if (chosenVillage) q = q.where("i.village_id", "=", chosenVillage.id);
    if (f.kind) q = q.where("i.kind", "=", f.kind as (typeof FEEDBACK_KINDS)[number]);
    if (f.year)
      q = q
        .where("i.answered_on", ">=", `${f.year}-01-01`)
        .where("i.answered_on", "<=", `${f.year}-12-31`);
    const rows = await q
      .orderBy("i.answered_on", "desc")
      .orderBy("i.id", "desc")
      .limit(PAGE + 1)
      .offset((f.page - 1) * PAGE)
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
        <h1>Phản ánh, kiến nghị, khiếu nại, tố cáo — {unit.name}</h1>
        <section class="inbox-how" aria-labelledby="h-send">
          <h2 id="h-send">Gửi đến {unit.name}</h2>
          <p>
            Ai cũng có thể gửi, không cần đăng nhập. Sau khi gửi, bạn nhận một mã theo dõi để xem
            tiến độ và câu trả lời. Thông tin cá nhân của bạn không bao giờ hiện trên trang công
            khai.
          </p>
          <p>
            <a class="button" href={`${base}/gui`}>
              Gửi phản ánh, kiến nghị, khiếu nại, tố cáo
            </a>
          </p>
          <p>Hoặc chọn ngay loại đơn:</p>
          <KindList lang={lang} code={unit.code} />
        </section>
        <section class="inbox-how" aria-labelledby="h-follow">
          <h2 id="h-follow">Theo dõi đơn đã gửi</h2>
          <form method="get" action="/theo-doi" class="inline-form">
            <label for="f-ma">Mã theo dõi</label>
            <input
              id="f-ma"
              name="ma"
              required
              maxlength={24}
              autocomplete="off"
              placeholder="PA-2611-7KQ3M9TX"
            />
            <button type="submit">Xem tiến độ</button>
          </form>
          <p>
            <a href={`${base}/thong-ke`}>Số liệu tiếp nhận, giải quyết</a>
          </p>
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
        <section aria-labelledby="h-answers">
          <h2 id="h-answers">Các câu trả lời đã công khai</h2>
          <p class="muted">
            Chỉ những phản ánh, kiến nghị mà người gửi đồng ý công khai, đã được trả lời; mới nhất
            trước. Không kèm tên, địa chỉ, số điện thoại của người gửi.
          </p>
          <FilterForm lang={lang} base={base} f={f} villages={villages} />
          {rows.length === 0 ? (
            <EmptyState title="Chưa có câu trả lời nào được công khai." />
          ) : (
            <ul class="inbox-published">
              {rows.slice(0, PAGE).map((r) => (
                <li>
                  <h3>{r.title}</h3>
                  <p class="muted">
                    {pick(lang, KIND_LABELS[r.kind])}
                    {r.village_name ? ` · ${r.village_name}` : ""} · nhận ngày{" "}
                    {showDate(lang, r.received_on)} · trả lời ngày {showDate(lang, r.answered_on)}{" "}
                    {r.late ? (
                      <Badge tone="warn">Trả lời chậm</Badge>
                    ) : (
                      <Badge tone="ok">Đúng hạn</Badge>
                    )}
                  </p>
                  <p class="inbox-content">{r.content}</p>
                  <div class="inbox-answer">
                    <strong>Trả lời:</strong> {r.answer}
                  </div>
                </li>
              ))}
            </ul>
          )}
          <nav aria-label="Trang" class="pager">
            {f.page > 1 ? <a href={listHref(base, f, f.page - 1)}>← Trang trước</a> : <span />}
            {more ? <a href={listHref(base, f, f.page + 1)}>Trang sau →</a> : null}
          </nav>
        </section>
      </>,
    );
  });
}
