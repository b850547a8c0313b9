import type { Context, Hono } from "hono";
import { authorize, can } from "../../../core/authz/index.ts";
import { AppError } from "../../../core/errors.ts";
import type { AppDeps, AppEnv } from "../../../core/http/env.ts";
import { readForm, validateForm } from "../../../core/http/forms.ts";
import { renderPage } from "../../../core/http/page.tsx";
import { pick, showDate } from "../../../core/i18n/lang.ts";
import { todayInVietnam } from "../../../core/validation.ts";
import {
  Badge,
  type BadgeTone,
  CsrfField,
  EmptyState,
  ErrorSummary,
  type FieldErrors,
  Table,
} from "../../../core/views/components.tsx";
import { AdminHeader, adminCrumbs, type LoadedUnit, loadUnitForAdmin } from "../../org/index.ts";
import { createDraft } from "../commands/create-draft.ts";
import { regimeFor } from "../commands/unit-ref.ts";
import { updateSettings } from "../commands/update-settings.ts";
import { listForOfficials, unitFacts } from "../db/disclosure.repo.ts";
import { categoriesOf, regimeOf } from "../domain/catalogues.ts";
import { DraftFields } from "./draft-fields.tsx";
import { draftSchema, settingsSchema } from "./schemas.ts";

export const T = {
  tab: { vi: "Công khai", en: "Disclosure" },
  items: { vi: "Nội dung công khai", en: "Disclosures" },
  newDraft: { vi: "Soạn nội dung công khai", en: "Draft a disclosure" },
  none: { vi: "Chưa có nội dung nào.", en: "Nothing yet." },
  settings: { vi: "Điều kiện của đơn vị", en: "The unit's facilities" },
  loudspeaker: {
    vi: "Có hệ thống truyền thanh cấp xã (Điều 13.3)",
    en: "Has a commune loudspeaker system (Art 13.3)",
  },
  intranet: {
    vi: "Có mạng nội bộ, hệ thống thông tin nội bộ (Điều 48, 66)",
    en: "Has an intranet (Art 48, 66)",
  },
  save: { vi: "Lưu", en: "Save" },
  compliance: {
    vi: "Tình hình thực hiện của các đơn vị trực thuộc",
    en: "Compliance of the units under it",
  },
  register: { vi: "Sổ công khai theo quý", en: "Quarterly register" },
  plans: { vi: "Kế hoạch công khai", en: "Disclosure plans" },
  requests: { vi: "Yêu cầu cung cấp thông tin", en: "Information requests" },
  channels: { vi: "Hình thức công khai theo quy chế", en: "Channels set by the regulation" },
};

export const STATUS_LABEL: Record<string, { vi: string; en: string; tone: BadgeTone }> = {
  draft: { vi: "Bản nháp", en: "Draft", tone: "neutral" },
  published: { vi: "Đang công khai", en: "Published", tone: "info" },
  superseded: { vi: "Đã có phiên bản mới", en: "Superseded", tone: "neutral" },
  withdrawn: { vi: "Đã thu hồi", en: "Withdrawn", tone: "bad" },
};

export const COMPLIANCE_LABEL: Record<string, { vi: string; en: string; tone: BadgeTone }> = {
  ok: { vi: "Đủ, đúng hạn", en: "Complete", tone: "ok" },
  pending: { vi: "Đang thực hiện", en: "In progress", tone: "info" },
  problem: { vi: "Có vi phạm", en: "Problems", tone: "bad" },
};

