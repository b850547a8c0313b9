import type { Context, Hono } from "hono";
import { AppError } from "../../../core/errors.ts";
import type { AppDeps, AppEnv } from "../../../core/http/env.ts";
import { renderPage } from "../../../core/http/page.tsx";
import { type Lang, pick } from "../../../core/i18n/lang.ts";
import {
  AttachmentField,
  CsrfField,
  ErrorSummary,
  type FieldErrors,
} from "../../../core/views/components.tsx";
import { adminCrumbs, loadUnit } from "../../org/index.ts";
import { addMatterAttachment } from "../commands/add-matter-attachment.ts";
import {
  findMatterAttachment,
  type MatterAttachmentRow,
  matterAttachments,
} from "../db/attachment.repo.ts";
import { loadMatterForAdmin } from "../queries/admin-load.ts";
import { loadPublicMatter } from "../queries/visible-matter.ts";

// The documents attached to a matter — the proposal, estimates, drafts that must reach the
// households before the meeting (NĐ 59/2023 Art 3.4, items 1–3): officials upload them on the
// matter's admin page, anyone downloads them from the public page.

const T = {
  documents: { vi: "Tài liệu kèm theo", en: "Documents" },
  hint: {
    vi: "Tờ trình, dự toán, dự thảo… gửi đến hộ gia đình trước cuộc họp (NĐ 59/2023 Điều 3.4).",
    en: "Proposal, estimates, drafts… sent to households before the meeting (Decree 59/2023 Art 3.4).",
  },
  none: { vi: "Chưa có tài liệu.", en: "No documents yet." },
  file: {
    vi: "Tệp PDF, ảnh JPEG/PNG hoặc Word (.docx), tối đa 20 MB",
    en: "PDF, JPEG/PNG image or Word (.docx) file, at most 20 MB",
  },
  attach: { vi: "Đính kèm tài liệu", en: "Attach" },
  back: { vi: "Quay lại nội dung biểu quyết", en: "Back to the matter" },
};

/** Where anyone downloads a matter's document. */
export const attachmentHref = (unitCode: string, matterId: number, attachmentId: number) =>
  `/u/${unitCode}/quyet-dinh/${matterId}/tai-lieu/${attachmentId}`;

/** Whether documents may still be attached: not once the decision is final or the matter gone. */
export const mayAttach = (status: string) => status !== "finalised" && status !== "withdrawn";

const kb = (bytes: number) => `${Math.ceil(bytes / 1024)} KB`;

/** The list of a matter's documents with their download links. */
export function MatterAttachmentList(p: {
  lang: Lang;
  unitCode: string;
  matterId: number;
  files: Pick<MatterAttachmentRow, "id" | "file_name" | "byte_size">[];
}) {
  if (p.files.length === 0) return <p class="muted">{pick(p.lang, T.none)}</p>;
  return (
    <ul>
      {p.files.map((f) => (
        <li>
          <a href={attachmentHref(p.unitCode, p.matterId, f.id)}>{f.file_name}</a>{" "}
          <span class="muted">({kb(f.byte_size)})</span>
        </li>
      ))}
    </ul>
  );
}

/** The public page's section: shown only when the matter has documents. */
export function MatterAttachmentsPublic(p: {
  lang: Lang;
  unitCode: string;
  matterId: number;
  files: MatterAttachmentRow[];
}) {
  if (p.files.length === 0) return null;
  return (
    <section aria-labelledby="tai-lieu">
      <h2 id="tai-lieu">{pick(p.lang, T.documents)}</h2>
      <MatterAttachmentList {...p} />
    </section>
  );
}

