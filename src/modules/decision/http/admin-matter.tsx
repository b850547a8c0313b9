import type { Context, Hono } from "hono";
import { can } from "../../../core/authz/index.ts";
import { civilServiceCalendar } from "../../../core/calendar/index.ts";
import type { AppError } from "../../../core/errors.ts";
import type { AppDeps, AppEnv } from "../../../core/http/env.ts";
import { validateForm } from "../../../core/http/forms.ts";
import { renderPage } from "../../../core/http/page.tsx";
import { pick, showDate } from "../../../core/i18n/lang.ts";
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
import { adminCrumbs, type LoadedUnit } from "../../org/index.ts";
import { annulDecision } from "../commands/annul-decision.ts";
import { concludeMatterNow } from "../commands/conclude-matter-now.ts";
import { dispatchRecord } from "../commands/dispatch-record.ts";
import { finaliseRecord, voteEndedOn } from "../commands/finalise-record.ts";
import { recogniseDecision } from "../commands/recognise-decision.ts";
import { saveRecord } from "../commands/save-record.ts";
import { matterAttachments } from "../db/attachment.repo.ts";
import { findRecord, type MatterRow, type RecordRow, roundsOf } from "../db/decision.repo.ts";
import type { RecordField } from "../domain/decision-record.ts";
import { FORM_LABEL, ITEM_LABEL } from "../domain/matter-rules.ts";
import { loadMatterForAdmin } from "../queries/admin-load.ts";
import {
  latestRounds,
  type PublicMatter,
  publicMatter,
  publicRecord,
} from "../queries/visible-matter.ts";
import { formsOf, T } from "./admin-list.tsx";
import { formRoutes, onRenamedField, renamed } from "./form-route.ts";
import { MatterAttachmentsAdmin, mayAttach } from "./matter-attachments.tsx";
import {
  ANNUL_GROUND_LABEL,
  DOC_FORM_LABEL,
  MATTER_STATUS,
  OPENER_LABEL,
  PER_VILLAGE_RULE_LABEL,
  RecordCourse,
  ResultBadge,
  ROUND_STATUS,
  SCOPE_LABEL,
  TextArea,
  turnout,
  whenAndWhere,
} from "./present.tsx";
import {
  annulSchema,
  DOC_FORMS,
  dispatchSchema,
  recognitionSchema,
  recordSchema,
} from "./schemas.ts";

// The officials' page of one matter (Luật 10/2022 Art 15–22): its rounds, its result with the
// rule that decided it, the decision document of Art 20 (R34) with its finalisation, dispatch
// (R35), recognition or refusal (R36–R37) and annulment (R38).

/** Where a finding of R34 shows in the record form. */
const RECORD_FIELD: Record<RecordField, string> = {
  heldOn: "heldOn",
  households: "households",
  attending: "attending",
  absent: "absent",
  content: "content",
  form: "formText",
  result: "resultText",
  decision: "decisionText",
  "signatures.head": "signHead",
  "signatures.frontHead": "signFrontHead",
  "signatures.householdRep1": "signRep1",
  "signatures.householdRep2": "signRep2",
};

/** Field errors from a refusal: each finding next to its field, or the message on the form. */
function errorsFrom(err: AppError, fallback = "_form"): FieldErrors {
  const findings = (err.details?.findings ?? []) as { field?: RecordField; message: string }[];
  const errors: FieldErrors = {};
  for (const f of findings) {
    const key = f.field ? RECORD_FIELD[f.field] : (err.field ?? fallback);
    errors[key] = errors[key] ? `${errors[key]} ${f.message}` : f.message;
  }
  if (Object.keys(errors).length === 0) errors[err.field ?? fallback] = err.message;
  return errors;
}

