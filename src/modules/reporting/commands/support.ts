import { recordEvent } from "../../../core/audit/index.ts";
import type { Calendar } from "../../../core/calendar/index.ts";
import type { RequestContext } from "../../../core/context/request-context.ts";
import type { Tx } from "../../../core/db/database.ts";
import { validation } from "../../../core/errors.ts";
import { attachmentMime, attachmentProblem } from "../../../core/storage/attachment-type.ts";
import type { FileStorage } from "../../../core/storage/file-storage.ts";
import type { FileRow } from "../db/directive.repo.ts";

/** What every directive and task command gets: its transaction, who acts, the calendar, today. */
export interface Working {
  tx: Tx;
  ctx: RequestContext;
  calendar: Calendar;
  /** "YYYY-MM-DD" in Vietnam. */
  today: string;
}

/** An uploaded file as a command takes it. */
export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
}

/** At most this many files per upload (attachments, evidence). */
export const MAX_FILES = 10;

/**
 * Checks every file first (PDF, JPEG, PNG or DOCX by its bytes, at most 20 MB), so nothing is
 * stored when one is refused; then stores them and returns the rows to insert.
 */
export async function storeFiles(
  storage: FileStorage,
  files: readonly UploadedFile[],
  owner: { unitId: number; uploadedBy: number | null },
  field = "files",
): Promise<FileRow[]> {
  if (files.length > MAX_FILES) throw validation(`Tối đa ${MAX_FILES} tệp mỗi lần.`, field);
  const named = files.map((f) => ({
    name: f.name.replace(/[/\\]/g, "_").trim() || "tep",
    bytes: f.bytes,
  }));
  for (const f of named) {
    const problem = attachmentProblem(f.bytes, f.name);
    if (problem) throw validation(`${f.name}: ${problem}`, field);
  }
  const rows: FileRow[] = [];
  for (const f of named) {
    const stored = await storage.put(f.bytes);
    rows.push({
      unitId: owner.unitId,
      fileName: f.name,
      mime: attachmentMime(f.bytes, f.name) as string,
      byteSize: f.bytes.length,
      sha256: stored.sha256,
      storageKey: stored.key,
      uploadedBy: owner.uploadedBy,
    });
  }
  return rows;
}

/** The audit event of a step, `reporting.<entity>.<past-verb>`, in the caller's transaction. */
export function audit(
  w: Pick<Working, "tx" | "ctx">,
  e: {
    action: string;
    unitId: number;
    subjectType:
      | "reporting_directive"
      | "reporting_task_assignment"
      | "reporting_calendar"
      | "reporting_round"
      | "reporting_report";
    subjectId: number;
    summary?: Record<string, unknown>;
  },
) {
  return recordEvent(w.tx, w.ctx, {
    action: e.action,
    unitId: e.unitId,
    subjectType: e.subjectType,
    subjectId: e.subjectId,
    summary: e.summary ?? {},
  });
}
