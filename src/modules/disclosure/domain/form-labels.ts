import type { Form } from "./types.ts";

export const FORM_LABEL: Record<Form, { vi: string; en: string }> = {
  portal: { vi: "Cổng thông tin điện tử", en: "Web portal" },
  hq_board: { vi: "Niêm yết tại trụ sở", en: "Notice board at the headquarters" },
  village_board: {
    vi: "Niêm yết tại điểm sinh hoạt cộng đồng thôn, tổ dân phố",
    en: "Notice board at the village point",
  },
  loudspeaker: { vi: "Hệ thống truyền thanh", en: "Public loudspeaker" },
  village_heads: { vi: "Gửi Trưởng thôn, Tổ trưởng tổ dân phố", en: "Sent to the village head" },
  intranet: { vi: "Mạng nội bộ", en: "Intranet" },
  workplace_board: { vi: "Niêm yết tại nơi làm việc", en: "Notice board at the workplace" },
  letter_all_staff: {
    vi: "Văn bản gửi toàn thể cán bộ, người lao động",
    en: "Letter to all staff or workers",
  },
  meeting: { vi: "Thông báo tại hội nghị, cuộc họp", en: "Announced at a meeting" },
  other: { vi: "Hình thức khác", en: "Other form" },
};
