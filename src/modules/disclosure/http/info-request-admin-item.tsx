import type { Context, Hono } from "hono";
import { civilServiceCalendar } from "../../../core/calendar/index.ts";
import { AppError, notFound } from "../../../core/errors.ts";
import type { AppDeps, AppEnv } from "../../../core/http/env.ts";
import { readForm, validateForm } from "../../../core/http/forms.ts";
import { renderPage } from "../../../core/http/page.tsx";
import { pick, showDate } from "../../../core/i18n/lang.ts";
import { todayInVietnam } from "../../../core/validation.ts";
import {
  Badge,
  CsrfField,
  ErrorSummary,
  Field,
  type FieldErrors,
  messageLang,
  Notice,
  SelectField,
  Table,
} from "../../../core/views/components.tsx";
import { adminCrumbs, type LoadedUnit } from "../../org/index.ts";
import { logDataAccess, openIdNumber } from "../../people/index.ts";
import { answerInfoRequest } from "../commands/answer-info-request.ts";
import { classifyInfoRequest } from "../commands/classify-info-request.ts";
import { extendInfoRequest } from "../commands/extend-info-request.ts";
import { refuseInfoRequest } from "../commands/refuse-info-request.ts";
import {
  findInfoRequest,
  type InfoRequestRow,
  noticesOf,
  sealedIdOf,
} from "../db/info-request.repo.ts";
import { answerDeadline, REFUSAL_GROUNDS } from "../domain/information-request.ts";
import {
  answeredLate,
  ID_KIND_LABEL,
  idNumberKind,
  isOverdue,
  maskIdNumber,
  receiptNumber,
} from "../domain/request-intake.ts";
import { loadForHandler, RT } from "./info-request-admin-list.tsx";
import {
  CASE_TEXT,
  CHANNEL_LABEL,
  deliveryLabel,
  groundLabel,
  LATE,
  OVERDUE,
  REQUEST_STATUS,
  TextArea,
} from "./info-request-fields.tsx";
import { answerSchema, extendSchema, refuseSchema } from "./info-request-schemas.ts";

const T = {
  request: { vi: "Yêu cầu cung cấp thông tin", en: "Information request" },
  address: { vi: "Nơi cư trú, địa chỉ", en: "Residence and address" },
  idNumber: { vi: "Số giấy tờ", en: "ID number" },
  reveal: { vi: "Xem đầy đủ (được ghi nhật ký)", en: "Show in full (logged)" },
  contact: { vi: "Liên hệ", en: "Contact" },
  case: { vi: "Trường hợp (R13)", en: "Case (R13)" },
  related: { vi: "Nội dung công khai liên quan", en: "Related disclosure" },
  delivery: { vi: "Hình thức cung cấp", en: "Delivery" },
  purpose: { vi: "Lý do, mục đích", en: "Reason and purpose" },
  complexity: { vi: "Loại thông tin", en: "Kind" },
  simple: { vi: "Có sẵn", en: "Available" },
  complexKind: { vi: "Phức tạp", en: "Complex" },
  noticeDue: { vi: "Hạn thông báo thời hạn", en: "Notice of the deadline due by" },
  extendedDue: { vi: "Hạn sau gia hạn", en: "Extended to" },
  notices: { vi: "Thông báo đã gửi", en: "Notices sent" },
  noticeOn: { vi: "Ngày thông báo", en: "Date" },
  receipt: { vi: "Phiếu tiếp nhận", en: "Receipt" },
  classify: { vi: "Xác định là thông tin phức tạp", en: "Classify as complex" },
  classifyNote: {
    vi: "Thông tin cần tập hợp từ nhiều nơi hoặc cần lấy ý kiến: thời hạn trả lời thành 15 ngày làm việc (10 ngày làm việc nếu nhận trực tiếp). Phải thông báo thời hạn cho người yêu cầu trong 03 ngày làm việc (Điều 29–31).",
    en: "Information that must be gathered or consulted on: 15 working days (10 in person). The requester is told the deadline within 3 working days (Art 29–31).",
  },
  answer: { vi: "Cung cấp thông tin", en: "Answer" },
  answerText: {
    vi: "Nội dung trả lời (thông tin, văn bản đã cung cấp và hình thức cung cấp)",
    en: "Answer (what was provided, and how)",
  },
  answeredOn: { vi: "Ngày cung cấp", en: "Date provided" },
  extend: { vi: "Gia hạn (một lần)", en: "Extend (once)" },
  extendNote: {
    vi: "Chỉ với thông tin phức tạp; thông báo gia hạn bằng văn bản phải gửi trong thời hạn trả lời (Mẫu 04, Nghị định 13/2018).",
    en: "Complex information only; the written notice is sent within the period (Form 04, Decree 13/2018).",
  },
  extensionReason: { vi: "Lý do gia hạn", en: "Reason for the extension" },
  refuse: { vi: "Từ chối cung cấp", en: "Refuse" },
  refuseNote: {
    vi: "Từ chối phải bằng văn bản, nêu căn cứ tại khoản 1 Điều 28 và lý do (Mẫu 05, Nghị định 13/2018). Không được từ chối vì thông tin đã công khai khi yêu cầu thuộc trường hợp R13.",
    en: "A refusal is in writing, cites a ground of Art 28.1 and gives its reasons (Form 05). 'Already published' cannot refuse an R13 request.",
  },
  ground: { vi: "Căn cứ từ chối (Điều 28.1)", en: "Ground (Art 28.1)" },
  refusalReason: { vi: "Lý do từ chối", en: "Reasons" },
  refusedOn: { vi: "Ngày từ chối", en: "Date refused" },
  outcome: { vi: "Kết quả", en: "Outcome" },
  notFound: {
    vi: "Không có yêu cầu cung cấp thông tin này trong đơn vị.",
    en: "No such information request in this unit.",
  },
};

