// The Vietnamese words for carrying out each form, for findings an official can act on: "Chưa
// niêm yết tại điểm sinh hoạt cộng đồng của thôn #12 (R7, Luật 10/2022 Điều 13.2)."

import { formatDateVi, parseLocalDate } from "../../../core/calendar/index.ts";
import type { Form, Regime } from "./types.ts";

const HEADQUARTERS: Record<Regime, string> = {
  commune: "trụ sở HĐND, UBND cấp xã",
  agency: "trụ sở cơ quan, đơn vị",
  state_enterprise: "trụ sở doanh nghiệp",
  employer: "trụ sở doanh nghiệp",
};

const ALL_STAFF: Record<Regime, string> = {
  commune: "toàn thể cán bộ, công chức",
  agency: "toàn thể cán bộ, công chức, viên chức",
  state_enterprise: "toàn thể người lao động",
  employer: "toàn thể người lao động",
};

/**
 * "niêm yết tại trụ sở HĐND, UBND cấp xã": the act, to follow "Chưa", "Đã" or "Đang". For the
 * per-village forms, `villageId` names the village ("thôn #12"); null means every village.
 */
export function formAction(form: Form, regime: Regime, villageId: number | null = null): string {
  const village = villageId === null ? "từng thôn, tổ dân phố" : `thôn #${villageId}`;
  switch (form) {
    case "portal":
      return "đăng trên cổng thông tin điện tử";
    case "hq_board":
      return `niêm yết tại ${HEADQUARTERS[regime]}`;
    case "village_board":
      return `niêm yết tại điểm sinh hoạt cộng đồng của ${village}`;
    case "loudspeaker":
      return "thông báo trên hệ thống truyền thanh cấp xã";
    case "village_heads":
      return `gửi Trưởng thôn, Tổ trưởng tổ dân phố của ${village} để thông báo tới Nhân dân`;
    case "intranet":
      return "đăng trên mạng nội bộ";
    case "workplace_board":
      return "niêm yết tại nơi làm việc";
    case "letter_all_staff":
      return `gửi văn bản tới ${ALL_STAFF[regime]}`;
    case "meeting":
      return "thông báo tại hội nghị, cuộc họp";
    case "other":
      return "công khai bằng hình thức khác";
  }
}

export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase("vi") + text.slice(1);
}

/** "09/03/2026" from an ISO date. */
export function vi(date: string): string {
  return formatDateVi(parseLocalDate(date));
}

/** "ngày 16/03/2026" or "từ ngày 16/03/2026 đến ngày 18/03/2026". */
export function spanVi(from: string, to: string): string {
  return from === to ? `ngày ${vi(from)}` : `từ ngày ${vi(from)} đến ngày ${vi(to)}`;
}
