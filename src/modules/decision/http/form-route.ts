import type { Context, Hono } from "hono";
import type { RequestContext } from "../../../core/context/request-context.ts";
import { AppError } from "../../../core/errors.ts";
import type { AppEnv } from "../../../core/http/env.ts";
import { readForm } from "../../../core/http/forms.ts";
import type { FieldErrors } from "../../../core/views/components.tsx";
import type { Finding } from "../domain/types.ts";

/** What a refused form re-renders with: messages by field, and the rules not met. */
export interface Refusal {
  errors: FieldErrors;
  findings: Finding[];
}

/** The message on the field the command named, or on the form. */
export const onField = (err: AppError): Refusal => ({
  errors: { [err.field ?? "_form"]: err.message },
  findings: [],
});

/**
 * The forms posted to one page (a matter, a round, an initiative) share one pipeline: load what
 * the page is about, validate, run the command in its transaction, then go back to the page (303)
 * or to where `work` says ("?…" is appended to the page). A schema error re-renders the page with
 * field messages (400); a refused rule or state re-renders it too (400, or 409 for a state).
 */
export function formRoutes<L>(
  app: Hono<AppEnv>,
  pattern: string,
  opts: {
    load: (c: Context<AppEnv>) => Promise<L>;
    page: (
      c: Context<AppEnv>,
      loaded: L,
      form: Record<string, string>,
      refusal: Refusal,
      status: 400 | 409,
    ) => Promise<Response> | Response;
    url: (loaded: L) => string;
    refusal?: (err: AppError) => Refusal;
  },
) {
  const refusal = opts.refusal ?? onField;
  return (
    path: string,
    work: (
      ctx: RequestContext,
      loaded: L,
      form: Record<string, string>,
    ) => Promise<FieldErrors | string | undefined>,
  ) =>
    app.post(`${pattern}/${path}`, async (c) => {
      const loaded = await opts.load(c);
      const form = await readForm(c);
      const base = opts.url(loaded);
      try {
        const out = await work(c.get("ctx"), loaded, form);
        if (typeof out === "object")
          return opts.page(c, loaded, form, { errors: out, findings: [] }, 400);
        const next = out === undefined ? base : out.startsWith("?") ? `${base}${out}` : out;
        return c.redirect(next, 303);
      } catch (err) {
        if (err instanceof AppError && (err.code === "validation" || err.code === "conflict")) {
          return opts.page(c, loaded, form, refusal(err), err.code === "conflict" ? 409 : 400);
        }
        throw err;
      }
    });
}

/** Messages of the fields of one form named apart from another form's on the same page. */
export function renamed(errors: FieldErrors, names: Record<string, string>): FieldErrors {
  const out: FieldErrors = {};
  for (const [k, msg] of Object.entries(errors)) out[names[k] ?? k] = msg;
  return out;
}

/** A command's refusal on a field, moved to the form's own name for it. */
export async function onRenamedField<T>(
  work: Promise<T>,
  names: Record<string, string>,
): Promise<T> {
  try {
    return await work;
  } catch (err) {
    if (err instanceof AppError && err.field && names[err.field]) {
      throw new AppError(err.code, err.message, names[err.field], err.details);
    }
    throw err;
  }
}
