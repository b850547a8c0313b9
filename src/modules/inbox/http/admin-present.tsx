import type { Calendar } from "../../../core/calendar/index.ts";
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
