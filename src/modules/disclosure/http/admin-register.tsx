// The quarterly register (R10, Luật 10/2022 Art 13.2): every item published in a quarter with its
// basis, date and the forms actually carried out, as a printable page, DOCX and XLSX.
import type { Context, Hono } from "hono";
import { shortDate } from "../../../core/documents/index.ts";
import { validation } from "../../../core/errors.ts";
import type { AppDeps, AppEnv } from "../../../core/http/env.ts";
import { renderPage } from "../../../core/http/page.tsx";
import { type Lang, pick } from "../../../core/i18n/lang.ts";
import { todayInVietnam } from "../../../core/validation.ts";
import { adminCrumbs, type LoadedUnit, loadUnitForAdmin } from "../../org/index.ts";
import { regimeFor } from "../commands/unit-ref.ts";
import { evidenceOf, unitFacts } from "../db/disclosure.repo.ts";
import { publishedBetween } from "../db/plan.repo.ts";
import {
  type QuarterRegister,
  quarterRegisterDocx,
  quarterRegisterXlsx,
  REGISTER_HEAD,
  type RegisterRow,
  registerRows as registerTableRows,
} from "../documents/quarter-register.ts";
import { categoryOf } from "../domain/catalogues.ts";
import { FORM_LABEL } from "../domain/form-labels.ts";
import {
  type QuarterNumber,
  quarterOf,
  quarterRange,
  type RegisterForm,
  registerRows,
  registerTitle,
} from "../domain/quarter-register.ts";
import type { Form } from "../domain/types.ts";
import { documentHeader } from "./document-header.ts";
import { DOCX, download, SheetCells, XLSX } from "./sheet.tsx";

const T = {
  register: { vi: "Sổ công khai theo quý", en: "Quarterly register" },
  choose: { vi: "Chọn quý", en: "Choose a quarter" },
  year: { vi: "Năm", en: "Year" },
  quarter: { vi: "Quý", en: "Quarter" },
  show: { vi: "Xem", en: "Show" },
  previous: { vi: "Quý trước", en: "Previous quarter" },
  next: { vi: "Quý sau", en: "Next quarter" },
  docx: { vi: "Tải bản Word (.docx)", en: "Download Word (.docx)" },
  xlsx: { vi: "Tải bảng tính (.xlsx)", en: "Download spreadsheet (.xlsx)" },
  print: {
    vi: "Dùng chức năng in của trình duyệt để in sổ trên khổ A4 và niêm yết tại trụ sở, các thôn, tổ dân phố (Điều 13.2).",
    en: "Use the browser's print command to print the register on A4 and post it at the headquarters and in every village (Art 13.2).",
  },
  back: { vi: "Nội dung công khai", en: "Disclosures" },
};

const ROMAN = ["I", "II", "III", "IV"] as const;

/** `?nam=2026&quy=1`, each defaulting to today's; anything else is refused in Vietnamese. */
export function quarterQuery(
  nam: string | undefined,
  quy: string | undefined,
  today: string,
): { year: number; quarter: QuarterNumber } {
  const now = quarterOf(today);
  const y = nam?.trim() ?? "";
  const q = quy?.trim() ?? "";
  if (y !== "" && !/^\d{4}$/.test(y)) {
    throw validation(`Năm không hợp lệ: "${y}". Nhập năm gồm 4 chữ số, ví dụ ${now.year}.`, "nam");
  }
  const year = y === "" ? now.year : Number(y);
  if (year < 2000 || year > 2100) throw validation("Năm phải từ 2000 đến 2100.", "nam");
  if (q !== "" && !/^[1-4]$/.test(q)) {
    throw validation(`Quý không hợp lệ: "${q}". Quý phải là 1, 2, 3 hoặc 4.`, "quy");
  }
  return { year, quarter: (q === "" ? now.quarter : Number(q)) as QuarterNumber };
}

/** A category as the register's column shows it: "2. Dự toán, …" cut at a word near 60 letters. */
function categoryCell(regime: ReturnType<typeof regimeFor>, code: string): string {
  const title = categoryOf(regime, code)?.title.vi ?? "";
  if (title === "") return code;
  const cut = title.length <= 60 ? title : `${title.slice(0, title.lastIndexOf(" ", 60))} …`;
  return `${code}. ${cut}`;
}

const span = (from: string, to: string | null) =>
  to === null
    ? `từ ${shortDate(from)}`
    : from === to
      ? shortDate(from)
      : `${shortDate(from)} – ${shortDate(to)}`;

/** The postings whose dates fill the "Thời gian niêm yết" column, best first. */
const POSTED: Form[] = ["hq_board", "intranet", "workplace_board", "village_board"];

