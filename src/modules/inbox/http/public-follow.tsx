import type { Context, Hono } from "hono";
import { AppError, notFound } from "../../../core/errors.ts";
import type { AppDeps, AppEnv } from "../../../core/http/env.ts";
import { readForm } from "../../../core/http/forms.ts";
import { renderPage } from "../../../core/http/page.tsx";
import { type Lang, pick, showDate } from "../../../core/i18n/lang.ts";
import {
  Badge,
  CsrfField,
  ErrorSummary,
  type FieldErrors,
  Notice,
} from "../../../core/views/components.tsx";
import { formatTime } from "../../org/index.ts";
import { rateItem } from "../commands/rate-item.ts";
import {
  eventsOf,
  feedbackTargetDays,
  findItem,
  findItemByCode,
  type ItemRow,
} from "../db/inbox.repo.ts";
import { itemClock } from "../domain/item-clock.ts";
import { ANONYMOUS_MARK, KIND_LABELS } from "../domain/kinds.ts";
import { RATING_LABELS, RATING_LEVELS } from "../domain/satisfaction.ts";
import { STATUS_LABELS } from "../domain/workflow.ts";
import { calendar, runHandling } from "./run.ts";

// The submitter's own view, reached by the tracking code they were given (the code is the
// secret: it is never listed anywhere). Public steps only, the answer, and the rating (R48).

const T = {
  title: { vi: "Theo dõi phản ánh, kiến nghị", en: "Follow your item" },
  ask: { vi: "Nhập mã theo dõi bạn nhận khi gửi", en: "Enter the tracking code you were given" },
  look: { vi: "Xem", en: "Look up" },
  received: {
    vi: "Đã gửi thành công. Hãy ghi lại mã theo dõi dưới đây để xem tiến độ và câu trả lời:",
    en: "Sent. Keep this tracking code to follow it and read the answer:",
  },
  timeline: { vi: "Tiến độ", en: "Progress" },
  answer: { vi: "Câu trả lời", en: "Answer" },
  rate: { vi: "Đánh giá việc giải quyết", en: "Rate the handling" },
};

const CODE = /^[A-Z]{2}-\d{4}-[A-Z2-9]{8}$/;

async function byCode(deps: AppDeps, raw: string): Promise<ItemRow> {
  const code = raw.trim().toUpperCase();
  const row = CODE.test(code) ? await findItemByCode(deps.db, code) : undefined;
  const item = row ? await findItem(deps.db, row.id) : undefined;
  if (!item) throw notFound("Không có phản ánh, kiến nghị nào mang mã theo dõi này.");
  return item;
}

function RatingForm(p: { lang: Lang; code: string; csrf: string; errors: FieldErrors }) {
  return (
    <form method="post" action={`/theo-doi/${p.code}/danh-gia`} class="stack">
      <CsrfField token={p.csrf} />
      <ErrorSummary lang={p.lang} errors={p.errors} />
      <fieldset>
        <legend>{pick(p.lang, T.rate)}</legend>
        {RATING_LEVELS.map((level) => (
          <div class="field field-check">
            <input
              id={`f-level-${level}`}
              type="radio"
              name="level"
              value={String(level)}
              required
            />
            <label for={`f-level-${level}`}>
              {level} — {pick(p.lang, RATING_LABELS[level])}
            </label>
          </div>
        ))}
      </fieldset>
      <div class="field">
        <label for="f-comment">Ý kiến thêm (không bắt buộc)</label>
        <textarea id="f-comment" name="comment" rows={3} maxlength={2000} />
      </div>
      <button type="submit">Gửi đánh giá</button>
    </form>
  );
}

/** How the due day was reached, in the calendar's words, while it still holds (the clock is
 *  recomputed from the item's facts; a stale explanation is not shown). */
async function clockExplanation(deps: AppDeps, item: ItemRow): Promise<string> {
  if (!item.due_on) return "";
  const { track, status, instance, complex, criteria, extensions, suspensions } = item;
  const clock = itemClock(calendar, {
    ...{ track, status, instance, complex, criteria, extensions, suspensions },
    receivedOn: item.received_on,
    acceptedOn: item.accepted_on,
    remoteArea: item.remote_area,
    feedbackTargetDays: await feedbackTargetDays(deps.db, item.unit_id),
  });
  return clock.dueOn === item.due_on ? clock.explanation : "";
}

/** The submitter's pages are private to whoever holds the code: never indexed (and, without
 *  `publicCache`, renderPage marks them private, no-store). Set before the page is rendered. */
export function noIndex(c: Context<AppEnv>) {
  c.header("X-Robots-Tag", "noindex, nofollow");
}