/** The record's fields as the form shows them: saved, or prefilled from the counted rounds. */
function recordValues(m: PublicMatter, record: RecordRow | undefined) {
  const text = (v: string | number | null | undefined) =>
    v === null || v === undefined ? "" : String(v);
  if (record) {
    return {
      docForm: record.doc_form,
      heldOn: text(record.held_on),
      households: text(record.households),
      attending: text(record.attending),
      absent: text(record.absent),
      content: text(record.content),
      formText: text(record.form_text),
      resultText: text(record.result_text),
      decisionText: text(record.decision_text),
      signHead: text(record.sign_head),
      signFrontHead: text(record.sign_front_head),
      signRep1: text(record.sign_rep1),
      signRep2: text(record.sign_rep2),
    } as Record<string, string>;
  }
  const last = latestRounds(m.rounds).filter((r) => r.result !== null);
  const n = last.reduce((s, r) => s + (r.result?.households ?? 0), 0);
  const a = last.reduce((s, r) => s + (r.result?.participating ?? 0), 0);
  const sum = (k: "yes" | "no" | "other") => last.reduce((s, r) => s + (r.result?.[k] ?? 0), 0);
  const ended = voteEndedOn(
    m.rounds.map((r) => ({
      status: r.status,
      form: r.form,
      held_on: r.heldOn,
      closes_on: r.closesOn,
    })),
  );
  const res = m.result;
  const verdict = res
    ? res.valid
      ? res.passed
        ? "Thông qua"
        : "Không thông qua"
      : "Không hợp lệ"
    : "";
  return {
    docForm: "bien_ban",
    heldOn: text(ended),
    households: last.length > 0 ? String(n) : "",
    attending: last.length > 0 ? String(a) : "",
    absent: last.length > 0 ? String(n - a) : "",
    content: `${m.title}. ${m.question}`,
    formText: formsOf("vi", m),
    resultText:
      m.scope === "commune" && res
        ? `${verdict} (${res.rule}: ${res.test}).`
        : last.length > 0
          ? `Đồng ý: ${sum("yes")}/${n} hộ; không đồng ý: ${sum("no")}; ý kiến khác: ${sum("other")}. ${verdict}${res ? ` (${res.rule}: ${res.test})` : ""}.`
          : "",
    decisionText: res ? `${verdict} nội dung: ${m.title}.` : "",
    signHead: "",
    signFrontHead: "",
    signRep1: "",
    signRep2: "",
  } as Record<string, string>;
}

