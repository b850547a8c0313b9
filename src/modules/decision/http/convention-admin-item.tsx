import type { Context, Hono } from "hono";
import { can, isWithin } from "../../../core/authz/index.ts";
import { civilServiceCalendar, parseLocalDate, plusDays } from "../../../core/calendar/index.ts";
import { AppError, notFound } from "../../../core/errors.ts";
import type { AppDeps, AppEnv } from "../../../core/http/env.ts";
import { readForm, validateForm } from "../../../core/http/forms.ts";
import { renderPage } from "../../../core/http/page.tsx";
import { type Lang, pick, showDate } from "../../../core/i18n/lang.ts";
import { todayInVietnam } from "../../../core/validation.ts";
import {
  Badge,
  CsrfField,
  ErrorSummary,
  Field,
  type FieldErrors,
  labelledOptions,
  Notice,
  SelectField,
  Table,
} from "../../../core/views/components.tsx";
import { AdminHeader, adminCrumbs, type LoadedUnit, loadUnitForAdmin } from "../../org/index.ts";
import { openConventionAdoption } from "../commands/convention-adoption.ts";
import { recordConventionComment } from "../commands/convention-comment.ts";
import { recordConventionComplaint } from "../commands/convention-complaint.ts";
import { submitConventionDossier } from "../commands/convention-dossier.ts";
import { saveConventionDraft } from "../commands/convention-draft.ts";
import { postConventionDraft } from "../commands/convention-post.ts";
import { recordConventionPublicity } from "../commands/convention-publicity.ts";
import { decideConventionRecognition } from "../commands/convention-recognition.ts";
import { resolveConventionComplaint } from "../commands/convention-resolve.ts";
import { recordConventionResult } from "../commands/convention-result.ts";
import { returnConventionDossier } from "../commands/convention-return.ts";
import { recordConventionReview } from "../commands/convention-review.ts";
import { conventionDues } from "../commands/convention-rules.ts";
import { signConvention } from "../commands/convention-sign.ts";
import { setDraftingTeam } from "../commands/convention-team.ts";
import {
  amendmentOf,
  type ConventionRow,
  commentsOf,
  complaintsOf,
  findConvention,
  membersOf,
  reviewsOf,
  versionsOf,
} from "../db/convention.repo.ts";
import { findMatter, findRecord } from "../db/decision.repo.ts";
import { CONVENTION_TAB, conventionUrl } from "./convention-admin-list.tsx";
import { conventionPapers } from "./convention-documents.tsx";
import {
  CHANNEL_LABEL,
  DuesTable,
  GROUND_LABEL,
  KIND_LABEL,
  LateBadge,
  PUBLICITY_LABEL,
  RESOLUTION_LABEL,
  REVIEW_FORM_LABEL,
  SOURCE_LABEL,
  StatusBadge,
} from "./convention-present.tsx";
import {
  adoptionSchema,
  COMMENT_CHANNELS,
  COMPLAINT_SOURCES,
  CONSULTATION_CHANNELS,
  commentSchema,
  complaintSchema,
  dossierSchema,
  draftSchema,
  GROUNDS,
  PUBLICITY_FORMS,
  pickChecked,
  postDraftSchema,
  publicitySchema,
  RESOLUTIONS,
  recognitionSchema,
  resolveSchema,
  returnSchema,
  reviewSchema,
  signSchema,
  TEAM_ROWS,
  teamFormData,
  teamSchema,
} from "./convention-schemas.ts";
import { CheckboxField, TextArea } from "./present.tsx";

/** The text as paragraphs, one a line (no preformatting: the page prints on A4). */
export function TextBody(p: { body: string }) {
  return (
    <div class="convention-text">
      {p.body.split(/\r?\n/).map((line) => (line.trim() === "" ? null : <p>{line}</p>))}
    </div>
  );
}

class FormErrors extends AppError {
  constructor(readonly errors: FieldErrors) {
    super(
      "validation",
      Object.values(errors)[0] ?? "Dữ liệu không hợp lệ.",
      Object.keys(errors)[0],
    );
  }
}

function parse<S extends Parameters<typeof validateForm>[0]>(schema: S, data: unknown) {
  const r = validateForm(schema, data);
  if (!r.ok) throw new FormErrors(r.errors);
  return r.data;
}

/** The unit's admin area and the convention, which must sit in the unit or under it. */
export async function load(deps: AppDeps, c: Context<AppEnv>) {
  const loaded = await loadUnitForAdmin(deps.db, c.get("ctx"), c.req.param("code") ?? "");
  const convention = await findConvention(deps.db, Number(c.req.param("id")) || 0);
  if (!convention || !isWithin(convention.unit_path, loaded.unit.path)) {
    throw notFound("Không có hương ước, quy ước này trong đơn vị.");
  }
  return { loaded, convention };
}

export const dateOf = (lang: Lang, d: string | null) => (d ? showDate(lang, d) : "—");

