import type { Context, Hono } from "hono";
import { AppError, validation } from "../../../core/errors.ts";
import type { AppDeps, AppEnv } from "../../../core/http/env.ts";
import { validateForm } from "../../../core/http/forms.ts";
import { renderPage } from "../../../core/http/page.tsx";
import { isValidIsoDate } from "../../../core/validation.ts";
import {
  AttachmentField,
  CsrfField,
  ErrorSummary,
  Field,
  type FieldErrors,
  labelledOptions,
  SelectField,
} from "../../../core/views/components.tsx";
import { AdminHeader, adminCrumbs, type LoadedUnit, loadUnitForAdmin } from "../../org/index.ts";
import { setFeedbackTarget } from "../commands/set-feedback-target.ts";
import type { UploadedFile } from "../commands/submit-item.ts";
import { feedbackTargetDays } from "../db/inbox.repo.ts";
import type { Channel } from "../domain/kinds.ts";
import { KIND_LABELS } from "../domain/kinds.ts";
import { runHandling, submitTo, today } from "./run.ts";
import { SUBMIT_KINDS, submitSchema, toSubmitInput } from "./submit-schema.ts";

// Recording at the reception desk or from a voter-contact meeting (issue #5 item 1): an official
// writes down what a citizen brings or says, on the citizen's behalf; the item is received on the
// day it arrived. And the unit's own answer target for feedback.

const CHANNELS: [Channel, string][] = [
  ["desk", "Trực tiếp tại nơi tiếp công dân"],
  ["voter_meeting", "Tiếp xúc cử tri"],
  ["post", "Đơn gửi qua bưu chính"],
  ["email", "Thư điện tử"],
  ["phone", "Điện thoại (số chuyên dùng đã công bố)"],
];

function Text(p: { name: string; label: string; v: Record<string, string>; rows?: number }) {
  return (
    <div class="field">
      <label for={`f-${p.name}`}>{p.label}</label>
      <textarea id={`f-${p.name}`} name={p.name} rows={p.rows ?? 3}>
        {p.v[p.name] ?? ""}
      </textarea>
    </div>
  );
}

/** The villages (thôn, tổ dân phố) directly under the unit, for the place of an item. */
function villagesOf(deps: AppDeps, unitId: number) {
  return deps.db
    .selectFrom("org_unit")
    .select(["id", "code", "name", "kind", "path", "parent_id"])
    .where("parent_id", "=", unitId)
    .where("kind", "in", ["village", "residential_group"])
    .orderBy("code")
    .execute();
}
type Village = Awaited<ReturnType<typeof villagesOf>>[number];

/** A checkbox with its label, checked as the form last had it. */
function Check(p: { v: Record<string, string>; name: string; children: string }) {
  return (
    <label>
      <input type="checkbox" name={p.name} checked={p.v[p.name] === "on"} /> {p.children}
    </label>
  );
}

