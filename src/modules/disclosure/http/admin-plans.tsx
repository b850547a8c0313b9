// Disclosure plans (R12, Luật 10/2022 Art 14.1): the list, the form adopting one, the printable
// plan and its DOCX (NĐ 30 "Kế hoạch") and XLSX downloads.
import type { Context, Hono } from "hono";
import { can } from "../../../core/authz/index.ts";
import { AppError, notFound } from "../../../core/errors.ts";
import type { AppDeps, AppEnv } from "../../../core/http/env.ts";
import { readForm } from "../../../core/http/forms.ts";
import { renderPage } from "../../../core/http/page.tsx";
import { pick, showDate } from "../../../core/i18n/lang.ts";
import { todayInVietnam } from "../../../core/validation.ts";
import {
  Badge,
  CsrfField,
  EmptyState,
  ErrorSummary,
  Field,
  type FieldErrors,
  Table,
} from "../../../core/views/components.tsx";
import { AdminHeader, adminCrumbs, type LoadedUnit, loadUnitForAdmin } from "../../org/index.ts";
import { approvePlan, createPlan, PlanRejected, planPeriodText } from "../commands/create-plan.ts";
import { regimeFor } from "../commands/unit-ref.ts";
import { unitFacts } from "../db/disclosure.repo.ts";
import {
  channelConfigOf,
  findPlan,
  type PlanRow,
  planEntriesOf,
  plansOf,
} from "../db/plan.repo.ts";
import {
  type DisclosurePlan,
  PLAN_HEAD,
  planDocx,
  planRows,
  planXlsx,
} from "../documents/plan-document.ts";
import { categoryOf } from "../domain/catalogues.ts";
import { FORM_LABEL } from "../domain/form-labels.ts";
import type { Form } from "../domain/types.ts";
import { documentHeader } from "./document-header.ts";
import {
  errorsForRows,
  PERIOD_CHOICE,
  PlanFields,
  planFormDefaults,
  readPlanForm,
} from "./plan-form.tsx";
import { DOCX, download, SheetCells, XLSX } from "./sheet.tsx";

const T = {
  plans: { vi: "Kế hoạch công khai", en: "Disclosure plans" },
  none: { vi: "Chưa có kế hoạch nào.", en: "No plan yet." },
  create: { vi: "Lập kế hoạch công khai", en: "Adopt a disclosure plan" },
  createLead: {
    vi: "Mỗi kỳ (năm, 6 tháng hoặc quý) chỉ có một kế hoạch; các kỳ của một đơn vị không được trùng thời gian. Mỗi nội dung trong danh mục phải có đủ các hình thức bắt buộc (Luật 10/2022 Điều 14.1).",
    en: "One plan per period (year, half or quarter); a unit's periods may not overlap. Each catalogue item must list its compulsory forms (Law 10/2022 Art 14.1).",
  },
  period: { vi: "Kỳ", en: "Period" },
  entries: { vi: "Số nội dung", en: "Entries" },
  status: { vi: "Phê duyệt", en: "Approval" },
  approved: { vi: "Đã phê duyệt", en: "Approved" },
  notApproved: { vi: "Chưa phê duyệt", en: "Not approved" },
  docx: { vi: "Tải bản Word (.docx)", en: "Download Word (.docx)" },
  xlsx: { vi: "Tải bảng tính (.xlsx)", en: "Download spreadsheet (.xlsx)" },
  print: {
    vi: "Dùng chức năng in của trình duyệt để in trang này trên khổ A4.",
    en: "Use the browser's print command to print this page on A4.",
  },
  approve: { vi: "Ghi nhận phê duyệt", en: "Record the approval" },
  approvedOn: { vi: "Ngày phê duyệt", en: "Approved on" },
  approvedBy: {
    vi: "Người phê duyệt (chức vụ, họ tên)",
    en: "Approved by (position, name)",
  },
  back: { vi: "Tất cả kế hoạch", en: "All plans" },
};

const plansUrl = (code: string) => `/quan-tri/${code}/cong-khai/ke-hoach`;

/** "ke-hoach-cong-khai-2026", "ke-hoach-cong-khai-2026-q1". */
const planFileName = (p: PlanRow, ext: string) =>
  `ke-hoach-cong-khai-${p.year}${p.period === "year" ? "" : `-${p.period}`}.${ext}`;

async function loadPlan(deps: AppDeps, c: Context<AppEnv>, id: number, action?: string) {
  const loaded = await loadUnitForAdmin(deps.db, c.get("ctx"), c.req.param("code") ?? "", action);
  const plan = await findPlan(deps.db, id);
  if (!plan || plan.unit_id !== loaded.unit.id)
    throw notFound("Không có kế hoạch công khai này trong đơn vị.");
  return { loaded, plan };
}

