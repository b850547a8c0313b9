import type { Context, Hono } from "hono";
import { sql } from "kysely";
import type { Executor } from "../../../core/db/database.ts";
import { AppError } from "../../../core/errors.ts";
import type { AppDeps, AppEnv } from "../../../core/http/env.ts";
import { readForm } from "../../../core/http/forms.ts";
import { renderPage } from "../../../core/http/page.tsx";
import { pick } from "../../../core/i18n/lang.ts";
import {
  CsrfField,
  EmptyState,
  ErrorSummary,
  Field,
  type FieldErrors,
  Notice,
} from "../../../core/views/components.tsx";
import {
  AdminHeader,
  adminCrumbs,
  type LoadedUnit,
  loadUnit,
  loadUnitForAdmin,
  unitCrumbs,
} from "../../org/index.ts";
import { rateService } from "../commands/rate-service.ts";
import {
  describeTally,
  RATING_LABELS,
  RATING_LEVELS,
  type Tally,
  tallyOfLevels,
} from "../domain/satisfaction.ts";
import { runHandling } from "./run.ts";

// R48 (Luật 10/2022 Art 35.2a): a running channel where anyone rates the commune's services and
// the officials who handled their procedures, and the results per service and per official,
// which only the head of the unit and the upper level see (policy inbox.ratings.read). Ratings
// of a handled case (rate-item) count too, for the official it was assigned to.

const COMMUNE_KINDS = ["commune", "ward", "special_zone"];

function ratingForm(
  c: Context<AppEnv>,
  loaded: LoadedUnit,
  v: Record<string, string>,
  errors: FieldErrors,
  done: boolean,
  status: 200 | 400 = 200,
) {
  const lang = c.get("lang");
  const base = `/u/${loaded.unit.code}/danh-gia`;
  return renderPage(
    c,
    {
      title: `Đánh giá sự hài lòng — ${loaded.unit.name}`,
      status,
      crumbs: unitCrumbs(lang, loaded.chain, "/u", [{ label: "Đánh giá sự hài lòng" }]),
    },
    <>
      <h1>Đánh giá sự hài lòng — {loaded.unit.name}</h1>
      <p>
        Đánh giá mức độ hài lòng của bạn với dịch vụ của xã hoặc với cán bộ đã giải quyết thủ tục
        cho bạn (Luật Thực hiện dân chủ ở cơ sở Điều 35.2a). Không cần đăng nhập; chủ tịch xã và cấp
        trên xem kết quả, không biết ai đánh giá.
      </p>
      {done ? <Notice tone="ok">Cảm ơn bạn đã đánh giá.</Notice> : null}
      <form method="post" action={base} class="stack">
        <CsrfField token={c.get("csrf")()} />
        <ErrorSummary lang={lang} errors={errors} />
        <fieldset>
          <legend>Bạn đánh giá</legend>
          <div class="field field-check">
            <input
              id="f-subject-service"
              type="radio"
              name="subject"
              value="service"
              checked={v.subject !== "official"}
            />
            <label for="f-subject-service">Dịch vụ, thủ tục của xã</label>
          </div>
          <div class="field field-check">
            <input
              id="f-subject-official"
              type="radio"
              name="subject"
              value="official"
              checked={v.subject === "official"}
            />
            <label for="f-subject-official">Cán bộ đã giải quyết thủ tục cho tôi</label>
          </div>
        </fieldset>
        <Field
          name="service"
          label="Thủ tục, dịch vụ đã sử dụng (ví dụ: chứng thực bản sao)"
          value={v.service}
          errors={errors}
          required
          maxlength={200}
        />
        <Field
          name="officialName"
          label="Họ tên cán bộ (khi đánh giá cán bộ)"
          value={v.officialName}
          errors={errors}
          maxlength={200}
        />
        <fieldset>
          <legend>Mức độ hài lòng</legend>
          {RATING_LEVELS.map((level) => (
            <div class="field field-check">
              <input
                id={`f-level-${level}`}
                type="radio"
                name="level"
                value={String(level)}
                required
                checked={v.level === String(level)}
              />
              <label for={`f-level-${level}`}>
                {level} — {pick(lang, RATING_LABELS[level])}
              </label>
            </div>
          ))}
        </fieldset>
        <div class="field">
          <label for="f-comment">Ý kiến thêm (không bắt buộc)</label>
          <textarea id="f-comment" name="comment" rows={3} maxlength={2000}>
            {v.comment ?? ""}
          </textarea>
        </div>
        <button type="submit">Gửi đánh giá</button>
      </form>
    </>,
  );
}

type Levels = Tally["byLevel"];
const levels = (r: { l1: number; l2: number; l3: number; l4: number; l5: number }): Levels => [
  r.l1,
  r.l2,
  r.l3,
  r.l4,
  r.l5,
];

