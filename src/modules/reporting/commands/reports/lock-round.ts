import { authorize } from "../../../../core/authz/index.ts";
import { formatDateVi, parseLocalDate } from "../../../../core/calendar/index.ts";
import { notFound } from "../../../../core/errors.ts";
import {
  exceptionsOf,
  findReport,
  insertLockException,
  lockRoundRow,
  setRoundLock,
} from "../../db/report.repo.ts";
import { refuse, refuseConflict } from "../../domain/refusal.ts";
import { grantLockException } from "../../domain/submission.ts";
import { audit, type Working } from "../support.ts";
import { recordOf } from "./report-access.ts";

/**
 * The issuer locks a round from a day after its last day on time (issue #6 §3): from then on a
 * report never sent needs a lock exception. The day may be moved or the lock lifted until it
 * takes effect; once in force it stays.
 */
export async function lockRound(
  w: Working,
  roundId: number,
  lockedFrom: string | null,
): Promise<void> {
  const round = await lockRoundRow(w.tx, roundId);
  if (!round) throw notFound("Không tìm thấy kỳ báo cáo.");
  authorize(w.ctx.actor, "reporting.round.manage", { unitPath: round.issuer_path });
  if (round.locked_from !== null && round.locked_from <= w.today) {
    throw refuseConflict(
      "round_locked",
      `Kỳ báo cáo đã khóa từ ngày ${formatDateVi(parseLocalDate(round.locked_from))}; không thay đổi được nữa.`,
    );
  }
  if (lockedFrom !== null && (lockedFrom <= round.last_day || lockedFrom < w.today)) {
    throw refuse(
      "invalid_exception",
      `Ngày khóa phải sau hạn gửi (${formatDateVi(parseLocalDate(round.last_day))}) và không trước hôm nay.`,
      "lockedFrom",
    );
  }
  await setRoundLock(w.tx, round.id, lockedFrom);
  await audit(w, {
    action: lockedFrom ? "reporting.round.locked" : "reporting.round.unlocked",
    unitId: round.issuer_unit_id,
    subjectType: "reporting_round",
    subjectId: round.id,
    summary: { lockedFrom },
  });
}

/** The issuer lets one unit send after the lock, until `expiresOn`, with a reason. */
export async function grantReportException(
  w: Working,
  reportId: number,
  input: { expiresOn: string; reason: string },
): Promise<{ id: number }> {
  const report = await findReport(w.tx, reportId);
  if (!report) throw notFound("Không tìm thấy báo cáo.");
  const round = await lockRoundRow(w.tx, report.round_id);
  if (!round) throw notFound("Không tìm thấy kỳ báo cáo.");
  authorize(w.ctx.actor, "reporting.round.manage", { unitPath: round.issuer_path });
  const granted = grantLockException({
    report: recordOf(report),
    actor: { accountId: w.ctx.actor.accountId ?? 0, unitId: round.issuer_unit_id },
    on: w.today,
    expiresOn: input.expiresOn,
    reason: input.reason,
  });
  const row = await insertLockException(w.tx, {
    round_id: round.id,
    unit_id: report.unit_id,
    granted_by: w.ctx.actor.accountId,
    granted_on: granted.grantedOn,
    expires_on: granted.expiresOn,
    reason: granted.reason,
  });
  await audit(w, {
    action: "reporting.report.exception_granted",
    unitId: report.unit_id,
    subjectType: "reporting_report",
    subjectId: report.id,
    summary: { roundId: round.id, expiresOn: granted.expiresOn },
  });
  return row;
}

export const lockExceptionsOf = exceptionsOf;
