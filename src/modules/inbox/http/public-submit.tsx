import type { Context, Hono } from "hono";
import { AppError } from "../../../core/errors.ts";
import type { AppDeps, AppEnv } from "../../../core/http/env.ts";
import { validateForm } from "../../../core/http/forms.ts";
import { renderPage } from "../../../core/http/page.tsx";
import { type Lang, pick } from "../../../core/i18n/lang.ts";
import {
  AttachmentField,
  TextArea as CoreTextArea,
  CsrfField,
  ErrorSummary,
  Field,
  type FieldErrors,
  Notice,
} from "../../../core/views/components.tsx";
import { type LoadedUnit, loadUnit, unitCrumbs } from "../../org/index.ts";
import type { UploadedFile } from "../commands/submit-item.ts";
import { ANONYMITY, KIND_LABELS, REQUIRED_FIELDS } from "../domain/kinds.ts";
import { villagesOf } from "../queries/villages.ts";
import {
  isSubmitKind,
  KIND_HELP,
  KindList,
  kindRequirement,
  type SubmitKind,
  usualTrack,
} from "./public-kinds.tsx";
import { submitTo, today } from "./run.ts";
import { submitSchema, toSubmitInput } from "./submit-schema.ts";

// The submission form (Luật 10/2022 Art 34; NĐ 20/2008 Art 7; Luật KN Art 8; Luật TC Art 23):
// without JavaScript, a kind is chosen first (a link per kind), then the form shows exactly the
// fields that kind needs. Anyone may submit; the answer is a tracking code to keep.

const T = {
  title: { vi: "Gửi phản ánh, kiến nghị, khiếu nại, tố cáo", en: "Send feedback or a complaint" },
  choose: { vi: "Bạn muốn gửi gì?", en: "What do you want to send?" },
  send: { vi: "Gửi", en: "Send" },
  identity: { vi: "Thông tin người gửi", en: "About you" },
  content: { vi: "Nội dung", en: "Content" },
};

function Chooser(p: { lang: Lang; code: string }) {
  return (
    <section>
      <h2>{pick(p.lang, T.choose)}</h2>
      <KindList lang={p.lang} code={p.code} />
    </section>
  );
}

/** The core text area, five rows unless told otherwise (what happened, what is asked). */
const TextArea = (p: Parameters<typeof CoreTextArea>[0]) => (
  <CoreTextArea {...p} rows={p.rows ?? 5} />
);

function Check(p: { name: string; label: string; checked: boolean; hint?: string }) {
  return (
    <div class="field field-check">
      <input id={`f-${p.name}`} type="checkbox" name={p.name} checked={p.checked} />
      <label for={`f-${p.name}`}>{p.label}</label>
      {p.hint ? <p class="hint">{p.hint}</p> : null}
    </div>
  );
}

interface FormProps {
  lang: Lang;
  loaded: LoadedUnit;
  kind: SubmitKind;
  csrf: string;
  values: Record<string, string>;
  errors: FieldErrors;
  villages: { code: string; name: string }[];
}

