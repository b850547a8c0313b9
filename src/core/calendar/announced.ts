// Days off and swapped working days announced each year (law2.md §7.2): the PM's approval by a
// Government Office letter (công văn VPCP), then the ministry's notice (thông báo), binding
// civil servants and public employees (CBCCVC); other employers choose within Art 112 and
// inform their workers. This file holds the shape and its validation; the data is elsewhere.

import { CalendarError } from "./errors.ts";
import { type LocalDate, parseLocalDate } from "./local-date.ts";

/** Whose calendar: the civil service (CBCCVC), or one employer's (by its unit id). */
export type Audience = "civilService" | `employer:${string}`;

/**
 * holiday — a public holiday (ngày nghỉ lễ, tết);
 * bridge — a working day given off, usually swapped for a Saturday (ngày nghỉ hoán đổi, nghỉ bù);
 * makeUpWorkday — a weekly rest day worked instead (ngày làm bù).
 */
export type AnnouncedDayKind = "holiday" | "bridge" | "makeUpWorkday";

export interface AnnouncedDay {
  readonly date: LocalDate;
  readonly kind: AnnouncedDayKind;
  readonly name: string;
}

/**
 * Trust in the source, as in law2.md: V = read in the official text; S = secondary source (press
 * reports of the notice); U = unverified.
 */
export type Evidence = "V" | "S" | "U";

export interface AnnouncedCalendar {
  readonly year: number;
  readonly audience: Audience;
  readonly days: readonly AnnouncedDay[];
  /** The letter or notice, e.g. "Thông báo 6150/TB-BLĐTBXH (2024)". */
  readonly sourceDocument: string;
  readonly evidence?: Evidence;
}

const KINDS: readonly string[] = ["holiday", "bridge", "makeUpWorkday"];
const AUDIENCE = /^(civilService|employer:.+)$/;

function invalid(message: string, details: Record<string, unknown>): CalendarError {
  return new CalendarError("invalid_data", `Dữ liệu lịch nghỉ không hợp lệ: ${message}.`, details);
}

/**
 * Checks records that may come from a database or a JSON file, where the types above are only a
 * hope: every date exists, every kind is known, and no date is given two different kinds for
 * the same audience. Returns copies with parsed dates.
 */
export function validateAnnouncedCalendars(
  records: readonly AnnouncedCalendar[],
): readonly AnnouncedCalendar[] {
  const kindByAudienceDate = new Map<string, string>();
  return records.map((record) => {
    const where = { year: record.year, sourceDocument: record.sourceDocument };
    if (!Number.isInteger(record.year)) throw invalid("năm phải là số nguyên", where);
    if (typeof record.audience !== "string" || !AUDIENCE.test(record.audience)) {
      throw invalid(`đối tượng áp dụng "${String(record.audience)}" không hợp lệ`, where);
    }
    if (typeof record.sourceDocument !== "string" || record.sourceDocument.trim() === "") {
      throw invalid("thiếu văn bản nguồn", where);
    }
    const days = record.days.map((day) => {
      const date = parseLocalDate(day.date);
      if (!KINDS.includes(day.kind)) throw invalid(`loại ngày "${day.kind}" không hợp lệ`, where);
      if (typeof day.name !== "string" || day.name.trim() === "") {
        throw invalid(`ngày ${date} thiếu tên`, where);
      }
      const key = `${record.audience}|${date}`;
      const earlier = kindByAudienceDate.get(key);
      if (earlier !== undefined && earlier !== day.kind) {
        throw invalid(`ngày ${date} vừa là "${earlier}" vừa là "${day.kind}"`, where);
      }
      kindByAudienceDate.set(key, day.kind);
      return { date, kind: day.kind, name: day.name };
    });
    return { ...record, days };
  });
}