/** Counts per level grouped by a key, for the unit (service and official ratings, and rated cases). */
async function tallies(
  db: Executor,
  unitPath: string,
  key: "service" | "official" | "unit",
  year: number,
) {
  const keyExpr =
    key === "service"
      ? sql`r.service`
      : key === "official"
        ? sql`coalesce(r.official_name, p.full_name)`
        : sql`u.name`;
  const rows = await sql<{
    k: string | null;
    l1: number;
    l2: number;
    l3: number;
    l4: number;
    l5: number;
  }>`
    select ${keyExpr} as k,
           count(*) filter (where r.level = 1)::int as l1, count(*) filter (where r.level = 2)::int as l2,
           count(*) filter (where r.level = 3)::int as l3, count(*) filter (where r.level = 4)::int as l4,
           count(*) filter (where r.level = 5)::int as l5
      from inbox_rating r
      join org_unit u on u.id = r.unit_id
      left join auth_account a on a.id = r.official_account_id
      left join people_person p on p.id = a.person_id
     where u.path <@ ${unitPath}::ltree and extract(year from r.rated_on) = ${year}
     group by 1 order by 1`.execute(db);
  return rows.rows
    .filter((r) => r.k !== null)
    .map((r) => ({ key: r.k as string, tally: tallyOfLevels(levels(r)) }));
}

function TallyTable(p: { caption: string; rows: { key: string; tally: Tally }[] }) {
  if (p.rows.length === 0) return <EmptyState title={`${p.caption}: chưa có đánh giá.`} />;
  return (
    <table class="table">
      <caption>{p.caption}</caption>
      <thead>
        <tr>
          <th scope="col">Tên</th>
          <th scope="col">Số lượt</th>
          <th scope="col">1–2 (không hài lòng)</th>
          <th scope="col">4–5 (hài lòng)</th>
          <th scope="col">Kết quả</th>
        </tr>
      </thead>
      <tbody>
        {p.rows.map((r) => (
          <tr>
            <th scope="row">{r.key}</th>
            <td>{r.tally.count}</td>
            <td>{r.tally.dissatisfied}</td>
            <td>{r.tally.satisfied}</td>
            <td>{describeTally(r.tally)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function inboxRatingPages(app: Hono<AppEnv>, deps: AppDeps) {
  app.get("/u/:code/danh-gia", async (c) => {
    const loaded = await loadUnit(deps.db, c.req.param("code"));
    if (!COMMUNE_KINDS.includes(loaded.unit.kind))
      throw new AppError("not_found", "Đơn vị này không nhận đánh giá sự hài lòng.");
    return ratingForm(c, loaded, {}, {}, c.req.query("da-gui") === "1");
  });

  app.post("/u/:code/danh-gia", async (c) => {
    const loaded = await loadUnit(deps.db, c.req.param("code"));
    const v = await readForm(c);
    try {
      await runHandling(c, { action: "inbox.rating.record", unitId: loaded.unit.id }, (h) =>
        rateService(h, loaded.unit, {
          subject: v.subject === "official" ? "official" : "service",
          service: v.service ?? "",
          officialName: v.officialName ?? null,
          level: Number(v.level),
          comment: v.comment ?? "",
        }),
      );
      return c.redirect(`/u/${loaded.unit.code}/danh-gia?da-gui=1`, 303);
    } catch (err) {
      if (err instanceof AppError && err.code === "validation")
        return ratingForm(c, loaded, v, { [err.field ?? "_form"]: err.message }, false, 400);
      throw err;
    }
  });

  app.get("/quan-tri/:code/phan-anh/danh-gia", async (c) => {
    const lang = c.get("lang");
    const loaded = await loadUnitForAdmin(
      deps.db,
      c.get("ctx"),
      c.req.param("code"),
      "inbox.ratings.read",
    );
    const asked = Number(c.req.query("nam"));
    const now = new Date(Date.now() + 7 * 3_600_000).getUTCFullYear();
    const year = Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : now;
    const [units, services, officials] = await Promise.all([
      tallies(deps.db, loaded.unit.path, "unit", year),
      tallies(deps.db, loaded.unit.path, "service", year),
      tallies(deps.db, loaded.unit.path, "official", year),
    ]);
    return renderPage(
      c,
      {
        title: `Kết quả đánh giá sự hài lòng năm ${year}`,
        crumbs: adminCrumbs(lang, loaded, "Đánh giá sự hài lòng"),
      },
      <>
        <AdminHeader c={c} loaded={loaded} current="phan-anh" />
        <h2>Kết quả đánh giá sự hài lòng năm {year}</h2>
        <p class="muted">
          Gồm đánh giá dịch vụ, đánh giá cán bộ và đánh giá của người gửi về việc giải quyết phản
          ánh, kiến nghị (tính cho cán bộ được giao). Trung bình và tỷ lệ tính bằng số nguyên, làm
          tròn nửa lên (R48).
        </p>
        <TallyTable caption="Theo đơn vị" rows={units} />
        <TallyTable caption="Theo thủ tục, dịch vụ" rows={services} />
        <TallyTable caption="Theo cán bộ" rows={officials} />
      </>,
    );
  });
}
