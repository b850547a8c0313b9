import { type Calendar, parseLocalDate, plusDays } from "../../../core/calendar/index.ts";
import { Badge } from "../../../core/views/components.tsx";
import { clockState } from "../domain/clocks.ts";

/** "(T16)", or "(chỉ tiêu)" for the unit's own answer target. */
export const ruleText = (rule: string | null) =>
  rule === null ? "" : rule === "target" ? "(chỉ tiêu đơn vị)" : `(${rule})`;

const STATE_TEXT = {
  overdue: { tone: "bad", text: "Quá hạn" },
  due_today: { tone: "warn", text: "Hết hạn hôm nay" },
  due_soon: { tone: "warn", text: "Sắp đến hạn" },
  on_time: null,
} as const;

/** Where a due day stands today, as a badge (nothing while comfortably on time). */
export function DueBadge(p: { calendar: Calendar; due: string; today: string }) {
  const s = STATE_TEXT[clockState(p.calendar, p.due, p.today)];
  return s ? <Badge tone={s.tone}>{s.text}</Badge> : null;
}

/**
 * The last due day that `clockState` calls "due soon" today, so the list can filter and count
 * by clock state in SQL: due_on = today is "due today", today < due_on <= this day "due soon".
 */
export function dueSoonUntil(calendar: Calendar, today: string): string {
  let last = today;
  for (let d = 1; d <= 31; d++) {
    const day = plusDays(parseLocalDate(today), d);
    if (clockState(calendar, day, today) !== "due_soon") break;
    last = day;
  }
  return last;
}

/** How the list marks a denunciation: its denouncer is kept secret (T36). */
export const CONFIDENTIAL_MARK = "Tố cáo — thông tin người tố cáo được giữ bí mật";

export const EVENT_LABELS: Record<string, string> = {
  received: "Tiếp nhận",
  classified: "Phân loại",
  accepted: "Thụ lý",
  refused: "Không thụ lý",
  transferred: "Chuyển đơn",
  mediation: "Chuyển tổ hòa giải",
  merged: "Gộp",
  merged_in: "Gộp vụ việc khác vào",
  assigned: "Giao việc",
  note: "Ghi chú nội bộ",
  progress: "Thông báo tiến độ",
  dialogue: "Đối thoại",
  suspended: "Tạm đình chỉ",
  resumed: "Tiếp tục",
  extended: "Gia hạn",
  answered: "Trả lời",
  closed: "Kết thúc",
  withdrawn: "Rút đơn",
  withdrawal_refused: "Rút đơn (vẫn giải quyết)",
  rated: "Đánh giá",
  reminder: "Nhắc hạn",
  overdue: "Quá hạn",
  escalated: "Báo cáo cấp trên",
  identity_viewed: "Xem thông tin người tố cáo",
  identity_granted: "Cho phép xem thông tin người tố cáo",
  identity_revoked: "Thu hồi quyền xem thông tin người tố cáo",
};
