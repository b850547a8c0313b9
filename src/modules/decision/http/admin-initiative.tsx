import type { Context, Hono } from "hono";
import { can } from "../../../core/authz/index.ts";
import type { AppDeps, AppEnv } from "../../../core/http/env.ts";
import { validateForm } from "../../../core/http/forms.ts";
import { renderPage } from "../../../core/http/page.tsx";
import { pick, showDate } from "../../../core/i18n/lang.ts";
import { todayInVietnam } from "../../../core/validation.ts";
import {
  CsrfField,
  ErrorSummary,
  Field,
  type FieldErrors,
  Table,
} from "../../../core/views/components.tsx";
import { adminCrumbs, type LoadedUnit } from "../../org/index.ts";
import { householdCountOn } from "../../people/index.ts";
import { recordConsent, tableInitiative } from "../commands/initiatives.ts";
import { consentsOf, type InitiativeRow } from "../db/decision.repo.ts";
import { consentValidThrough, initiativeTabling } from "../domain/thresholds.ts";
import { loadInitiativeForAdmin } from "../queries/admin-load.ts";
import { INITIATIVE_STATUS, T } from "./admin-list.tsx";
import { formRoutes } from "./form-route.ts";
import { consentSchema, tableInitiativeSchema } from "./schemas.ts";

// A residents' initiative (Luật 10/2022 Điều 16.3): households' consents, each valid 3 months,
// counted against all households of the village (R16); tabled at 10 %, or below with the Ban
// công tác Mặt trận's approval.

