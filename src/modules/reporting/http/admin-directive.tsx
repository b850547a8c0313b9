import type { Context, Hono } from "hono";
import { forbidden, notFound } from "../../../core/errors.ts";
import type { AppDeps, AppEnv } from "../../../core/http/env.ts";
import { readForm, validateForm } from "../../../core/http/forms.ts";
import { addDirectiveAttachments } from "../commands/add-directive-attachment.ts";
import { issueDirective } from "../commands/issue-directive.ts";
import { updateDirectiveDraft } from "../commands/save-directive-draft.ts";
import { withdrawDirective } from "../commands/withdraw-directive.ts";
import { findDirectiveAttachment } from "../db/directive.repo.ts";
import { editDraftPage } from "./directive-edit.tsx";
import { loadDirectiveForAdmin } from "./directive-load.ts";
import { type DirectivePageOptions, directivePage } from "./directive-view.tsx";
import { directiveHref, readFormWithFiles, refusalOf } from "./page-support.tsx";
import { runWorking } from "./run.ts";
import { DraftBody, draftFromForm, IssueBody, WithdrawBody } from "./schemas.ts";

// The directive page's routes: read it, download an attachment, edit the draft on its own page,
// and one POST per step (attach, issue, withdraw). A step parses its form with the API's schema, runs its command
// and goes back to the page, or shows the page again with the refusal on its form (400, 403, 409).

type Step = NonNullable<DirectivePageOptions["form"]>;
type Parsed =
  | { values: Record<string, string>; run: Parameters<typeof runWorking>[1] }
  | {
      values: Record<string, string>;
      errors: Record<string, string>;
    };

export function directivePages(app: Hono<AppEnv>, deps: AppDeps) {
  const path = "/quan-tri/:code/chi-dao/:id{[0-9]+}";

  app.get(path, async (c) => {
    const { loaded, view } = await loadDirectiveForAdmin(c, deps);
    return directivePage(c, loaded, view);
  });

  app.get(`${path}/sua`, async (c) => {
    const { loaded, view } = await loadDirectiveForAdmin(c, deps);
    if (!view.mayIssue) throw forbidden();
    // Only a draft is edited; an issued directive's page says what can still be done.
    if (view.directive.status !== "draft")
      return c.redirect(directiveHref(loaded.unit.code, view.directive.id), 303);
    return editDraftPage(c, deps, loaded, view);
  });

  app.post(`${path}/sua`, async (c) => {
    const { loaded, view } = await loadDirectiveForAdmin(c, deps);
    const { data, values } = draftFromForm(await readForm(c));
    const r = validateForm(DraftBody, data);
    if (!r.ok) return editDraftPage(c, deps, loaded, view, { values, errors: r.errors }, 400);
    try {
      await runWorking(c, (w) => updateDirectiveDraft(w, view.directive.id, r.data));
    } catch (err) {
      const x = refusalOf(err);
      return editDraftPage(
        c,
        deps,
        loaded,
        view,
        { values, errors: x.errors, message: x.message },
        x.status,
      );
    }
    return c.redirect(directiveHref(loaded.unit.code, view.directive.id), 303);
  });

  app.get(`${path}/tai-lieu/:fileId{[0-9]+}`, async (c) => {
    const { view } = await loadDirectiveForAdmin(c, deps);
    const file = await findDirectiveAttachment(
      deps.db,
      view.directive.id,
      Number(c.req.param("fileId")),
    );
    if (!file) throw notFound("Không tìm thấy tài liệu.");
    const bytes = await deps.storage.get(file.storage_key);
    c.header("Content-Type", file.mime);
    c.header(
      "Content-Disposition",
      `attachment; filename*=UTF-8''${encodeURIComponent(file.file_name)}`,
    );
    c.header("Cache-Control", "private, no-store");
    return c.body(new Uint8Array(bytes));
  });

  const steps: Record<Step, (c: Context<AppEnv>, id: number) => Promise<Parsed>> = {
    "tai-lieu": async (c, id) => {
      const { files } = await readFormWithFiles(c);
      return { values: {}, run: (w) => addDirectiveAttachments(w, deps.storage, id, files) };
    },
    "ban-hanh": async (c, id) => {
      const values = await readForm(c);
      const r = validateForm(IssueBody, values);
      if (!r.ok) return { values, errors: r.errors };
      return {
        values,
        run: (w) =>
          issueDirective(w, id, {
            issuedOn: r.data.issuedOn as string,
            number: r.data.number ?? null,
          }),
      };
    },
    "thu-hoi": async (c, id) => {
      const values = await readForm(c);
      const r = validateForm(WithdrawBody, values);
      if (!r.ok) return { values, errors: r.errors };
      return { values, run: (w) => withdrawDirective(w, id, { reason: r.data.reason }) };
    },
  };

  for (const [step, parse] of Object.entries(steps) as [Step, (typeof steps)[Step]][]) {
    app.post(`${path}/${step}`, async (c) => {
      const { loaded, view } = await loadDirectiveForAdmin(c, deps);
      const parsed = await parse(c, view.directive.id);
      if ("errors" in parsed) {
        return directivePage(c, loaded, view, { form: step, ...parsed }, 400);
      }
      try {
        await runWorking(c, parsed.run);
      } catch (err) {
        const r = refusalOf(err);
        const fresh = await loadDirectiveForAdmin(c, deps);
        return directivePage(
          c,
          fresh.loaded,
          fresh.view,
          { form: step, values: parsed.values, errors: r.errors, message: r.message },
          r.status,
        );
      }
      return c.redirect(directiveHref(loaded.unit.code, view.directive.id), 303);
    });
  }
}