function intakePage(
  c: Context<AppEnv>,
  loaded: LoadedUnit,
  villages: Village[],
  v: Record<string, string>,
  errors: FieldErrors,
  status: 200 | 400 | 403 = 200,
) {
  const lang = c.get("lang");
  const base = `/quan-tri/${loaded.unit.code}/phan-anh`;
  return renderPage(
    c,
    { title: "Ghi nhận đơn", status, crumbs: adminCrumbs(lang, loaded, "Ghi nhận đơn") },
    <>
      <AdminHeader c={c} loaded={loaded} current="phan-anh" />
      <h2>Ghi nhận đơn, ý kiến của công dân</h2>
      <form method="post" action={`${base}/moi`} enctype="multipart/form-data" class="stack">
        <CsrfField token={c.get("csrf")()} />
        <ErrorSummary lang={lang} errors={errors} />
        <SelectField
          name="channel"
          label="Hình thức tiếp nhận"
          options={CHANNELS.map(([value, label]) => ({ value, label }))}
          value={v.channel}
          errors={errors}
        />
        <Field
          name="receivedOn"
          type="date"
          label="Ngày nhận"
          value={v.receivedOn ?? today()}
          errors={errors}
          required
        />
        <SelectField
          name="kind"
          label="Loại"
          options={labelledOptions(lang, SUBMIT_KINDS, KIND_LABELS).slice(1)}
          value={v.kind}
          errors={errors}
        />
        <Field
          name="source"
          label="Nguồn (số sổ tiếp công dân, buổi tiếp xúc cử tri…)"
          value={v.source}
          errors={errors}
        />
        <Field
          name="title"
          label="Tiêu đề"
          value={v.title}
          errors={errors}
          required
          maxlength={200}
        />
        <Text name="content" label="Nội dung (ghi trung thực lời trình bày)" v={v} rows={6} />
        <Field name="place" label="Địa điểm" value={v.place} errors={errors} />
        {villages.length > 0 ? (
          <SelectField
            name="village"
            label="Thôn, tổ dân phố"
            options={[
              { value: "", label: "—" },
              ...villages.map((x) => ({ value: x.code, label: x.name })),
            ]}
            value={v.village}
            errors={errors}
          />
        ) : null}
        <fieldset>
          <legend>Người gửi</legend>
          <label>
            <input type="checkbox" name="anonymous" checked={v.anonymous === "on"} /> Không cho biết
            danh tính (chỉ với phản ánh, kiến nghị)
          </label>
          <Field name="name" label="Họ và tên" value={v.name} errors={errors} />
          <Field name="address" label="Địa chỉ" value={v.address} errors={errors} />
          <Field
            name="contact"
            label="Điện thoại hoặc địa chỉ liên hệ"
            value={v.contact}
            errors={errors}
          />
          <Field
            name="representative"
            label="Người đại diện, người được ủy quyền (nếu có)"
            value={v.representative}
            errors={errors}
          />
        </fieldset>
        <fieldset>
          <legend>Khiếu nại, tố cáo</legend>
          <Field
            name="submittedOn"
            type="date"
            label="Ngày viết đơn"
            value={v.submittedOn}
            errors={errors}
          />
          <Field
            name="respondent"
            label="Người, cơ quan bị khiếu nại"
            value={v.respondent}
            errors={errors}
          />
          <Field
            name="respondentAddress"
            label="Địa chỉ người, cơ quan bị khiếu nại"
            value={v.respondentAddress}
            errors={errors}
          />
          <SelectField
            name="instance"
            label="Khiếu nại lần"
            options={[
              { value: "first", label: "Lần đầu" },
              { value: "second", label: "Lần hai" },
            ]}
            value={v.instance}
            errors={errors}
          />
          <Check v={v} name="firstDecisionIssued">
            Đã có quyết định giải quyết lần đầu
          </Check>
          <Check v={v} name="firstDecisionAttached">
            Có kèm quyết định giải quyết lần đầu
          </Check>
          <Check v={v} name="disciplinary">
            Khiếu nại quyết định kỷ luật cán bộ, công chức
          </Check>
          <Text name="reasons" label="Lý do khiếu nại" v={v} />
          <Text name="request" label="Yêu cầu của người khiếu nại" v={v} />
          <Field
            name="accused"
            label="Người, cơ quan bị tố cáo"
            value={v.accused}
            errors={errors}
          />
          <label>
            <input
              type="checkbox"
              name="signed"
              checked={v.signed !== undefined ? v.signed === "on" : true}
            />{" "}
            Người gửi đã ký hoặc điểm chỉ
          </label>
        </fieldset>
        <Check v={v} name="aboutRegulation">
          Về quy định, thủ tục hành chính
        </Check>
        <Check v={v} name="dedicatedLine">
          Gọi đến số điện thoại chuyên dùng
        </Check>
        <Check v={v} name="publish">
          Người gửi đồng ý công khai nội dung và câu trả lời (không kèm thông tin cá nhân)
        </Check>
        <AttachmentField
          label="Đơn, tài liệu kèm theo (ảnh chụp, PDF, Word)"
          error={errors.files}
          name="files"
          required={false}
          multiple
        />
        <button type="submit">Ghi nhận</button>
      </form>
    </>,
  );
}