/** The admin page's section: the list, and the upload form for those who manage the matter. */
export function MatterAttachmentsAdmin(p: {
  lang: Lang;
  adminCode: string;
  unitCode: string;
  matterId: number;
  files: MatterAttachmentRow[];
  upload: boolean;
  csrf: string;
  error?: string;
}) {
  return (
    <section aria-labelledby="tai-lieu">
      <h2 id="tai-lieu">{pick(p.lang, T.documents)}</h2>
      <p class="hint">{pick(p.lang, T.hint)}</p>
      <MatterAttachmentList
        lang={p.lang}
        unitCode={p.unitCode}
        matterId={p.matterId}
        files={p.files}
      />
      {p.upload ? (
        <form
          method="post"
          action={`/quan-tri/${p.adminCode}/quyet-dinh/${p.matterId}/tai-lieu`}
          enctype="multipart/form-data"
          class="stack"
        >
          <CsrfField token={p.csrf} />
          <AttachmentField label={pick(p.lang, T.file)} error={p.error} />
          <button type="submit">{pick(p.lang, T.attach)}</button>
        </form>
      ) : null}
    </section>
  );
}

export function decisionMatterAttachments(app: Hono<AppEnv>, deps: AppDeps) {
  app.post("/quan-tri/:code/quyet-dinh/:id{[0-9]+}/tai-lieu", async (c) => {
    const { loaded, matter } = await loadMatterForAdmin(
      deps.db,
      c.get("ctx"),
      c.req.param("code"),
      Number(c.req.param("id")),
    );
    const body = await c.req.parseBody();
    const file = body.file;
    const bytes =
      file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
    const back = `/quan-tri/${loaded.unit.code}/quyet-dinh/${matter.id}`;
    try {
      await deps.db.transaction().execute((tx) =>
        addMatterAttachment(tx, c.get("ctx"), deps.storage, matter.id, {
          name: file instanceof File ? file.name : "",
          bytes,
        }),
      );
    } catch (err) {
      if (err instanceof AppError && (err.code === "validation" || err.code === "conflict")) {
        return refusal(c, deps, {
          adminCode: loaded.unit.code,
          unitCode: matter.unit_code,
          matterId: matter.id,
          title: matter.title,
          crumbs: adminCrumbs(c.get("lang"), loaded, matter.title),
          back,
          message: err.message,
          upload: mayAttach(matter.status),
          status: err.code === "validation" ? 400 : 409,
        });
      }
      throw err;
    }
    return c.redirect(`${back}#tai-lieu`, 303);
  });

  app.get("/u/:code/quyet-dinh/:id{[0-9]+}/tai-lieu/:attachmentId{[0-9]+}", async (c) => {
    const { unit } = await loadUnit(deps.db, c.req.param("code"));
    const m = await loadPublicMatter(deps.db, Number(c.req.param("id")), unit.id);
    const file = await findMatterAttachment(deps.db, m.id, Number(c.req.param("attachmentId")));
    if (!file) throw new AppError("not_found", "Không có tài liệu này.");
    const bytes = await deps.storage.get(file.storage_key);
    c.header("Content-Type", file.mime);
    c.header(
      "Content-Disposition",
      `attachment; filename*=UTF-8''${encodeURIComponent(file.file_name)}`,
    );
    // A document never changes once attached: its bytes are named by their SHA-256.
    c.header("Cache-Control", "public, max-age=86400, immutable");
    c.header("ETag", `"${file.sha256}"`);
    return c.body(new Uint8Array(bytes));
  });
}

/** The upload refused (wrong type, too large, matter final): the message and the form again. */
async function refusal(
  c: Context<AppEnv>,
  deps: AppDeps,
  p: {
    adminCode: string;
    unitCode: string;
    matterId: number;
    title: string;
    crumbs: ReturnType<typeof adminCrumbs>;
    back: string;
    message: string;
    upload: boolean;
    status: 400 | 409;
  },
) {
  const lang = c.get("lang");
  const errors: FieldErrors = p.upload ? { file: p.message } : {};
  return renderPage(
    c,
    { title: p.title, crumbs: p.crumbs, status: p.status },
    <>
      <h1>{p.title}</h1>
      <ErrorSummary lang={lang} errors={errors} message={p.upload ? undefined : p.message} />
      <MatterAttachmentsAdmin
        lang={lang}
        adminCode={p.adminCode}
        unitCode={p.unitCode}
        matterId={p.matterId}
        files={await matterAttachments(deps.db, p.matterId)}
        upload={p.upload}
        csrf={c.get("csrf")()}
        error={p.upload ? p.message : undefined}
      />
      <p>
        <a href={p.back}>{pick(lang, T.back)}</a>
      </p>
    </>,
  );
}
