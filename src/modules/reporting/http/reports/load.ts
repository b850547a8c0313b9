import type { Context } from "hono";
import { can } from "../../../../core/authz/index.ts";
import { notFound } from "../../../../core/errors.ts";
import type { AppEnv } from "../../../../core/http/env.ts";
import { loadUnitForAdmin } from "../../../org/index.ts";
import { findReport, findRound } from "../../db/report.repo.ts";

// Loading a round or a report for a page under `/quan-tri/:code/bao-cao`: the unit in the path
// must be the reporting unit or the issuer (or above it), and the viewer must read it there.

export const reportsHref = (code: string) => `/quan-tri/${code}/bao-cao`;
export const roundHref = (code: string, id: number) => `/quan-tri/${code}/bao-cao/ky/${id}`;
export const reportHref = (code: string, id: number) => `/quan-tri/${code}/bao-cao/${id}`;

const within = (path: string, above: string) => path === above || path.startsWith(`${above}.`);

export async function loadReportPage(c: Context<AppEnv>) {
  const deps = c.get("deps");
  const ctx = c.get("ctx");
  const loaded = await loadUnitForAdmin(
    deps.db,
    ctx,
    c.req.param("code") ?? "",
    "reporting.report.read",
  );
  const report = await findReport(deps.db, Number(c.req.param("id")));
  const path = loaded.unit.path;
  if (!report || !(within(report.unit_path, path) || within(report.issuer_path, path))) {
    throw notFound("Không tìm thấy báo cáo.");
  }
  const actor = ctx.actor;
  return {
    loaded,
    report,
    writes: can(actor, "reporting.report.write", { unitPath: report.unit_path }),
    reviews: can(actor, "reporting.round.manage", { unitPath: report.issuer_path }),
  };
}

export async function loadRoundPage(c: Context<AppEnv>) {
  const deps = c.get("deps");
  const ctx = c.get("ctx");
  const loaded = await loadUnitForAdmin(
    deps.db,
    ctx,
    c.req.param("code") ?? "",
    "reporting.report.read",
  );
  const round = await findRound(deps.db, Number(c.req.param("id")));
  if (!round || !within(round.issuer_path, loaded.unit.path)) {
    throw notFound("Không tìm thấy kỳ báo cáo.");
  }
  return {
    loaded,
    round,
    manages: can(ctx.actor, "reporting.round.manage", { unitPath: round.issuer_path }),
  };
}