export function conventionAdminItem(app: Hono<AppEnv>, deps: AppDeps) {
  const calendar = civilServiceCalendar();

  const page = async (
    c: Context<AppEnv>,
    loaded: LoadedUnit,
    k: ConventionRow,
    errors: FieldErrors = {},
    form: Record<string, string> = {},
    status: 200 | 400 | 409 = 200,
  ) => {
    const lang = c.get("lang");
    const actor = c.get("ctx").actor;
    const manage = can(actor, "decision.matter.manage", { unitPath: k.unit_path });
    const recognise = can(actor, "decision.matter.recognise", { unitPath: k.unit_path });
    const today = todayInVietnam();
    const [members, versions, comments, complaints, reviews, matter, amendment, amended, record] =
      await Promise.all([
        membersOf(deps.db, k.id),
        versionsOf(deps.db, k.id),
        commentsOf(deps.db, k.id),
        complaintsOf(deps.db, k.id),
        reviewsOf(deps.db, k.id),
        k.matter_id ? findMatter(deps.db, k.matter_id) : Promise.resolve(undefined),
        amendmentOf(deps.db, k.id),
        k.amends_id ? findConvention(deps.db, k.amends_id) : Promise.resolve(undefined),
        k.matter_id ? findRecord(deps.db, k.matter_id) : Promise.resolve(undefined),
      ]);
    const papers = conventionPapers(k, complaints, !!record?.finalised_at);
    const dues = conventionDues(
      k,
      complaints,
      reviews.map((r) => r.year),
      today,
    );
    const latest = versions.at(-1);
    const csrf = c.get("csrf")();
    const base = conventionUrl(k);
    const v = (name: string, fallback = "") => form[name] ?? fallback;
    const title = `${pick(lang, KIND_LABEL[k.kind]!)}: ${k.title}`;
    const drafting = k.status === "drafting" || k.status === "consultation";
    const earliest =
      k.consultation_from && k.min_posting_days
        ? plusDays(parseLocalDate(k.consultation_from), k.min_posting_days)
        : null;
    const standing = complaints.filter((x) => x.resolution === null);
    return renderPage(
      c,
      { title, crumbs: adminCrumbs(lang, loaded, k.title), status },
      <>
        <AdminHeader c={c} loaded={loaded} current={CONVENTION_TAB} />
        <h2>{title}</h2>
        <p>
          <StatusBadge lang={lang} status={k.status} />{" "}
          <span class="muted">
            #{k.id} · {k.unit_full_name}
          </span>
          {k.status !== "drafting" ? (
            <>
              {" · "}
              <a href={`/u/${k.unit_code}/${CONVENTION_TAB}/${k.id}`}>Trang công khai</a>
            </>
          ) : null}
        </p>
        <ErrorSummary lang={lang} errors={errors} />
        <dl class="facts">
          <dt>Đề xuất</dt>
          <dd>
            {showDate(lang, k.proposed_on)} —{" "}
            {k.proposed_by === "initiative"
              ? `kiến nghị của người dân #${k.initiative_id}`
              : `Trưởng thôn, đã thống nhất với ${k.front_agreed_by} ngày ${dateOf(lang, k.front_agreed_on)}`}
          </dd>
          {k.ethnic_minority_area ? (
            <>
              <dt>Vùng đồng bào dân tộc thiểu số</dt>
              <dd>{k.ethnic_language ? `Tiếng ${k.ethnic_language}` : "Có"}</dd>
            </>
          ) : null}
          {amended ? (
            <>
              <dt>Sửa đổi, bổ sung</dt>
              <dd>
                <a href={conventionUrl(amended)}>{amended.title}</a>
              </dd>
            </>
          ) : null}
          {amendment ? (
            <>
              <dt>Bản sửa đổi</dt>
              <dd>
                <a href={`/quan-tri/${k.unit_code}/${CONVENTION_TAB}/${amendment.id}`}>
                  #{amendment.id} {amendment.title}
                </a>
              </dd>
            </>
          ) : null}
          <dt>Niêm yết dự thảo</dt>
          <dd>
            {k.consultation_from
              ? `Từ ${showDate(lang, k.consultation_from)}, ít nhất ${k.min_posting_days} ngày; thông qua sớm nhất ngày ${dateOf(lang, earliest)} (R68)`
              : "Chưa niêm yết"}
          </dd>
          {k.matter_id ? (
            <>
              <dt>Biểu quyết (nội dung 3, Điều 15)</dt>
              <dd>
                <a href={`/quan-tri/${k.unit_code}/quyet-dinh/${k.matter_id}`}>
                  {matter?.title ?? `#${k.matter_id}`}
                </a>
                {matter?.outcome ? (
                  <span class="muted"> — {(matter.outcome as { message?: string }).message}</span>
                ) : null}
              </dd>
            </>
          ) : null}
          <dt>Ngày thông qua</dt>
          <dd>{dateOf(lang, k.adopted_on)}</dd>
          <dt>Hồ sơ đề nghị công nhận</dt>
          <dd>
            {k.dossier_submitted_on && k.status !== "adopted"
              ? `Gửi ngày ${showDate(lang, k.dossier_submitted_on)}`
              : k.dossier_due
                ? `Chưa gửi; hạn ${showDate(lang, k.dossier_due)}`
                : "—"}
            <LateBadge lang={lang} done={k.dossier_submitted_on} due={k.dossier_due} rule="R71" />
            {k.dossier_returned_on ? (
              <span class="muted">
                {" "}
                (UBND xã trả lại ngày {showDate(lang, k.dossier_returned_on)}:{" "}
                {k.dossier_return_reason})
              </span>
            ) : null}
          </dd>
          <dt>Quyết định của UBND xã</dt>
          <dd>
            {k.recognised_on
              ? `Công nhận ngày ${showDate(lang, k.recognised_on)}${k.decision_number ? `, số ${k.decision_number}` : ""}; đã đóng dấu giáp lai`
              : k.refused_on
                ? `Không công nhận ngày ${showDate(lang, k.refused_on)}: ${k.refusal_reason}`
                : k.decision_due
                  ? `Chờ quyết định; hạn ${showDate(lang, k.decision_due)}`
                  : "—"}
            <LateBadge
              lang={lang}
              done={k.recognised_on ?? k.refused_on}
              due={k.decision_due}
              rule="R71"
            />
          </dd>
          <dt>Hiệu lực</dt>
          <dd>
            {k.in_force_on
              ? `Từ ngày ${showDate(lang, k.in_force_on)}${k.ended_on ? ` đến ngày ${showDate(lang, k.ended_on)}` : ""}`
              : "Chưa có hiệu lực (chỉ có hiệu lực từ ngày UBND xã công nhận — R71)"}
          </dd>
          {k.publicised_on ? (
            <>
              <dt>Phổ biến</dt>
              <dd>
                Niêm yết ngày {showDate(lang, k.publicised_on)};{" "}
                {(k.publicity_forms ?? []).map((f) => pick(lang, PUBLICITY_LABEL[f]!)).join(", ")}
              </dd>
            </>
          ) : null}
        </dl>
        {papers.length > 0 ? (
          <>
            <h3>Văn bản (NĐ 61/2023, Mẫu 01–05)</h3>
            <ul>
              {papers.map((p) => (
                <li>
                  <a href={p.href} download>
                    {p.label}
                  </a>{" "}
                  <span class="muted">(Word)</span>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {dues.length > 0 ? (
          <>
            <h3>Việc đến hạn</h3>
            <DuesTable lang={lang} dues={dues} />
          </>
        ) : null}

        <h3>Tổ soạn thảo (NĐ 61/2023 Điều 8)</h3>
        {members.length === 0 ? (
          <p class="muted">Chưa thành lập.</p>
        ) : (
          <ul>
            {members.map((m) => (
              <li>
                {m.name}
                {m.role ? ` — ${m.role}` : ""}
                {m.elder_or_village_head ? " · già làng, trưởng bản" : ""}
                {m.speaks_ethnic_language ? " · biết tiếng dân tộc" : ""}
              </li>
            ))}
          </ul>
        )}
        {manage && drafting ? (
          <form method="post" action={`${base}/to-soan-thao`} class="stack" novalidate>
            <h4>Thành lập, điều chỉnh Tổ soạn thảo</h4>
            <CsrfField token={csrf} />
            {errors.members ? (
              <p class="error-text" id="f-members">
                {errors.members}
              </p>
            ) : null}
            <Table
              caption="Thành viên"
              captionHidden
              head={["Họ tên", "Tổ chức, vai trò", "Già làng, trưởng bản", "Biết tiếng dân tộc"]}
            >
              {Array.from({ length: TEAM_ROWS }, (_, i) => {
                const m = members[i];
                const val = (f: string, fallback: string) =>
                  form[`members.${i}.${f}`] ?? (Object.keys(form).length > 0 ? "" : fallback);
                return (
                  <tr>
                    <td>
                      <label class="visually-hidden" for={`m-${i}-name`}>
                        Họ tên thành viên {i + 1}
                      </label>
                      <input
                        id={`m-${i}-name`}
                        name={`members.${i}.name`}
                        value={val("name", m?.name ?? "")}
                        maxlength={200}
                      />
                    </td>
                    <td>
                      <label class="visually-hidden" for={`m-${i}-role`}>
                        Vai trò thành viên {i + 1}
                      </label>
                      <input
                        id={`m-${i}-role`}
                        name={`members.${i}.role`}
                        value={val("role", m?.role ?? "")}
                        maxlength={200}
                      />
                    </td>
                    <td>
                      <input
                        type="checkbox"
                        aria-label={`Thành viên ${i + 1} là già làng, trưởng bản`}
                        name={`members.${i}.elder`}
                        checked={val("elder", m?.elder_or_village_head ? "on" : "") === "on"}
                      />
                    </td>
                    <td>
                      <input
                        type="checkbox"
                        aria-label={`Thành viên ${i + 1} biết tiếng dân tộc`}
                        name={`members.${i}.speaker`}
                        checked={val("speaker", m?.speaks_ethnic_language ? "on" : "") === "on"}
                      />
                    </td>
                  </tr>
                );
              })}
            </Table>
            <button type="submit">Lưu Tổ soạn thảo</button>
          </form>
        ) : null}

        <h3>Dự thảo và các phiên bản</h3>
        {versions.length === 0 ? (
          <p class="muted">Chưa có dự thảo.</p>
        ) : (
          versions.map((x) => (
            <details open={x === latest}>
              <summary>
                Phiên bản {x.version}
                {x.posted_on
                  ? ` — niêm yết từ ${showDate(lang, x.posted_on)} tại ${x.posted_place}`
                  : ""}
                {x.id === k.text_version_id ? " — văn bản đưa ra biểu quyết" : ""}
                {x.frozen_at === null ? " — bản nháp" : ""}
                {x.note ? ` (${x.note})` : ""}
              </summary>
              <TextBody body={x.body} />
            </details>
          ))
        )}
        {manage && drafting ? (
          <form method="post" action={`${base}/du-thao`} class="stack" novalidate>
            <h4>
              {latest && latest.frozen_at === null
                ? `Sửa bản nháp phiên bản ${latest.version}`
                : `Soạn phiên bản ${(latest?.version ?? 0) + 1}`}
            </h4>
            <p class="muted">
              Phiên bản đã niêm yết không được sửa; mọi thay đổi sau đó là một phiên bản mới.
            </p>
            <CsrfField token={csrf} />
            <TextArea
              name="body"
              label="Nội dung"
              value={v("body", latest?.body ?? "")}
              errors={errors}
              required
              maxlength={200000}
              rows={14}
            />
            <Field
              name="note"
              label="Ghi chú thay đổi (ví dụ: tiếp thu ý kiến các hộ)"
              value={v("note")}
              errors={errors}
              maxlength={2000}
            />
            <button type="submit">Lưu dự thảo</button>
          </form>
        ) : null}
        {manage && drafting && latest && latest.posted_on === null ? (
          <form method="post" action={`${base}/niem-yet`} class="stack" novalidate>
            <h4>Niêm yết dự thảo phiên bản {latest.version} để lấy ý kiến (NĐ 61/2023 Điều 9)</h4>
            <CsrfField token={csrf} />
            <Field
              name="postedOn"
              type="date"
              label="Ngày niêm yết"
              value={v("postedOn", today)}
              errors={errors}
              required
            />
            <Field
              name="place"
              label="Nơi niêm yết (nhà văn hóa, bảng tin, điểm sinh hoạt cộng đồng)"
              value={v("place", "Nhà văn hóa thôn")}
              errors={errors}
              required
              maxlength={300}
            />
            {k.min_posting_days === null ? (
              <Field
                name="minDays"
                label="Thời gian niêm yết do cộng đồng quyết định (ngày, ít nhất 30 — R68)"
                value={v("minDays", "30")}
                errors={errors}
                inputmode="numeric"
                required
              />
            ) : null}
            <fieldset id="f-channels">
              <legend>Cách lấy ý kiến (chọn ít nhất một)</legend>
              {errors.channels ? <p class="error-text">{errors.channels}</p> : null}
              {CONSULTATION_CHANNELS.map((ch) => (
                <CheckboxField
                  name={`channel.${ch}`}
                  label={pick(lang, CHANNEL_LABEL[ch]!)}
                  checked={
                    form[`channel.${ch}`] === "on" ||
                    (Object.keys(form).length === 0 && (k.channels ?? []).includes(ch))
                  }
                />
              ))}
            </fieldset>
            <button type="submit">Niêm yết</button>
          </form>
        ) : null}

        {k.consultation_from ? (
          <>
            <h3>Ý kiến góp ý ({comments.length})</h3>
            {comments.length > 0 ? (
              <Table
                caption="Ý kiến góp ý"
                captionHidden
                head={["Ngày", "Cách nhận", "Người góp ý", "Nội dung", "Tiếp thu, giải trình"]}
              >
                {comments.map((m) => (
                  <tr>
                    <td>
                      {showDate(lang, m.received_on)} <span class="muted">(v{m.version})</span>
                    </td>
                    <td>{pick(lang, CHANNEL_LABEL[m.channel]!)}</td>
                    <td>{m.author ?? "—"}</td>
                    <td>{m.content}</td>
                    <td>{m.response ?? "—"}</td>
                  </tr>
                ))}
              </Table>
            ) : null}
          </>
        ) : null}
        {manage && k.status === "consultation" ? (
          <>
            <form method="post" action={`${base}/gop-y`} class="stack" novalidate>
              <h4>Ghi nhận ý kiến</h4>
              <CsrfField token={csrf} />
              <Field
                name="receivedOn"
                type="date"
                label="Ngày nhận"
                value={v("receivedOn", today)}
                errors={errors}
                required
              />
              <SelectField
                name="channel"
                label="Cách nhận"
                value={v("channel")}
                errors={errors}
                required
                options={[
                  { value: "", label: "—" },
                  ...COMMENT_CHANNELS.filter(
                    (ch) => ch === "agency" || (k.channels ?? []).includes(ch),
                  ).map((ch) => ({
                    value: ch,
                    label: pick(lang, CHANNEL_LABEL[ch]!),
                  })),
                ]}
              />
              <Field
                name="author"
                label="Người, tổ chức góp ý (không bắt buộc)"
                value={v("author")}
                errors={errors}
                maxlength={200}
              />
              <TextArea
                name="content"
                label="Nội dung"
                value={v("content")}
                errors={errors}
                required
                maxlength={10000}
              />
              <TextArea
                name="response"
                label="Tiếp thu, giải trình của Tổ soạn thảo"
                value={v("response")}
                errors={errors}
                maxlength={10000}
              />
              <button type="submit">Ghi nhận</button>
            </form>
            <form method="post" action={`${base}/bieu-quyet`} class="stack" novalidate>
              <h4>Đưa ra cộng đồng dân cư biểu quyết (NĐ 61/2023 Điều 10)</h4>
              <p>
                Phiên bản mới nhất trở thành văn bản đưa ra biểu quyết và không sửa được nữa. Cuộc
                họp chỉ hợp lệ khi có trên 50% tổng số hộ dự họp; hương ước, quy ước được thông qua
                khi có trên 50% tổng số hộ đồng ý (R69). Nếu cuộc họp không đủ số hộ, có thể phát
                phiếu lấy ý kiến từng hộ (R70).
              </p>
              <CsrfField token={csrf} />
              <Field
                name="heldOn"
                type="date"
                label={`Ngày họp (sớm nhất ${dateOf(lang, earliest)})`}
                value={v("heldOn", earliest ?? "")}
                errors={errors}
                required
              />
              <Field
                name="meetingPlace"
                label="Địa điểm"
                value={v("meetingPlace", "Nhà văn hóa thôn")}
                errors={errors}
                maxlength={300}
              />
              <div class="row">
                <Field
                  name="agreementBy"
                  label="Trưởng ban công tác Mặt trận thống nhất (mặc định như khi đề xuất)"
                  value={v("agreementBy")}
                  errors={errors}
                  maxlength={200}
                />
                <Field
                  name="agreementOn"
                  type="date"
                  label="Ngày thống nhất"
                  value={v("agreementOn")}
                  errors={errors}
                />
              </div>
              <button type="submit">Mở biểu quyết</button>
            </form>
          </>
        ) : null}

        {manage && k.status === "voting" ? (
          <form method="post" action={`${base}/ket-qua`} class="stack">
            <h3>Kết quả biểu quyết</h3>
            <p>
              Sau khi kiểm phiếu xong, ghi nhận kết quả để tính hạn gửi hồ sơ đề nghị công nhận
              (R71).
            </p>
            <CsrfField token={csrf} />
            {errors._form ? <p class="error-text">{errors._form}</p> : null}
            <button type="submit">Ghi nhận kết quả</button>
          </form>
        ) : null}

        {k.status === "adopted" || k.sign_head ? (
          <>
            <h3>Chữ ký (R67, NĐ 61/2023 Điều 6.1)</h3>
            {k.sign_head ? (
              <p>
                Trưởng thôn: {k.sign_head}; Trưởng ban công tác Mặt trận: {k.sign_front_head}; đại
                diện hộ gia đình: {k.sign_rep1}, {k.sign_rep2}.
                {k.seal_across_pages ? " Đã đóng dấu giáp lai của UBND xã." : ""}
              </p>
            ) : (
              <p class="muted">Chưa ghi nhận chữ ký.</p>
            )}
          </>
        ) : null}
        {manage && k.status === "adopted" ? (
          <>
            <form method="post" action={`${base}/chu-ky`} class="stack" novalidate>
              <CsrfField token={csrf} />
              <div class="row">
                <Field
                  name="head"
                  label="Trưởng thôn, Tổ trưởng tổ dân phố"
                  value={v("head", k.sign_head ?? "")}
                  errors={errors}
                  maxlength={200}
                />
                <Field
                  name="frontHead"
                  label="Trưởng ban công tác Mặt trận"
                  value={v("frontHead", k.sign_front_head ?? "")}
                  errors={errors}
                  maxlength={200}
                />
              </div>
              <div class="row">
                <Field
                  name="rep1"
                  label="Đại diện hộ gia đình thứ nhất"
                  value={v("rep1", k.sign_rep1 ?? "")}
                  errors={errors}
                  maxlength={200}
                />
                <Field
                  name="rep2"
                  label="Đại diện hộ gia đình thứ hai"
                  value={v("rep2", k.sign_rep2 ?? "")}
                  errors={errors}
                  maxlength={200}
                />
              </div>
              <button type="submit">Lưu chữ ký</button>
            </form>
            <form method="post" action={`${base}/ho-so`} class="stack" novalidate>
              <h3>Gửi hồ sơ đề nghị công nhận (R71, NĐ 61/2023 Điều 11)</h3>
              <p>
                Hồ sơ gồm văn bản đề nghị (Mẫu 01), biên bản cuộc họp hoặc biên bản kiểm phiếu (Mẫu
                02) và văn bản hương ước, quy ước đã thông qua; gửi UBND xã trong 05 ngày làm việc
                (hạn {dateOf(lang, k.dossier_due)}).
              </p>
              <CsrfField token={csrf} />
              <Field
                name="submittedOn"
                type="date"
                label="Ngày gửi"
                value={v("submittedOn", today)}
                errors={errors}
                required
              />
              <button type="submit">Ghi nhận đã gửi hồ sơ</button>
            </form>
          </>
        ) : null}

        {recognise && k.status === "submitted" ? (
          <>
            <form method="post" action={`${base}/cong-nhan`} class="stack" novalidate>
              <h3>Quyết định của UBND xã (R71, NĐ 61/2023 Điều 11)</h3>
              <p>
                Hạn quyết định: {dateOf(lang, k.decision_due)} (05 ngày làm việc kể từ ngày nhận đủ
                hồ sơ).
              </p>
              <CsrfField token={csrf} />
              <SelectField
                name="decision"
                label="Quyết định"
                value={v("decision", "recognise")}
                errors={errors}
                required
                options={[
                  { value: "recognise", label: "Công nhận (Mẫu 03)" },
                  {
                    value: "refuse",
                    label: "Không công nhận (trả lời bằng văn bản, nêu rõ lý do)",
                  },
                ]}
              />
              <Field
                name="on"
                type="date"
                label="Ngày quyết định"
                value={v("on", today)}
                errors={errors}
                required
              />
              <Field
                name="number"
                label="Số quyết định"
                value={v("number")}
                errors={errors}
                maxlength={60}
              />
              <CheckboxField
                name="sealAcrossPages"
                label="Đã đóng dấu giáp lai của UBND xã vào văn bản (R67)"
                checked={form.sealAcrossPages === "on"}
                errors={errors}
              />
              <TextArea
                name="reason"
                label="Lý do không công nhận"
                value={v("reason")}
                errors={errors}
                maxlength={4000}
              />
              <button type="submit">Ghi nhận quyết định</button>
            </form>
            <form method="post" action={`${base}/tra-ho-so`} class="stack" novalidate>
              <h4>Trả lại hồ sơ chưa đầy đủ</h4>
              <CsrfField token={csrf} />
              <Field
                name="returnedOn"
                type="date"
                label="Ngày trả"
                value={v("returnedOn", today)}
                errors={errors}
                required
              />
              <TextArea
                name="missing"
                label="Hồ sơ còn thiếu"
                value={v("missing")}
                errors={errors}
                required
                maxlength={4000}
              />
              <button type="submit">Trả lại hồ sơ</button>
            </form>
          </>
        ) : null}

        {manage && k.status === "recognised" ? (
          <form method="post" action={`${base}/pho-bien`} class="stack" novalidate>
            <h3>Niêm yết, phổ biến sau khi công nhận (NĐ 61/2023 Điều 15.1–15.2)</h3>
            <CsrfField token={csrf} />
            <Field
              name="postedOn"
              type="date"
              label="Ngày niêm yết tại nhà văn hóa, điểm sinh hoạt cộng đồng"
              value={v("postedOn", today)}
              errors={errors}
              required
            />
            <fieldset id="f-forms">
              <legend>Hình thức phổ biến khác (chọn ít nhất một)</legend>
              {errors.forms ? <p class="error-text">{errors.forms}</p> : null}
              {PUBLICITY_FORMS.map((f) => (
                <CheckboxField
                  name={`form.${f}`}
                  label={pick(lang, PUBLICITY_LABEL[f]!)}
                  checked={
                    form[`form.${f}`] === "on" ||
                    (Object.keys(form).length === 0 && (k.publicity_forms ?? []).includes(f))
                  }
                />
              ))}
            </fieldset>
            <button type="submit">Ghi nhận</button>
          </form>
        ) : null}

        {k.recognised_on ? (
          <>
            <h3>Kiến nghị, tạm ngưng, bãi bỏ (R72, NĐ 61/2023 Điều 12, 14)</h3>
            {complaints.length === 0 ? (
              <p class="muted">Chưa có kiến nghị.</p>
            ) : (
              <Table
                caption="Kiến nghị"
                captionHidden
                head={["Ngày nhận", "Nguồn", "Nội dung", "Hạn", "Xử lý"]}
              >
                {complaints.map((x) => (
                  <tr>
                    <td>{showDate(lang, x.received_on)}</td>
                    <td>
                      {pick(lang, SOURCE_LABEL[x.source]!)}
                      {x.complainant ? ` — ${x.complainant}` : ""}
                    </td>
                    <td>{x.content}</td>
                    <td>
                      Trả lời, tạm ngưng: {showDate(lang, x.reply_due)}
                      <br />
                      Bãi bỏ: {showDate(lang, x.annul_due)}
                    </td>
                    <td>
                      {x.resolution ? (
                        <>
                          <Badge tone={RESOLUTION_LABEL[x.resolution]!.tone}>
                            {pick(lang, RESOLUTION_LABEL[x.resolution]!)}
                          </Badge>{" "}
                          {showDate(lang, x.resolved_on)}
                          <LateBadge
                            lang={lang}
                            done={x.resolved_on}
                            due={x.resolution === "annulled" ? x.annul_due : x.reply_due}
                            rule="R72"
                          />
                          {x.ground ? (
                            <span class="muted"> {pick(lang, GROUND_LABEL[x.ground]!)}</span>
                          ) : null}
                          {x.part_text ? ` — ${x.part_text}` : ""}
                          {x.amend_by ? ` — hạn sửa đổi ${showDate(lang, x.amend_by)}` : ""}
                          {x.lifted_on ? ` — chấm dứt ngày ${showDate(lang, x.lifted_on)}` : ""}
                          <br />
                          {x.reason}
                        </>
                      ) : (
                        "Chưa xử lý"
                      )}
                    </td>
                  </tr>
                ))}
              </Table>
            )}
          </>
        ) : null}
        {recognise && (k.status === "recognised" || k.status === "suspended") ? (
          <>
            <form method="post" action={`${base}/kien-nghi`} class="stack" novalidate>
              <h4>Ghi nhận kiến nghị hoặc phát hiện</h4>
              <CsrfField token={csrf} />
              <Field
                name="receivedOn"
                type="date"
                label="Ngày nhận"
                value={v("receivedOn", today)}
                errors={errors}
                required
              />
              <SelectField
                name="source"
                label="Nguồn"
                value={v("source")}
                errors={errors}
                required
                options={labelledOptions(lang, COMPLAINT_SOURCES, SOURCE_LABEL)}
              />
              <Field
                name="complainant"
                label="Người kiến nghị"
                value={v("complainant")}
                errors={errors}
                maxlength={200}
              />
              <TextArea
                name="content"
                label="Nội dung"
                value={v("content")}
                errors={errors}
                required
                maxlength={10000}
              />
              <button type="submit">Ghi nhận</button>
            </form>
            {standing.length > 0 ? (
              <form method="post" action={`${base}/xu-ly-kien-nghi`} class="stack" novalidate>
                <h4>Xử lý kiến nghị (Mẫu 04 tạm ngưng, Mẫu 05 bãi bỏ)</h4>
                <CsrfField token={csrf} />
                <SelectField
                  name="complaintId"
                  label="Kiến nghị"
                  value={v("complaintId", String(standing[0]!.id))}
                  errors={errors}
                  required
                  options={standing.map((x) => ({
                    value: String(x.id),
                    label: `Nhận ngày ${showDate(lang, x.received_on)} — trả lời, tạm ngưng trước ${showDate(lang, x.reply_due)}; bãi bỏ trước ${showDate(lang, x.annul_due)}`,
                  }))}
                />
                <SelectField
                  name="action"
                  label="Cách xử lý"
                  value={v("action")}
                  errors={errors}
                  required
                  options={labelledOptions(lang, RESOLUTIONS, RESOLUTION_LABEL)}
                />
                <SelectField
                  name="ground"
                  label="Căn cứ (tạm ngưng, bãi bỏ)"
                  value={v("ground")}
                  errors={errors}
                  options={labelledOptions(lang, GROUNDS, GROUND_LABEL)}
                />
                <Field
                  name="partText"
                  label="Phần bị tạm ngưng, bãi bỏ (điều, khoản)"
                  value={v("partText")}
                  errors={errors}
                  maxlength={2000}
                />
                <Field
                  name="amendBy"
                  type="date"
                  label="Thời hạn thực hiện lại, sửa đổi (khi tạm ngưng)"
                  value={v("amendBy")}
                  errors={errors}
                />
                <Field
                  name="on"
                  type="date"
                  label="Ngày quyết định, trả lời"
                  value={v("on", today)}
                  errors={errors}
                  required
                />
                <TextArea
                  name="reason"
                  label="Lý do"
                  value={v("reason")}
                  errors={errors}
                  required
                  maxlength={4000}
                />
                <button type="submit">Ghi nhận</button>
              </form>
            ) : null}
          </>
        ) : null}

        {k.recognised_on ? (
          <>
            <h3>Đánh giá hằng năm (R73, NĐ 61/2023 Điều 15.4)</h3>
            <p class="muted">
              Ngày đánh giá:{" "}
              {k.review_day && k.review_month
                ? `${k.review_day}/${k.review_month} (cộng đồng thống nhất)`
                : "18/11, Ngày hội Đại đoàn kết toàn dân tộc"}
            </p>
            {reviews.length > 0 ? (
              <ul>
                {reviews.map((r) => (
                  <li>
                    {r.year}: {showDate(lang, r.held_on)} — {pick(lang, REVIEW_FORM_LABEL[r.form]!)}
                    . {r.summary}
                    {r.proposals ? ` Đề xuất: ${r.proposals}` : ""}
                  </li>
                ))}
              </ul>
            ) : null}
          </>
        ) : null}
        {manage && (k.status === "recognised" || k.status === "suspended") ? (
          <form method="post" action={`${base}/danh-gia`} class="stack" novalidate>
            <h4>Ghi nhận việc đánh giá</h4>
            <CsrfField token={csrf} />
            <Field
              name="heldOn"
              type="date"
              label="Ngày đánh giá"
              value={v("heldOn", today)}
              errors={errors}
              required
            />
            <SelectField
              name="form"
              label="Hình thức"
              value={v("form", "periodic_meeting")}
              errors={errors}
              required
              options={(["periodic_meeting", "meeting"] as const).map((f) => ({
                value: f,
                label: pick(lang, REVIEW_FORM_LABEL[f]!),
              }))}
            />
            <TextArea
              name="summary"
              label="Kết quả đánh giá, hộ được biểu dương, nhắc nhở"
              value={v("summary")}
              errors={errors}
              required
              maxlength={10000}
            />
            <TextArea
              name="proposals"
              label="Đề xuất sửa đổi, bổ sung"
              value={v("proposals")}
              errors={errors}
              maxlength={10000}
            />
            <button type="submit">Ghi nhận</button>
          </form>
        ) : null}
        {k.status === "annulled" ? (
          <Notice tone="bad">
            Hương ước, quy ước đã bị bãi bỏ từ ngày {dateOf(lang, k.ended_on)}.
          </Notice>
        ) : null}
      </>,
    );
  };

  /** Runs one step; a refused step re-renders the page with its message next to the field. */
  const step = (
    path: string,
    work: (c: Context<AppEnv>, k: ConventionRow, form: Record<string, string>) => Promise<void>,
    /** A command's field name → this form's, where the form renames it to keep ids unique. */
    fields: Record<string, string> = {},
  ) =>
    app.post(`/quan-tri/:code/${CONVENTION_TAB}/:id{[0-9]+}/${path}`, async (c) => {
      const { loaded, convention } = await load(deps, c);
      const form = await readForm(c);
      try {
        await work(c, convention, form);
      } catch (err) {
        if (err instanceof FormErrors) return page(c, loaded, convention, err.errors, form, 400);
        if (err instanceof AppError && (err.code === "validation" || err.code === "conflict")) {
          return page(
            c,
            loaded,
            convention,
            { [fields[err.field ?? ""] ?? err.field ?? "_form"]: err.message },
            form,
            err.code === "conflict" ? 409 : 400,
          );
        }
        throw err;
      }
      return c.redirect(`/quan-tri/${loaded.unit.code}/${CONVENTION_TAB}/${convention.id}`, 303);
    });

  app.get(`/quan-tri/:code/${CONVENTION_TAB}/:id{[0-9]+}`, async (c) => {
    const { loaded, convention } = await load(deps, c);
    return page(c, loaded, convention);
  });

  step("to-soan-thao", async (c, k, form) => {
    const data = parse(teamSchema, teamFormData(form));
    await deps.db.transaction().execute((tx) =>
      setDraftingTeam(
        tx,
        c.get("ctx"),
        k.id,
        data.members.map((m) => ({
          name: m.name,
          role: m.role,
          elderOrVillageHead: m.elder,
          speaksEthnicLanguage: m.speaker,
        })),
      ),
    );
  });

  step("du-thao", async (c, k, form) => {
    const data = parse(draftSchema, form);
    await deps.db.transaction().execute((tx) => saveConventionDraft(tx, c.get("ctx"), k.id, data));
  });

  step("niem-yet", async (c, k, form) => {
    const data = parse(postDraftSchema, {
      ...form,
      channels: pickChecked(form, "channel", CONSULTATION_CHANNELS),
    });
    await deps.db
      .transaction()
      .execute((tx) => postConventionDraft(tx, c.get("ctx"), k.id, data, todayInVietnam()));
  });

  step("gop-y", async (c, k, form) => {
    const data = parse(commentSchema, form);
    await deps.db
      .transaction()
      .execute((tx) => recordConventionComment(tx, c.get("ctx"), k.id, data, todayInVietnam()));
  });

  step("bieu-quyet", async (c, k, form) => {
    const data = parse(adoptionSchema, form);
    await deps.db.transaction().execute((tx) =>
      openConventionAdoption(tx, c.get("ctx"), k.id, {
        heldOn: data.heldOn,
        place: data.meetingPlace,
        agreementBy: data.agreementBy,
        agreementOn: data.agreementOn,
      }),
    );
  });

  step("ket-qua", async (c, k) => {
    await deps.db
      .transaction()
      .execute((tx) => recordConventionResult(tx, c.get("ctx"), calendar, k.id));
  });

  step("chu-ky", async (c, k, form) => {
    const data = parse(signSchema, form);
    await deps.db.transaction().execute((tx) => signConvention(tx, c.get("ctx"), k.id, data));
  });

  step("ho-so", async (c, k, form) => {
    const data = parse(dossierSchema, form);
    await deps.db
      .transaction()
      .execute((tx) =>
        submitConventionDossier(tx, c.get("ctx"), calendar, k.id, data, todayInVietnam()),
      );
  });

  step(
    "tra-ho-so",
    async (c, k, form) => {
      const data = parse(returnSchema, form);
      await deps.db
        .transaction()
        .execute((tx) =>
          returnConventionDossier(
            tx,
            c.get("ctx"),
            k.id,
            { on: data.returnedOn, reason: data.missing },
            todayInVietnam(),
          ),
        );
    },
    { on: "returnedOn", reason: "missing" },
  );

  step("cong-nhan", async (c, k, form) => {
    const data = parse(recognitionSchema, form);
    await deps.db
      .transaction()
      .execute((tx) => decideConventionRecognition(tx, c.get("ctx"), k.id, data, todayInVietnam()));
  });

  step("pho-bien", async (c, k, form) => {
    const data = parse(publicitySchema, {
      ...form,
      forms: pickChecked(form, "form", PUBLICITY_FORMS),
    });
    await deps.db
      .transaction()
      .execute((tx) => recordConventionPublicity(tx, c.get("ctx"), k.id, data, todayInVietnam()));
  });

  step("kien-nghi", async (c, k, form) => {
    const data = parse(complaintSchema, form);
    await deps.db
      .transaction()
      .execute((tx) =>
        recordConventionComplaint(tx, c.get("ctx"), calendar, k.id, data, todayInVietnam()),
      );
  });

  step("xu-ly-kien-nghi", async (c, k, form) => {
    const data = parse(resolveSchema, form);
    await deps.db
      .transaction()
      .execute((tx) =>
        resolveConventionComplaint(
          tx,
          c.get("ctx"),
          k.id,
          data.complaintId,
          data,
          todayInVietnam(),
        ),
      );
  });

  step("danh-gia", async (c, k, form) => {
    const data = parse(reviewSchema, form);
    await deps.db
      .transaction()
      .execute((tx) => recordConventionReview(tx, c.get("ctx"), k.id, data, todayInVietnam()));
  });
}
