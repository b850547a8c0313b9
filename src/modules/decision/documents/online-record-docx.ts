// The record of an online vote (NĐ 59/2023 Art 5.4, Mẫu 03; T64; R31, R32) as a Word file in
// the NĐ 30 biên bản layout (law2.md §8.1, T57).

import { type Block, minutesDocx } from "../../../core/documents/index.ts";
import {
  assertCount,
  assertTally,
  communityHeader,
  headTitle,
  inSentence,
  outcomeBlocks,
  para,
  tallyTable,
  timeLine,
} from "./format.ts";
import type { OnlineRecord } from "./types.ts";

const SHA256 = /^[0-9a-f]{64}$/;

/**
 * T64: start and end time, the households that took part, the đồng ý / không đồng ý / ý kiến
 * khác counts over N with the rule that decided, the result as shown at the close (the tally
 * page's address and the SHA-256 of its result stand in for the screenshot), and the list of the
 * household representatives who voted by full name and permanent address (R31). Signed by the
 * leader of the Tổ lấy ý kiến and the head.
 */
export async function onlineRecordDocx(r: OnlineRecord): Promise<Buffer> {
  assertCount(r.households, "Tổng số hộ gia đình");
  const took = r.participants.length;
  if (took > r.households) {
    throw new RangeError(`Số hộ tham gia (${took}) lớn hơn tổng số hộ gia đình (${r.households})`);
  }
  assertTally(r.tally, took, "số hộ tham gia");
  if (r.tally.yes + r.tally.no + r.tally.other !== took) {
    throw new RangeError(
      `Mỗi hộ tham gia có đúng một ý kiến: ${r.tally.yes} + ${r.tally.no} + ${r.tally.other} ≠ ${took}`,
    );
  }
  const sha256 = r.screenshot.sha256.trim().toLowerCase();
  if (!SHA256.test(sha256)) {
    throw new RangeError(`Mã SHA-256 của kết quả không hợp lệ: ${r.screenshot.sha256}`);
  }

  const village = inSentence(r.community.name);
  const content: Block[] = [
    para(`Hình thức: biểu quyết trực tuyến trên ${r.channel.trim()}.`),
    para(`Thời gian bắt đầu: ${timeLine(r.startsAt)}.`),
    para(`Thời gian kết thúc: ${timeLine(r.endsAt)}.`),
    { kind: "heading", text: "I. KẾT QUẢ BIỂU QUYẾT" },
    para(`Tổng số hộ gia đình của ${village}: ${r.households} hộ.`),
    para(`Số hộ gia đình tham gia biểu quyết: ${took}.`),
    para(`Số hộ gia đình không tham gia biểu quyết: ${r.households - took}.`),
    tallyTable(r.tally, r.households),
    ...outcomeBlocks(r.outcome),
    { kind: "heading", text: "II. ẢNH CHỤP KẾT QUẢ" },
    para(
      `Kết quả hiển thị khi kết thúc biểu quyết được lưu tại địa chỉ ${r.screenshot.url.trim()}.`,
    ),
    para(`Mã SHA-256 của kết quả: ${sha256}.`),
    { kind: "heading", text: "III. DANH SÁCH ĐẠI DIỆN HỘ GIA ĐÌNH THAM GIA BIỂU QUYẾT" },
    took === 0
      ? para("Không có hộ gia đình nào tham gia biểu quyết.")
      : {
          kind: "table",
          head: ["STT", "Họ và tên", "Địa chỉ thường trú"],
          rows: r.participants.map((p, i) => [String(i + 1), p.name.trim(), p.address.trim()]),
          widths: [1, 4, 6],
          align: ["center"],
        },
  ];

  const header = communityHeader(r.community, {
    number: r.number,
    docType: "BIÊN BẢN",
    subject: `Kết quả biểu quyết trực tuyến của cộng đồng dân cư ${village}\n${r.subject.trim()}`,
    placeDate: null,
  });
  return minutesDocx(header, content, [
    [
      { role: "Tổ trưởng Tổ lấy ý kiến", name: r.teamLeader },
      { role: headTitle(r.community), name: r.head },
    ],
  ]);
}