export function inboxAdminIntake(app: Hono<AppEnv>, deps: AppDeps) {
  app.get("/quan-tri/:code/phan-anh/moi", async (c) => {
    const loaded = await loadUnitForAdmin(
      deps.db,
      c.get("ctx"),
      c.req.param("code"),
      "inbox.item.record",
    );
    return intakePage(c, loaded, await villagesOf(deps, loaded.unit.id), {}, {});
  });

  app.post("/quan-tri/:code/phan-anh/moi", async (c) => {
    const loaded = await loadUnitForAdmin(
      deps.db,
      c.get("ctx"),
      c.req.param("code"),
      "inbox.item.record",
    );
    const body = await c.req.parseBody({ all: true });
    const v: Record<string, string> = {};
    const files: UploadedFile[] = [];
    for (const [k, x] of Object.entries(body))
      for (const one of Array.isArray(x) ? x : [x]) {
        if (typeof one === "string") v[k] = one;
        else if (one instanceof File && one.size > 0)
          files.push({ fileName: one.name, bytes: new Uint8Array(await one.arrayBuffer()) });
      }
    const villages = await villagesOf(deps, loaded.unit.id);
    const parsed = validateForm(submitSchema, v);
    if (!parsed.ok) return intakePage(c, loaded, villages, v, parsed.errors, 400);
    const channel = (CHANNELS.find(([k]) => k === v.channel)?.[0] ?? "desk") as Channel;
    try {
      if (!isValidIsoDate(v.receivedOn ?? ""))
        throw validation("Ngày nhận không hợp lệ.", "receivedOn");
      const u = loaded.unit;
      // An item about a village is sent to it: the commune handles it, the village is kept.
      const village = villages.find((x) => x.code === v.village);
      const r = await submitTo(
        c,
        village ?? u,
        toSubmitInput(parsed.data, channel, {
          files,
          receivedOn: v.receivedOn,
          source: v.source ?? null,
          signed: v.signed === "on",
          dedicatedLine: v.dedicatedLine === "on",
          transcribed: true,
          representative: v.representative?.trim() || null,
          firstDecisionAttached: v.firstDecisionAttached === "on" ? true : undefined,
        }),
      );
      return c.redirect(`/quan-tri/${u.code}/phan-anh/${r.id}?moi=1`, 303);
    } catch (err) {
      if (err instanceof AppError && (err.code === "validation" || err.code === "conflict")) {
        const fields = (err.details?.fields as Record<string, string> | undefined) ?? {};
        return intakePage(c, loaded, villages, v, { ...fields, _form: err.message }, 400);
      }
      throw err;
    }
  });

  app.get("/quan-tri/:code/phan-anh/cai-dat", async (c) => {
    const loaded = await loadUnitForAdmin(
      deps.db,
      c.get("ctx"),
      c.req.param("code"),
      "inbox.settings.manage",
    );
    return settingsPage(c, loaded, String(await feedbackTargetDays(deps.db, loaded.unit.id)), {});
  });

  app.post("/quan-tri/:code/phan-anh/cai-dat", async (c) => {
    const loaded = await loadUnitForAdmin(
      deps.db,
      c.get("ctx"),
      c.req.param("code"),
      "inbox.settings.manage",
    );
    const form = await c.req.parseBody();
    const days = String(form.days ?? "");
    try {
      await runHandling(c, { action: "inbox.settings.set", unitId: loaded.unit.id }, (h) =>
        setFeedbackTarget(h, loaded.unit, Number(days)),
      );
      return c.redirect(`/quan-tri/${loaded.unit.code}/phan-anh`, 303);
    } catch (err) {
      if (err instanceof AppError && err.code === "validation")
        return settingsPage(c, loaded, days, { days: err.message }, 400);
      throw err;
    }
  });
}

function settingsPage(
  c: Context<AppEnv>,
  loaded: LoadedUnit,
  days: string,
  errors: FieldErrors,
  status: 200 | 400 = 200,
) {
  const lang = c.get("lang");
  return renderPage(
    c,
    {
      title: "Chỉ tiêu trả lời phản ánh, kiến nghị",
      status,
      crumbs: adminCrumbs(lang, loaded, "Chỉ tiêu trả lời"),
    },
    <>
      <AdminHeader c={c} loaded={loaded} current="phan-anh" />
      <h2>Chỉ tiêu trả lời phản ánh, kiến nghị</h2>
      <p>
        Pháp luật không quy định thời hạn trả lời phản ánh, kiến nghị của Nhân dân ở cơ sở; đơn vị
        tự cam kết một chỉ tiêu để người gửi biết khi nào có câu trả lời và để theo dõi đúng hạn.
        Khiếu nại, tố cáo luôn theo thời hạn luật định.
      </p>
      <form method="post" class="stack">
        <CsrfField token={c.get("csrf")()} />
        <Field
          name="days"
          label="Số ngày làm việc (1–60)"
          value={days}
          errors={errors}
          inputmode="numeric"
          required
        />
        <button type="submit">Lưu</button>
      </form>
    </>,
  );
}