export function decisionAdminMatter(app: Hono<AppEnv>, deps: AppDeps) {
  const calendar = civilServiceCalendar();

  const page = async (
    c: Context<AppEnv>,
    loaded: LoadedUnit,
    matterRow: MatterRow,
    form: Record<string, string> = {},
    errors: FieldErrors = {},
    status: 200 | 400 | 409 = 200,
  ) => {
    const lang = c.get("lang");
    const ctx = c.get("ctx");
    const [rounds, record] = await Promise.all([
      roundsOf(deps.db, matterRow.id),
      findRecord(deps.db, matterRow.id),
    ]);
    const m = publicMatter(matterRow, rounds, record);
    const mayManage = can(ctx.actor, "decision.matter.manage", { unitPath: m.unitPath });
    const mayRecognise = can(ctx.actor, "decision.matter.recognise", { unitPath: m.unitPath });
    const csrf = c.get("csrf")();
    const today = todayInVietnam();
    const base = `/quan-tri/${loaded.unit.code}/quyet-dinh/${m.id}`;
    const course = publicRecord(record);
    const values = { ...recordValues(m, record), ...form };
    // Count minutes: a secret ballot at a meeting (Mẫu 02) or household ballots (Mẫu 04).
    const minutes = new Set(
      rounds
        .filter(
          (r) => r.status === "counted" && (r.form === "ballot" || r.meeting_method === "secret"),
        )
        .map((r) => r.id),
    );
    const draftable =
      (m.status === "concluded" || m.status === "finalised") && !record?.finalised_at;
    // The documents sent to households (NĐ 59/2023 Art 3.4): see matter-attachments.tsx.
    const attachments = await matterAttachments(deps.db, matterRow.id);
    return renderPage(
      c,
      { title: m.title, crumbs: adminCrumbs(lang, loaded, m.title), status },
      <>
        <h1>{m.title}</h1>
        <p>
          <Badge tone={MATTER_STATUS[m.status]?.tone}>{pick(lang, MATTER_STATUS[m.status]!)}</Badge>{" "}
          <ResultBadge lang={lang} result={m.result} /> <span class="muted">#{m.id}</span> ·{" "}
          <a href={`/quan-tri/${loaded.unit.code}/quyet-dinh`}>{pick(lang, T.matters)}</a> ·{" "}
          <a href={`/u/${m.unitCode}/quyet-dinh/${m.id}`}>{pick(lang, T.public)}</a>
        </p>
        <ErrorSummary lang={lang} errors={errors} />
        <dl class="facts">
          <dt>{pick(lang, { vi: "Nội dung (Điều 15)", en: "Item (Art 15)" })}</dt>
          <dd>
            {m.item}. {pick(lang, ITEM_LABEL[m.item])}
          </dd>
          <dt>{pick(lang, { vi: "Phạm vi", en: "Scope" })}</dt>
          <dd>
            {pick(lang, SCOPE_LABEL[m.scope]!)} — {m.unitName}
          </dd>
          <dt>{pick(lang, { vi: "Người đề xuất", en: "Proposed by" })}</dt>
          <dd>
            {pick(lang, OPENER_LABEL[matterRow.opener]!)}
            {matterRow.agreement_by
              ? `; ${pick(lang, { vi: "thống nhất với", en: "agreed with" })} ${matterRow.agreement_by} (${showDate(lang, matterRow.agreement_on)})`
              : ""}
          </dd>
          {m.scope === "commune" ? (
            <>
              <dt>R27</dt>
              <dd>{pick(lang, PER_VILLAGE_RULE_LABEL[matterRow.per_village_rule]!)}</dd>
            </>
          ) : null}
          <dt>{pick(lang, { vi: "Câu hỏi biểu quyết", en: "Question" })}</dt>
          <dd>{m.question}</dd>
        </dl>
        {m.description ? <p>{m.description}</p> : null}

        <MatterAttachmentsAdmin
          lang={lang}
          adminCode={loaded.unit.code}
          unitCode={m.unitCode}
          matterId={m.id}
          files={attachments}
          upload={mayManage && mayAttach(m.status)}
          csrf={csrf}
        />

        <h2>{pick(lang, { vi: "Các đợt biểu quyết", en: "Rounds" })}</h2>
        <Table
          caption={pick(lang, { vi: "Các đợt biểu quyết", en: "Rounds" })}
          captionHidden
          head={[
            pick(lang, { vi: "Thôn, tổ dân phố", en: "Village" }),
            pick(lang, { vi: "Đợt", en: "Round" }),
            pick(lang, { vi: "Hình thức", en: "Form" }),
            pick(lang, { vi: "Thời gian, địa điểm", en: "When, where" }),
            pick(lang, { vi: "Trạng thái", en: "Status" }),
            pick(lang, { vi: "Tham gia / N", en: "Turnout / N" }),
            pick(lang, { vi: "Kết quả", en: "Result" }),
            pick(lang, { vi: "Tài liệu", en: "Documents" }),
          ]}
        >
          {m.rounds.map((r) => {
            const roundBase = `/quan-tri/${r.unitCode}/quyet-dinh/dot/${r.id}`;
            return (
              <tr>
                <td>{r.unitName}</td>
                <td>
                  <a href={roundBase}>
                    {pick(lang, { vi: "Đợt", en: "Round" })} {r.seq}
                  </a>
                </td>
                <td>{pick(lang, FORM_LABEL[r.form])}</td>
                <td>{whenAndWhere(lang, r)}</td>
                <td>
                  <Badge tone={ROUND_STATUS[r.status]?.tone}>
                    {pick(lang, ROUND_STATUS[r.status]!)}
                  </Badge>
                </td>
                <td>
                  {r.result
                    ? turnout(r.result.participating, r.result.households)
                    : (r.households ?? "—")}
                </td>
                <td>
                  {r.result ? (
                    <>
                      <ResultBadge lang={lang} result={r.result} />{" "}
                      <span class="muted">
                        {r.result.rule}: <code>{r.result.test}</code>
                      </span>
                    </>
                  ) : (
                    "—"
                  )}
                </td>
                <td>
                  <a href={`${roundBase}/phieu`}>
                    {pick(lang, { vi: "Phiếu (in)", en: "Ballots (print)" })}
                  </a>
                  {minutes.has(r.id) ? (
                    <>
                      {" · "}
                      <a href={`${roundBase}/bien-ban-kiem-phieu.docx`}>
                        {pick(lang, {
                          vi: "Biên bản kiểm phiếu (.docx)",
                          en: "Count minutes (.docx)",
                        })}
                      </a>
                    </>
                  ) : null}
                  {r.status === "counted" && r.form === "online" ? (
                    <>
                      {" · "}
                      <a href={`${roundBase}/bien-ban-truc-tuyen.docx`}>
                        {pick(lang, {
                          vi: "Biên bản biểu quyết trực tuyến (.docx)",
                          en: "Online vote record (.docx)",
                        })}
                      </a>
                    </>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </Table>

        <h2>{pick(lang, { vi: "Kết quả", en: "Result" })}</h2>
        {m.result ? (
          <>
            <p>
              <ResultBadge lang={lang} result={m.result} /> {m.result.message}
            </p>
            <dl class="facts">
              <dt>{pick(lang, { vi: "Quy tắc áp dụng", en: "Rule applied" })}</dt>
              <dd>
                {m.result.rule} — {m.result.article}
              </dd>
              <dt>{pick(lang, { vi: "Phép tính", en: "Test" })}</dt>
              <dd>
                <code>{m.result.test || "—"}</code>
              </dd>
              <dt>{pick(lang, { vi: "Hộ tham gia / tổng số hộ", en: "Turnout" })}</dt>
              <dd>{turnout(m.result.participating, m.result.households)}</dd>
            </dl>
            {m.result.findings.length > 0 ? (
              <ul>
                {m.result.findings.map((f) => (
                  <li>{f.message}</li>
                ))}
              </ul>
            ) : null}
          </>
        ) : (
          <p class="muted">
            {pick(lang, {
              vi: "Chưa có kết quả: kết quả được tính khi mọi thôn, tổ dân phố đã kiểm phiếu.",
              en: "No result yet: it is computed once every village has counted.",
            })}
          </p>
        )}
        {m.status === "open" && mayManage && m.scope === "commune" ? (
          <form method="post" action={`${base}/ket-thuc`} class="stack">
            <p class="hint">
              {pick(lang, {
                vi: "Kết thúc ngay: thôn, tổ dân phố chưa có kết quả được tính là không tán thành (R27).",
                en: "Conclude now: villages without a result count as not approving (R27).",
              })}
            </p>
            <CsrfField token={csrf} />
            <button type="submit">
              {pick(lang, { vi: "Kết thúc và tổng hợp kết quả", en: "Conclude" })}
            </button>
          </form>
        ) : null}

        <h2 id="van-ban">
          {pick(lang, { vi: "Văn bản quyết định (Điều 20)", en: "Decision document (Art 20)" })}
        </h2>
        {record ? (
          <p class="actions">
            <a class="button secondary" href={`${base}/quyet-dinh.docx`}>
              {pick(lang, {
                vi: "Tải văn bản quyết định (.docx)",
                en: "Download the decision (.docx)",
              })}
            </a>
          </p>
        ) : null}
        {draftable && mayManage ? (
          <>
            <form method="post" action={`${base}/van-ban`} class="stack" novalidate>
              <CsrfField token={csrf} />
              <p class="hint">
                {pick(lang, {
                  vi: "Văn bản phải có đủ: thời gian; tổng số hộ, số đại diện hộ tham dự, số hộ vắng; nội dung; hình thức; kết quả; quyết định; chữ ký của Trưởng thôn, Trưởng ban công tác Mặt trận và 02 đại diện hộ (R34, Luật 10/2022 Điều 20.2). Số liệu được điền sẵn từ kết quả kiểm phiếu.",
                  en: "The document must state the time; N, A and absent households; content; form; result; decision; signatures of the head, the Front committee head and 2 household representatives (R34, Art 20.2). Figures are prefilled from the count.",
                })}
              </p>
              <SelectField
                name="docForm"
                label={pick(lang, { vi: "Hình thức văn bản", en: "Kind of document" })}
                value={values.docForm}
                errors={errors}
                required
                options={DOC_FORMS.map((d) => ({
                  value: d,
                  label: pick(lang, DOC_FORM_LABEL[d]!),
                }))}
              />
              <Field
                name="heldOn"
                type="date"
                label={pick(lang, { vi: "a) Thời gian", en: "a) Time" })}
                value={values.heldOn}
                errors={errors}
              />
              <div class="row">
                <Field
                  name="households"
                  inputmode="numeric"
                  label={pick(lang, { vi: "b) Tổng số hộ (N)", en: "b) Households (N)" })}
                  value={values.households}
                  errors={errors}
                />
                <Field
                  name="attending"
                  inputmode="numeric"
                  label={pick(lang, { vi: "Số đại diện hộ tham dự (A)", en: "Represented (A)" })}
                  value={values.attending}
                  errors={errors}
                />
                <Field
                  name="absent"
                  inputmode="numeric"
                  label={pick(lang, { vi: "Số hộ vắng (N − A)", en: "Absent (N − A)" })}
                  value={values.absent}
                  errors={errors}
                />
              </div>
              <TextArea
                name="content"
                label={pick(lang, { vi: "c) Nội dung đã thảo luận", en: "c) Content discussed" })}
                value={values.content}
                errors={errors}
                maxlength={20000}
              />
              <Field
                name="formText"
                label={pick(lang, { vi: "d) Hình thức quyết định", en: "d) Form of deciding" })}
                value={values.formText}
                errors={errors}
                maxlength={300}
              />
              <TextArea
                name="resultText"
                label={pick(lang, { vi: "đ) Kết quả biểu quyết", en: "đ) Result" })}
                value={values.resultText}
                errors={errors}
                maxlength={2000}
                rows={2}
              />
              <TextArea
                name="decisionText"
                label={pick(lang, { vi: "e) Nội dung quyết định", en: "e) The decision" })}
                value={values.decisionText}
                errors={errors}
                maxlength={20000}
              />
              <fieldset>
                <legend>{pick(lang, { vi: "g) Chữ ký", en: "g) Signatures" })}</legend>
                <div class="row">
                  <Field
                    name="signHead"
                    label={pick(lang, {
                      vi: "Trưởng thôn, Tổ trưởng tổ dân phố",
                      en: "Village head",
                    })}
                    value={values.signHead}
                    errors={errors}
                    maxlength={200}
                  />
                  <Field
                    name="signFrontHead"
                    label={pick(lang, {
                      vi: "Trưởng ban công tác Mặt trận",
                      en: "Head of the Front committee",
                    })}
                    value={values.signFrontHead}
                    errors={errors}
                    maxlength={200}
                  />
                </div>
                <div class="row">
                  <Field
                    name="signRep1"
                    label={pick(lang, {
                      vi: "Đại diện hộ gia đình thứ nhất",
                      en: "Household representative 1",
                    })}
                    value={values.signRep1}
                    errors={errors}
                    maxlength={200}
                  />
                  <Field
                    name="signRep2"
                    label={pick(lang, {
                      vi: "Đại diện hộ gia đình thứ hai",
                      en: "Household representative 2",
                    })}
                    value={values.signRep2}
                    errors={errors}
                    maxlength={200}
                  />
                </div>
              </fieldset>
              <button type="submit">
                {pick(lang, { vi: "Lưu văn bản", en: "Save the document" })}
              </button>
            </form>
            {record ? (
              <form method="post" action={`${base}/hoan-tat`} class="stack">
                <CsrfField token={csrf} />
                <p class="hint">
                  {pick(lang, {
                    vi: "Hoàn tất: không sửa được nữa; phải gửi UBND xã và UBMTTQ xã trong 05 ngày làm việc (R35).",
                    en: "Finalise: no more changes; it must reach the commune within 5 working days (R35).",
                  })}
                </p>
                <button type="submit">
                  {pick(lang, { vi: "Hoàn tất văn bản", en: "Finalise" })}
                </button>
              </form>
            ) : null}
          </>
        ) : null}
        {!record && !draftable ? (
          <p class="muted">
            {pick(lang, {
              vi: "Văn bản được lập khi đã có kết quả biểu quyết.",
              en: "The document is drawn up once there is a result.",
            })}
          </p>
        ) : null}
        {record?.finalised_at && course ? (
          <>
            <dl class="facts">
              <dt>{pick(lang, { vi: "Thời gian", en: "Time" })}</dt>
              <dd>{showDate(lang, record.held_on)}</dd>
              <dt>{pick(lang, { vi: "Tổng số hộ / tham dự / vắng", en: "N / A / absent" })}</dt>
              <dd>
                {record.households} / {record.attending} / {record.absent}
              </dd>
              <dt>{pick(lang, { vi: "Kết quả", en: "Result" })}</dt>
              <dd>{record.result_text}</dd>
              <dt>{pick(lang, { vi: "Quyết định", en: "Decision" })}</dt>
              <dd>{record.decision_text}</dd>
              <dt>{pick(lang, { vi: "Người ký", en: "Signed by" })}</dt>
              <dd>
                {[
                  record.sign_head,
                  record.sign_front_head,
                  record.sign_rep1,
                  record.sign_rep2,
                ].join(", ")}
              </dd>
            </dl>
            <RecordCourse lang={lang} record={course} today={today} />
            {!record.dispatched_on && mayManage ? (
              <form method="post" action={`${base}/gui`} class="stack" novalidate>
                <h3>
                  {pick(lang, {
                    vi: "Gửi UBND xã và UBMTTQ xã (R35)",
                    en: "Send to the commune (R35)",
                  })}
                </h3>
                <CsrfField token={csrf} />
                <Field
                  name="dispatchedOn"
                  type="date"
                  label={pick(lang, { vi: "Ngày gửi", en: "Sent on" })}
                  value={values.dispatchedOn ?? today}
                  errors={errors}
                  required
                />
                <button type="submit">
                  {pick(lang, { vi: "Ghi nhận đã gửi", en: "Record as sent" })}
                </button>
              </form>
            ) : null}
            {record.recognition_due &&
            !record.recognised_on &&
            !record.refused_on &&
            mayRecognise ? (
              <form method="post" action={`${base}/cong-nhan`} class="stack" novalidate>
                <h3>
                  {pick(lang, {
                    vi: "Công nhận hoặc từ chối công nhận (R36, R37)",
                    en: "Recognise or refuse (R36, R37)",
                  })}
                </h3>
                <p class="hint">
                  {pick(lang, { vi: "Hạn:", en: "Due:" })} {showDate(lang, record.recognition_due)}
                  {record.recognition_due < today ? (
                    <>
                      {" "}
                      <Badge tone="bad">{pick(lang, { vi: "Quá hạn", en: "Overdue" })}</Badge>
                    </>
                  ) : null}
                </p>
                <CsrfField token={csrf} />
                <SelectField
                  name="decision"
                  label={pick(lang, { vi: "Quyết định", en: "Decision" })}
                  value={values.decision ?? "recognise"}
                  errors={errors}
                  required
                  options={[
                    { value: "recognise", label: pick(lang, { vi: "Công nhận", en: "Recognise" }) },
                    {
                      value: "refuse",
                      label: pick(lang, {
                        vi: "Từ chối công nhận (nêu rõ lý do)",
                        en: "Refuse (with reasons)",
                      }),
                    },
                  ]}
                />
                <Field
                  name="on"
                  type="date"
                  label={pick(lang, { vi: "Ngày quyết định", en: "Decided on" })}
                  value={values.on ?? today}
                  errors={errors}
                  required
                />
                {m.scope === "commune" ? (
                  <Field
                    name="inForceOn"
                    type="date"
                    label={pick(lang, {
                      vi: "Ngày có hiệu lực do UBND xã quyết định",
                      en: "Day in force set by the commune",
                    })}
                    value={values.inForceOn}
                    errors={errors}
                  />
                ) : null}
                <TextArea
                  name="reason"
                  label={pick(lang, { vi: "Lý do từ chối", en: "Reasons for refusing" })}
                  value={values.reason}
                  errors={errors}
                  maxlength={4000}
                />
                <button type="submit">{pick(lang, { vi: "Ghi nhận", en: "Record" })}</button>
              </form>
            ) : null}
            {!record.annulled_on && mayRecognise ? (
              <form method="post" action={`${base}/huy-bo`} class="stack" novalidate>
                <h3>
                  {pick(lang, {
                    vi: "Hủy bỏ hoặc yêu cầu sửa đổi (R38, Luật 10/2022 Điều 22)",
                    en: "Annul or request amendment (R38, Art 22)",
                  })}
                </h3>
                <CsrfField token={csrf} />
                <SelectField
                  name="ground"
                  label={pick(lang, { vi: "Căn cứ", en: "Ground" })}
                  value={values.ground}
                  errors={errors}
                  required
                  options={labelledOptions(lang, ["a", "b", "c"] as const, ANNUL_GROUND_LABEL)}
                />
                <SelectField
                  name="action"
                  label={pick(lang, { vi: "Biện pháp", en: "Action" })}
                  value={values.action ?? "annul"}
                  errors={errors}
                  required
                  options={[
                    { value: "annul", label: pick(lang, { vi: "Hủy bỏ", en: "Annul" }) },
                    {
                      value: "request_amendment",
                      label: pick(lang, { vi: "Yêu cầu sửa đổi", en: "Request amendment" }),
                    },
                  ]}
                />
                <Field
                  name="annulOn"
                  type="date"
                  label={pick(lang, { vi: "Ngày quyết định", en: "Decided on" })}
                  value={values.annulOn ?? today}
                  errors={errors}
                  required
                />
                <TextArea
                  name="annulReason"
                  label={pick(lang, { vi: "Lý do", en: "Reasons" })}
                  value={values.annulReason}
                  errors={errors}
                  required
                  maxlength={4000}
                />
                <button type="submit">{pick(lang, { vi: "Ghi nhận", en: "Record" })}</button>
              </form>
            ) : null}
          </>
        ) : null}
        {m.status === "withdrawn" ? (
          <Notice tone="bad">
            {pick(lang, { vi: "Nội dung đã được rút.", en: "Withdrawn." })}
          </Notice>
        ) : null}
      </>,
    );
  };

  const load = (c: Context<AppEnv>) =>
    loadMatterForAdmin(
      deps.db,
      c.get("ctx"),
      c.req.param("code") ?? "",
      Number(c.req.param("id")) || 0,
    );

  app.get("/quan-tri/:code/quyet-dinh/:id{[0-9]+}", async (c) => {
    const { loaded, matter } = await load(c);
    return page(c, loaded, matter);
  });

  const post = formRoutes(app, "/quan-tri/:code/quyet-dinh/:id{[0-9]+}", {
    load,
    page: (c, l, form, refusal, status) =>
      page(c, l.loaded, l.matter, form, refusal.errors, status),
    url: (l) => `/quan-tri/${l.loaded.unit.code}/quyet-dinh/${l.matter.id}`,
    refusal: (err) => ({ errors: errorsFrom(err), findings: [] }),
  });

  post("ket-thuc", async (ctx, { matter }) => {
    await deps.db.transaction().execute((tx) => concludeMatterNow(tx, ctx, matter.id));
    return undefined;
  });

  post("van-ban", async (ctx, { matter }, form) => {
    const parsed = validateForm(recordSchema, form);
    if (!parsed.ok) return parsed.errors;
    await deps.db.transaction().execute((tx) => saveRecord(tx, ctx, matter.id, parsed.data));
    return undefined;
  });

  post("hoan-tat", async (ctx, { matter }) => {
    await deps.db.transaction().execute((tx) => finaliseRecord(tx, ctx, calendar, matter.id));
    return undefined;
  });

  post("gui", async (ctx, { matter }, form) => {
    const parsed = validateForm(dispatchSchema, form);
    if (!parsed.ok) return parsed.errors;
    await deps.db
      .transaction()
      .execute((tx) =>
        dispatchRecord(tx, ctx, calendar, matter.id, parsed.data.dispatchedOn, todayInVietnam()),
      );
    return undefined;
  });

  post("cong-nhan", async (ctx, { matter }, form) => {
    const parsed = validateForm(recognitionSchema, form);
    if (!parsed.ok) return parsed.errors;
    await deps.db
      .transaction()
      .execute((tx) => recogniseDecision(tx, ctx, matter.id, parsed.data, todayInVietnam()));
    return undefined;
  });

  // The annulment form's date and reason are named apart from the recognition form's.
  const ANNUL_FIELD: Record<string, string> = { on: "annulOn", reason: "annulReason" };
  post("huy-bo", async (ctx, { matter }, form) => {
    const parsed = validateForm(annulSchema, {
      ground: form.ground,
      action: form.action,
      on: form.annulOn,
      reason: form.annulReason,
    });
    if (!parsed.ok) return renamed(parsed.errors, ANNUL_FIELD);
    await onRenamedField(
      deps.db
        .transaction()
        .execute((tx) => annulDecision(tx, ctx, matter.id, parsed.data, todayInVietnam())),
      ANNUL_FIELD,
    );
    return undefined;
  });
}