async function followPage(
  c: Context<AppEnv>,
  deps: AppDeps,
  item: ItemRow,
  errors: FieldErrors,
  status: 200 | 400 | 403 | 409,
) {
  const lang = c.get("lang");
  const [events, explanation] = await Promise.all([
    eventsOf(deps.db, item.id, true),
    clockExplanation(deps, item),
  ]);
  const fresh = c.req.query("moi") === "1";
  const rated = item.rating !== null;
  const canRate = !rated && (item.status === "answered" || item.status === "closed");
  noIndex(c);
  return renderPage(
    c,
    {
      title: `${pick(lang, T.title)} ${item.code}`,
      status,
      crumbs: [{ label: "Trang chủ", href: "/" }, { label: pick(lang, T.title) }],
    },
    <>
      <h1>{pick(lang, T.title)}</h1>
      {fresh ? (
        <Notice tone="ok">
          {pick(lang, T.received)} <strong class="inbox-code">{item.code}</strong>
        </Notice>
      ) : null}
      <dl class="facts">
        <dt>Mã theo dõi</dt>
        <dd class="inbox-code">{item.code}</dd>
        <dt>Loại</dt>
        <dd>
          {pick(lang, KIND_LABELS[item.kind])}
          {item.anonymous ? (
            <>
              {" "}
              · <Badge>{pick(lang, ANONYMOUS_MARK)}</Badge>
            </>
          ) : null}
        </dd>
        <dt>Tiêu đề</dt>
        <dd>{item.title}</dd>
        <dt>Nơi giải quyết</dt>
        <dd>{item.unit_name}</dd>
        <dt>Ngày tiếp nhận</dt>
        <dd>{showDate(lang, item.received_on)}</dd>
        <dt>Trạng thái</dt>
        <dd>
          <Badge tone={item.status === "answered" || item.status === "closed" ? "ok" : "info"}>
            {pick(lang, STATUS_LABELS[item.status] ?? { vi: item.status, en: item.status })}
          </Badge>
        </dd>
        {item.due_on ? (
          <>
            <dt>Hạn</dt>
            <dd>
              {showDate(lang, item.due_on)} — {item.due_what}
              {explanation ? <span class="muted inbox-clock">{explanation}</span> : null}
            </dd>
          </>
        ) : null}
        {item.answered_on ? (
          <>
            <dt>Ngày trả lời</dt>
            <dd>{showDate(lang, item.answered_on)}</dd>
          </>
        ) : null}
      </dl>
      {item.answer ? (
        <section>
          <h2>{pick(lang, T.answer)}</h2>
          <p class="muted">Ngày {showDate(lang, item.answered_on)}</p>
          <div class="inbox-answer">{item.answer}</div>
        </section>
      ) : null}
      <section>
        <h2>{pick(lang, T.timeline)}</h2>
        <ol class="inbox-timeline">
          {events.map((e) => (
            <li>
              <time datetime={e.at.toISOString()}>{formatTime(e.at)}</time> {e.text}
            </li>
          ))}
        </ol>
      </section>
      {rated ? <p>Bạn đã đánh giá: {item.rating}/5. Cảm ơn bạn.</p> : null}
      {canRate ? (
        <RatingForm lang={lang} code={item.code} csrf={c.get("csrf")()} errors={errors} />
      ) : null}
    </>,
  );
}

export function inboxPublicFollow(app: Hono<AppEnv>, deps: AppDeps) {
  app.get("/theo-doi", (c) => {
    const lang = c.get("lang");
    const code = c.req.query("ma");
    if (code) return c.redirect(`/theo-doi/${encodeURIComponent(code.trim().toUpperCase())}`, 303);
    noIndex(c);
    return renderPage(
      c,
      { title: pick(lang, T.title) },
      <>
        <h1>{pick(lang, T.title)}</h1>
        <form method="get" action="/theo-doi" class="stack">
          <div class="field">
            <label for="f-ma">{pick(lang, T.ask)}</label>
            <input id="f-ma" name="ma" required maxlength={24} autocomplete="off" />
          </div>
          <button type="submit">{pick(lang, T.look)}</button>
        </form>
        <p class="muted">
          Mã theo dõi (ví dụ PA-2611-7KQ3M9TX) in trên trang xác nhận khi bạn gửi. Ai có mã đều xem
          được tiến độ và câu trả lời, nên hãy giữ mã cho riêng mình.
        </p>
      </>,
    );
  });

  app.get("/theo-doi/:code", async (c) => {
    const item = await byCode(deps, c.req.param("code"));
    return followPage(c, deps, item, {}, 200);
  });

  app.post("/theo-doi/:code/danh-gia", async (c) => {
    const item = await byCode(deps, c.req.param("code"));
    const form = await readForm(c);
    const level = Number(form.level);
    try {
      await runHandling(
        c,
        { action: "inbox.item.rate", unitId: item.unit_id, itemId: item.id },
        (h) => rateItem(h, item.id, { level, comment: form.comment ?? "", code: item.code }),
      );
      return c.redirect(`/theo-doi/${item.code}`, 303);
    } catch (err) {
      if (err instanceof AppError && ["validation", "conflict", "forbidden"].includes(err.code)) {
        const fresh = (await findItem(deps.db, item.id)) ?? item;
        return followPage(
          c,
          deps,
          fresh,
          { level: err.message },
          err.code === "validation" ? 400 : 409,
        );
      }
      throw err;
    }
  });
}
