import type { z } from "@hono/zod-openapi";
import type { Context, Hono } from "hono";
import type { AppDeps, AppEnv } from "../../../../core/http/env.ts";
import { validateForm } from "../../../../core/http/forms.ts";
import { type Lang, pick } from "../../../../core/i18n/lang.ts";
import { type FieldErrors, SelectField } from "../../../../core/views/components.tsx";
import { type LoadedUnit, loadUnitForAdmin } from "../../../org/index.ts";
import { refusalOf } from "../page-support.tsx";
import { R } from "./texts.ts";

export type ShowForm = (
  c: Context<AppEnv>,
  values?: Record<string, string>,
  errors?: FieldErrors,
  message?: string,
  status?: 200 | 400 | 403 | 409,
) => Promise<Response>;

/**
 * A unit's form page: GET shows it; POST checks the right, the shape (400 with the fields'
 * messages), runs the work (a refusal shows the form again with its message) and redirects.
 */
export function formRoute<S extends z.ZodType>(
  app: Hono<AppEnv>,
  deps: AppDeps,
  p: {
    path: string;
    action: string;
    show: ShowForm;
    schema: S;
    run: (c: Context<AppEnv>, loaded: LoadedUnit, data: z.infer<S>) => Promise<string>;
  },
) {
  app.get(p.path, (c) => p.show(c));
  app.post(p.path, async (c) => {
    const loaded = await loadUnitForAdmin(
      deps.db,
      c.get("ctx"),
      c.req.param("code") ?? "",
      p.action,
    );
    const form = (await c.req.parseBody()) as Record<string, string>;
    const parsed = validateForm(p.schema, form);
    if (!parsed.ok) return p.show(c, form, parsed.errors, undefined, 400);
    try {
      return c.redirect(await p.run(c, loaded, parsed.data), 303);
    } catch (err) {
      const r = refusalOf(err);
      return p.show(c, form, r.errors, r.message, r.status);
    }
  });
}

/** "Trước ngày …" or "chậm nhất ngày …": how the text words a due date. */
export function WordingField(p: { lang: Lang; name: string; value: string; errors: FieldErrors }) {
  return (
    <SelectField
      name={p.name}
      label={pick(p.lang, R.wording)}
      value={p.value || "before"}
      errors={p.errors}
      options={[
        { value: "before", label: pick(p.lang, R.before) },
        { value: "by", label: pick(p.lang, R.by) },
      ]}
    />
  );
}
