import type { Context, Hono } from "hono";
import { AppError } from "../../../core/errors.ts";
import type { AppDeps, AppEnv } from "../../../core/http/env.ts";
import { renderPage } from "../../../core/http/page.tsx";
import { pick } from "../../../core/i18n/lang.ts";
import { CsrfField, ErrorSummary, Notice } from "../../../core/views/components.tsx";
import { AdminHeader, adminCrumbs, loadUnitForAdmin } from "../../org/index.ts";
import { configureChannels } from "../commands/update-settings.ts";
import { categoriesOf, regimeOf } from "../domain/catalogues.ts";
import { missingChannelsMessage } from "../domain/employer-channels.ts";
import { FORM_LABEL } from "../domain/form-labels.ts";
import type { Form } from "../domain/types.ts";

const WORKPLACE_FORMS: Form[] = [
  "workplace_board",
  "intranet",
  "meeting",
  "letter_all_staff",
  "other",
];

const T = {
  title: {
    vi: "Hình thức công khai theo quy chế dân chủ",
    en: "Disclosure channels set by the democracy regulation",
  },
  lead: {
    vi: "Nghị định 145/2020/NĐ-CP Điều 43: người sử dụng lao động công khai 7 nội dung bằng các hình thức do quy chế dân chủ ở cơ sở tại nơi làm việc quy định. Mỗi nội dung phải có ít nhất một hình thức (R97).",
    en: "Decree 145/2020 Art 43: the employer discloses 7 items through the forms its workplace democracy regulation sets; each item needs at least one (R97).",
  },
  save: { vi: "Lưu", en: "Save" },
  complete: {
    vi: "Mỗi nội dung đã có ít nhất một hình thức công khai.",
    en: "Every item has at least one channel.",
  },
};

/** R97: the employer's regulation names at least one channel for each of the 7 items. */
export function disclosureAdminChannels(app: Hono<AppEnv>, deps: AppDeps) {
  const page = async (
    c: Context<AppEnv>,
    code: string,
    errors: Record<string, string> = {},
    status: 200 | 400 = 200,
  ) => {
    const lang = c.get("lang");
    const loaded = await loadUnitForAdmin(deps.db, c.get("ctx"), code);
    if (regimeOf(loaded.unit.kind) !== "employer")
      throw new AppError(
        "not_found",
        "Chỉ doanh nghiệp ngoài nhà nước cấu hình hình thức công khai theo quy chế.",
      );
    const rows = await deps.db
      .selectFrom("disclosure_channel_config")
      .select(["category", "forms"])
      .where("unit_id", "=", loaded.unit.id)
      .execute();
    const config = Object.fromEntries(rows.map((r) => [r.category, r.forms]));
    const missing = missingChannelsMessage(config);
    return renderPage(
      c,
      {
        title: pick(lang, T.title),
        crumbs: adminCrumbs(lang, loaded, pick(lang, T.title)),
        status,
      },
      <>
        <AdminHeader c={c} loaded={loaded} current="cong-khai" />
        <h2>{pick(lang, T.title)}</h2>
        <p>{pick(lang, T.lead)}</p>
        {missing ? (
          <Notice tone="warn">{missing}</Notice>
        ) : (
          <Notice tone="ok">{pick(lang, T.complete)}</Notice>
        )}
        <ErrorSummary lang={lang} errors={errors} />
        <form method="post" action={`/quan-tri/${loaded.unit.code}/cong-khai/hinh-thuc`}>
          <CsrfField token={c.get("csrf")()} />
          {categoriesOf("employer").map((k) => (
            <fieldset>
              <legend>
                {k.code}. {pick(lang, k.title)}
              </legend>
              {WORKPLACE_FORMS.map((f) => (
                <div>
                  <input
                    type="checkbox"
                    id={`f-${k.code}-${f}`}
                    name={`forms.${k.code}`}
                    value={f}
                    checked={(config[k.code] ?? []).includes(f)}
                  />{" "}
                  <label for={`f-${k.code}-${f}`} class="inline-label">
                    {pick(lang, FORM_LABEL[f])}
                  </label>
                </div>
              ))}
            </fieldset>
          ))}
          <button type="submit">{pick(lang, T.save)}</button>
        </form>
      </>,
    );
  };

  app.get("/quan-tri/:code/cong-khai/hinh-thuc", (c) => page(c, c.req.param("code")));

  app.post("/quan-tri/:code/cong-khai/hinh-thuc", async (c) => {
    const loaded = await loadUnitForAdmin(
      deps.db,
      c.get("ctx"),
      c.req.param("code"),
      "disclosure.item.manage",
    );
    const body = await c.req.parseBody({ all: true });
    await deps.db.transaction().execute(async (tx) => {
      for (const k of categoriesOf("employer")) {
        const raw = body[`forms.${k.code}`];
        const forms = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).filter(
          (v): v is string => typeof v === "string",
        );
        await configureChannels(tx, c.get("ctx"), loaded.unit, k.code, forms);
      }
    });
    return c.redirect(`/quan-tri/${loaded.unit.code}/cong-khai/hinh-thuc`, 303);
  });
}