function SubmitForm(p: FormProps) {
  const v = p.values;
  const e = p.errors;
  const complaint = p.kind === "khieu_nai";
  const denunciation = p.kind === "to_cao";
  const feedback = p.kind === "phan_anh" || p.kind === "kien_nghi";
  const track = usualTrack(p.kind);
  const mayBeAnonymous = ANONYMITY[track].allowed || feedback;
  const needs = (f: "name" | "address" | "contact") =>
    !mayBeAnonymous && REQUIRED_FIELDS[track].identity.includes(f);
  return (
    <form
      method="post"
      action={`/u/${p.loaded.unit.code}/phan-anh/gui?loai=${p.kind}`}
      enctype="multipart/form-data"
      class="stack"
    >
      <CsrfField token={p.csrf} />
      <input type="hidden" name="kind" value={p.kind} />
      <ErrorSummary lang={p.lang} errors={e} />
      <h2>{pick(p.lang, KIND_LABELS[p.kind])}</h2>
      <p>
        {pick(p.lang, KIND_HELP[p.kind])}{" "}
        <a href={`/u/${p.loaded.unit.code}/phan-anh/gui`}>Chọn loại khác</a>
      </p>
      <p class="muted">{kindRequirement(p.kind)}</p>
      <p class="hint">
        Các mục có dấu <span class="req">*</span> là bắt buộc.
      </p>
      <fieldset>
        <legend>{pick(p.lang, T.content)}</legend>
        <Field
          name="title"
          label="Tiêu đề (tóm tắt một dòng)"
          required
          maxlength={200}
          value={v.title}
          errors={e}
        />
        <TextArea name="content" label="Nội dung" required value={v.content} errors={e} rows={7} />
        {complaint ? (
          <>
            <Field
              name="respondent"
              label="Cơ quan, tổ chức, cá nhân bị khiếu nại"
              required
              value={v.respondent}
              errors={e}
            />
            <Field
              name="respondentAddress"
              label="Địa chỉ của cơ quan, tổ chức, cá nhân bị khiếu nại"
              required
              value={v.respondentAddress}
              errors={e}
            />
            <TextArea
              name="reasons"
              label="Lý do khiếu nại"
              required
              value={v.reasons}
              errors={e}
              rows={3}
            />
            <TextArea
              name="request"
              label="Yêu cầu giải quyết"
              required
              value={v.request}
              errors={e}
              rows={3}
            />
            <Field
              name="submittedOn"
              type="date"
              label="Ngày viết đơn"
              required
              value={v.submittedOn ?? today()}
              errors={e}
            />
            <div class="field">
              <label for="f-instance">Khiếu nại lần</label>
              <select id="f-instance" name="instance">
                <option value="first" selected={v.instance !== "second"}>
                  Lần đầu
                </option>
                <option value="second" selected={v.instance === "second"}>
                  Lần hai (đã có quyết định giải quyết lần đầu)
                </option>
              </select>
            </div>
            <AttachmentField
              label="Quyết định giải quyết khiếu nại lần đầu (bắt buộc khi khiếu nại lần hai: Luật Khiếu nại Điều 33.1)"
              error={e.firstDecisionAttached}
              name="firstDecisionAttached"
              required={false}
            />
            <Check
              name="disciplinary"
              label="Khiếu nại quyết định kỷ luật cán bộ, công chức"
              checked={v.disciplinary === "on"}
            />
          </>
        ) : null}
        {denunciation ? (
          <>
            <Field
              name="accused"
              label="Người, cơ quan bị tố cáo"
              required
              value={v.accused}
              errors={e}
            />
            <Field
              name="submittedOn"
              type="date"
              label="Ngày viết đơn"
              required
              value={v.submittedOn ?? today()}
              errors={e}
            />
          </>
        ) : null}
        {feedback ? (
          <Check
            name="aboutRegulation"
            label="Về một quy định hành chính hoặc thủ tục hành chính"
            checked={v.aboutRegulation === "on"}
            hint="Khi đó phải ghi họ tên, địa chỉ, số điện thoại (Nghị định 20/2008 Điều 7)."
          />
        ) : null}
        <Field
          name="place"
          label="Địa điểm (số nhà, đường, xóm…)"
          value={v.place}
          errors={e}
          maxlength={300}
        />
        {p.villages.length > 0 ? (
          <div class="field">
            <label for="f-village">Thôn, tổ dân phố</label>
            <select id="f-village" name="village">
              <option value="">—</option>
              {p.villages.map((x) => (
                <option value={x.code} selected={v.village === x.code}>
                  {x.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <details>
          <summary>Vị trí trên bản đồ (không bắt buộc)</summary>
          <Field
            name="lat"
            label="Vĩ độ (ví dụ 21.0285)"
            inputmode="decimal"
            value={v.lat}
            errors={e}
          />
          <Field
            name="lng"
            label="Kinh độ (ví dụ 105.8542)"
            inputmode="decimal"
            value={v.lng}
            errors={e}
          />
        </details>
        <AttachmentField
          label="Tệp đính kèm: ảnh, PDF hoặc Word, tối đa 10 tệp, mỗi tệp 20 MB (không bắt buộc)"
          error={e.files}
          name="files"
          required={false}
          multiple
        />
      </fieldset>
      <fieldset>
        <legend>{pick(p.lang, T.identity)}</legend>
        {denunciation ? (
          <Notice tone="info">
            Họ tên, địa chỉ, số điện thoại của người tố cáo được mã hóa và giữ bí mật: chỉ người
            tiếp nhận, người giải quyết và người được họ giao mới được xem (Luật Tố cáo 2018 Điều
            8.3, 47.2). Tố cáo không ghi họ tên, địa chỉ không được xử lý theo Luật Tố cáo (Điều
            25).
          </Notice>
        ) : (
          <p class="hint">
            Thông tin của bạn được mã hóa, chỉ cán bộ giải quyết được xem và không bao giờ hiện trên
            trang công khai.
          </p>
        )}
        {mayBeAnonymous ? (
          <Check
            name="anonymous"
            label="Gửi ẩn danh (không ghi thông tin cá nhân)"
            checked={v.anonymous === "on"}
          />
        ) : null}
        <Field
          name="name"
          label="Họ và tên"
          required={needs("name")}
          value={v.name}
          errors={e}
          autocomplete="name"
        />
        <Field
          name="address"
          label="Địa chỉ"
          required={needs("address")}
          value={v.address}
          errors={e}
          autocomplete="street-address"
        />
        <Field
          name="contact"
          label="Số điện thoại hoặc thư điện tử"
          required={needs("contact")}
          value={v.contact}
          errors={e}
          autocomplete="tel"
        />
        {feedback ? (
          <Check
            name="publish"
            label="Đồng ý công khai nội dung và câu trả lời trên trang của xã (không kèm thông tin cá nhân)"
            checked={v.publish === "on"}
          />
        ) : null}
      </fieldset>
      <button type="submit">{pick(p.lang, T.send)}</button>
    </form>
  );
}

async function page(
  c: Context<AppEnv>,
  deps: AppDeps,
  loaded: LoadedUnit,
  kind: string | undefined,
  values: Record<string, string>,
  errors: FieldErrors,
  status: 200 | 400 | 409,
) {
  const lang = c.get("lang");
  const villages = await villagesOf(deps.db, loaded.unit.id);
  return renderPage(
    c,
    {
      title: pick(lang, T.title),
      status,
      crumbs: unitCrumbs(lang, loaded.chain, "/u", [
        { label: "Phản ánh, kiến nghị", href: `/u/${loaded.unit.code}/phan-anh` },
        { label: pick(lang, T.title) },
      ]),
    },
    <>
      <h1>{pick(lang, T.title)}</h1>
      <p>
        Gửi đến: <strong>{loaded.unit.name}</strong>
      </p>
      {c.get("viewer") ? (
        <p class="hint">
          Bạn đang đăng nhập: đơn được gắn với tài khoản của bạn và hiện ở trang{" "}
          <a href="/tai-khoan/phan-anh">Phản ánh, kiến nghị của tôi</a>.
        </p>
      ) : null}
      {isSubmitKind(kind) ? (
        <SubmitForm
          lang={lang}
          loaded={loaded}
          kind={kind}
          csrf={c.get("csrf")()}
          values={values}
          errors={errors}
          villages={villages}
        />
      ) : (
        <Chooser lang={lang} code={loaded.unit.code} />
      )}
    </>,
  );
}

/** The form's text fields, its files (all upload fields together, at most 10 in all: the command
 *  checks) and whether the first-instance decision was attached (Luật KN Art 33.1). */
async function readSubmission(c: Context<AppEnv>) {
  const body = await c.req.parseBody({ all: true });
  const values: Record<string, string> = {};
  const files: UploadedFile[] = [];
  let firstDecision = false;
  for (const [k, v] of Object.entries(body)) {
    for (const one of Array.isArray(v) ? v : [v]) {
      if (typeof one === "string") values[k] = one;
      else if (one instanceof File && one.size > 0) {
        files.push({ fileName: one.name, bytes: new Uint8Array(await one.arrayBuffer()) });
        if (k === "firstDecisionAttached") firstDecision = true;
      }
    }
  }
  return { values, files, firstDecision };
}

export function inboxPublicSubmit(app: Hono<AppEnv>, deps: AppDeps) {
  app.get("/u/:code/phan-anh/gui", async (c) => {
    const loaded = await loadUnit(deps.db, c.req.param("code"));
    return page(c, deps, loaded, c.req.query("loai"), {}, {}, 200);
  });

  app.post("/u/:code/phan-anh/gui", async (c) => {
    const loaded = await loadUnit(deps.db, c.req.param("code"));
    const { values, files, firstDecision } = await readSubmission(c);
    const parsed = validateForm(submitSchema, values);
    const kind = values.kind ?? c.req.query("loai");
    if (!parsed.ok) return page(c, deps, loaded, kind, values, parsed.errors, 400);
    // A village chosen on a commune's form: the item is sent to that village (kept with it).
    let target = loaded.unit;
    if (values.village) {
      const village = await loadUnit(deps.db, values.village).catch(() => null);
      if (village && village.unit.parent_id === loaded.unit.id) target = village.unit;
    }
    try {
      const second = parsed.data.kind === "khieu_nai" && parsed.data.instance === "second";
      const input = toSubmitInput(parsed.data, "web", {
        files,
        firstDecisionIssued: second,
        firstDecisionAttached: second && firstDecision,
      });
      const r = await submitTo(c, target, input);
      return c.redirect(`/theo-doi/${r.code}?moi=1`, 303);
    } catch (err) {
      if (err instanceof AppError && (err.code === "validation" || err.code === "conflict")) {
        const fields = (err.details?.fields as Record<string, string> | undefined) ?? {};
        // Each finding names its field; a refusal without one is shown at the top.
        const errors: FieldErrors =
          Object.keys(fields).length > 0 ? { ...fields } : { [err.field ?? "_form"]: err.message };
        return page(c, deps, loaded, kind, values, errors, 400);
      }
      throw err;
    }
  });
}
