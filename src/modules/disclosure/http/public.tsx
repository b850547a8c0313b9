import type { Context, Hono } from "hono";
import type { RequestContext } from "../../../core/context/request-context.ts";
import type { Executor } from "../../../core/db/database.ts";
import { AppError } from "../../../core/errors.ts";
import type { AppDeps, AppEnv } from "../../../core/http/env.ts";
import { renderPage } from "../../../core/http/page.tsx";
import { pick, showDate } from "../../../core/i18n/lang.ts";
import { Badge, EmptyState, Notice } from "../../../core/views/components.tsx";
import { chainToUnit, loadUnit, unitCrumbs } from "../../org/index.ts";
import {
  attachmentsOf,
  evidenceOf,
  type PublicListFilter,
  publicListing,
  publicListingByCode,
  versionsOf,
} from "../db/disclosure.repo.ts";
import { PrintableNotice } from "../documents/notice-view.tsx";
import { qrSvg } from "../documents/qr.ts";
import { categoriesOf, categoryOf, regimeOf } from "../domain/catalogues.ts";
import { FORM_LABEL } from "../domain/form-labels.ts";
import { loadVisibleItem, seesMembersItems } from "../queries/visible-item.ts";

const T = {
  title: { vi: "Thông tin công khai", en: "Disclosures" },
  search: {
    vi: "Tìm trong nội dung công khai (gõ không dấu cũng được)",
    en: "Search disclosures (diacritics optional)",
  },
  year: { vi: "Năm", en: "Year" },
  category: { vi: "Lĩnh vực", en: "Category" },
  village: { vi: "Thôn, tổ dân phố", en: "Village" },
  all: { vi: "Tất cả", en: "All" },
  filter: { vi: "Lọc", en: "Filter" },
  none: { vi: "Chưa có nội dung công khai phù hợp.", en: "No matching disclosures." },
  published: { vi: "Công khai ngày", en: "Published on" },
  version: { vi: "Phiên bản", en: "Version" },
  basis: { vi: "Căn cứ", en: "Basis" },
  versions: { vi: "Các phiên bản", en: "Versions" },
  attachments: { vi: "Tệp đính kèm", en: "Attachments" },
  forms: { vi: "Đã công khai bằng các hình thức", en: "Disclosed through" },
  print: { vi: "In bản niêm yết (A4)", en: "Print the notice (A4)" },
  feed: { vi: "Theo dõi (Atom)", en: "Follow (Atom feed)" },
  superseded: {
    vi: "Nội dung này đã được thay bằng phiên bản mới.",
    en: "This has been replaced by a newer version.",
  },
  withdrawn: { vi: "Nội dung này đã bị thu hồi. Lý do:", en: "This was withdrawn. Reason:" },
  internal: { vi: "Công khai nội bộ", en: "Internal" },
  next: { vi: "Trang sau →", en: "Next page →" },
  request: { vi: "Yêu cầu cung cấp thông tin", en: "Request information" },
};

const PAGE = 20;

/** "Tỉnh", "Thành phố": the word before a province-level unit's name in an issuer's line. */
const PARENT_KIND_WORD: Record<string, string> = { province: "Tỉnh", central_city: "Thành phố" };

/**
 * The issuing body's lines on a printed notice: the commune's People's Committee under its
 * province's ("ỦY BAN NHÂN DÂN TỈNH …", NĐ 30/2020 Annex I), or the unit.
 */
function issuerLines(
  regime: string,
  unitName: string,
  parent: { name: string; kind: string } | undefined,
): string[] {
  if (regime !== "commune") return [unitName.toUpperCase()];
  const word = parent ? PARENT_KIND_WORD[parent.kind] : undefined;
  const parentName = parent?.name.replace(/ \(.*\)$/, "");
  const lines = parentName
    ? [`ỦY BAN NHÂN DÂN ${word ? `${word} ` : ""}${parentName}`.toUpperCase()]
    : [];
  return [...lines, `ỦY BAN NHÂN DÂN ${unitName.toUpperCase()}`];
}
const queryInt = (v: string | undefined) => (v && /^\d{1,6}$/.test(v) ? Number(v) : null);

/**
 * The unit, its chain and villages, and a page of its published items. A viewer without any
 * grant (every anonymous visitor) sees no unit's members-only items, so the items need not wait
 * for the unit: the whole page comes in one statement. Others need the unit first (2 statements).
 */
