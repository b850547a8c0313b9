import type { Context, Hono } from "hono";
import { civilServiceCalendar } from "../../../core/calendar/index.ts";
import { AppError, notFound } from "../../../core/errors.ts";
import type { AppDeps, AppEnv } from "../../../core/http/env.ts";
import { readForm, validateForm } from "../../../core/http/forms.ts";
import { renderPage } from "../../../core/http/page.tsx";
import { pick, showDate } from "../../../core/i18n/lang.ts";
import { todayInVietnam } from "../../../core/validation.ts";
import {
  AttachmentField,
  Badge,
  type BadgeTone,
  CsrfField,
  ErrorSummary,
  Field,
  type FieldErrors,
  Notice,
  SelectField,
  Table,
} from "../../../core/views/components.tsx";
import { adminCrumbs, type LoadedUnit, loadUnitForAdmin } from "../../org/index.ts";
import { addAttachment } from "../commands/add-attachment.ts";
import { newVersion } from "../commands/new-version.ts";
import { publishItem } from "../commands/publish-item.ts";
import { endPosting, recordEvidence } from "../commands/record-evidence.ts";
import { assessItem } from "../commands/refresh-compliance.ts";
import { updateDraft } from "../commands/update-draft.ts";
import { withdrawItem } from "../commands/withdraw-item.ts";
import {
  attachmentsOf,
  evidenceOf,
  findItem,
  type ItemRow,
  unitFacts,
} from "../db/disclosure.repo.ts";
import { categoriesOf, categoryOf } from "../domain/catalogues.ts";
import { FORM_LABEL } from "../domain/form-labels.ts";
import { type FindingStatus, FORMS } from "../domain/types.ts";
import { STATUS_LABEL } from "./admin-list.tsx";
import { DraftFields } from "./draft-fields.tsx";
import {
  draftSchema,
  endPostingSchema,
  evidenceSchema,
  publishSchema,
  withdrawSchema,
} from "./schemas.ts";

const FINDING: Record<FindingStatus, { vi: string; en: string; tone: BadgeTone }> = {
  ok: { vi: "Đạt", en: "Met", tone: "ok" },
  pending: { vi: "Đang thực hiện", en: "In progress", tone: "info" },
  late: { vi: "Chậm", en: "Late", tone: "bad" },
  missing: { vi: "Chưa thực hiện", en: "Missing", tone: "bad" },
  short: { vi: "Chưa đủ thời gian", en: "Too short", tone: "bad" },
  interrupted: { vi: "Bị gián đoạn", en: "Interrupted", tone: "bad" },
  not_applicable: { vi: "Không áp dụng", en: "Not applicable", tone: "neutral" },
};

/** Findings name villages by id ("thôn #12"); officials read their names. */
const nameVillages = (message: string, villages: { id: number; full_name: string }[]) =>
  message.replace(
    /thôn #(\d+)/g,
    (all, id: string) => villages.find((v) => v.id === Number(id))?.full_name ?? all,
  );

/** The unit and the item, which must belong to it. */
async function load(
  deps: AppDeps,
  c: Context<AppEnv>,
  action = "disclosure.item.manage",
): Promise<{ loaded: LoadedUnit; item: ItemRow }> {
  const loaded = await loadUnitForAdmin(deps.db, c.get("ctx"), c.req.param("code") ?? "", action);
  const item = await findItem(deps.db, Number(c.req.param("id")) || 0);
  if (!item || item.unit_id !== loaded.unit.id)
    throw notFound("Không có nội dung công khai này trong đơn vị.");
  return { loaded, item };
}

const draftValues = (i: ItemRow): Record<string, string> => ({
  category: i.category,
  title: i.title,
  summary: i.summary,
  body: i.body,
  basisNumber: i.basis_number ?? "",
  basisDate: i.basis_date,
  basisIssuer: i.basis_issuer ?? "",
  responsible: i.responsible ?? "",
});

