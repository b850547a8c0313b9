import type { Context, Hono } from "hono";
import { AppError, notFound } from "../../../core/errors.ts";
import type { AppDeps, AppEnv } from "../../../core/http/env.ts";
import { readForm } from "../../../core/http/forms.ts";
import { renderPage } from "../../../core/http/page.tsx";
import { showDate } from "../../../core/i18n/lang.ts";
import { unseal } from "../../../core/security/sealed.ts";
import {
  Badge,
  CsrfField,
  EmptyState,
  ErrorSummary,
  Field,
  type FieldErrors,
  Notice,
} from "../../../core/views/components.tsx";
import {
  AdminHeader,
  adminCrumbs,
  type LoadedUnit,
  loadUnit,
  loadUnitForAdmin,
  unitCrumbs,
} from "../../org/index.ts";
import { logDataAccess } from "../../people/index.ts";
import { answerVisit, visitToItem } from "../commands/answer-visit.ts";
import { headsOf, planReception, postReceptionSchedule } from "../commands/plan-reception.ts";
import { recordVisit } from "../commands/record-visit.ts";
import type { Kind } from "../domain/kinds.ts";
import {
  RECEPTION_DUTIES,
  type ReceptionHead,
  receptionScheduleProblems,
  registerEntryProblems,
  schedulePostingProblems,
  visitAnswerProblems,
} from "../domain/reception.ts";
import { calendar, dataKeyOf, runHandling, today } from "./run.ts";

// Citizen reception (T38–T43): the heads' reception days with what the law asks of them — how
// often (T38, T39), posted 5 working days ahead (T40) — the register (T41) and the answer to each
// visitor within 10 working days (T42). The public sees the posted schedule only.

const OUTCOMES: [string, string][] = [
  ["accepted", "Thụ lý giải quyết"],
  ["more_time", "Cần thêm thời gian xem xét"],
  ["refused", "Không thụ lý (nêu lý do)"],
  ["transferred", "Hướng dẫn, chuyển đến cơ quan có thẩm quyền"],
];
const PLACES: [string, string][] = [
  ["hq", "Trụ sở"],
  ["reception_place", "Nơi tiếp công dân"],
  ["website", "Trang thông tin điện tử"],
];

