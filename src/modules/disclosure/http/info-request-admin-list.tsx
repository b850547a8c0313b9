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
  EmptyState,
  ErrorSummary,
  Field,
  type FieldErrors,
  SelectField,
  Table,
} from "../../../core/views/components.tsx";
import { AdminHeader, adminCrumbs, type LoadedUnit, loadUnitForAdmin } from "../../org/index.ts";
import { logDataAccess } from "../../people/index.ts";
import { createInfoRequest } from "../commands/create-info-request.ts";
import { listInfoRequests, requestableItems } from "../db/info-request.repo.ts";
import { regimeOf } from "../domain/catalogues.ts";
import { answeredLate, effectiveDue, isOverdue, receiptNumber } from "../domain/request-intake.ts";
import {
  CHANNEL_LABEL,
  InfoRequestFields,
  LATE,
  OVERDUE,
  RadioGroup,
  REQUEST_STATUS,
} from "./info-request-fields.tsx";
import { paperRequestSchema } from "./info-request-schemas.ts";

export const RT = {
  register: {
    vi: "Sổ theo dõi cung cấp thông tin theo yêu cầu",
    en: "Information request register",
  },
  registerNote: {
    vi: "Mỗi yêu cầu được ghi vào sổ khi tiếp nhận, kể cả yêu cầu gửi qua mạng (Luật Tiếp cận thông tin Điều 26.1; Nghị định 13/2018 Điều 10). Thời hạn tính theo lịch làm việc của cơ quan nhà nước.",
    en: "Every request is logged on receipt, online ones included (Access to Information Law Art 26.1; Decree 13/2018 Art 10). Deadlines follow the civil service calendar.",
  },
  none: { vi: "Chưa có yêu cầu nào.", en: "No requests yet." },
  open: { vi: "Đang giải quyết", en: "Open" },
  overdue: { vi: "Quá hạn", en: "Overdue" },
  number: { vi: "Số phiếu", en: "Receipt" },
  receivedOn: { vi: "Ngày nhận", en: "Received" },
  requester: { vi: "Người yêu cầu", en: "Requester" },
  information: { vi: "Thông tin yêu cầu", en: "Information requested" },
  channel: { vi: "Cách gửi", en: "Channel" },
  due: { vi: "Hạn trả lời", en: "Due" },
  status: { vi: "Tình trạng", en: "Status" },
  answeredOn: { vi: "Ngày trả lời, từ chối", en: "Answered or refused on" },
  paper: {
    vi: "Ghi yêu cầu nhận trực tiếp hoặc qua bưu điện",
    en: "Record a request received in person or by post",
  },
  paperNote: {
    vi: "Người tiếp nhận giúp người yêu cầu điền phiếu; phải giúp người không biết chữ, người khuyết tật (Điều 24.1).",
    en: "The receiving official helps fill in the form, and must help people who cannot read or have a disability (Art 24.1).",
  },
  how: { vi: "Cách nhận yêu cầu", en: "How it arrived" },
  receivedOnField: { vi: "Ngày nhận yêu cầu", en: "Date received" },
  complexity: { vi: "Loại thông tin", en: "Kind of information" },
  simple: {
    vi: "Có sẵn: cung cấp ngay (trực tiếp) hoặc trong 05 ngày làm việc (bưu điện)",
    en: "Available: at once (in person) or within 5 working days (post)",
  },
  complex: {
    vi: "Phức tạp, cần tập hợp hoặc lấy ý kiến: 10 hoặc 15 ngày làm việc",
    en: "Complex, must be gathered or consulted on: 10 or 15 working days",
  },
  record: { vi: "Ghi vào sổ", en: "Record" },
};

function requireCommune(loaded: LoadedUnit): LoadedUnit {
  if (regimeOf(loaded.unit.kind) !== "commune")
    throw notFound("Chỉ xã, phường, đặc khu có sổ theo dõi cung cấp thông tin theo yêu cầu.");
  return loaded;
}

/** The unit, which must be a commune, for one who handles its requests. */
export async function loadForHandler(deps: AppDeps, c: Context<AppEnv>): Promise<LoadedUnit> {
  return requireCommune(
    await loadUnitForAdmin(
      deps.db,
      c.get("ctx"),
      c.req.param("code") ?? "",
      "disclosure.request.handle",
    ),
  );
}

