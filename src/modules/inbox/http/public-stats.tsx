import type { Hono } from "hono";
import type { AppDeps, AppEnv } from "../../../core/http/env.ts";
import { renderPage } from "../../../core/http/page.tsx";
import { pick } from "../../../core/i18n/lang.ts";
import { loadUnit, unitCrumbs } from "../../org/index.ts";
import { KIND_LABELS, type Kind } from "../domain/kinds.ts";
import {
  describeTally,
  RATING_LABELS,
  type RatingLevel,
  tallyOfLevels,
} from "../domain/satisfaction.ts";
import { type InboxFigures, inboxStats } from "../queries/stats.ts";
import { today } from "./run.ts";

// Public statistics per unit (issue #5 item 5): received, answered, answered on time, open,
// overdue, the submitters' satisfaction, by unit below, by kind and by month; the unit's R48
// tally. A province or commune page rolls up the units below it, each row linking down. Counts
// only: nothing here identifies anyone. Printable (the year form is hidden on paper).

/** Percent rounded half up, in integers. */
const share = (part: number, whole: number) =>
  whole === 0 ? "—" : `${Math.floor((200 * part + whole) / (2 * whole))} %`;
const mean = (x100: number | null) =>
  x100 === null ? "—" : `${Math.floor(x100 / 100)},${String(x100 % 100).padStart(2, "0")}/5`;

function Row(p: { f: InboxFigures; href?: string; label?: string; total?: boolean }) {
  const f = p.f;
  const label = p.label ?? f.name;
  return (
    <tr class={p.total ? "total" : undefined}>
      <th scope="row">{p.href ? <a href={p.href}>{label}</a> : label}</th>
      <td>{f.received}</td>
      <td>{f.answered}</td>
      <td>
        {f.answeredOnTime} ({share(f.answeredOnTime, f.answered)})
      </td>
      <td>{f.open}</td>
      <td>{f.overdue}</td>
      <td>
        {mean(f.meanRatingX100)} {f.ratings > 0 ? `(${f.ratings})` : ""}
      </td>
    </tr>
  );
}

const UNIT_HEAD = [
  "Tiếp nhận",
  "Đã trả lời",
  "Trả lời đúng hạn",
  "Đang giải quyết",
  "Quá hạn hiện nay",
  "Mức hài lòng của người gửi",
];

function Head(p: { first: string; cols: string[] }) {
  return (
    <thead>
      <tr>
        <th scope="col">{p.first}</th>
        {p.cols.map((h) => (
          <th scope="col">{h}</th>
        ))}
      </tr>
    </thead>
  );
}

export function inboxPublicStats(app: Hono<AppEnv>, deps: AppDeps) {
  app.get("/u/:code/phan-anh/thong-ke", async (c) => {
    const lang = c.get("lang");
    const loaded = await loadUnit(deps.db, c.req.param("code"));
    const unit = loaded.unit;
    const now = today();
    const asked = Number(c.req.query("nam"));
    const year =
      Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : Number(now.slice(0, 4));
    const s = await inboxStats(deps.db, unit.path, year, now);
    // Units below with nothing to show are left out when there are many (a province's communes).
    const rows =
      s.rows.length <= 50 ? s.rows : s.rows.filter((r) => r.received + r.answered + r.open > 0);
    const hasSelf = s.self.received + s.self.answered + s.self.open > 0;
    const r48 = tallyOfLevels(s.ratingLevels);
    const title = `Số liệu tiếp nhận, giải quyết năm ${year} — ${unit.name}`;
    return renderPage(
      c,
      {
        title,
        publicCache: true,
        crumbs: unitCrumbs(lang, loaded.chain, "/u", [
          { label: "Phản ánh, kiến nghị", href: `/u/${unit.code}/phan-anh` },
          { label: "Số liệu" },
        ]),
      },
      <>
        <h1>{title}</h1>
        <form method="get" class="inline-form">
          <label for="f-nam">Năm</label>
          <input id="f-nam" name="nam" inputmode="numeric" size={6} value={String(year)} />
          <button type="submit">Xem</button>
        </form>
        <p class="muted">
          Tiếp nhận, đã trả lời: trong năm {year}. Đúng hạn: trả lời không muộn hơn hạn đang áp dụng
          khi trả lời (thời hạn luật định, hoặc chỉ tiêu của đơn vị với phản ánh, kiến nghị). Đang
          giải quyết, quá hạn: tính đến hôm nay. Mức hài lòng: trung bình các đánh giá 1–5 của người
          gửi về việc giải quyết (Luật 10/2022 Điều 35.2a), làm tròn nửa lên. Phản ánh gửi đến một
          thôn, tổ dân phố được xã giải quyết và tính cho thôn, tổ đó.
        </p>
        <table class="table inbox-stats">
          <caption>Theo đơn vị</caption>
          <Head first="Đơn vị" cols={UNIT_HEAD} />
          <tbody>
            <Row f={s.total} label={`Tổng cộng (${unit.name})`} total />
            {hasSelf && s.rows.length > 0 ? (
              <Row f={s.self} label={`Trực tiếp tại ${unit.name}`} />
            ) : null}
            {rows.map((f) => (
              <Row f={f} href={`/u/${f.code}/phan-anh/thong-ke?nam=${year}`} />
            ))}
          </tbody>
        </table>
        <h2>Theo loại</h2>
        {s.byKind.length === 0 ? (
          <p>Không có đơn nào trong năm {year}.</p>
        ) : (
          <table class="table inbox-stats">
            <Head
              first="Loại"
              cols={["Tiếp nhận", "Đã trả lời", "Đúng hạn", "Đang giải quyết", "Quá hạn"]}
            />
            <tbody>
              {s.byKind.map((k) => (
                <tr>
                  <th scope="row">{pick(lang, KIND_LABELS[k.kind as Kind])}</th>
                  <td>{k.received}</td>
                  <td>{k.answered}</td>
                  <td>
                    {k.answeredOnTime} ({share(k.answeredOnTime, k.answered)})
                  </td>
                  <td>{k.open}</td>
                  <td>{k.overdue}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <h2>Theo tháng năm {year}</h2>
        <table class="table inbox-stats">
          <Head first="Tháng" cols={["Tiếp nhận", "Đã trả lời", "Trả lời đúng hạn"]} />
          <tbody>
            {s.byMonth.map((m) => (
              <tr>
                <th scope="row">Tháng {m.month}</th>
                <td>{m.received}</td>
                <td>{m.answered}</td>
                <td>{m.answeredOnTime}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <h2>Đánh giá sự hài lòng năm {year}</h2>
        <p>
          Mọi đánh giá về dịch vụ, cán bộ và việc giải quyết phản ánh, kiến nghị của {unit.name}
          {s.rows.length > 0 ? " và các đơn vị trực thuộc" : ""}:{" "}
          <strong>{describeTally(r48)}</strong>
        </p>
        <table class="table inbox-stats">
          <Head first="Mức" cols={["Số lượt"]} />
          <tbody>
            {s.ratingLevels.map((n, i) => (
              <tr>
                <th scope="row">
                  {i + 1} — {pick(lang, RATING_LABELS[(i + 1) as RatingLevel])}
                </th>
                <td>{n}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </>,
    );
  });
}
