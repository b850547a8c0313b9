import type { Context, Hono } from "hono";
import type { AppDeps, AppEnv } from "../../../core/http/env.ts";
import { readForm, validateForm } from "../../../core/http/forms.ts";
import { renderPage } from "../../../core/http/page.tsx";
import { pick } from "../../../core/i18n/lang.ts";
import { ErrorSummary, type FieldErrors } from "../../../core/views/components.tsx";
import { adminCrumbs, type LoadedUnit, loadUnitForAdmin } from "../../org/index.ts";
import { createDirectiveDraft } from "../commands/save-directive-draft.ts";
import { DirectiveForm, type FormValues } from "./directive-form.tsx";
import { formChoices } from "./directive-load.ts";
import { directiveHref, refusalOf } from "./page-support.tsx";
import { runWorking } from "./run.ts";
import { DraftBody, draftFromForm } from "./schemas.ts";
import { T } from "./texts.ts";

// A new directive of the unit, saved as a draft: only the unit's own officials may (policy).

export function newDirectivePage(app: Hono<AppEnv>, deps: AppDeps) {
  const path = "/quan-tri/:code/chi-dao/moi";
  const load = (c: Context<AppEnv>) =>
    loadUnitForAdmin(deps.db, c.get("ctx"), c.req.param("code") ?? "", "reporting.directive.issue");

  const page = async (
    c: Context<AppEnv>,
    loaded: LoadedUnit,
    values: FormValues,
    errors: FieldErrors = {},
    message?: string,
    status: 200 | 400 | 403 | 409 = 200,
  ) => {
    const lang = c.get("lang");
    const { unit } = loaded;
    const title = pick(lang, T.newTitle);
    return renderPage(
      c,
      { title: `${title} — ${unit.name}`, crumbs: adminCrumbs(lang, loaded, title), status },
      <>
        <h1>{title}</h1>
        <ErrorSummary lang={lang} errors={errors} message={message} />
        <DirectiveForm
          lang={lang}
          action={`/quan-tri/${unit.code}/chi-dao/moi`}
          values={values}
          errors={errors}
          csrf={c.get("csrf")()}
          {...(await formChoices(deps.db, unit.id))}
          submit={pick(lang, T.saveDraft)}
        />
      </>,
    );
  };

  app.get(path, async (c) => page(c, await load(c), { kind: "cong_van", variant: "state" }));

  app.post(path, async (c) => {
    const loaded = await load(c);
    const { data, values } = draftFromForm(await readForm(c));
    const parsed = validateForm(DraftBody, data);
    if (!parsed.ok) return page(c, loaded, values, parsed.errors, undefined, 400);
    const { unit } = loaded;
    try {
      const { id } = await runWorking(c, (w) =>
        createDirectiveDraft(w, { id: unit.id, path: unit.path, name: unit.name }, parsed.data),
      );
      return c.redirect(directiveHref(unit.code, id), 303);
    } catch (err) {
      const r = refusalOf(err);
      return page(c, loaded, values, r.errors, r.message, r.status);
    }
  });
}
