import { timingSafeEqual } from "node:crypto";
import type { Context, Hono } from "hono";
import { can } from "../../../core/authz/index.ts";
import { civilServiceCalendar } from "../../../core/calendar/index.ts";
import { AppError, notFound, unauthenticated } from "../../../core/errors.ts";
import type { AppDeps, AppEnv } from "../../../core/http/env.ts";
import { readForm, validateForm } from "../../../core/http/forms.ts";
import { renderPage } from "../../../core/http/page.tsx";
import { pick, showDate } from "../../../core/i18n/lang.ts";
import { blindIndex } from "../../../core/security/sealed.ts";
import { todayInVietnam } from "../../../core/validation.ts";
import {
  Badge,
  CsrfField,
  EmptyState,
  ErrorSummary,
  type FieldErrors,
  messageLang,
  Notice,
  Table,
} from "../../../core/views/components.tsx";
import { type LoadedUnit, loadUnit, unitCrumbs } from "../../org/index.ts";
import { logDataAccess } from "../../people/index.ts";
import { createInfoRequest } from "../commands/create-info-request.ts";
import {
  findInfoRequest,
  type InfoRequestRow,
  infoRequestsOfAccount,
  requestableItems,
} from "../db/info-request.repo.ts";
import { regimeOf } from "../domain/catalogues.ts";
import { answerDeadline } from "../domain/information-request.ts";
import { answeredLate, effectiveDue, isOverdue, receiptNumber } from "../domain/request-intake.ts";
import {
  CASE_TEXT,
  CHANNEL_LABEL,
  deliveryLabel,
  groundLabel,
  InfoRequestFields,
  LATE,
  OVERDUE,
  REQUEST_STATUS,
} from "./info-request-fields.tsx";
import { infoRequestSchema } from "./info-request-schemas.ts";

const T = {
  title: { vi: "Yêu cầu cung cấp thông tin", en: "Request information" },
  intro: {
    vi: "Nếu thông tin mà xã phải công khai chưa được công khai, đã hết thời hạn công khai, hoặc bạn không xem được vì lý do bất khả kháng, bạn có quyền yêu cầu Ủy ban nhân dân xã cung cấp (Luật Thực hiện dân chủ ở cơ sở Điều 14.2; Luật Tiếp cận thông tin).",
    en: "If information the commune had to publish was not published, its period has ended, or you could not reach it, you may ask the commune People's Committee for it (Law on Grassroots Democracy Art 14.2; Access to Information Law).",
  },
  times: {
    vi: "Yêu cầu gửi qua mạng được trả lời trong 03 ngày làm việc; nếu thông tin phức tạp, cần tập hợp, xã thông báo thời hạn trong 03 ngày làm việc và trả lời trong 15 ngày làm việc (có thể gia hạn một lần, thêm tối đa 15 ngày). Không mất phí; bạn chỉ trả chi phí thực tế in, sao, gửi (Điều 12).",
    en: "Online requests are answered within 3 working days; for complex information the commune tells you the deadline within 3 working days and answers within 15 (extendable once by up to 15 days). There is no fee; you pay only the actual cost of copying and sending (Art 12).",
  },
  send: { vi: "Gửi yêu cầu", en: "Send the request" },
  required: { vi: "Các mục có dấu * là bắt buộc.", en: "Fields marked * are required." },
  receipt: {
    vi: "Phiếu tiếp nhận yêu cầu cung cấp thông tin",
    en: "Receipt of your information request",
  },
  number: { vi: "Số phiếu", en: "Receipt number" },
  receiver: { vi: "Cơ quan tiếp nhận", en: "Received by" },
  requester: { vi: "Người yêu cầu", en: "Requester" },
  receivedOn: { vi: "Ngày tiếp nhận", en: "Received on" },
  channel: { vi: "Cách gửi", en: "Sent" },
  reasonCase: { vi: "Trường hợp", en: "Case" },
  information: { vi: "Thông tin yêu cầu", en: "Information requested" },
  delivery: { vi: "Hình thức nhận", en: "Delivery" },
  due: { vi: "Thời hạn trả lời", en: "Answer due by" },
  status: { vi: "Tình trạng", en: "Status" },
  extended: { vi: "Thời hạn đã được gia hạn đến ngày", en: "The deadline was extended to" },
  answer: { vi: "Trả lời", en: "Answer" },
  answeredOn: { vi: "Ngày trả lời", en: "Answered on" },
  refusal: { vi: "Từ chối cung cấp", en: "Refused" },
  refusalGround: { vi: "Căn cứ", en: "Ground" },
  refusalReason: { vi: "Lý do", en: "Reasons" },
  keepLink: {
    vi: "Hãy lưu lại địa chỉ trang này (hoặc số phiếu) để theo dõi yêu cầu; trang này không hiện số giấy tờ của bạn.",
    en: "Keep this page's address (or the receipt number) to follow your request; it never shows your ID number.",
  },
  mine: { vi: "Yêu cầu cung cấp thông tin của tôi", en: "My information requests" },
  noneMine: { vi: "Bạn chưa gửi yêu cầu nào.", en: "You have not sent any request." },
  unit: { vi: "Đơn vị", en: "Unit" },
  onlyCommunes: {
    vi: "Chỉ Ủy ban nhân dân xã, phường, đặc khu tiếp nhận yêu cầu cung cấp thông tin trên nền tảng.",
    en: "Only communes and wards take information requests on the platform.",
  },
  noSuchRequest: {
    vi: "Không có phiếu tiếp nhận này, hoặc đường dẫn không đúng.",
    en: "No such receipt, or the link is wrong.",
  },
};

