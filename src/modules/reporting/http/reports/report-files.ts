import type { Context } from "hono";
import type { AppEnv } from "../../../../core/http/env.ts";
import type { IndicatorValue } from "../../../../core/indicators.ts";
import { holderOf } from "../../../org/index.ts";
import type { ReportRow } from "../../db/report.repo.ts";
import { valuesOf } from "../../db/report.repo.ts";
import { indicatorsXlsx, type ReportIndicator, reportDocx } from "../../documents/report-docx.ts";
import type { ReportOutline } from "../../domain/outline.ts";
import { outlineIndicatorIds } from "../../rules/round-rules.ts";
import { definitionOf } from "./present.ts";

// A report, or a round's consolidated report, as Word (state form, T53–T57: the unit's People's
// Committee chair signs for it when it has one) and as a spreadsheet of its figures.

const caps = (s: string) => s.toLocaleUpperCase("vi");
/** "Thanh Bình" from "Xã Thanh Bình" (NĐ 30 Annex I box 4). */
const bareName = (name: string) =>
  name.replace(/^(xã|phường|đặc khu|thị trấn|tỉnh|thành phố|thôn|tổ dân phố)\s+/iu, "").trim();

async function signerOf(c: Context<AppEnv>, unitId: number, on: string) {
  const db = c.get("deps").db;
  const chair = await holderOf(db, unitId, "peoples_committee", ["chair"], on);
  if (chair) {
    return { prefix: "TM." as const, body: "ỦY BAN NHÂN DÂN", title: "CHỦ TỊCH", name: chair };
  }
  const head = await holderOf(db, unitId, "leadership", ["director", "head"], on);
  return { prefix: null, title: "THỦ TRƯỞNG ĐƠN VỊ", name: head ?? "" };
}

export interface Figures {
  outline: ReportOutline;
  narrative: Record<string, string>;
  indicators: ReportIndicator[];
}

export function reportIndicators(
  c: Context<AppEnv>,
  outline: ReportOutline,
  values: {
    indicator_id: string;
    kind: "count" | "share";
    numerator: number | null;
    denominator: number | null;
  }[],
): ReportIndicator[] {
  const defs = (c.get("deps").indicators ?? []).flatMap((m) => m.definitions);
  const byId = new Map(values.map((v) => [v.indicator_id, v]));
  return outlineIndicatorIds(outline).map((id) => {
    const v = byId.get(id);
    const definition = definitionOf(defs, id, v?.kind ?? "count");
    if (!v || v.numerator === null) return { definition, value: null };
    const value: IndicatorValue =
      v.kind === "count"
        ? { kind: "count", value: v.numerator }
        : { kind: "share", numerator: v.numerator, denominator: v.denominator ?? 0 };
    return { definition, value };
  });
}

export async function officialFile(
  c: Context<AppEnv>,
  p: {
    unit: { id: number; name: string; full_name: string };
    parentName: string | null;
    date: string;
    subject: string;
    recipients: string[];
    figures: Figures;
  },
): Promise<Buffer> {
  return reportDocx(
    {
      variant: "state",
      ...(p.parentName ? { issuerParent: caps(p.parentName) } : {}),
      issuer: caps(p.unit.full_name || p.unit.name),
      number: null,
      symbol: "BC",
      place: bareName(p.unit.name),
      date: p.date,
      subject: p.subject,
      signer: await signerOf(c, p.unit.id, p.date),
      recipients: p.recipients,
    },
    p.figures,
  );
}

/** The report's own figures, as the unit sent them. */
export async function reportFigures(c: Context<AppEnv>, r: ReportRow): Promise<Figures> {
  const values = await valuesOf(c.get("deps").db, r.id);
  return {
    outline: r.outline,
    narrative: r.narrative,
    indicators: reportIndicators(c, r.outline, values),
  };
}

export function download(c: Context<AppEnv>, bytes: Uint8Array, name: string, mime: string) {
  c.header("Content-Type", mime);
  c.header("Content-Disposition", `attachment; filename="${name}"`);
  c.header("Cache-Control", "private, no-store");
  return c.body(new Uint8Array(bytes));
}

export const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
export const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export { indicatorsXlsx };