const monthBounds = (day: string) => {
  const [y, m] = [Number(day.slice(0, 4)), Number(day.slice(5, 7))];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return {
    from: `${day.slice(0, 7)}-01`,
    to: `${day.slice(0, 7)}-${String(last).padStart(2, "0")}`,
  };
};
const nextMonth = (day: string) => {
  const d = new Date(`${day.slice(0, 7)}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + 1);
  return d.toISOString().slice(0, 10);
};

async function sessionsOf(deps: AppDeps, unitId: number, from: string, to: string) {
  return deps.db
    .selectFrom("inbox_reception_session")
    .selectAll()
    .where("unit_id", "=", unitId)
    .where("held_on", ">=", from)
    .where("held_on", "<=", to)
    .orderBy("held_on")
    .orderBy("starts_at")
    .execute();
}

async function receptionPage(
  c: Context<AppEnv>,
  deps: AppDeps,
  loaded: LoadedUnit,
  values: Record<string, string>,
  errors: FieldErrors,
  form: string,
  status: 200 | 400 | 409 = 200,
) {
  const lang = c.get("lang");
  const unit = loaded.unit;
  const now = today();
  const months = [monthBounds(now), monthBounds(nextMonth(now))];
  const sessions = await sessionsOf(deps, unit.id, months[0]!.from, months[1]!.to);
  const heads = headsOf(unit.kind);
  const year = Number(now.slice(0, 4));
  const visits = await deps.db
    .selectFrom("inbox_reception_visit")
    .select([
      "id",
      "serial",
      "visited_on",
      "matter",
      "answer_due_on",
      "answered_on",
      "outcome",
      "item_id",
      "national_db_synced",
    ])
    .where("unit_id", "=", unit.id)
    .where("year", "=", year)
    .orderBy("serial", "desc")
    .limit(200)
    .execute();
  const base = `/quan-tri/${unit.code}/tiep-cong-dan`;
  const csrf = c.get("csrf")();
  const v = values;
  const err = (f: string) => (form === f ? errors : {});
  return renderPage(
    c,
    {
      title: `Tiếp công dân — ${unit.name}`,
      status,
      crumbs: adminCrumbs(lang, loaded, "Tiếp công dân"),
    },
    <>
      <AdminHeader c={c} loaded={loaded} current="tiep-cong-dan" />
      <h2>Lịch tiếp công dân</h2>
      {heads.length === 0 ? (
        <Notice tone="info">
          Loại đơn vị này không có lịch tiếp công dân định kỳ theo Luật Tiếp công dân.
        </Notice>
      ) : null}
      {heads.map((head) => (
        <section>
          <h3>
            {RECEPTION_DUTIES[head].vi}: ít nhất {RECEPTION_DUTIES[head].min} ngày mỗi{" "}
            {RECEPTION_DUTIES[head].per === "week" ? "tuần" : "tháng"} (
            {RECEPTION_DUTIES[head].rule}, {RECEPTION_DUTIES[head].article})
          </h3>
          {months.map((m) => {
            const own = sessions.filter(
              (s) => s.head === head && s.held_on >= m.from && s.held_on <= m.to,
            );
            const findings = receptionScheduleProblems(
              calendar,
              head,
              own.map((s) => ({ on: s.held_on, mode: s.mode })),
              m,
            );
            return (
              <>
                <p>
                  Tháng {m.from.slice(5, 7)}/{m.from.slice(0, 4)}: {own.length} buổi.{" "}
                  {findings.length === 0 ? <Badge tone="ok">Đủ theo quy định</Badge> : null}
                </p>
                {findings.length > 0 ? (
                  <ul class="findings">
                    {findings.map((f) => (
                      <li>{f.message}</li>
                    ))}
                  </ul>
                ) : null}
              </>
            );
          })}
        </section>
      ))}
      {sessions.length === 0 ? (
        <EmptyState title="Chưa có buổi tiếp nào trong tháng này và tháng sau." />
      ) : (
        <form method="post" action={`${base}/niem-yet`} class="stack">
          <CsrfField token={csrf} />
          {form === "niem-yet" ? <ErrorSummary lang={lang} errors={errors} /> : null}
          <table class="table">
            <caption>Các buổi tiếp</caption>
            <thead>
              <tr>
                <th scope="col">Chọn</th>
                <th scope="col">Ngày</th>
                <th scope="col">Người tiếp</th>
                <th scope="col">Địa điểm</th>
                <th scope="col">Niêm yết</th>
              </tr>
            </thead>
            <tbody>
              {sessions.map((s) => {
                const posting = schedulePostingProblems(calendar, {
                  sessionOn: s.held_on,
                  postedOn: s.posted_on,
                  places: s.posted_places as ("hq" | "reception_place" | "website")[],
                  hasWebsite: true,
                });
                return (
                  <tr>
                    <td>
                      <input
                        type="checkbox"
                        name={`s_${s.id}`}
                        aria-label={`Chọn buổi ${showDate(lang, s.held_on)}`}
                      />
                    </td>
                    <td>
                      {showDate(lang, s.held_on)} {s.starts_at}
                      {s.mode === "online" ? " (trực tuyến)" : ""}
                    </td>
                    <td>
                      {s.head_name} — {RECEPTION_DUTIES[s.head].vi}
                    </td>
                    <td>{s.place}</td>
                    <td>
                      {s.posted_on ? showDate(lang, s.posted_on) : "—"}
                      {posting.map((f) => (
                        <p class="error-text">{f.message}</p>
                      ))}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <Field
            name="postedOn"
            type="date"
            label="Ngày niêm yết các buổi đã chọn"
            value={v.postedOn ?? now}
            errors={err("niem-yet")}
          />
          <fieldset>
            <legend>Nơi niêm yết</legend>
            {PLACES.map(([k, label]) => (
              <label class="block">
                <input type="checkbox" name={`p_${k}`} checked /> {label}
              </label>
            ))}
          </fieldset>
          <button type="submit">Ghi nhận niêm yết</button>
        </form>
      )}
      {heads.length > 0 ? (
        <details class="inbox-step" open={form === "lich"}>
          <summary>Thêm buổi tiếp</summary>
          <form method="post" action={`${base}/lich`} class="stack">
            <CsrfField token={csrf} />
            {form === "lich" ? <ErrorSummary lang={lang} errors={errors} /> : null}
            <div class="field">
              <label for="f-head">Người tiếp</label>
              <select id="f-head" name="head">
                {heads.map((h) => (
                  <option value={h} selected={v.head === h}>
                    {RECEPTION_DUTIES[h].vi}
                  </option>
                ))}
              </select>
            </div>
            <Field
              name="headName"
              label="Họ tên người tiếp"
              value={v.headName}
              errors={err("lich")}
              required
            />
            <Field
              name="heldOn"
              type="date"
              label="Ngày tiếp"
              value={v.heldOn}
              errors={err("lich")}
              required
            />
            <Field
              name="startsAt"
              label="Giờ bắt đầu (ví dụ 08:00)"
              value={v.startsAt ?? "08:00"}
              errors={err("lich")}
              required
            />
            <Field
              name="place"
              label="Địa điểm"
              value={v.place ?? "Phòng tiếp công dân, trụ sở Ủy ban nhân dân"}
              errors={err("lich")}
              required
            />
            <label class="block">
              <input type="checkbox" name="online" checked={v.online === "on"} /> Tiếp trực tuyến
              (từ 01/07/2026)
            </label>
            <button type="submit">Thêm vào lịch</button>
          </form>
        </details>
      ) : null}
      <h2>Sổ tiếp công dân năm {year}</h2>
      {visits.length === 0 ? (
        <EmptyState title="Chưa có lượt tiếp nào trong năm." />
      ) : (
        <table class="table">
          <caption>Sổ tiếp công dân</caption>
          <thead>
            <tr>
              <th scope="col">Số</th>
              <th scope="col">Ngày</th>
              <th scope="col">Nội dung</th>
              <th scope="col">Hạn trả lời</th>
              <th scope="col">Trả lời</th>
            </tr>
          </thead>
          <tbody>
            {visits.map((r) => {
              const late = visitAnswerProblems(calendar, {
                visitedOn: r.visited_on,
                answeredOn: r.answered_on,
                outcome: r.outcome,
                today: now,
              });
              return (
                <tr>
                  <td>
                    <a href={`${base}/so/${r.id}`}>{r.serial}</a>
                  </td>
                  <td>{showDate(lang, r.visited_on)}</td>
                  <td>{r.matter.slice(0, 120)}</td>
                  <td>{showDate(lang, r.answer_due_on)}</td>
                  <td>
                    {r.answered_on ? showDate(lang, r.answered_on) : "—"}{" "}
                    {late.length > 0 ? (
                      <Badge tone="bad">{r.answered_on ? "Chậm" : "Quá hạn"}</Badge>
                    ) : null}
                    {r.national_db_synced ? null : (
                      <Badge tone="warn">Chưa cập nhật CSDL quốc gia</Badge>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <details class="inbox-step" open={form === "so"}>
        <summary>Ghi sổ một lượt tiếp</summary>
        <form method="post" action={`${base}/so`} class="stack">
          <CsrfField token={csrf} />
          {form === "so" ? <ErrorSummary lang={lang} errors={errors} /> : null}
          <Field
            name="visitedOn"
            type="date"
            label="Ngày tiếp"
            value={v.visitedOn ?? now}
            errors={err("so")}
            required
          />
          <Field name="name" label="Họ tên người đến" value={v.name} errors={err("so")} required />
          <Field name="address" label="Địa chỉ" value={v.address} errors={err("so")} required />
          <Field
            name="idNumber"
            label="Số căn cước, số định danh cá nhân hoặc hộ chiếu"
            value={v.idNumber}
            errors={err("so")}
          />
          <Field
            name="matter"
            label="Nội dung sự việc"
            value={v.matter}
            errors={err("so")}
            required
          />
          <Field
            name="priorHandling"
            label="Quá trình xem xét, giải quyết trước đó (nếu có)"
            value={v.priorHandling}
            errors={err("so")}
          />
          <Field
            name="request"
            label="Yêu cầu, đề nghị của người đến"
            value={v.request}
            errors={err("so")}
            required
          />
          <Field
            name="handling"
            label="Việc tiếp nhận, xử lý"
            value={v.handling}
            errors={err("so")}
            required
          />
          <label class="block">
            <input type="checkbox" name="nationalDbSynced" checked={v.nationalDbSynced === "on"} />{" "}
            Đã cập nhật vào Cơ sở dữ liệu quốc gia về tiếp công dân (NĐ 154/2026 Điều 27.1)
          </label>
          <button type="submit">Ghi sổ</button>
        </form>
      </details>
    </>,
  );
}

async function visitPage(
  c: Context<AppEnv>,
  deps: AppDeps,
  loaded: LoadedUnit,
  id: number,
  errors: FieldErrors = {},
  status: 200 | 400 | 409 = 200,
) {
  const lang = c.get("lang");
  const v = await deps.db
    .selectFrom("inbox_reception_visit")
    .selectAll()
    .where("id", "=", id)
    .where("unit_id", "=", loaded.unit.id)
    .executeTakeFirst();
  if (!v) throw notFound("Không tìm thấy lượt tiếp công dân.");
  const who = JSON.parse(unseal(dataKeyOf(c), v.identity_enc).toString()) as {
    name: string;
    address: string;
    idNumber: string;
  };
  await logDataAccess(deps.db, c.get("ctx"), {
    operation: "reveal",
    purpose: `Sổ tiếp công dân số ${v.serial}/${v.year}`,
    unitId: loaded.unit.id,
    fields: ["name", "address", "id_number"],
  });
  const base = `/quan-tri/${loaded.unit.code}/tiep-cong-dan/so/${v.id}`;
  const csrf = c.get("csrf")();
  const findings = [
    ...registerEntryProblems({
      serial: v.serial,
      date: v.visited_on,
      ...who,
      matter: v.matter,
      request: v.request,
      handling: v.handling,
      nationalDbSynced: v.national_db_synced,
    }),
    ...visitAnswerProblems(calendar, {
      visitedOn: v.visited_on,
      answeredOn: v.answered_on,
      outcome: v.outcome,
      today: today(),
    }),
  ];
  return renderPage(
    c,
    {
      title: `Sổ tiếp công dân số ${v.serial}/${v.year}`,
      status,
      crumbs: adminCrumbs(lang, loaded, `Sổ tiếp công dân số ${v.serial}/${v.year}`),
    },
    <>
      <AdminHeader c={c} loaded={loaded} current="tiep-cong-dan" />
      <h2>
        Sổ tiếp công dân số {v.serial}/{v.year}
      </h2>
      <ErrorSummary lang={lang} errors={errors} />
      <dl class="facts">
        <dt>Ngày tiếp</dt>
        <dd>{showDate(lang, v.visited_on)}</dd>
        <dt>Người đến</dt>
        <dd>
          {who.name}, {who.address}
          {who.idNumber ? ` — ${who.idNumber}` : ""}
        </dd>
        <dt>Nội dung</dt>
        <dd>{v.matter}</dd>
        <dt>Yêu cầu</dt>
        <dd>{v.request}</dd>
        <dt>Tiếp nhận, xử lý</dt>
        <dd>{v.handling}</dd>
        <dt>Hạn trả lời</dt>
        <dd>{showDate(lang, v.answer_due_on)} (T42, Luật Tiếp công dân Điều 28.1)</dd>
        {v.answered_on ? (
          <>
            <dt>Đã trả lời</dt>
            <dd>
              {showDate(lang, v.answered_on)} — {OUTCOMES.find(([k]) => k === v.outcome)?.[1]}:{" "}
              {v.answer}
            </dd>
          </>
        ) : null}
        {v.item_id ? (
          <>
            <dt>Vụ việc</dt>
            <dd>
              <a href={`/quan-tri/${loaded.unit.code}/phan-anh/${v.item_id}`}>
                Xem vụ việc đã ghi nhận
              </a>
            </dd>
          </>
        ) : null}
      </dl>
      {findings.length > 0 ? (
        <ul class="findings">
          {findings.map((f) => (
            <li>{f.message}</li>
          ))}
        </ul>
      ) : null}
      {v.answered_on ? null : (
        <form method="post" action={`${base}/tra-loi`} class="stack">
          <CsrfField token={csrf} />
          <h3>Trả lời người đến</h3>
          <Field
            name="answeredOn"
            type="date"
            label="Ngày trả lời"
            value={today()}
            errors={errors}
            required
          />
          <div class="field">
            <label for="f-outcome">Kết quả</label>
            <select id="f-outcome" name="outcome">
              {OUTCOMES.map(([k, label]) => (
                <option value={k}>{label}</option>
              ))}
            </select>
          </div>
          <Field name="answer" label="Nội dung đã trả lời" errors={errors} required />
          <button type="submit">Ghi trả lời</button>
        </form>
      )}
      {v.item_id ? null : (
        <form method="post" action={`${base}/vu-viec`} class="stack">
          <CsrfField token={csrf} />
          <h3>Ghi thành vụ việc để giải quyết</h3>
          <div class="field">
            <label for="f-kind">Loại</label>
            <select id="f-kind" name="kind">
              <option value="phan_anh">Phản ánh</option>
              <option value="kien_nghi">Kiến nghị</option>
              <option value="khieu_nai">Khiếu nại</option>
              <option value="to_cao">Tố cáo</option>
            </select>
          </div>
          <Field name="title" label="Tiêu đề" errors={errors} required />
          <Field name="contact" label="Liên hệ của người đến" errors={errors} />
          <Field name="respondent" label="Người bị khiếu nại (khiếu nại)" errors={errors} />
          <Field
            name="respondentAddress"
            label="Địa chỉ người bị khiếu nại (khiếu nại)"
            errors={errors}
          />
          <Field name="accused" label="Người bị tố cáo (tố cáo)" errors={errors} />
          <button type="submit">Ghi thành vụ việc</button>
        </form>
      )}
    </>,
  );
}

const refusal = (err: unknown): FieldErrors | null => {
  if (!(err instanceof AppError) || !["validation", "conflict"].includes(err.code)) return null;
  const fields = (err.details?.fields as Record<string, string> | undefined) ?? {};
  return { ...fields, _form: err.message };
};

export function receptionPages(app: Hono<AppEnv>, deps: AppDeps): void {
  const admin = (c: Context<AppEnv>, action = "inbox.item.read") =>
    loadUnitForAdmin(deps.db, c.get("ctx"), c.req.param("code") ?? "", action);

  app.get("/quan-tri/:code/tiep-cong-dan", async (c) =>
    receptionPage(c, deps, await admin(c), {}, {}, ""),
  );

  const post = (
    path: string,
    work: (c: Context<AppEnv>, loaded: LoadedUnit, f: Record<string, string>) => Promise<unknown>,
  ) =>
    app.post(`/quan-tri/:code/tiep-cong-dan/${path}`, async (c) => {
      const loaded = await admin(c, "inbox.item.record");
      const f = await readForm(c);
      try {
        await work(c, loaded, f);
      } catch (err) {
        const errors = refusal(err);
        if (errors)
          return receptionPage(
            c,
            deps,
            loaded,
            f,
            errors,
            path,
            (err as AppError).code === "conflict" ? 409 : 400,
          );
        throw err;
      }
      return c.redirect(`/quan-tri/${loaded.unit.code}/tiep-cong-dan`, 303);
    });

  post("lich", (c, loaded, f) =>
    runHandling(c, { action: "inbox.reception.plan", unitId: loaded.unit.id }, (h) =>
      planReception(h, loaded.unit, {
        head: (f.head ?? "") as ReceptionHead,
        headName: f.headName ?? "",
        heldOn: f.heldOn ?? "",
        startsAt: f.startsAt ?? "",
        place: f.place ?? "",
        mode: f.online === "on" ? "online" : "direct",
      }),
    ),
  );
  post("niem-yet", (c, loaded, f) =>
    runHandling(c, { action: "inbox.reception.post", unitId: loaded.unit.id }, (h) =>
      postReceptionSchedule(h, loaded.unit, {
        sessionIds: Object.keys(f)
          .filter((k) => k.startsWith("s_"))
          .map((k) => Number(k.slice(2))),
        postedOn: f.postedOn ?? "",
        places: Object.keys(f)
          .filter((k) => k.startsWith("p_"))
          .map((k) => k.slice(2)),
      }),
    ),
  );
  post("so", (c, loaded, f) =>
    runHandling(c, { action: "inbox.visit.record", unitId: loaded.unit.id }, (h) =>
      recordVisit(h, dataKeyOf(c), loaded.unit, {
        visitedOn: f.visitedOn ?? "",
        sessionId: null,
        name: f.name ?? "",
        address: f.address ?? "",
        idNumber: f.idNumber ?? "",
        matter: f.matter ?? "",
        priorHandling: f.priorHandling ?? "",
        request: f.request ?? "",
        handling: f.handling ?? "",
        nationalDbSynced: f.nationalDbSynced === "on",
      }),
    ),
  );

  app.get("/quan-tri/:code/tiep-cong-dan/so/:id{[0-9]+}", async (c) =>
    visitPage(c, deps, await admin(c, "inbox.item.record"), Number(c.req.param("id"))),
  );

  for (const step of ["tra-loi", "vu-viec"] as const) {
    app.post(`/quan-tri/:code/tiep-cong-dan/so/:id{[0-9]+}/${step}`, async (c) => {
      const loaded = await admin(c, "inbox.item.record");
      const id = Number(c.req.param("id"));
      const f = await readForm(c);
      try {
        await runHandling<unknown>(
          c,
          { action: `inbox.visit.${step}`, unitId: loaded.unit.id },
          (h) =>
            step === "tra-loi"
              ? answerVisit(h, id, {
                  answeredOn: f.answeredOn ?? "",
                  outcome: f.outcome ?? "",
                  answer: f.answer ?? "",
                })
              : visitToItem(h, dataKeyOf(c), deps.storage, id, {
                  kind: (f.kind ?? "phan_anh") as Kind,
                  title: f.title ?? "",
                  contact: f.contact || null,
                  respondent: f.respondent || null,
                  respondentAddress: f.respondentAddress || null,
                  accused: f.accused || null,
                }),
        );
      } catch (err) {
        const errors = refusal(err);
        if (errors)
          return visitPage(
            c,
            deps,
            loaded,
            id,
            errors,
            (err as AppError).code === "conflict" ? 409 : 400,
          );
        throw err;
      }
      return c.redirect(`/quan-tri/${loaded.unit.code}/tiep-cong-dan/so/${id}`, 303);
    });
  }

  // The posted schedule, for everyone: dates, heads by title and name, places. No visitor data.
  app.get("/u/:code/tiep-cong-dan", async (c) => {
    const lang = c.get("lang");
    const loaded = await loadUnit(deps.db, c.req.param("code"));
    const now = today();
    const sessions = (
      await sessionsOf(deps, loaded.unit.id, now, monthBounds(nextMonth(now)).to)
    ).filter((s) => s.posted_on !== null);
    return renderPage(
      c,
      {
        title: `Lịch tiếp công dân — ${loaded.unit.name}`,
        publicCache: true,
        crumbs: unitCrumbs(lang, loaded.chain, "/u", [{ label: "Lịch tiếp công dân" }]),
      },
      <>
        <h1>Lịch tiếp công dân — {loaded.unit.name}</h1>
        <p>
          Công dân đến trực tiếp theo lịch dưới đây để trình bày khiếu nại, tố cáo, kiến nghị, phản
          ánh (Luật Tiếp công dân năm 2013). Mang theo giấy tờ tùy thân. Có thể gửi đơn trực tuyến
          tại <a href={`/u/${loaded.unit.code}/phan-anh/gui`}>trang gửi phản ánh, kiến nghị</a>.
        </p>
        {sessions.length === 0 ? (
          <EmptyState title="Chưa có lịch tiếp công dân được niêm yết." />
        ) : (
          <table class="table">
            <caption>Các buổi tiếp sắp tới</caption>
            <thead>
              <tr>
                <th scope="col">Ngày</th>
                <th scope="col">Giờ</th>
                <th scope="col">Người tiếp</th>
                <th scope="col">Địa điểm</th>
              </tr>
            </thead>
            <tbody>
              {sessions.map((s) => (
                <tr>
                  <td>{showDate(lang, s.held_on)}</td>
                  <td>{s.starts_at}</td>
                  <td>
                    {s.head_name} — {RECEPTION_DUTIES[s.head].vi}
                  </td>
                  <td>
                    {s.place}
                    {s.mode === "online" ? " (trực tuyến)" : ""}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </>,
    );
  });
}