/** A capability for the receipt page: whoever filed the request keeps the link to follow it. */
export function receiptKey(secret: string, id: number): string {
  return blindIndex(secret, "disclosure-info-request-receipt", String(id))
    .toString("base64url")
    .slice(0, 22);
}
const sameKey = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

function commune(loaded: LoadedUnit): LoadedUnit {
  if (regimeOf(loaded.unit.kind) !== "commune") throw notFound(T.onlyCommunes.vi);
  return loaded;
}

export function disclosureInfoRequestPublic(app: Hono<AppEnv>, deps: AppDeps) {
  const calendar = civilServiceCalendar();
  const keys = { dataKey: deps.config.dataKey, secret: deps.config.secret };

  const formPage = async (
    c: Context<AppEnv>,
    loaded: LoadedUnit,
    form: Record<string, string>,
    errors: FieldErrors = {},
    status: 200 | 400 = 200,
  ) => {
    const lang = c.get("lang");
    const { unit, chain } = loaded;
    const items = await requestableItems(deps.db, unit.id);
    return renderPage(
      c,
      {
        title: `${pick(lang, T.title)} — ${unit.full_name}`,
        crumbs: unitCrumbs(lang, chain, "/u", [{ label: pick(lang, T.title) }]),
        status,
      },
      <>
        <h1>
          {pick(lang, T.title)} <span class="muted">— {unit.full_name}</span>
        </h1>
        <p class="lead">{pick(lang, T.intro)}</p>
        <p>{pick(lang, T.times)}</p>
        <ErrorSummary lang={lang} errors={errors} />
        <form method="post" action={`/u/${unit.code}/yeu-cau-thong-tin`} class="stack" novalidate>
          <p class="muted">{pick(lang, T.required)}</p>
          <CsrfField token={c.get("csrf")()} />
          <InfoRequestFields lang={lang} form={form} errors={errors} items={items} />
          <button type="submit">{pick(lang, T.send)}</button>
        </form>
      </>,
    );
  };

  app.get("/u/:code/yeu-cau-thong-tin", async (c) => {
    const loaded = commune(await loadUnit(deps.db, c.req.param("code")));
    const viewer = c.get("viewer");
    return formPage(c, loaded, viewer ? { requesterName: viewer.displayName } : {});
  });

  app.post("/u/:code/yeu-cau-thong-tin", async (c) => {
    const loaded = commune(await loadUnit(deps.db, c.req.param("code")));
    const form = await readForm(c);
    const parsed = validateForm(infoRequestSchema, form);
    if (!parsed.ok) return formPage(c, loaded, form, parsed.errors, 400);
    const today = todayInVietnam();
    try {
      const created = await deps.db
        .transaction()
        .execute((tx) =>
          createInfoRequest(
            tx,
            c.get("ctx"),
            calendar,
            keys,
            loaded.unit,
            { ...parsed.data, channel: "electronic", complexity: "simple", receivedOn: today },
            today,
          ),
        );
      return c.redirect(
        `/u/${loaded.unit.code}/yeu-cau-thong-tin/${created.id}?ma=${receiptKey(deps.config.secret, created.id)}`,
        303,
      );
    } catch (err) {
      if (err instanceof AppError && err.code === "validation") {
        const fields = (err.details?.fields as FieldErrors | undefined) ?? {
          [err.field ?? "_form"]: err.message,
        };
        return formPage(c, loaded, form, fields, 400);
      }
      throw err;
    }
  });

  app.get("/u/:code/yeu-cau-thong-tin/:id{[0-9]+}", async (c) => {
    const lang = c.get("lang");
    const ctx = c.get("ctx");
    const loaded = commune(await loadUnit(deps.db, c.req.param("code")));
    const request = await findInfoRequest(deps.db, Number(c.req.param("id")));
    const key = c.req.query("ma") ?? "";
    const allowed =
      request !== undefined &&
      request.unit_id === loaded.unit.id &&
      ((key !== "" && sameKey(key, receiptKey(deps.config.secret, request.id))) ||
        (ctx.actor.accountId !== null && ctx.actor.accountId === request.requester_account_id) ||
        can(ctx.actor, "disclosure.request.handle", { unitPath: loaded.unit.path }));
    // The same answer for a wrong link and a missing request: numbers cannot be probed.
    if (!request || !allowed) throw notFound(pick(lang, T.noSuchRequest));
    await logDataAccess(deps.db, ctx, {
      operation: "read",
      purpose: `Xem phiếu tiếp nhận yêu cầu cung cấp thông tin số ${receiptNumber(request)}`,
      unitId: request.unit_id,
      fields: ["requester_name"],
    });
    return renderPage(
      c,
      {
        title: `${pick(lang, T.receipt)} ${receiptNumber(request)}`,
        crumbs: unitCrumbs(lang, loaded.chain, "/u", [
          { label: pick(lang, T.title), href: `/u/${loaded.unit.code}/yeu-cau-thong-tin` },
          { label: receiptNumber(request) },
        ]),
      },
      <Receipt c={c} loaded={loaded} request={request} />,
    );
  });

  /** The receipt (Mẫu 02, NĐ 13/2018) with the deadline in words and, later, the outcome. */
  function Receipt(p: { c: Context<AppEnv>; loaded: LoadedUnit; request: InfoRequestRow }) {
    const lang = p.c.get("lang");
    const r = p.request;
    const deadline = answerDeadline(calendar, {
      receivedOn: r.received_on,
      channel: r.channel,
      complexity: r.complexity,
    });
    const status = REQUEST_STATUS[r.status]!;
    const today = todayInVietnam();
    return (
      <article>
        <h1>{pick(lang, T.receipt)}</h1>
        {p.c.get("viewer") === null ? <Notice tone="info">{pick(lang, T.keepLink)}</Notice> : null}
        <dl class="facts">
          <dt>{pick(lang, T.number)}</dt>
          <dd>
            <strong>{receiptNumber(r)}</strong>
          </dd>
          <dt>{pick(lang, T.receiver)}</dt>
          <dd>Ủy ban nhân dân {p.loaded.unit.full_name}</dd>
          <dt>{pick(lang, T.requester)}</dt>
          <dd>{r.requester_name}</dd>
          <dt>{pick(lang, T.receivedOn)}</dt>
          <dd>{showDate(lang, r.received_on)}</dd>
          <dt>{pick(lang, T.channel)}</dt>
          <dd>{pick(lang, CHANNEL_LABEL[r.channel]!)}</dd>
          <dt>{pick(lang, T.reasonCase)}</dt>
          <dd>{pick(lang, CASE_TEXT[r.reason_case].title)}</dd>
          <dt>{pick(lang, T.information)}</dt>
          <dd>{r.information}</dd>
          <dt>{pick(lang, T.delivery)}</dt>
          <dd>{deliveryLabel(lang, r.delivery_form)}</dd>
          <dt>{pick(lang, T.due)}</dt>
          <dd>
            <strong>{showDate(lang, effectiveDue(r))}</strong>
          </dd>
          <dt>{pick(lang, T.status)}</dt>
          <dd>
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
            ) : null}
          </dd>
        </dl>
        <p lang={messageLang(lang, deadline.explanation)}>{deadline.explanation}</p>
        {r.extended_due_on ? (
          <Notice tone="warn">
            {pick(lang, T.extended)} {showDate(lang, r.extended_due_on)}.
          </Notice>
        ) : null}
        {r.status === "answered" ? (
          <section aria-labelledby="answer">
            <h2 id="answer">{pick(lang, T.answer)}</h2>
            <p class="muted">
              {pick(lang, T.answeredOn)} {showDate(lang, r.answered_on)}
            </p>
            {(r.answer ?? "")
              .split(/\n{2,}/)
              .filter((x) => x.trim())
              .map((x) => (
                <p>{x}</p>
              ))}
          </section>
        ) : null}
        {r.status === "refused" ? (
          <section aria-labelledby="refusal">
            <h2 id="refusal">{pick(lang, T.refusal)}</h2>
            <dl class="facts">
              <dt>{pick(lang, T.answeredOn)}</dt>
              <dd>{showDate(lang, r.answered_on)}</dd>
              <dt>{pick(lang, T.refusalGround)}</dt>
              <dd>{groundLabel(lang, r.refusal_ground ?? "")}</dd>
              <dt>{pick(lang, T.refusalReason)}</dt>
              <dd>{r.refusal_reason}</dd>
            </dl>
          </section>
        ) : null}
      </article>
    );
  }

  app.get("/cua-toi/yeu-cau", async (c) => {
    const lang = c.get("lang");
    const viewer = c.get("viewer");
    if (!viewer) throw unauthenticated();
    const rows = await infoRequestsOfAccount(deps.db, viewer.accountId);
    const today = todayInVietnam();
    return renderPage(
      c,
      {
        title: pick(lang, T.mine),
        crumbs: [
          { label: lang === "vi" ? "Của tôi" : "Mine", href: "/cua-toi" },
          { label: pick(lang, T.mine) },
        ],
      },
      <>
        <h1>{pick(lang, T.mine)}</h1>
        {rows.length === 0 ? (
          <EmptyState title={pick(lang, T.noneMine)} />
        ) : (
          <Table
            caption={pick(lang, T.mine)}
            captionHidden
            head={[
              pick(lang, T.number),
              pick(lang, T.unit),
              pick(lang, T.receivedOn),
              pick(lang, T.information),
              pick(lang, T.due),
              pick(lang, T.status),
            ]}
          >
            {rows.map((r) => {
              const status = REQUEST_STATUS[r.status]!;
              return (
                <tr>
                  <td>
                    <a href={`/u/${r.unit_code}/yeu-cau-thong-tin/${r.id}`}>{receiptNumber(r)}</a>
                  </td>
                  <td>{r.unit_name}</td>
                  <td>{showDate(lang, r.received_on)}</td>
                  <td>
                    {r.information.length > 120 ? `${r.information.slice(0, 120)}…` : r.information}
                  </td>
                  <td>{showDate(lang, effectiveDue(r))}</td>
                  <td>
                    <Badge tone={status.tone}>{pick(lang, status)}</Badge>
                    {isOverdue(r, today) ? (
                      <>
                        {" "}
                        <Badge tone="bad">{pick(lang, OVERDUE)}</Badge>
                      </>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </Table>
        )}
      </>,
    );
  });
}