export function disclosureAdminItem(app: Hono<AppEnv>, deps: AppDeps) {
  const calendar = civilServiceCalendar();

  const page = async (
    c: Context<AppEnv>,
    loaded: LoadedUnit,
    item: ItemRow,
    errors: FieldErrors = {},
    form: Record<string, string> = {},
    status: 200 | 400 | 409 = 200,
  ) => {
    const lang = c.get("lang");
    const code = loaded.unit.code;
    const today = todayInVietnam();
    const [files, evidence, facts, findings] = await Promise.all([
      attachmentsOf(deps.db, item.id),
      evidenceOf(deps.db, [item.id]),
      unitFacts(deps.db, item.unit_id),
      item.status === "published"
        ? assessItem(deps.db, calendar, item, today)
        : Promise.resolve([]),
    ]);
    const category = categoryOf(item.regime, item.category);
    const csrf = c.get("csrf")();
    const base = `/quan-tri/${code}/cong-khai/${item.id}`;
    return renderPage(
      c,
      { title: item.title, crumbs: adminCrumbs(lang, loaded, item.title), status },
      <>
        <h1>{item.title}</h1>
        <p>
          <Badge tone={STATUS_LABEL[item.status]?.tone}>
            {pick(lang, STATUS_LABEL[item.status]!)}
          </Badge>{" "}
          <span class="muted">
            #{item.id} · v{item.version}
          </span>
          {item.status !== "draft" ? (
            <>
              {" · "}
              <a href={`/u/${code}/cong-khai/${item.id}`}>
                {lang === "vi" ? "Trang công khai" : "Public page"}
              </a>
            </>
          ) : null}
        </p>
        <ErrorSummary lang={lang} errors={errors} />
        <dl class="facts">
          <dt>Lĩnh vực</dt>
          <dd>
            {item.category}. {category ? pick(lang, category.title) : ""}
          </dd>
          <dt>Văn bản căn cứ</dt>
          <dd>
            {[item.basis_number, showDate(lang, item.basis_date), item.basis_issuer]
              .filter(Boolean)
              .join(" — ")}
          </dd>
          <dt>Hạn công khai</dt>
          <dd>
            {item.publish_due
              ? showDate(lang, item.publish_due)
              : category?.deadline
                ? "Tính khi công bố"
                : "Không quy định"}
          </dd>
          <dt>Ngày công khai</dt>
          <dd>{showDate(lang, item.published_on)}</dd>
        </dl>
        {item.status === "draft" ? (
          <>
            <form method="post" action={base} class="stack" novalidate>
              <h2>Sửa bản nháp</h2>
              <CsrfField token={csrf} />
              <DraftFields
                lang={lang}
                categories={categoriesOf(item.regime)}
                form={{ ...draftValues(item), ...form }}
                errors={errors}
              />
              <button type="submit">Lưu bản nháp</button>
            </form>
            <h2>Tệp đính kèm</h2>
            {files.length > 0 ? (
              <ul>
                {files.map((f) => (
                  <li>
                    {f.file_name} <span class="muted">({Math.ceil(f.byte_size / 1024)} KB)</span>
                  </li>
                ))}
              </ul>
            ) : (
              <p class="muted">Chưa có tệp.</p>
            )}
            <form method="post" action={`${base}/tep`} enctype="multipart/form-data" class="stack">
              <CsrfField token={csrf} />
              <AttachmentField
                label="Tệp PDF, ảnh JPEG/PNG hoặc Word (.docx), tối đa 20 MB"
                error={errors.file}
              />
              <button type="submit">Đính kèm</button>
            </form>
            <form method="post" action={`${base}/cong-bo`} class="stack">
              <h2>Công bố</h2>
              <p>
                Khi công bố, nội dung hiện trên trang công khai của đơn vị và không được sửa trực
                tiếp nữa; mọi thay đổi sau đó là một phiên bản mới (Luật 10/2022 Điều 14.1).
              </p>
              <CsrfField token={csrf} />
              <Field
                name="publishedOn"
                type="date"
                label="Ngày công khai (để mặc định là hôm nay; chọn ngày sớm hơn nếu đã công khai trên trang của đơn vị)"
                value={form.publishedOn ?? today}
                errors={errors}
                required
              />
              <button type="submit">Công bố</button>
            </form>
          </>
        ) : null}
        {item.status === "published" ? (
          <>
            <h2>Kiểm tra tuân thủ</h2>
            <Table
              caption="Kiểm tra tuân thủ"
              captionHidden
              head={["Quy định", "Kết quả", "Chi tiết"]}
            >
              {findings.map((f) => (
                <tr>
                  <td>
                    {f.rule} <span class="muted">({f.article})</span>
                  </td>
                  <td>
                    <Badge tone={FINDING[f.status].tone}>{pick(lang, FINDING[f.status])}</Badge>
                  </td>
                  <td>
                    {nameVillages(f.message, facts.villages)}
                    {f.due ? <span class="muted"> — hạn {showDate(lang, f.due)}</span> : null}
                  </td>
                </tr>
              ))}
            </Table>
            <h2>Minh chứng công khai</h2>
            {evidence.length === 0 ? (
              <p class="muted">Chưa ghi nhận hình thức công khai nào.</p>
            ) : (
              <Table
                caption="Minh chứng"
                captionHidden
                head={["Hình thức", "Nơi", "Từ ngày", "Đến ngày", "Người thực hiện", ""]}
              >
                {evidence.map((e) => (
                  <tr>
                    <td>{pick(lang, FORM_LABEL[e.form])}</td>
                    <td>{e.village_name ?? e.location ?? "—"}</td>
                    <td>{showDate(lang, e.from_date)}</td>
                    <td>
                      {e.to_date ? showDate(lang, e.to_date) : "đang niêm yết"}
                      {e.interrupted_reason ? (
                        <span class="muted"> (gián đoạn: {e.interrupted_reason})</span>
                      ) : null}
                    </td>
                    <td>{e.done_by ?? "—"}</td>
                    <td>
                      {e.to_date ? null : (
                        <form
                          method="post"
                          action={`${base}/minh-chung/${e.id}/ket-thuc`}
                          class="inline-form"
                        >
                          <CsrfField token={csrf} />
                          <label for={`to-${e.id}`}>Gỡ xuống ngày</label>{" "}
                          <input id={`to-${e.id}`} type="date" name="to" value={today} required />{" "}
                          <label for={`why-${e.id}`}>Lý do nếu bị gián đoạn</label>{" "}
                          <input
                            id={`why-${e.id}`}
                            type="text"
                            name="interruptedReason"
                            maxlength={500}
                          />{" "}
                          <button type="submit" class="link">
                            Kết thúc
                          </button>
                        </form>
                      )}
                    </td>
                  </tr>
                ))}
              </Table>
            )}
            <form
              method="post"
              action={`${base}/minh-chung`}
              enctype="multipart/form-data"
              class="stack"
              novalidate
            >
              <h3>Ghi nhận hình thức công khai</h3>
              <CsrfField token={csrf} />
              <SelectField
                name="form"
                label="Hình thức"
                value={form.form}
                errors={errors}
                required
                options={FORMS.filter((f) => f !== "portal").map((f) => ({
                  value: f,
                  label: pick(lang, FORM_LABEL[f]),
                }))}
              />
              <SelectField
                name="villageId"
                label="Thôn, tổ dân phố (với niêm yết tại thôn hoặc gửi trưởng thôn)"
                value={form.villageId}
                errors={errors}
                options={[
                  { value: "", label: "—" },
                  ...facts.villages.map((v) => ({ value: String(v.id), label: v.full_name })),
                ]}
              />
              <Field
                name="location"
                label="Địa điểm"
                value={form.location}
                errors={errors}
                maxlength={300}
              />
              <div class="row">
                <Field
                  name="from"
                  type="date"
                  label="Từ ngày"
                  value={form.from ?? today}
                  errors={errors}
                  required
                />
                <Field
                  name="to"
                  type="date"
                  label="Đến ngày (để trống nếu vẫn đang niêm yết)"
                  value={form.to}
                  errors={errors}
                />
              </div>
              <Field
                name="doneBy"
                label="Người thực hiện"
                value={form.doneBy}
                errors={errors}
                maxlength={200}
              />
              <Field
                name="note"
                label="Ghi chú"
                value={form.note}
                errors={errors}
                maxlength={2000}
              />
              <div class={errors.file ? "field field-error" : "field"}>
                <label for="f-photo">Ảnh chụp hoặc bản quét minh chứng (không bắt buộc)</label>
                {errors.file ? <p class="error-text">{errors.file}</p> : null}
                <input id="f-photo" type="file" name="file" accept=".pdf,.jpg,.jpeg,.png" />
              </div>
              <button type="submit">Ghi nhận</button>
            </form>
            <div class="row">
              <form method="post" action={`${base}/phien-ban-moi`} class="stack">
                <h3>Thay đổi nội dung</h3>
                <p>
                  Tạo phiên bản mới (bản nháp); phiên bản mới phải công khai lại đúng quy định (Điều
                  14.1).
                </p>
                <CsrfField token={csrf} />
                <button type="submit">Tạo phiên bản mới</button>
              </form>
              <form method="post" action={`${base}/thu-hoi`} class="stack" novalidate>
                <h3>Thu hồi</h3>
                <CsrfField token={csrf} />
                <Field
                  name="reason"
                  label="Lý do thu hồi"
                  value={form.reason}
                  errors={errors}
                  required
                  maxlength={1000}
                />
                <button type="submit">Thu hồi</button>
              </form>
            </div>
          </>
        ) : null}
        {item.status === "withdrawn" ? (
          <Notice tone="bad">Đã thu hồi: {item.withdrawn_reason}</Notice>
        ) : null}
      </>,
    );
  };

  const handle = async (
    c: Context<AppEnv>,
    work: (
      l: { loaded: LoadedUnit; item: ItemRow },
      form: Record<string, string>,
    ) => Promise<string | undefined>,
  ) => {
    const l = await load(deps, c);
    const form = await readForm(c);
    try {
      const next = await work(l, form);
      return c.redirect(next ?? `/quan-tri/${l.loaded.unit.code}/cong-khai/${l.item.id}`, 303);
    } catch (err) {
      if (err instanceof AppError && (err.code === "validation" || err.code === "conflict")) {
        return page(
          c,
          l.loaded,
          l.item,
          { [err.field ?? "_form"]: err.message },
          form,
          err.code === "conflict" ? 409 : 400,
        );
      }
      throw err;
    }
  };

  class FormErrors extends AppError {
    constructor(readonly errors: FieldErrors) {
      super(
        "validation",
        Object.values(errors)[0] ?? "Dữ liệu không hợp lệ.",
        Object.keys(errors)[0],
      );
    }
  }
  const parse = <S extends Parameters<typeof validateForm>[0]>(
    schema: S,
    form: Record<string, string>,
  ) => {
    const r = validateForm(schema, form);
    if (!r.ok) throw new FormErrors(r.errors);
    return r.data;
  };

  app.get("/quan-tri/:code/cong-khai/:id{[0-9]+}", async (c) => {
    const { loaded, item } = await load(deps, c, "org.admin.view");
    return page(c, loaded, item);
  });

  app.post("/quan-tri/:code/cong-khai/:id{[0-9]+}", (c) =>
    handle(c, async ({ item }, form) => {
      const data = parse(draftSchema, form);
      await deps.db.transaction().execute((tx) => updateDraft(tx, c.get("ctx"), item, data));
      return undefined;
    }),
  );

  app.post("/quan-tri/:code/cong-khai/:id{[0-9]+}/tep", async (c) => {
    const { loaded, item } = await load(deps, c);
    const body = await c.req.parseBody();
    const file = body.file;
    const bytes =
      file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
    try {
      await deps.db.transaction().execute((tx) =>
        addAttachment(tx, c.get("ctx"), deps.storage, item, {
          name: file instanceof File ? file.name : "",
          bytes,
        }),
      );
    } catch (err) {
      if (err instanceof AppError && (err.code === "validation" || err.code === "conflict"))
        return page(c, loaded, item, { file: err.message }, {}, 400);
      throw err;
    }
    return c.redirect(`/quan-tri/${loaded.unit.code}/cong-khai/${item.id}`, 303);
  });

  app.post("/quan-tri/:code/cong-khai/:id{[0-9]+}/cong-bo", (c) =>
    handle(c, async ({ item }, form) => {
      const data = parse(publishSchema, form);
      const today = todayInVietnam();
      await deps.db
        .transaction()
        .execute((tx) =>
          publishItem(tx, c.get("ctx"), calendar, item, today, data.publishedOn ?? today),
        );
      return undefined;
    }),
  );

  app.post("/quan-tri/:code/cong-khai/:id{[0-9]+}/minh-chung", async (c) => {
    const { loaded, item } = await load(deps, c);
    const body = await c.req.parseBody();
    const form: Record<string, string> = {};
    for (const [k, v] of Object.entries(body)) if (typeof v === "string") form[k] = v;
    const parsed = validateForm(evidenceSchema, form);
    if (!parsed.ok) return page(c, loaded, item, parsed.errors, form, 400);
    const file = body.file;
    try {
      await deps.db.transaction().execute(async (tx) => {
        const photoId =
          file instanceof File && file.size > 0
            ? await addAttachment(
                tx,
                c.get("ctx"),
                deps.storage,
                item,
                { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) },
                { forEvidence: true },
              )
            : null;
        await recordEvidence(
          tx,
          c.get("ctx"),
          calendar,
          item,
          { ...parsed.data, photoId },
          todayInVietnam(),
        );
      });
    } catch (err) {
      if (
        err instanceof AppError &&
        (err.code === "validation" || err.code === "conflict" || err.code === "not_found")
      ) {
        return page(c, loaded, item, { [err.field ?? "form"]: err.message }, form, 400);
      }
      throw err;
    }
    return c.redirect(`/quan-tri/${loaded.unit.code}/cong-khai/${item.id}`, 303);
  });

  app.post("/quan-tri/:code/cong-khai/:id{[0-9]+}/minh-chung/:evidenceId{[0-9]+}/ket-thuc", (c) =>
    handle(c, async ({ item }, form) => {
      const data = parse(endPostingSchema, form);
      await deps.db
        .transaction()
        .execute((tx) =>
          endPosting(
            tx,
            c.get("ctx"),
            calendar,
            item,
            Number(c.req.param("evidenceId")),
            data,
            todayInVietnam(),
          ),
        );
      return undefined;
    }),
  );

  app.post("/quan-tri/:code/cong-khai/:id{[0-9]+}/phien-ban-moi", (c) =>
    handle(c, async ({ loaded, item }) => {
      const id = await deps.db.transaction().execute((tx) => newVersion(tx, c.get("ctx"), item));
      return `/quan-tri/${loaded.unit.code}/cong-khai/${id}`;
    }),
  );

  app.post("/quan-tri/:code/cong-khai/:id{[0-9]+}/thu-hoi", (c) =>
    handle(c, async ({ item }, form) => {
      const data = parse(withdrawSchema, form);
      await deps.db
        .transaction()
        .execute((tx) => withdrawItem(tx, c.get("ctx"), item, data.reason));
      return undefined;
    }),
  );
}