export function decisionAdminInitiative(app: Hono<AppEnv>, deps: AppDeps) {
  const page = async (
    c: Context<AppEnv>,
    loaded: LoadedUnit,
    initiative: InitiativeRow,
    form: Record<string, string> = {},
    errors: FieldErrors = {},
    status: 200 | 400 | 409 = 200,
  ) => {
    const lang = c.get("lang");
    const today = todayInVietnam();
    const [consents, households] = await Promise.all([
      consentsOf(deps.db, initiative.id),
      householdCountOn(deps.db, initiative.unit_id, today),
    ]);
    const tally = initiativeTabling({
      households,
      consents: consents.map((k) => ({ householdId: k.household_id, givenOn: k.given_on })),
      tablingDate: today,
      frontApproved: false,
    });
    const mayManage =
      initiative.status === "collecting" &&
      can(c.get("ctx").actor, "decision.matter.manage", { unitPath: initiative.unit_path });
    const csrf = c.get("csrf")();
    const base = `/quan-tri/${loaded.unit.code}/quyet-dinh/kien-nghi/${initiative.id}`;
    return renderPage(
      c,
      {
        title: initiative.title,
        crumbs: adminCrumbs(lang, loaded, initiative.title),
        status,
      },
      <>
        <h1>{initiative.title}</h1>
        <p>
          <a href={`/quan-tri/${loaded.unit.code}/quyet-dinh#kien-nghi`}>
            ← {pick(lang, T.initiatives)}
          </a>
        </p>
        <ErrorSummary lang={lang} errors={errors} />
        <dl class="facts">
          <dt>{pick(lang, { vi: "Thôn, tổ dân phố", en: "Village" })}</dt>
          <dd>{initiative.unit_name}</dd>
          <dt>{pick(lang, { vi: "Người kiến nghị", en: "Initiator" })}</dt>
          <dd>{initiative.initiator_name}</dd>
          <dt>{pick(lang, { vi: "Bắt đầu lấy ý kiến", en: "Collecting from" })}</dt>
          <dd>{showDate(lang, initiative.opened_on)}</dd>
          <dt>{pick(lang, { vi: "Trạng thái", en: "Status" })}</dt>
          <dd>{pick(lang, INITIATIVE_STATUS[initiative.status]!)}</dd>
          {initiative.front_approved_on ? (
            <>
              <dt>
                {pick(lang, { vi: "Ban công tác Mặt trận chấp thuận", en: "Front approval" })}
              </dt>
              <dd>{showDate(lang, initiative.front_approved_on)}</dd>
            </>
          ) : null}
          <dt>
            {pick(lang, { vi: "Hộ đồng ý còn hiệu lực hôm nay", en: "Valid consents today" })}
          </dt>
          <dd>
            {tally.validConsents}/{households}{" "}
            {pick(lang, {
              vi: `hộ (cần ít nhất ${tally.needed} hộ, tức 10% tổng số hộ)`,
              en: `households (at least ${tally.needed} needed: 10 %)`,
            })}
          </dd>
        </dl>
        <p>{tally.finding.message}</p>
        {initiative.description ? <p>{initiative.description}</p> : null}
        <h2>{pick(lang, { vi: "Các hộ đồng ý", en: "Households consenting" })}</h2>
        {consents.length === 0 ? (
          <p class="muted">{pick(lang, { vi: "Chưa có hộ nào.", en: "None yet." })}</p>
        ) : (
          <Table
            caption={pick(lang, { vi: "Các hộ đồng ý", en: "Households consenting" })}
            captionHidden
            head={[
              pick(lang, { vi: "Mã hộ", en: "Household" }),
              pick(lang, { vi: "Ngày đồng ý", en: "Given on" }),
              pick(lang, { vi: "Có giá trị đến", en: "Valid through" }),
            ]}
          >
            {consents.map((k) => (
              <tr>
                <td>{k.code}</td>
                <td>{showDate(lang, k.given_on)}</td>
                <td>{showDate(lang, consentValidThrough(k.given_on))}</td>
              </tr>
            ))}
          </Table>
        )}
        {mayManage ? (
          <>
            <form method="post" action={`${base}/dong-y`} class="stack" novalidate>
              <h3>{pick(lang, { vi: "Ghi nhận hộ đồng ý", en: "Record a consent" })}</h3>
              <CsrfField token={csrf} />
              <div class="row">
                <Field
                  name="householdCode"
                  label={pick(lang, { vi: "Mã hộ", en: "Household code" })}
                  value={form.householdCode}
                  errors={errors}
                  required
                  maxlength={40}
                />
                <Field
                  name="givenOn"
                  type="date"
                  label={pick(lang, { vi: "Ngày đồng ý", en: "Given on" })}
                  value={form.givenOn ?? today}
                  errors={errors}
                  required
                />
              </div>
              <button type="submit">{pick(lang, { vi: "Ghi nhận", en: "Record" })}</button>
            </form>
            <form method="post" action={`${base}/dua-ra`} class="stack" novalidate>
              <h3>
                {pick(lang, {
                  vi: "Đưa kiến nghị ra cộng đồng dân cư",
                  en: "Table the initiative",
                })}
              </h3>
              <p class="hint">
                {pick(lang, {
                  vi: "Dưới 10% tổng số hộ đồng ý: chỉ đưa ra khi Ban công tác Mặt trận chấp thuận (R16).",
                  en: "Below 10 % of households: only with the Front committee's approval (R16).",
                })}
              </p>
              <CsrfField token={csrf} />
              <Field
                name="frontApprovedOn"
                type="date"
                label={pick(lang, {
                  vi: "Ngày Ban công tác Mặt trận chấp thuận (nếu có)",
                  en: "Front committee approved on (if any)",
                })}
                value={form.frontApprovedOn}
                errors={errors}
              />
              <button type="submit">{pick(lang, { vi: "Đưa ra", en: "Table" })}</button>
            </form>
          </>
        ) : null}
      </>,
    );
  };

  const load = (c: Context<AppEnv>, action?: string) =>
    loadInitiativeForAdmin(
      deps.db,
      c.get("ctx"),
      c.req.param("code") ?? "",
      Number(c.req.param("id")) || 0,
      action,
    );

  app.get("/quan-tri/:code/quyet-dinh/kien-nghi/:id{[0-9]+}", async (c) => {
    const { loaded, initiative } = await load(c);
    return page(c, loaded, initiative);
  });

  const post = formRoutes(app, "/quan-tri/:code/quyet-dinh/kien-nghi/:id{[0-9]+}", {
    load: (c) => load(c, "decision.matter.manage"),
    page: (c, l, form, refusal, status) =>
      page(c, l.loaded, l.initiative, form, refusal.errors, status),
    url: (l) => `/quan-tri/${l.loaded.unit.code}/quyet-dinh/kien-nghi/${l.initiative.id}`,
  });

  post("dong-y", async (ctx, { initiative }, form) => {
    const parsed = validateForm(consentSchema, form);
    if (!parsed.ok) return parsed.errors;
    await deps.db
      .transaction()
      .execute((tx) => recordConsent(tx, ctx, initiative.id, parsed.data, todayInVietnam()));
    return undefined;
  });

  post("dua-ra", async (ctx, { initiative }, form) => {
    const parsed = validateForm(tableInitiativeSchema, form);
    if (!parsed.ok) return parsed.errors;
    await deps.db
      .transaction()
      .execute((tx) => tableInitiative(tx, ctx, initiative.id, parsed.data, todayInVietnam()));
    return undefined;
  });
}
