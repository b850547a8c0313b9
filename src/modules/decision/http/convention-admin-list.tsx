import type { Context, Hono } from "hono";
import { can } from "../../../core/authz/index.ts";
import { AppError } from "../../../core/errors.ts";
import type { AppDeps, AppEnv } from "../../../core/http/env.ts";
import { readForm, validateForm } from "../../../core/http/forms.ts";
import { renderPage } from "../../../core/http/page.tsx";
import { pick, showDate } from "../../../core/i18n/lang.ts";
import { todayInVietnam } from "../../../core/validation.ts";
import {
  CsrfField,
  EmptyState,
  ErrorSummary,
  Field,
  type FieldErrors,
  Notice,
  SelectField,
  Table,
} from "../../../core/views/components.tsx";
import { AdminHeader, adminCrumbs, type LoadedUnit, loadUnitForAdmin } from "../../org/index.ts";
import { proposeConvention } from "../commands/convention-propose.ts";
import { conventionDues, type Due } from "../commands/convention-rules.ts";
import { isVillageKind } from "../commands/findings.ts";
import {
  type ConventionRow,
  complaintsOfMany,
  conventionsUnder,
  reviewsOfMany,
} from "../db/convention.repo.ts";
import { initiativesUnder } from "../db/decision.repo.ts";
import { provinceReportDue } from "../domain/timeline.ts";
import { CONVENTION_STATUS, DuesTable, KIND_LABEL, StatusBadge } from "./convention-present.tsx";
import { KINDS, proposeConventionSchema } from "./convention-schemas.ts";
import { CheckboxField } from "./present.tsx";

export const CONVENTION_TAB = "huong-uoc";

const T = {
  tab: { vi: "Hương ước, quy ước", en: "Conventions" },
  list: { vi: "Hương ước, quy ước", en: "Village conventions" },
  none: { vi: "Chưa có hương ước, quy ước nào.", en: "No conventions yet." },
  due: { vi: "Việc đến hạn", en: "What is due" },
  noDue: { vi: "Không có việc nào đến hạn.", en: "Nothing is due." },
  stats: { vi: "Thống kê (NĐ 61/2023 Điều 16)", en: "Statistics (Decree 61/2023 Art 16)" },
  propose: { vi: "Đề xuất xây dựng hương ước, quy ước", en: "Propose a convention" },
  public: { vi: "Trang công khai", en: "Public page" },
};

export const conventionUrl = (c: { unit_code: string; id: number }) =>
  `/quan-tri/${c.unit_code}/${CONVENTION_TAB}/${c.id}`;

/** Every convention's dues, soonest first (R71–R73). */
export async function duesOf(deps: AppDeps, rows: ConventionRow[], today: string): Promise<Due[]> {
  const ids = rows.map((r) => r.id);
  const [complaints, reviews] = await Promise.all([
    complaintsOfMany(deps.db, ids),
    reviewsOfMany(deps.db, ids),
  ]);
  return rows
    .flatMap((c) =>
      conventionDues(
        c,
        complaints.filter((k) => k.convention_id === c.id),
        reviews.filter((r) => r.convention_id === c.id).map((r) => r.year),
        today,
      ),
    )
    .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
}