async function loadListing(
  db: Executor,
  ctx: RequestContext,
  code: string,
  filter: Omit<PublicListFilter, "unitId" | "includeMembers">,
) {
  if (ctx.actor.grants.length === 0) {
    const page = { ...filter, includeMembers: false };
    const { chain, rows, villages } = await publicListingByCode(db, code, page);
    return { ...chainToUnit(code, chain), members: false, rows, villages };
  }
  const loaded = await loadUnit(db, code);
  const members = seesMembersItems(ctx, loaded.unit.path);
  const page = { ...filter, unitId: loaded.unit.id, includeMembers: members };
  const { rows, villages } = await publicListing(db, page);
  return { ...loaded, members, rows, villages };
}

export function disclosurePublicPages(app: Hono<AppEnv>, deps: AppDeps) {
  const listPage = async (c: Context<AppEnv>) => {
    const lang = c.get("lang");
    const ctx = c.get("ctx");
    const q = (c.req.query("q") ?? "").trim().slice(0, 100);
    const year = queryInt(c.req.query("nam"));
    const categoryCode = (c.req.query("linh-vuc") ?? "").slice(0, 4) || null;
    const villageId = queryInt(c.req.query("thon"));
    const page = Math.max(1, Math.min(500, queryInt(c.req.query("trang")) ?? 1));
    const { unit, chain, members, rows, villages } = await loadListing(
      deps.db,
      ctx,
      c.req.param("code") ?? "",
      {
        year,
        category: categoryCode,
        villageId,
        search: q || null,
        limit: PAGE + 1,
        offset: (page - 1) * PAGE,
      },
    );
    const regime = regimeOf(unit.kind);
    if (!regime)
      throw new AppError("not_found", "Đơn vị này không có nghĩa vụ công khai thông tin.");
    if (regime !== "commune" && !members) {
      if (ctx.actor.kind === "anonymous") {
        throw new AppError(
          "unauthenticated",
          "Thông tin công khai của cơ quan, doanh nghiệp chỉ dành cho cán bộ, người lao động của đơn vị. Vui lòng đăng nhập.",
        );
      }
      throw new AppError(
        "forbidden",
        "Thông tin này chỉ công khai nội bộ cho cán bộ, người lao động của đơn vị và cơ quan giám sát.",
      );
    }
    const categories = categoriesOf(regime);
    const thisYear = Number(new Date().toISOString().slice(0, 4));
    const years = Array.from({ length: 5 }, (_, i) => thisYear - i);
    const more = rows.length > PAGE;
    const params = new URLSearchParams({
      ...(q ? { q } : {}),
      ...(year ? { nam: String(year) } : {}),
      ...(categoryCode ? { "linh-vuc": categoryCode } : {}),
      ...(villageId ? { thon: String(villageId) } : {}),
    });
    return renderPage(
      c,
      {
        title: `${pick(lang, T.title)} — ${unit.full_name}`,
        crumbs: unitCrumbs(lang, chain, "/u", [{ label: pick(lang, T.title) }]),
        publicCache: regime === "commune",
      },
      <>
        <h1>
          {pick(lang, T.title)} <span class="muted">— {unit.full_name}</span>
        </h1>
        <form method="get" class="filters" role="search">
          <div class="field">
            <label for="q">{pick(lang, T.search)}</label>
            <input type="search" id="q" name="q" value={q} maxlength={100} />
          </div>
          <div class="row">
            <div class="field">
              <label for="nam">{pick(lang, T.year)}</label>
              <select id="nam" name="nam">
                <option value="">{pick(lang, T.all)}</option>
                {years.map((y) => (
                  <option value={String(y)} selected={y === year}>
                    {y}
                  </option>
                ))}
              </select>
            </div>
            <div class="field">
              <label for="linh-vuc">{pick(lang, T.category)}</label>
              <select id="linh-vuc" name="linh-vuc">
                <option value="">{pick(lang, T.all)}</option>
                {categories.map((k) => (
                  <option value={k.code} selected={k.code === categoryCode}>
                    {k.code}. {pick(lang, k.title)}
                  </option>
                ))}
              </select>
            </div>
            {villages.length > 0 ? (
              <div class="field">
                <label for="thon">{pick(lang, T.village)}</label>
                <select id="thon" name="thon">
                  <option value="">{pick(lang, T.all)}</option>
                  {villages.map((v) => (
                    <option value={String(v.id)} selected={v.id === villageId}>
                      {v.full_name}
                    </option>
                  ))}
                </select>
              </div>
            ) : null}
          </div>
          <button type="submit">{pick(lang, T.filter)}</button>
        </form>
        <p class="actions">
          <a href={`/u/${unit.code}/cong-khai.atom`}>{pick(lang, T.feed)}</a>
          {regime === "commune" ? (
            <a href={`/u/${unit.code}/yeu-cau-thong-tin`}>{pick(lang, T.request)}</a>
          ) : null}
        </p>
        {rows.length === 0 ? (
          <EmptyState title={pick(lang, T.none)} />
        ) : (
          <ol class="items">
            {rows.slice(0, PAGE).map((r) => (
              <li class="item">
                <h2>
                  <a href={`/u/${unit.code}/cong-khai/${r.id}`}>{r.title}</a>
                </h2>
                <p class="muted">
                  {pick(lang, T.published)} {showDate(lang, r.published_on)} · {r.category}.{" "}
                  {pick(lang, categoryOf(regime, r.category)?.title ?? { vi: "", en: "" })}
                  {r.version > 1 ? ` · ${pick(lang, T.version)} ${r.version}` : ""}
                  {r.visibility === "members" ? (
                    <>
                      {" "}
                      <Badge tone="warn">{pick(lang, T.internal)}</Badge>
                    </>
                  ) : null}
                </p>
                {r.summary ? <p>{r.summary}</p> : null}
              </li>
            ))}
          </ol>
        )}
        {more ? (
          <p>
            <a href={`?${params.toString()}${params.size ? "&" : ""}trang=${page + 1}`}>
              {pick(lang, T.next)}
            </a>
          </p>
        ) : null}
      </>,
    );
  };

  app.get("/u/:code/cong-khai", listPage);

  app.get("/u/:code/cong-khai/:id{[0-9]+}", async (c) => {
    const lang = c.get("lang");
    const { unit, chain } = await loadUnit(deps.db, c.req.param("code"));
    const item = await loadVisibleItem(deps.db, c.get("ctx"), unit.id, Number(c.req.param("id")));
    const [versions, files, evidence] = await Promise.all([
      versionsOf(deps.db, item.series_id),
      attachmentsOf(deps.db, item.id),
      evidenceOf(deps.db, [item.id]),
    ]);
    const category = categoryOf(item.regime, item.category);
    const current = versions.find((v) => v.status === "published");
    return renderPage(
      c,
      {
        title: item.title,
        crumbs: unitCrumbs(lang, chain, "/u", [
          { label: pick(lang, T.title), href: `/u/${unit.code}/cong-khai` },
          { label: item.title },
        ]),
        publicCache: item.visibility === "public",
      },
      <article>
        <h1>{item.title}</h1>
        {item.status === "superseded" && current ? (
          <Notice tone="warn">
            {pick(lang, T.superseded)}{" "}
            <a href={`/u/${unit.code}/cong-khai/${current.id}`}>
              {pick(lang, T.version)} {current.version}
            </a>
          </Notice>
        ) : null}
        {item.status === "withdrawn" ? (
          <Notice tone="bad">
            {pick(lang, T.withdrawn)} {item.withdrawn_reason}
          </Notice>
        ) : null}
        <dl class="facts">
          <dt>{pick(lang, T.category)}</dt>
          <dd>
            {item.category}. {category ? pick(lang, category.title) : ""}
          </dd>
          <dt>{pick(lang, T.basis)}</dt>
          <dd>
            {[item.basis_number, showDate(lang, item.basis_date), item.basis_issuer]
              .filter(Boolean)
              .join(" — ")}
          </dd>
          <dt>{pick(lang, T.published)}</dt>
          <dd>{showDate(lang, item.published_on)}</dd>
          <dt>{pick(lang, T.version)}</dt>
          <dd>{item.version}</dd>
        </dl>
        {item.summary ? <p class="lead">{item.summary}</p> : null}
        {item.body
          .split(/\n{2,}/)
          .filter((p) => p.trim())
          .map((p) => (
            <p>{p}</p>
          ))}
        {files.length > 0 ? (
          <section aria-labelledby="files">
            <h2 id="files">{pick(lang, T.attachments)}</h2>
            <ul>
              {files.map((f) => (
                <li>
                  <a href={`/u/${unit.code}/cong-khai/${item.id}/tep/${f.id}`}>{f.file_name}</a>{" "}
                  <span class="muted">({Math.ceil(f.byte_size / 1024)} KB)</span>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {evidence.length > 0 ? (
          <section aria-labelledby="forms">
            <h2 id="forms">{pick(lang, T.forms)}</h2>
            <ul>
              {evidence.map((e) => (
                <li>
                  {pick(lang, FORM_LABEL[e.form])}
                  {e.village_name ? ` — ${e.village_name}` : ""}: {showDate(lang, e.from_date)}
                  {e.to_date && e.to_date !== e.from_date
                    ? ` – ${showDate(lang, e.to_date)}`
                    : e.to_date
                      ? ""
                      : " – …"}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {versions.length > 1 ? (
          <section aria-labelledby="versions">
            <h2 id="versions">{pick(lang, T.versions)}</h2>
            <ol>
              {versions.map((v) => (
                <li>
                  {v.id === item.id ? (
                    <strong>
                      {pick(lang, T.version)} {v.version}
                    </strong>
                  ) : (
                    <a href={`/u/${unit.code}/cong-khai/${v.id}`}>
                      {pick(lang, T.version)} {v.version}
                    </a>
                  )}{" "}
                  — {showDate(lang, v.published_on)} <span class="muted">({v.status})</span>
                </li>
              ))}
            </ol>
          </section>
        ) : null}
        <p class="actions no-print">
          <a class="button secondary" href={`/u/${unit.code}/cong-khai/${item.id}/in`}>
            {pick(lang, T.print)}
          </a>
        </p>
      </article>,
    );
  });

  app.get("/u/:code/cong-khai/:id{[0-9]+}/in", async (c) => {
    const lang = c.get("lang");
    const { unit, chain } = await loadUnit(deps.db, c.req.param("code"));
    const item = await loadVisibleItem(deps.db, c.get("ctx"), unit.id, Number(c.req.param("id")));
    const category = categoryOf(item.regime, item.category);
    const url = `${new URL(c.req.url).origin}/u/${unit.code}/cong-khai/${item.id}`;
    const parent = chain.length > 1 ? chain[chain.length - 2] : undefined;
    return renderPage(
      c,
      {
        title: item.title,
        crumbs: unitCrumbs(lang, chain, "/u", [
          { label: item.title, href: `/u/${unit.code}/cong-khai/${item.id}` },
          { label: pick(lang, T.print) },
        ]),
        publicCache: item.visibility === "public",
      },
      <>
        <p class="no-print muted">
          {lang === "vi"
            ? "Dùng lệnh In của trình duyệt (Ctrl+P) để in bản niêm yết khổ A4."
            : "Use the browser's Print command (Ctrl+P) to print this A4 notice."}
        </p>
        <PrintableNotice
          lang={lang}
          unitFullName={unit.full_name}
          issuerHeaderLines={issuerLines(item.regime, unit.full_name, parent)}
          title={item.title}
          categoryTitle={
            category ? `${item.category}. ${pick(lang, category.title)}` : item.category
          }
          summary={item.summary}
          body={item.body}
          basisRef={[item.basis_number, showDate(lang, item.basis_date), item.basis_issuer]
            .filter(Boolean)
            .join(" — ")}
          publishedOn={item.published_on ?? ""}
          url={url}
          qrSvgMarkup={await qrSvg(url)}
        />
      </>,
    );
  });

  app.get("/u/:code/cong-khai/:id{[0-9]+}/tep/:fileId{[0-9]+}", async (c) => {
    const { unit } = await loadUnit(deps.db, c.req.param("code"));
    const item = await loadVisibleItem(deps.db, c.get("ctx"), unit.id, Number(c.req.param("id")));
    const file = (await attachmentsOf(deps.db, item.id)).find(
      (f) => f.id === Number(c.req.param("fileId")),
    );
    if (!file) throw new AppError("not_found", "Không có tệp này.");
    const bytes = await deps.storage.get(file.storage_key);
    c.header("Content-Type", file.mime);
    c.header(
      "Content-Disposition",
      `attachment; filename*=UTF-8''${encodeURIComponent(file.file_name)}`,
    );
    c.header(
      "Cache-Control",
      item.visibility === "public" ? "public, max-age=86400, immutable" : "private, no-store",
    );
    c.header("ETag", `"${file.sha256}"`);
    return c.body(new Uint8Array(bytes));
  });
}
