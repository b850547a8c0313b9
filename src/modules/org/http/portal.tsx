import type { Hono } from "hono";
import type { AppDeps, AppEnv } from "../../../core/http/env.ts";
import { renderPage } from "../../../core/http/page.tsx";
import { pick } from "../../../core/i18n/lang.ts";
import { Badge, EmptyState, SearchForm } from "../../../core/views/components.tsx";
import { childrenOf, countDescendantsByKind, rootUnits, searchUnits } from "../db/org.repo.ts";
import { UNIT_KIND_LABEL, type UnitKind } from "../domain/unit-kinds.ts";
import { loadUnit } from "../queries/load-unit.ts";
import { kindLabel, unitCrumbs } from "./present.ts";

const T = {
  home: { vi: "Trang chủ", en: "Home" },
  homeTitle: {
    vi: "Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng",
    en: "Residents know, discuss, act, inspect, supervise and benefit",
  },
  homeLead: {
    vi: "Tra cứu thông tin công khai, quyết định của cộng đồng và kết quả giải quyết ý kiến của xã, phường, thôn, tổ dân phố, cơ quan và doanh nghiệp.",
    en: "Find what communes, wards, villages, agencies and enterprises disclose, what their communities decide, and how feedback is answered.",
  },
  search: { vi: "Tìm đơn vị", en: "Find a unit" },
  searchHint: {
    vi: "Tên hoặc mã (gõ không dấu cũng được)",
    en: "Name or code (diacritics optional)",
  },
  searchButton: { vi: "Tìm", en: "Search" },
  results: { vi: "Kết quả tìm kiếm", en: "Search results" },
  noResults: { vi: "Không tìm thấy đơn vị phù hợp.", en: "No unit matches." },
  provinces: { vi: "Tỉnh, thành phố", en: "Provinces and cities" },
  noUnits: { vi: "Chưa có đơn vị nào.", en: "No units yet." },
  children: { vi: "Đơn vị trực thuộc", en: "Units under it" },
  noChildren: { vi: "Chưa có đơn vị trực thuộc.", en: "No units under it yet." },
  code: { vi: "Mã", en: "Code" },
  since: { vi: "từ", en: "since" },
  activity: { vi: "Hoạt động công khai", en: "Public activity" },
  nothingYet: { vi: "Đơn vị chưa có trang công khai nào.", en: "No public pages yet." },
  summary: { vi: "Tổng số đơn vị trực thuộc (mọi cấp)", en: "Units under it (all levels)" },
};

export function portalPages(app: Hono<AppEnv>, deps: AppDeps) {
  app.get("/", async (c) => {
    const lang = c.get("lang");
    const q = (c.req.query("q") ?? "").trim().slice(0, 100);
    const [roots, found] = await Promise.all([
      rootUnits(deps.db),
      q ? searchUnits(deps.db, q) : Promise.resolve(null),
    ]);
    return renderPage(
      c,
      { title: pick(lang, T.home), publicCache: true },
      <>
        <h1>{pick(lang, T.homeTitle)}</h1>
        <p class="lead">{pick(lang, T.homeLead)}</p>
        <SearchForm
          action="/"
          label={pick(lang, T.search)}
          placeholder={pick(lang, T.searchHint)}
          button={pick(lang, T.searchButton)}
          value={q}
        />
        {found ? (
          <section aria-labelledby="results">
            <h2 id="results">{pick(lang, T.results)}</h2>
            {found.length === 0 ? (
              <EmptyState title={pick(lang, T.noResults)} />
            ) : (
              <ul>
                {found.map((u) => (
                  <li>
                    <a href={`/u/${u.code}`}>{u.full_name}</a> <span class="muted">({u.code})</span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        ) : null}
        <section aria-labelledby="roots">
          <h2 id="roots">{pick(lang, T.provinces)}</h2>
          {roots.length === 0 ? (
            <EmptyState title={pick(lang, T.noUnits)} />
          ) : (
            <ul class="cards">
              {roots.map((u) => (
                <li class="card">
                  <h3>
                    <a href={`/u/${u.code}`}>{u.name}</a>
                  </h3>
                  <span class="muted">{UNIT_KIND_LABEL[u.kind as UnitKind][lang]}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </>,
    );
  });

  app.get("/u/:code", async (c) => {
    const lang = c.get("lang");
    const { unit, chain } = await loadUnit(deps.db, c.req.param("code"));
    const [children, counts] = await Promise.all([
      childrenOf(deps.db, unit.id),
      countDescendantsByKind(deps.db, unit.path),
    ]);
    const total = counts.reduce((s, r) => s + r.n, 0);
    const links = (deps.publicLinks ?? []).filter((l) => !l.kinds || l.kinds.includes(unit.kind));
    return renderPage(
      c,
      { title: unit.full_name, crumbs: unitCrumbs(lang, chain, "/u"), publicCache: true },
      <>
        <h1>{unit.full_name}</h1>
        <p>
          <Badge tone="info">{kindLabel(lang, unit.kind, unit.local_kind_name)}</Badge>{" "}
          <span class="muted">
            {pick(lang, T.code)} {unit.code}
          </span>
        </p>
        {unit.address ? <p>{unit.address}</p> : null}
        <section aria-labelledby="activity">
          <h2 id="activity">{pick(lang, T.activity)}</h2>
          {links.length === 0 ? (
            <EmptyState title={pick(lang, T.nothingYet)} />
          ) : (
            <ul>
              {links.map((l) => (
                <li>
                  <a href={`/u/${unit.code}/${l.path}`}>{pick(lang, l.label)}</a>
                  <br />
                  <span class="muted">{pick(lang, l.hint)}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="children">
          <h2 id="children">{pick(lang, T.children)}</h2>
          {total > 0 ? (
            <p class="muted">
              {pick(lang, T.summary)}:{" "}
              {counts
                .map(
                  (r, i) =>
                    `${i > 0 ? ", " : ""}${r.n} ${UNIT_KIND_LABEL[r.kind as UnitKind][lang].toLowerCase()}`,
                )
                .join("")}
            </p>
          ) : null}
          {children.length === 0 ? (
            <EmptyState title={pick(lang, T.noChildren)} />
          ) : (
            <ul class="cards">
              {children.map((u) => (
                <li class="card">
                  <h3>
                    <a href={`/u/${u.code}`}>{u.full_name}</a>
                  </h3>
                  <span class="muted">{kindLabel(lang, u.kind, u.local_kind_name)}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </>,
    );
  });
}