export function conventionAdminList(app: Hono<AppEnv>, deps: AppDeps) {
  const page = async (
    c: Context<AppEnv>,
    loaded: LoadedUnit,
    form: Record<string, string> = {},
    errors: FieldErrors = {},
    status: 200 | 400 | 409 = 200,
  ) => {
    const lang = c.get("lang");
    const { unit } = loaded;
    const today = todayInVietnam();
    const mayPropose =
      isVillageKind(unit.kind) &&
      can(c.get("ctx").actor, "decision.matter.manage", { unitPath: unit.path });
    const [rows, initiatives] = await Promise.all([
      conventionsUnder(deps.db, unit.path),
      mayPropose ? initiativesUnder(deps.db, unit.path) : Promise.resolve([]),
    ]);
    const dues = await duesOf(deps, rows, today);
    const byId = new Map(rows.map((r) => [r.id, r]));
    const counts = new Map<string, number>();
    for (const r of rows) counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
    const province = unit.kind === "province" || unit.kind === "central_city";
    const tabled = initiatives.filter((i) => i.status === "tabled" && i.unit_code === unit.code);
    const amendable = rows.filter(
      (r) => r.unit_id === unit.id && (r.status === "recognised" || r.status === "suspended"),
    );
    const v = (name: string, fallback = "") => form[name] ?? fallback;
    const base = `/quan-tri/${unit.code}/${CONVENTION_TAB}`;
    return renderPage(
      c,
      { title: pick(lang, T.list), crumbs: adminCrumbs(lang, loaded, pick(lang, T.tab)), status },
      <>
        <AdminHeader c={c} loaded={loaded} current={CONVENTION_TAB} />
        <ErrorSummary lang={lang} errors={errors} />
        <h2>{pick(lang, T.list)}</h2>
        <p class="actions">
          <a href={`/u/${unit.code}/${CONVENTION_TAB}`}>{pick(lang, T.public)}</a>
        </p>
        {province ? (
          <Notice>
            Tỉnh báo cáo Bộ Văn hóa, Thể thao và Du lịch về việc thực hiện hương ước, quy ước trước
            ngày 30/11 (hạn chót {showDate(lang, provinceReportDue(Number(today.slice(0, 4))))})
            (R73, NĐ 61/2023 Điều 16.3).
          </Notice>
        ) : null}
        {rows.length === 0 ? (
          <EmptyState title={pick(lang, T.none)} />
        ) : (
          <Table
            caption={pick(lang, T.list)}
            captionHidden
            head={[
              "#",
              pick(lang, { vi: "Tên", en: "Title" }),
              pick(lang, { vi: "Thôn, tổ dân phố", en: "Village" }),
              pick(lang, { vi: "Trạng thái", en: "Status" }),
              pick(lang, { vi: "Có hiệu lực từ", en: "In force from" }),
            ]}
          >
            {rows.map((r) => (
              <tr>
                <td>{r.id}</td>
                <td>
                  <a href={conventionUrl(r)}>
                    {pick(lang, KIND_LABEL[r.kind]!)}: {r.title}
                  </a>
                </td>
                <td>{r.unit_full_name}</td>
                <td>
                  <StatusBadge lang={lang} status={r.status} />
                </td>
                <td>{r.in_force_on ? showDate(lang, r.in_force_on) : "—"}</td>
              </tr>
            ))}
          </Table>
        )}
        <h2>{pick(lang, T.due)}</h2>
        {dues.length === 0 ? (
          <p class="muted">{pick(lang, T.noDue)}</p>
        ) : (
          <DuesTable
            lang={lang}
            dues={dues}
            titleOf={(id) => {
              const r = byId.get(id);
              return r
                ? { title: `${r.title} — ${r.unit_name}`, href: conventionUrl(r) }
                : undefined;
            }}
          />
        )}
        {rows.length > 0 ? (
          <>
            <h2>{pick(lang, T.stats)}</h2>
            <dl class="facts">
              {Object.entries(CONVENTION_STATUS)
                .filter(([s]) => counts.has(s))
                .map(([s, label]) => (
                  <>
                    <dt>{pick(lang, label)}</dt>
                    <dd>{counts.get(s)}</dd>
                  </>
                ))}
            </dl>
          </>
        ) : null}
        {mayPropose ? (
          <form method="post" action={base} class="stack" novalidate>
            <h2>{pick(lang, T.propose)}</h2>
            <p>
              Trưởng thôn, Tổ trưởng tổ dân phố đề xuất sau khi thống nhất với Trưởng ban công tác
              Mặt trận; hoặc người dân kiến nghị, khi có từ 10% tổng số hộ đồng ý hoặc Ban công tác
              Mặt trận chấp thuận (NĐ 61/2023 Điều 7).
            </p>
            <CsrfField token={c.get("csrf")()} />
            <SelectField
              name="kind"
              label="Tên gọi"
              value={v("kind", "huong_uoc")}
              errors={errors}
              required
              options={KINDS.map((k) => ({ value: k, label: pick(lang, KIND_LABEL[k]!) }))}
            />
            <Field
              name="title"
              label="Tên"
              value={v("title")}
              errors={errors}
              required
              maxlength={300}
            />
            <SelectField
              name="proposedBy"
              label="Người đề xuất"
              value={v("proposedBy", "village_head")}
              errors={errors}
              required
              options={[
                { value: "village_head", label: "Trưởng thôn, Tổ trưởng tổ dân phố" },
                { value: "initiative", label: "Kiến nghị của người dân" },
              ]}
            />
            <div class="row">
              <Field
                name="frontAgreedBy"
                label="Trưởng ban công tác Mặt trận đã thống nhất"
                value={v("frontAgreedBy")}
                errors={errors}
                maxlength={200}
              />
              <Field
                name="frontAgreedOn"
                type="date"
                label="Ngày thống nhất"
                value={v("frontAgreedOn")}
                errors={errors}
              />
            </div>
            <SelectField
              name="initiativeId"
              label="Kiến nghị của người dân (đã đủ điều kiện đưa ra cộng đồng)"
              value={v("initiativeId")}
              errors={errors}
              options={[
                { value: "", label: "—" },
                ...tabled.map((i) => ({ value: String(i.id), label: `#${i.id} ${i.title}` })),
              ]}
            />
            <Field
              name="proposedOn"
              type="date"
              label="Ngày đề xuất"
              value={v("proposedOn", today)}
              errors={errors}
              required
            />
            <CheckboxField
              name="ethnicMinorityArea"
              label="Vùng đồng bào dân tộc thiểu số (Tổ soạn thảo phải có già làng hoặc trưởng bản và người biết tiếng dân tộc — NĐ 61/2023 Điều 8.2)"
              checked={form.ethnicMinorityArea === "on"}
              errors={errors}
            />
            <Field
              name="ethnicLanguage"
              label="Tiếng dân tộc thiểu số"
              value={v("ethnicLanguage")}
              errors={errors}
              maxlength={100}
            />
            {amendable.length > 0 ? (
              <SelectField
                name="amendsId"
                label="Sửa đổi, bổ sung hương ước, quy ước đang có hiệu lực (NĐ 61/2023 Điều 13)"
                value={v("amendsId")}
                errors={errors}
                options={[
                  { value: "", label: "— Xây dựng mới —" },
                  ...amendable.map((r) => ({ value: String(r.id), label: `#${r.id} ${r.title}` })),
                ]}
              />
            ) : null}
            <div class="row">
              <Field
                name="reviewDay"
                label="Ngày đánh giá hằng năm (để trống: 18/11)"
                value={v("reviewDay")}
                errors={errors}
                inputmode="numeric"
              />
              <Field
                name="reviewMonth"
                label="Tháng"
                value={v("reviewMonth")}
                errors={errors}
                inputmode="numeric"
              />
            </div>
            <button type="submit">Đề xuất</button>
          </form>
        ) : null}
      </>,
    );
  };

  app.get(`/quan-tri/:code/${CONVENTION_TAB}`, async (c) => {
    const loaded = await loadUnitForAdmin(deps.db, c.get("ctx"), c.req.param("code"));
    return page(c, loaded);
  });

  app.post(`/quan-tri/:code/${CONVENTION_TAB}`, async (c) => {
    const loaded = await loadUnitForAdmin(
      deps.db,
      c.get("ctx"),
      c.req.param("code"),
      "decision.matter.manage",
    );
    const form = await readForm(c);
    const parsed = validateForm(proposeConventionSchema, form);
    if (!parsed.ok) return page(c, loaded, form, parsed.errors, 400);
    try {
      const id = await deps.db
        .transaction()
        .execute((tx) =>
          proposeConvention(tx, c.get("ctx"), loaded.unit, parsed.data, todayInVietnam()),
        );
      return c.redirect(`/quan-tri/${loaded.unit.code}/${CONVENTION_TAB}/${id}`, 303);
    } catch (err) {
      if (err instanceof AppError && (err.code === "validation" || err.code === "conflict")) {
        return page(
          c,
          loaded,
          form,
          { [err.field ?? "_form"]: err.message },
          err.code === "conflict" ? 409 : 400,
        );
      }
      throw err;
    }
  });
}