export function disclosureAdminList(app: Hono<AppEnv>, deps: AppDeps) {
  const listPage = async (
    c: Context<AppEnv>,
    loaded: LoadedUnit,
    errors: FieldErrors = {},
    status: 200 | 400 = 200,
  ) => {
    const lang = c.get("lang");
    const ctx = c.get("ctx");
    const regime = regimeOf(loaded.unit.kind);
    const mayManage =
      regime !== null && can(ctx.actor, "disclosure.item.manage", { unitPath: loaded.unit.path });
    const [items, facts] = await Promise.all([
      regime ? listForOfficials(deps.db, loaded.unit.id) : Promise.resolve([]),
      unitFacts(deps.db, loaded.unit.id),
    ]);
    const today = todayInVietnam();
    const code = loaded.unit.code;
    return renderPage(
      c,
      {
        title: pick(lang, T.items),
        crumbs: adminCrumbs(lang, loaded, pick(lang, T.items)),
        status,
      },
      <>
        <AdminHeader c={c} loaded={loaded} current="cong-khai" />
        <ErrorSummary lang={lang} errors={errors} />
        <p class="actions">
          {mayManage ? (
            <a class="button" href={`/quan-tri/${code}/cong-khai/moi`}>
              {pick(lang, T.newDraft)}
            </a>
          ) : null}
          <a href={`/quan-tri/${code}/cong-khai/tuan-thu`}>{pick(lang, T.compliance)}</a>
          {regime ? (
            <a href={`/quan-tri/${code}/cong-khai/so-quy`}>{pick(lang, T.register)}</a>
          ) : null}
          {regime ? (
            <a href={`/quan-tri/${code}/cong-khai/ke-hoach`}>{pick(lang, T.plans)}</a>
          ) : null}
          {regime === "commune" ? (
            <a href={`/quan-tri/${code}/yeu-cau-thong-tin`}>{pick(lang, T.requests)}</a>
          ) : null}
        </p>
        {regime ? (
          items.length === 0 ? (
            <EmptyState title={pick(lang, T.none)} />
          ) : (
            <Table
              caption={pick(lang, T.items)}
              captionHidden
              head={[
                "#",
                "Nội dung",
                "Lĩnh vực",
                "Trạng thái",
                "Hạn công khai",
                "Ngày công khai",
                "Tuân thủ",
              ]}
            >
              {items.map((i) => {
                const overdue =
                  i.status === "draft" && i.publish_due !== null && i.publish_due < today;
                return (
                  <tr>
                    <td>{i.id}</td>
                    <td>
                      <a href={`/quan-tri/${code}/cong-khai/${i.id}`}>{i.title}</a>
                      {i.version > 1 ? <span class="muted"> (v{i.version})</span> : null}
                    </td>
                    <td>{i.category}</td>
                    <td>
                      <Badge tone={STATUS_LABEL[i.status]?.tone}>
                        {pick(lang, STATUS_LABEL[i.status] ?? { vi: i.status, en: i.status })}
                      </Badge>
                    </td>
                    <td>{i.publish_due ? showDate(lang, i.publish_due) : "—"}</td>
                    <td>{showDate(lang, i.published_on)}</td>
                    <td>
                      {overdue ? (
                        <Badge tone="bad">Quá hạn công khai</Badge>
                      ) : i.status === "published" ? (
                        <Badge tone={COMPLIANCE_LABEL[i.compliance]?.tone}>
                          {pick(lang, COMPLIANCE_LABEL[i.compliance]!)}
                        </Badge>
                      ) : (
                        "—"
                      )}
                    </td>
                  </tr>
                );
              })}
            </Table>
          )
        ) : null}
        {mayManage ? (
          <form method="post" action={`/quan-tri/${code}/cong-khai/cai-dat`} class="stack">
            <h2>{pick(lang, T.settings)}</h2>
            <CsrfField token={c.get("csrf")()} />
            {regime === "commune" ? (
              <div class="field">
                <input
                  type="checkbox"
                  id="f-hasLoudspeaker"
                  name="hasLoudspeaker"
                  checked={facts.hasLoudspeaker}
                />{" "}
                <label for="f-hasLoudspeaker" class="inline-label">
                  {pick(lang, T.loudspeaker)}
                </label>
              </div>
            ) : (
              <div class="field">
                <input
                  type="checkbox"
                  id="f-hasIntranet"
                  name="hasIntranet"
                  checked={facts.hasIntranet}
                />{" "}
                <label for="f-hasIntranet" class="inline-label">
                  {pick(lang, T.intranet)}
                </label>
              </div>
            )}
            <button type="submit">{pick(lang, T.save)}</button>
          </form>
        ) : null}
      </>,
    );
  };

  app.get("/quan-tri/:code/cong-khai", async (c) => {
    const loaded = await loadUnitForAdmin(deps.db, c.get("ctx"), c.req.param("code"));
    return listPage(c, loaded);
  });

  app.post("/quan-tri/:code/cong-khai/cai-dat", async (c) => {
    const loaded = await loadUnitForAdmin(
      deps.db,
      c.get("ctx"),
      c.req.param("code"),
      "disclosure.item.manage",
    );
    const parsed = validateForm(settingsSchema, await readForm(c));
    if (!parsed.ok) return listPage(c, loaded, parsed.errors, 400);
    await deps.db
      .transaction()
      .execute((tx) => updateSettings(tx, c.get("ctx"), loaded.unit, parsed.data));
    return c.redirect(`/quan-tri/${loaded.unit.code}/cong-khai`, 303);
  });

  const draftForm = (
    c: Context<AppEnv>,
    loaded: LoadedUnit,
    form: Record<string, string>,
    errors: FieldErrors,
    status: 200 | 400 = 200,
  ) => {
    const lang = c.get("lang");
    const regime = regimeFor(loaded.unit);
    return renderPage(
      c,
      {
        title: pick(lang, T.newDraft),
        crumbs: adminCrumbs(lang, loaded, pick(lang, T.newDraft)),
        status,
      },
      <>
        <h1>{pick(lang, T.newDraft)}</h1>
        <p class="lead">{loaded.unit.full_name}</p>
        <ErrorSummary lang={lang} errors={errors} />
        <form
          method="post"
          action={`/quan-tri/${loaded.unit.code}/cong-khai/moi`}
          class="stack"
          novalidate
        >
          <CsrfField token={c.get("csrf")()} />
          <DraftFields lang={lang} categories={categoriesOf(regime)} form={form} errors={errors} />
          <button type="submit">{pick(lang, T.newDraft)}</button>
        </form>
      </>,
    );
  };

  app.get("/quan-tri/:code/cong-khai/moi", async (c) => {
    const loaded = await loadUnitForAdmin(
      deps.db,
      c.get("ctx"),
      c.req.param("code"),
      "disclosure.item.manage",
    );
    return draftForm(c, loaded, {}, {});
  });

  app.post("/quan-tri/:code/cong-khai/moi", async (c) => {
    const ctx = c.get("ctx");
    const loaded = await loadUnitForAdmin(
      deps.db,
      ctx,
      c.req.param("code"),
      "disclosure.item.manage",
    );
    authorize(ctx.actor, "disclosure.item.manage", { unitPath: loaded.unit.path });
    const form = await readForm(c);
    const parsed = validateForm(draftSchema, form);
    if (!parsed.ok) return draftForm(c, loaded, form, parsed.errors, 400);
    let id: number;
    try {
      id = await deps.db
        .transaction()
        .execute((tx) => createDraft(tx, ctx, loaded.unit, parsed.data));
    } catch (err) {
      if (err instanceof AppError && err.code === "validation")
        return draftForm(c, loaded, form, { [err.field ?? "category"]: err.message }, 400);
      throw err;
    }
    return c.redirect(`/quan-tri/${loaded.unit.code}/cong-khai/${id}`, 303);
  });
}
