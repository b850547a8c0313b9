import type { Context } from "hono";
import type { AppDeps, AppEnv } from "../../../core/http/env.ts";
import { renderPage } from "../../../core/http/page.tsx";
import { pick } from "../../../core/i18n/lang.ts";
import { ErrorSummary, type FieldErrors } from "../../../core/views/components.tsx";
import { adminCrumbs, type LoadedUnit } from "../../org/index.ts";
import type { DirectiveView } from "../queries/directive-view.ts";
import { DirectiveForm, draftValues, type FormValues } from "./directive-form.tsx";
import { formChoices } from "./directive-load.ts";
import { directiveHref } from "./page-support.tsx";
import { T } from "./texts.ts";

/** A draft's edit page: the draft form with its saved values, or the refused ones. */
export async function editDraftPage(
  c: Context<AppEnv>,
  deps: AppDeps,
  loaded: LoadedUnit,
  view: DirectiveView,
  refused: { values: FormValues; errors: FieldErrors; message?: string } | null = null,
  status: 200 | 400 | 403 | 409 = 200,
) {
  const lang = c.get("lang");
  const d = view.directive;
  const base = directiveHref(loaded.unit.code, d.id);
  const title = `${pick(lang, T.editDraft)}: ${d.title}`;
  return renderPage(
    c,
    { title, crumbs: adminCrumbs(lang, loaded, title), status },
    <>
      <h1>{title}</h1>
      <ErrorSummary lang={lang} errors={refused?.errors ?? {}} message={refused?.message} />
      <DirectiveForm
        lang={lang}
        action={`${base}/sua`}
        values={refused?.values ?? draftValues(view)}
        errors={refused?.errors ?? {}}
        csrf={c.get("csrf")()}
        {...(await formChoices(deps.db, d.issuer_unit_id))}
        submit={pick(lang, T.saveDraft)}
      />
      <p>
        <a href={base}>{pick(lang, T.seeDirective)}</a>
      </p>
    </>,
  );
}