/** The plan as the document generators take it: entries with their titles and form labels. */
async function planDocument(deps: AppDeps, loaded: LoadedUnit, plan: PlanRow) {
  const regime = regimeFor(loaded.unit);
  const [entries, head] = await Promise.all([
    planEntriesOf(deps.db, plan.id),
    documentHeader(deps.db, loaded, todayInVietnam()),
  ]);
  const doc: DisclosurePlan = {
    unitName: head.unitName,
    regime,
    header: head.header,
    year: plan.year,
    periodLabel: planPeriodText(plan.year, plan.period),
    entries: entries.map((e) => ({
      category: e.category,
      categoryTitle: categoryOf(regime, e.category)?.title.vi ?? "",
      content: e.content,
      forms: e.forms.map((f) => FORM_LABEL[f]?.vi ?? f),
      timing: e.timing,
      duration: e.duration,
      responsible: e.responsible,
    })),
  };
  return doc;
}

export function disclosureAdminPlans(app: Hono<AppEnv>, deps: AppDeps) {
  const listPage = async (
    c: Context<AppEnv>,
    loaded: LoadedUnit,
    form: Record<string, string> | null = null,
    errors: FieldErrors = {},
    status: 200 | 400 | 409 = 200,
  ) => {
    const lang = c.get("lang");
    const { unit } = loaded;
    const regime = regimeFor(unit);
    const mayManage = can(c.get("ctx").actor, "disclosure.item.manage", { unitPath: unit.path });
    const [plans, facts, channels] = await Promise.all([
      plansOf(deps.db, unit.id),
      unitFacts(deps.db, unit.id),
      regime === "employer" ? channelConfigOf(deps.db, unit.id) : Promise.resolve([]),
    ]);
    const values =
      form ??
      planFormDefaults(
        regime,
        {
          hasLoudspeaker: facts.hasLoudspeaker,
          hasIntranet: facts.hasIntranet,
          channels: Object.fromEntries(channels.map((r) => [r.category, r.forms as Form[]])),
        },
        Number(todayInVietnam().slice(0, 4)),
      );
    return renderPage(
      c,
      {
        title: pick(lang, T.plans),
        crumbs: adminCrumbs(lang, loaded, pick(lang, T.plans)),
        status,
      },
      <>
        <AdminHeader c={c} loaded={loaded} current="cong-khai" />
        <h2>{pick(lang, T.plans)}</h2>
        {plans.length === 0 ? (
          <EmptyState title={pick(lang, T.none)} />
        ) : (
          <Table
            caption={pick(lang, T.plans)}
            captionHidden
            head={[
              lang === "vi" ? "Kế hoạch" : "Plan",
              pick(lang, T.period),
              pick(lang, T.entries),
              pick(lang, T.status),
            ]}
          >
            {plans.map((p) => (
              <tr>
                <td>
                  <a href={`${plansUrl(unit.code)}/${p.id}`}>{p.title}</a>
                </td>
                <td>
                  {pick(lang, PERIOD_CHOICE[p.period])} {p.year}
                </td>
                <td>{p.entry_count}</td>
                <td>
                  {p.approved_on ? (
                    <Badge tone="ok">
                      {pick(lang, T.approved)} {showDate(lang, p.approved_on)}
                    </Badge>
                  ) : (
                    <Badge>{pick(lang, T.notApproved)}</Badge>
                  )}
                </td>
              </tr>
            ))}
          </Table>
        )}
        {mayManage ? (
          <form method="post" action={plansUrl(unit.code)} novalidate>
            <h2>{pick(lang, T.create)}</h2>
            <p>{pick(lang, T.createLead)}</p>
            <ErrorSummary lang={lang} errors={errors} />
            <CsrfField token={c.get("csrf")()} />
            <PlanFields lang={lang} regime={regime} form={values} errors={errors} />
            <button type="submit">{pick(lang, T.create)}</button>
          </form>
        ) : null}
      </>,
    );
  };

  const planPage = async (
    c: Context<AppEnv>,
    loaded: LoadedUnit,
    plan: PlanRow,
    errors: FieldErrors = {},
    form: Record<string, string> = {},
    status: 200 | 400 | 409 = 200,
  ) => {
    const lang = c.get("lang");
    const code = loaded.unit.code;
    const doc = await planDocument(deps, loaded, plan);
    const mayManage = can(c.get("ctx").actor, "disclosure.item.manage", {
      unitPath: loaded.unit.path,
    });
    const base = `${plansUrl(code)}/${plan.id}`;
    // A conflict (already approved) is about the plan, not a field.
    const { _form: formMessage, ...fieldErrors } = errors;
    return renderPage(
      c,
      {
        title: plan.title,
        crumbs: adminCrumbs(lang, loaded, plan.title),
        status,
      },
      <div class="sheet">
        <p class="sheet-issuer">{doc.unitName}</p>
        <h1>{plan.title}</h1>
        <p>
          {plan.approved_on ? (
            <Badge tone="ok">
              {pick(lang, T.approved)} {showDate(lang, plan.approved_on)} — {plan.approved_by}
            </Badge>
          ) : (
            <Badge>{pick(lang, T.notApproved)}</Badge>
          )}
        </p>
        <ErrorSummary lang={lang} errors={fieldErrors} message={formMessage} />
        <p class="actions no-print">
          <a class="button" href={`${base}.docx`}>
            {pick(lang, T.docx)}
          </a>
          <a class="button secondary" href={`${base}.xlsx`}>
            {pick(lang, T.xlsx)}
          </a>
          <a href={plansUrl(code)}>{pick(lang, T.back)}</a>
        </p>
        <p class="muted no-print">{pick(lang, T.print)}</p>
        <div class="table-wrap">
          <table class="sheet-table">
            <caption class="visually-hidden">{plan.title}</caption>
            <thead>
              <tr>
                {PLAN_HEAD.map((h) => (
                  <th scope="col">{h}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              <SheetCells rows={planRows(doc.entries)} columns={PLAN_HEAD.length} />
            </tbody>
          </table>
        </div>
        {mayManage && !plan.approved_on ? (
          <form method="post" action={`${base}/phe-duyet`} class="stack" novalidate>
            <h2>{pick(lang, T.approve)}</h2>
            <CsrfField token={c.get("csrf")()} />
            <Field
              name="approvedOn"
              type="date"
              label={pick(lang, T.approvedOn)}
              value={form.approvedOn ?? todayInVietnam()}
              errors={errors}
              required
            />
            <Field
              name="approvedBy"
              label={pick(lang, T.approvedBy)}
              value={form.approvedBy ?? doc.header.signer.name}
              errors={errors}
              maxlength={200}
              required
            />
            <button type="submit">{pick(lang, T.approve)}</button>
          </form>
        ) : null}
      </div>,
    );
  };

  app.get("/quan-tri/:code/cong-khai/ke-hoach", async (c) => {
    const loaded = await loadUnitForAdmin(deps.db, c.get("ctx"), c.req.param("code"));
    return listPage(c, loaded);
  });

  app.post("/quan-tri/:code/cong-khai/ke-hoach", async (c) => {
    const ctx = c.get("ctx");
    const loaded = await loadUnitForAdmin(
      deps.db,
      ctx,
      c.req.param("code"),
      "disclosure.item.manage",
    );
    const form = await readForm(c);
    const { input, rows } = readPlanForm(form, regimeFor(loaded.unit));
    let id: number;
    try {
      id = await deps.db.transaction().execute((tx) => createPlan(tx, ctx, loaded.unit, input));
    } catch (err) {
      if (err instanceof PlanRejected) {
        const fields = (err.details?.fields ?? {}) as Record<string, string>;
        return listPage(c, loaded, form, errorsForRows(fields, rows), 400);
      }
      if (err instanceof AppError && (err.code === "validation" || err.code === "conflict")) {
        const status = err.code === "conflict" ? 409 : 400;
        return listPage(c, loaded, form, { [err.field ?? "period"]: err.message }, status);
      }
      throw err;
    }
    return c.redirect(`${plansUrl(loaded.unit.code)}/${id}`, 303);
  });

  app.get("/quan-tri/:code/cong-khai/ke-hoach/:id{[0-9]+}", async (c) => {
    const { loaded, plan } = await loadPlan(deps, c, Number(c.req.param("id")));
    return planPage(c, loaded, plan);
  });

  app.get("/quan-tri/:code/cong-khai/ke-hoach/:file{[0-9]+\\.(?:docx|xlsx)}", async (c) => {
    const [id, ext] = c.req.param("file").split(".");
    const { loaded, plan } = await loadPlan(deps, c, Number(id));
    const doc = await planDocument(deps, loaded, plan);
    return ext === "docx"
      ? download(c, await planDocx(doc), DOCX, planFileName(plan, "docx"))
      : download(c, await planXlsx(doc), XLSX, planFileName(plan, "xlsx"));
  });

  app.post("/quan-tri/:code/cong-khai/ke-hoach/:id{[0-9]+}/phe-duyet", async (c) => {
    const ctx = c.get("ctx");
    const { loaded, plan } = await loadPlan(
      deps,
      c,
      Number(c.req.param("id")),
      "disclosure.item.manage",
    );
    const form = await readForm(c);
    try {
      await deps.db
        .transaction()
        .execute((tx) =>
          approvePlan(
            tx,
            ctx,
            loaded.unit,
            plan.id,
            { approvedOn: form.approvedOn ?? "", approvedBy: form.approvedBy ?? "" },
            todayInVietnam(),
          ),
        );
    } catch (err) {
      if (err instanceof AppError && (err.code === "validation" || err.code === "conflict")) {
        const status = err.code === "conflict" ? 409 : 400;
        const field = err.code === "conflict" ? "_form" : (err.field ?? "approvedOn");
        return planPage(c, loaded, plan, { [field]: err.message }, form, status);
      }
      throw err;
    }
    return c.redirect(`${plansUrl(loaded.unit.code)}/${plan.id}`, 303);
  });
}
