// The register of items a unit received in a period (sổ theo dõi tiếp nhận, xử lý đơn; NĐ 20/2008
// Art 9.1.c, T13; Luật TCD Art 25) as an Excel sheet. No identity column at all: a denouncer's
// name must never be exported (T36), and the register stays shareable for every kind.

import { tableXlsx, xlsxDate } from "../../../core/documents/index.ts";

export interface RegisterRow {
  code: string;
  receivedOn: string;
  channel: string;
  kind: string;
  title: string;
  status: string;
  dueOn: string | null;
  dueRule: string | null;
  answeredOn: string | null;
  late: boolean | null;
}

const CHANNELS: Record<string, string> = {
  web: "Cổng thông tin",
  api: "Ứng dụng (API)",
  post: "Bưu chính",
  email: "Thư điện tử",
  desk: "Trực tiếp",
  voter_meeting: "Tiếp xúc cử tri",
  phone: "Điện thoại",
};

export function registerXlsx(
  unitName: string,
  from: string,
  to: string,
  rows: readonly RegisterRow[],
) {
  return tableXlsx({
    sheetName: "So theo doi",
    title: `SỔ THEO DÕI TIẾP NHẬN, XỬ LÝ ĐƠN — ${unitName.toLocaleUpperCase("vi")} — từ ${from.split("-").reverse().join("/")} đến ${to.split("-").reverse().join("/")}`,
    head: [
      "STT",
      "Mã",
      "Ngày nhận",
      "Hình thức",
      "Loại",
      "Nội dung tóm tắt",
      "Tình trạng",
      "Hạn",
      "Căn cứ hạn",
      "Ngày trả lời",
      "Đúng hạn",
    ],
    widths: [6, 18, 12, 14, 14, 48, 16, 12, 10, 12, 10],
    center: [0, 2, 7, 8, 9, 10],
    rows: rows.map((r, i) => [
      i + 1,
      r.code,
      xlsxDate(r.receivedOn),
      CHANNELS[r.channel] ?? r.channel,
      r.kind,
      r.title,
      r.status,
      r.dueOn ? xlsxDate(r.dueOn) : "",
      r.dueRule === "target" ? "chỉ tiêu" : (r.dueRule ?? ""),
      r.answeredOn ? xlsxDate(r.answeredOn) : "",
      r.answeredOn === null ? "" : r.late ? "Chậm" : "Đúng hạn",
    ]),
  });
}