async function loadRegister(
  deps: AppDeps,
  loaded: LoadedUnit,
  year: number,
  quarter: QuarterNumber,
): Promise<QuarterRegister> {
  const regime = regimeFor(loaded.unit);
  const { from, to } = quarterRange(year, quarter);
  const [items, facts, head] = await Promise.all([
    publishedBetween(deps.db, loaded.unit.id, from, to),
    unitFacts(deps.db, loaded.unit.id),
    documentHeader(deps.db, loaded, todayInVietnam()),
  ]);
  const evidence = await evidenceOf(
    deps.db,
    items.map((i) => i.id),
  );
  const village = new Map(facts.villages.map((v) => [v.id, v.name]));
  const byId = new Map(items.map((i) => [i.id, i]));
  const formText = (f: RegisterForm) => {
    const where = f.villageIds.map((id) => village.get(id) ?? `#${id}`).join(", ");
    return `${FORM_LABEL[f.form].vi}${where ? ` (${where})` : ""}: ${span(f.from, f.to)}`;
  };
  const rows: RegisterRow[] = registerRows(
    items.map((i) => ({
      id: i.id,
      category: i.category,
      title: i.title,
      publishedOn: i.published_on,
      evidence: evidence
        .filter((e) => e.item_id === i.id)
        .map((e) => ({ form: e.form, villageId: e.village_id, from: e.from_date, to: e.to_date })),
    })),
    year,
    quarter,
  ).map((r, n) => {
    const item = byId.get(r.id);
    const posted = POSTED.map((p) => r.forms.find((f) => f.form === p)).find((f) => !!f);
    const basis = [
      item?.basis_number ?? "Văn bản",
      item ? `ngày ${shortDate(item.basis_date)}` : "",
      item?.basis_issuer ? `của ${item.basis_issuer}` : "",
    ];
    return {
      no: n + 1,
      title: r.title,
      category: categoryCell(regime, r.category),
      basisRef: basis.filter((s) => s !== "").join(" "),
      publishedOn: r.publishedOn,
      forms: r.forms.map(formText),
      postedFrom: posted?.from ?? null,
      postedTo: posted?.to ?? null,
      version: item?.version ?? 1,
    };
  });
  return { unitName: head.unitName, header: head.header, year, quarter, rows };
}

const fileName = (year: number, quarter: number, ext: string) =>
  `so-cong-khai-${year}-quy-${quarter}.${ext}`;

function title(lang: Lang, year: number, quarter: QuarterNumber) {
  return lang === "vi" ? registerTitle(year, quarter) : `Disclosures of Q${quarter} ${year}`;
}

export function disclosureAdminRegister(app: Hono<AppEnv>, deps: AppDeps) {
  const load = async (c: Context<AppEnv>) => {
    const loaded = await loadUnitForAdmin(deps.db, c.get("ctx"), c.req.param("code") ?? "");
    const { year, quarter } = quarterQuery(
      c.req.query("nam"),
      c.req.query("quy"),
      todayInVietnam(),
    );
    return { loaded, year, quarter, register: await loadRegister(deps, loaded, year, quarter) };
  };

  app.get("/quan-tri/:code/cong-khai/so-quy", async (c) => {
    const lang = c.get("lang");
    const { loaded, year, quarter, register } = await load(c);
    const code = loaded.unit.code;
    const base = `/quan-tri/${code}/cong-khai/so-quy`;
    const query = `?nam=${year}&quy=${quarter}`;
    const prev = quarter === 1 ? `?nam=${year - 1}&quy=4` : `?nam=${year}&quy=${quarter - 1}`;
    const next = quarter === 4 ? `?nam=${year + 1}&quy=1` : `?nam=${year}&quy=${quarter + 1}`;
    const heading = title(lang, year, quarter);
    return renderPage(
      c,
      { title: heading, crumbs: adminCrumbs(lang, loaded, pick(lang, T.register)) },
      <div class="sheet">
        <p class="sheet-issuer">{register.unitName}</p>
        <h1>{heading}</h1>
        <form method="get" action={base} class="row no-print">
          <div class="field">
            <label for="f-nam">{pick(lang, T.year)}</label>
            <input id="f-nam" name="nam" type="number" value={String(year)} inputmode="numeric" />
          </div>
          <div class="field">
            <label for="f-quy">{pick(lang, T.quarter)}</label>
            <select id="f-quy" name="quy">
              {[1, 2, 3, 4].map((n) => (
                <option value={String(n)} selected={n === quarter}>
                  {lang === "vi" ? `Quý ${ROMAN[n - 1]}` : `Q${n}`}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <button type="submit">{pick(lang, T.show)}</button>
          </div>
        </form>
        <p class="actions no-print">
          <a href={`${base}${prev}`}>{pick(lang, T.previous)}</a>
          <a href={`${base}${next}`}>{pick(lang, T.next)}</a>
          <a class="button" href={`${base}.docx${query}`}>
            {pick(lang, T.docx)}
          </a>
          <a class="button secondary" href={`${base}.xlsx${query}`}>
            {pick(lang, T.xlsx)}
          </a>
          <a href={`/quan-tri/${code}/cong-khai`}>{pick(lang, T.back)}</a>
        </p>
        <p class="muted no-print">{pick(lang, T.print)}</p>
        <div class="table-wrap">
          <table class="sheet-table">
            <caption class="visually-hidden">{heading}</caption>
            <thead>
              <tr>
                {REGISTER_HEAD.map((h) => (
                  <th scope="col">{h}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              <SheetCells rows={registerTableRows(register.rows)} columns={REGISTER_HEAD.length} />
            </tbody>
          </table>
        </div>
      </div>,
    );
  });

  app.get("/quan-tri/:code/cong-khai/so-quy.docx", async (c) => {
    const { year, quarter, register } = await load(c);
    return download(c, await quarterRegisterDocx(register), DOCX, fileName(year, quarter, "docx"));
  });

  app.get("/quan-tri/:code/cong-khai/so-quy.xlsx", async (c) => {
    const { year, quarter, register } = await load(c);
    return download(c, await quarterRegisterXlsx(register), XLSX, fileName(year, quarter, "xlsx"));
  });
}