const NOTICE_LABEL: Record<string, { vi: string; en: string }> = {
  "disclosure.request.extended": { vi: "Gia hạn", en: "Extension" },
  "disclosure.request.classified": {
    vi: "Thông báo thời hạn (thông tin phức tạp)",
    en: "Deadline notice (complex)",
  },
};

type Action = "reveal" | "classify" | "answer" | "extend" | "refuse";

export function disclosureInfoRequestAdminItem(app: Hono<AppEnv>, deps: AppDeps) {
  const calendar = civilServiceCalendar();
  const keys = { dataKey: deps.config.dataKey, secret: deps.config.secret };

  const load = async (c: Context<AppEnv>) => {
    const loaded = await loadForHandler(deps, c);
    const request = await findInfoRequest(deps.db, Number(c.req.param("id")) || 0);
    if (!request || request.unit_id !== loaded.unit.id)
      throw notFound(pick(c.get("lang"), T.notFound));
    return { loaded, request };
  };

  const page = async (
    c: Context<AppEnv>,
    loaded: LoadedUnit,
    r: InfoRequestRow,
    opts: {
      reveal?: boolean;
      form?: Record<string, string>;
      errors?: FieldErrors;
      message?: string;
      status?: 200 | 400 | 409;
    } = {},
  ) => {
    const lang = c.get("lang");
    const ctx = c.get("ctx");
    const form = opts.form ?? {};
    const errors = opts.errors ?? {};
    const today = todayInVietnam();
    const [sealed, notices] = await Promise.all([
      sealedIdOf(deps.db, r.id),
      noticesOf(deps.db, r.id),
    ]);
    const idNumber = sealed ? openIdNumber(keys, sealed) : "";
    const kind = idNumberKind(idNumber);
    await logDataAccess(deps.db, ctx, {
      operation: opts.reveal ? "reveal" : "read",
      purpose: opts.reveal
        ? `Xem đầy đủ số giấy tờ của người yêu cầu cung cấp thông tin số ${receiptNumber(r)}`
        : `Giải quyết yêu cầu cung cấp thông tin số ${receiptNumber(r)}`,
      unitId: r.unit_id,
      fields: opts.reveal
        ? ["requester_id_number"]
        : ["requester_name", "requester_address", "requester_contact"],
    });
    const deadline = answerDeadline(calendar, {
      receivedOn: r.received_on,
      channel: r.channel,
      complexity: r.complexity,
    });
    const open = r.status === "received" || r.status === "extended";
    const csrf = c.get("csrf")();
    const action = `/quan-tri/${loaded.unit.code}/yeu-cau-thong-tin/${r.id}`;
    const status = REQUEST_STATUS[r.status]!;
    const title = `${pick(lang, T.request)} ${receiptNumber(r)}`;
    return renderPage(
      c,
      {
        title,
        crumbs: [
          ...adminCrumbs(lang, loaded),
          {
            label: pick(lang, RT.register),
            href: `/quan-tri/${loaded.unit.code}/yeu-cau-thong-tin`,
          },
          { label: receiptNumber(r) },
        ],
        status: opts.status,
      },
      <>
        <h1>{title}</h1>
        <p>
          <Badge tone={status.tone}>{pick(lang, status)}</Badge>
          {isOverdue(r, today) ? (
            <>
              {" "}
              <Badge tone="bad">{pick(lang, OVERDUE)}</Badge>
            </>
          ) : null}
          {answeredLate(r) ? (
            <>
              {" "}
              <Badge tone="warn">{pick(lang, LATE)}</Badge>
            </>
          ) : null}{" "}
          · <a href={`/u/${loaded.unit.code}/yeu-cau-thong-tin/${r.id}`}>{pick(lang, T.receipt)}</a>
        </p>
        <ErrorSummary lang={lang} errors={errors} message={opts.message} />
        <dl class="facts">
          <dt>{pick(lang, RT.receivedOn)}</dt>
          <dd>
            {showDate(lang, r.received_on)} — {pick(lang, CHANNEL_LABEL[r.channel]!)}
          </dd>
          <dt>{pick(lang, RT.requester)}</dt>
          <dd>{r.requester_name}</dd>
          <dt>{pick(lang, T.address)}</dt>
          <dd>{r.requester_address}</dd>
          <dt>{pick(lang, T.idNumber)}</dt>
          <dd>
            {"kind" in kind ? `${pick(lang, ID_KIND_LABEL[kind.kind])}: ` : ""}
            {opts.reveal ? (
              <code>{idNumber}</code>
            ) : (
              <>
                {maskIdNumber(idNumber)}{" "}
                <form method="post" action={action} class="inline">
                  <CsrfField token={csrf} />
                  <input type="hidden" name="action" value="reveal" />
                  <button type="submit" class="link">
                    {pick(lang, T.reveal)}
                  </button>
                </form>
              </>
            )}
          </dd>
          <dt>{pick(lang, T.contact)}</dt>
          <dd>{r.requester_contact ?? "—"}</dd>
          <dt>{pick(lang, T.case)}</dt>
          <dd>{pick(lang, CASE_TEXT[r.reason_case].title)}</dd>
          <dt>{pick(lang, RT.information)}</dt>
          <dd>{r.information}</dd>
          {r.related_item_id !== null ? (
            <>
              <dt>{pick(lang, T.related)}</dt>
              <dd>
                <a href={`/quan-tri/${loaded.unit.code}/cong-khai/${r.related_item_id}`}>
                  #{r.related_item_id}
                </a>
              </dd>
            </>
          ) : null}
          <dt>{pick(lang, T.delivery)}</dt>
          <dd>{deliveryLabel(lang, r.delivery_form)}</dd>
          <dt>{pick(lang, T.purpose)}</dt>
          <dd>{r.purpose}</dd>
          <dt>{pick(lang, T.complexity)}</dt>
          <dd>{pick(lang, r.complexity === "complex" ? T.complexKind : T.simple)}</dd>
          {deadline.noticeDue ? (
            <>
              <dt>{pick(lang, T.noticeDue)}</dt>
              <dd>{showDate(lang, deadline.noticeDue)}</dd>
            </>
          ) : null}
          <dt>{pick(lang, RT.due)}</dt>
          <dd>
            <strong>{showDate(lang, r.due_on)}</strong>
          </dd>
          {r.extended_due_on ? (
            <>
              <dt>{pick(lang, T.extendedDue)}</dt>
              <dd>
                <strong>{showDate(lang, r.extended_due_on)}</strong>
              </dd>
            </>
          ) : null}
        </dl>
        <p class="muted" lang={messageLang(lang, deadline.explanation)}>
          {deadline.explanation}
        </p>
        {notices.length > 0 ? (
          <Table
            caption={pick(lang, T.notices)}
            head={[pick(lang, T.noticeOn), pick(lang, T.notices), ""]}
          >
            {notices.map((n) => {
              const s = (n.summary ?? {}) as Record<string, string | undefined>;
              return (
                <tr>
                  <td>{showDate(lang, s.noticeOn)}</td>
                  <td>{pick(lang, NOTICE_LABEL[n.action] ?? { vi: n.action, en: n.action })}</td>
                  <td>
                    {s.extendedDueOn
                      ? `→ ${showDate(lang, s.extendedDueOn)}`
                      : s.dueOn
                        ? `→ ${showDate(lang, s.dueOn)}`
                        : ""}
                    {s.reason ? ` — ${s.reason}` : ""}
                  </td>
                </tr>
              );
            })}
          </Table>
        ) : null}
        {r.status === "answered" ? (
          <section aria-labelledby="outcome">
            <h2 id="outcome">{pick(lang, T.outcome)}</h2>
            <Notice tone="ok">
              {pick(lang, T.answeredOn)} {showDate(lang, r.answered_on)}
            </Notice>
            <p>{r.answer}</p>
          </section>
        ) : null}
        {r.status === "refused" ? (
          <section aria-labelledby="outcome">
            <h2 id="outcome">{pick(lang, T.outcome)}</h2>
            <dl class="facts">
              <dt>{pick(lang, T.refusedOn)}</dt>
              <dd>{showDate(lang, r.answered_on)}</dd>
              <dt>{pick(lang, T.ground)}</dt>
              <dd>{groundLabel(lang, r.refusal_ground ?? "")}</dd>
              <dt>{pick(lang, T.refusalReason)}</dt>
              <dd>{r.refusal_reason}</dd>
            </dl>
          </section>
        ) : null}
        {open && r.complexity === "simple" ? (
          <form method="post" action={action} class="stack">
            <h2>{pick(lang, T.classify)}</h2>
            <p class="muted">{pick(lang, T.classifyNote)}</p>
            <CsrfField token={csrf} />
            <input type="hidden" name="action" value="classify" />
            <button type="submit">{pick(lang, T.classify)}</button>
          </form>
        ) : null}
        {open ? (
          <form method="post" action={action} class="stack" novalidate>
            <h2>{pick(lang, T.answer)}</h2>
            <CsrfField token={csrf} />
            <input type="hidden" name="action" value="answer" />
            <TextArea
              name="answer"
              label={pick(lang, T.answerText)}
              value={form.answer}
              errors={errors}
              required
              maxlength={5000}
            />
            <Field
              name="answeredOn"
              type="date"
              label={pick(lang, T.answeredOn)}
              value={form.answeredOn ?? today}
              errors={errors}
              required
            />
            <button type="submit">{pick(lang, T.answer)}</button>
          </form>
        ) : null}
        {r.status === "received" && r.complexity === "complex" ? (
          <form method="post" action={action} class="stack" novalidate>
            <h2>{pick(lang, T.extend)}</h2>
            <p class="muted">{pick(lang, T.extendNote)}</p>
            <CsrfField token={csrf} />
            <input type="hidden" name="action" value="extend" />
            <TextArea
              name="extensionReason"
              label={pick(lang, T.extensionReason)}
              value={form.extensionReason}
              errors={errors}
              required
              maxlength={1000}
              rows={2}
            />
            <button type="submit">{pick(lang, T.extend)}</button>
          </form>
        ) : null}
        {open ? (
          <form method="post" action={action} class="stack" novalidate>
            <h2>{pick(lang, T.refuse)}</h2>
            <p class="muted">{pick(lang, T.refuseNote)}</p>
            <CsrfField token={csrf} />
            <input type="hidden" name="action" value="refuse" />
            <SelectField
              name="ground"
              label={pick(lang, T.ground)}
              value={form.ground}
              errors={errors}
              required
              options={[
                { value: "", label: "—" },
                ...REFUSAL_GROUNDS.map((g) => ({
                  value: g.code,
                  label: `${g.code}) ${pick(lang, g)}`,
                })),
              ]}
            />
            <TextArea
              name="reason"
              label={pick(lang, T.refusalReason)}
              value={form.reason}
              errors={errors}
              required
              maxlength={2000}
            />
            <Field
              name="refusedOn"
              type="date"
              label={pick(lang, T.refusedOn)}
              value={form.refusedOn ?? today}
              errors={errors}
              required
            />
            <button type="submit">{pick(lang, T.refuse)}</button>
          </form>
        ) : null}
      </>,
    );
  };

  app.get("/quan-tri/:code/yeu-cau-thong-tin/:id{[0-9]+}", async (c) => {
    const { loaded, request } = await load(c);
    return page(c, loaded, request);
  });

  app.post("/quan-tri/:code/yeu-cau-thong-tin/:id{[0-9]+}", async (c) => {
    const { loaded, request } = await load(c);
    const ctx = c.get("ctx");
    const form = await readForm(c);
    const action = form.action as Action;
    if (action === "reveal") return page(c, loaded, request, { reveal: true });
    const today = todayInVietnam();
    const reparse = <S extends Parameters<typeof validateForm>[0]>(schema: S) => {
      const r = validateForm(schema, form);
      if (!r.ok) throw new AppError("validation", "", undefined, { fields: r.errors });
      return r.data;
    };
    try {
      await deps.db.transaction().execute(async (tx) => {
        if (action === "classify") {
          await classifyInfoRequest(tx, ctx, calendar, request, today);
        } else if (action === "answer") {
          await answerInfoRequest(tx, ctx, request, reparse(answerSchema), today);
        } else if (action === "extend") {
          const data = reparse(extendSchema);
          await extendInfoRequest(
            tx,
            ctx,
            calendar,
            request,
            { reason: data.extensionReason },
            today,
          );
        } else if (action === "refuse") {
          await refuseInfoRequest(tx, ctx, keys, request, reparse(refuseSchema), today);
        } else {
          throw new AppError("validation", "Thao tác không hợp lệ.");
        }
      });
    } catch (err) {
      if (err instanceof AppError && (err.code === "validation" || err.code === "conflict")) {
        const given = err.details?.fields as FieldErrors | undefined;
        const field = action === "extend" && err.field === "reason" ? "extensionReason" : err.field;
        return page(c, loaded, request, {
          form,
          errors: given ?? (field ? { [field]: err.message } : {}),
          message: !given && !field ? err.message : undefined,
          status: err.code === "conflict" ? 409 : 400,
        });
      }
      throw err;
    }
    return c.redirect(`/quan-tri/${loaded.unit.code}/yeu-cau-thong-tin/${request.id}`, 303);
  });
}
