import type { Hono } from "hono";
import type { AppDeps, AppEnv } from "../../../core/http/env.ts";
import { renderPage } from "../../../core/http/page.tsx";
import { pick } from "../../../core/i18n/lang.ts";
import { loadUnit, unitCrumbs } from "../../org/index.ts";
import { KIND_LABELS, KINDS } from "../domain/kinds.ts";
import { type InboxFigures, inboxStats } from "../queries/stats.ts";
import { today } from "./run.ts";

// Public statistics per unit (issue #5 item 5): received, answered, answered on time, open,
// overdue, satisfaction (R48), by kind; a province or commune page rolls up the units below it,
// each row linking down. Counts only: nothing here identifies anyone.

/** Percent rounded half up, in integers. */
const share = (part: number, whole: number) =>
  whole === 0 ? "—" : `${Math.floor((200 * part + whole) / (2 * whole))} %`;
const mean = (x100: number | null) =>
  x100 === null ? "—" : `${Math.floor(x100 / 100)},${String(x100 % 100).padStart(2, "0")}/5`;

function Row(p: { f: InboxFigures; link: boolean; year: number; head?: boolean }) {
  const f = p.f;
  const name = p.link ? (
    <a href={`/u/${f.code}/phan-anh/thong-ke?nam=${p.year}`}>{f.name}</a>
  ) : (
    f.name
  );
  return (
    <tr class={p.head ? "total" : undefined}>
      <th scope="row">{name}</th>
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

export function inboxPublicStats(app: Hono<AppEnv>, deps: AppDeps) {
  app.get("/u/:code/phan-anh/thong-ke", async (c) => {
    const lang = c.get("lang");
    const loaded = await loadUnit(deps.db, c.req.param("code"));
    const now = today();
    const asked = Number(c.req.query("nam"));
    const year =
      Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : Number(now.slice(0, 4));
    const { total, rows } = await inboxStats(deps.db, loaded.unit.path, year, now);
    const shown = rows.filter((r) => r.received + r.open + r.answered > 0 || rows.length <= 50);
    return renderPage(
      c,
      {
        title: `Số liệu phản ánh, kiến nghị năm ${year} — ${loaded.unit.name}`,
        publicCache: true,
        crumbs: unitCrumbs(lang, loaded.chain, "/u", [
          { label: "Phản ánh, kiến nghị", href: `/u/${loaded.unit.code}/phan-anh` },
          { label: "Số liệu" },
        ]),
      },
      <>
        <h1>
          Số liệu tiếp nhận, giải quyết năm {year} — {loaded.unit.name}
        </h1>
        <form method="get" class="inline-form">
          <label for="f-nam">Năm</label>
          <input id="f-nam" name="nam" inputmode="numeric" size={6} value={String(year)} />
          <button type="submit">Xem</button>
        </form>
        <p class="muted">
          Đúng hạn: trả lời không muộn hơn hạn đang áp dụng (thời hạn luật định, hoặc chỉ tiêu của
          đơn vị với phản ánh, kiến nghị). Quá hạn: đang giải quyết và đã qua hạn tính đến hôm nay.
          Mức hài lòng: trung bình các đánh giá 1–5 của người gửi (Luật 10/2022 Điều 35.2a).
        </p>
        <table class="table">
          <caption>Theo đơn vị</caption>
          <thead>
            <tr>
              <th scope="col">Đơn vị</th>
              <th scope="col">Tiếp nhận</th>
              <th scope="col">Đã trả lời</th>
              <th scope="col">Đúng hạn</th>
              <th scope="col">Đang giải quyết</th>
              <th scope="col">Quá hạn</th>
              <th scope="col">Mức hài lòng</th>
            </tr>
          </thead>
          <tbody>
            <Row
              f={{ ...total, name: `Tổng cộng (${loaded.unit.name})` }}
              link={false}
              year={year}
              head
            />
            {shown.map((f) => (
              <Row f={f} link year={year} />
            ))}
          </tbody>
        </table>
        <h2>Theo loại</h2>
        <table class="table">
          <thead>
            <tr>
              <th scope="col">Loại</th>
              <th scope="col">Tiếp nhận</th>
            </tr>
          </thead>
          <tbody>
            {KINDS.filter((k) => k !== "danh_gia").map((k) => (
              <tr>
                <th scope="row">{pick(lang, KIND_LABELS[k])}</th>
                <td>{total.byKind[k] ?? 0}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </>,
    );
  });
}