export function disclosureInfoRequestAdminList(app: Hono<AppEnv>, deps: AppDeps) {
  const calendar = civilServiceCalendar();
  const keys = { dataKey: deps.config.dataKey, secret: deps.config.secret };

  const page = async (
    c: Context<AppEnv>,
    loaded: LoadedUnit,
    form: Record<string, string> = {},
    errors: FieldErrors = {},
    status: 200 | 400 = 200,
  ) => {
    const lang = c.get("lang");
    const ctx = c.get("ctx");
    const code = loaded.unit.code;
    const today = todayInVietnam();
    const [rows, items] = await Promise.all([
      listInfoRequests(deps.db, loaded.unit.id),
      requestableItems(deps.db, loaded.unit.id),
    ]);
    await logDataAccess(deps.db, ctx, {
      operation: "read",
      purpose: "Xem sổ theo dõi cung cấp thông tin theo yêu cầu",
      unitId: loaded.unit.id,
      fields: ["requester_name"],
    });
    const open = rows.filter((r) => r.status === "received" || r.status === "extended").length;
    const overdue = rows.filter((r) => isOverdue(r, today)).length;
    return renderPage(
      c,
      {
        title: pick(lang, RT.register),
        crumbs: adminCrumbs(lang, loaded, pick(lang, RT.register)),
        status,
      },
      <>
        <AdminHeader c={c} loaded={loaded} current="cong-khai" />
        <ErrorSummary lang={lang} errors={errors} />
        <h2>{pick(lang, RT.register)}</h2>
        <p class="muted">{pick(lang, RT.registerNote)}</p>
        <p>
          <Badge tone="info">
            {pick(lang, RT.open)}: {open}
          </Badge>{" "}
          <Badge tone={overdue > 0 ? "bad" : "ok"}>
            {pick(lang, RT.overdue)}: {overdue}
          </Badge>
        </p>
        {rows.length === 0 ? (
          <EmptyState title={pick(lang, RT.none)} />
        ) : (
          <Table
            caption={pick(lang, RT.register)}
            captionHidden
            head={[
              pick(lang, RT.number),
              pick(lang, RT.receivedOn),
              pick(lang, RT.requester),
              pick(lang, RT.information),
              pick(lang, RT.channel),
              pick(lang, RT.due),
              pick(lang, RT.status),
              pick(lang, RT.answeredOn),
            ]}
          >
            {rows.map((r) => {
              const s = REQUEST_STATUS[r.status]!;
              return (
                <tr>
                  <td>
                    <a href={`/quan-tri/${code}/yeu-cau-thong-tin/${r.id}`}>{receiptNumber(r)}</a>
                  </td>
                  <td>{showDate(lang, r.received_on)}</td>
                  <td>{r.requester_name}</td>
                  <td>
                    {r.information.length > 100 ? `${r.information.slice(0, 100)}…` : r.information}
                  </td>
                  <td>{pick(lang, CHANNEL_LABEL[r.channel]!)}</td>
                  <td>{showDate(lang, effectiveDue(r))}</td>
                  <td>
                    <Badge tone={s.tone}>{pick(lang, s)}</Badge>
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
                  </td>
                  <td>{showDate(lang, r.answered_on)}</td>
                </tr>
              );
            })}
          </Table>
        )}
        <form method="post" action={`/quan-tri/${code}/yeu-cau-thong-tin`} class="stack" novalidate>
          <h2>{pick(lang, RT.paper)}</h2>
          <p class="muted">{pick(lang, RT.paperNote)}</p>
          <CsrfField token={c.get("csrf")()} />
          <RadioGroup
            name="channel"
            legend={pick(lang, RT.how)}
            value={form.channel ?? "in_person"}
            errors={errors}
            required
            options={(["in_person", "post"] as const).map((v) => ({
              value: v,
              label: pick(lang, CHANNEL_LABEL[v]!),
            }))}
          />
          <div class="row">
            <Field
              name="receivedOn"
              type="date"
              label={pick(lang, RT.receivedOnField)}
              value={form.receivedOn ?? today}
              errors={errors}
              required
            />
            <SelectField
              name="complexity"
              label={pick(lang, RT.complexity)}
              value={form.complexity ?? "simple"}
              errors={errors}
              required
              options={[
                { value: "simple", label: pick(lang, RT.simple) },
                { value: "complex", label: pick(lang, RT.complex) },
              ]}
            />
          </div>
          <InfoRequestFields lang={lang} form={form} errors={errors} items={items} paper />
          <button type="submit">{pick(lang, RT.record)}</button>
        </form>
      </>,
    );
  };

  app.get("/quan-tri/:code/yeu-cau-thong-tin", async (c) => page(c, await loadForHandler(deps, c)));

  app.post("/quan-tri/:code/yeu-cau-thong-tin", async (c) => {
    const loaded = await loadForHandler(deps, c);
    const form = await readForm(c);
    const parsed = validateForm(paperRequestSchema, form);
    if (!parsed.ok) return page(c, loaded, form, parsed.errors, 400);
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
            parsed.data,
            todayInVietnam(),
          ),
        );
      return c.redirect(`/quan-tri/${loaded.unit.code}/yeu-cau-thong-tin/${created.id}`, 303);
    } catch (err) {
      if (err instanceof AppError && err.code === "validation") {
        const fields = (err.details?.fields as FieldErrors | undefined) ?? {
          [err.field ?? "_form"]: err.message,
        };
        return page(c, loaded, form, fields, 400);
      }
      throw err;
    }
  });
}
