// Biên bản kiểm phiếu as a Word file: the secret ballot at a community meeting (NĐ 59/2023
// Art 3.5c, Mẫu 02; R22) or the ballots sent to every household (NĐ 59/2023 Art 4.6a, Mẫu 04;
// R28, R30), in the NĐ 30 biên bản layout (law2.md §8.1, T57).

import { type Block, minutesDocx, type SignatureBox } from "../../../core/documents/index.ts";
import {
  assertBallots,
  assertCount,
  communityHeader,
  inSentence,
  outcomeBlocks,
  para,
  tallyTable,
  timeLine,
} from "./format.ts";
import type { CountMinutes } from "./types.ts";

/** Rows of at most three boxes, so each name has room to sign. */
function rowsOf<T>(items: readonly T[], size = 3): T[][] {
  const rows: T[][] = [];
  for (let i = 0; i < items.length; i += size) rows.push(items.slice(i, i + size));
  return rows;
}

/**
 * The count, signed by the team (Ban kiểm phiếu at a meeting, Tổ phát phiếu for household
 * ballots: 3 to 5 people) and the two household representatives who witnessed it. States N, the
 * ballots issued, returned, valid, invalid and flagged as a household's second ballot, the
 * đồng ý / không đồng ý / ý kiến khác counts over N, and the rule that decided. A meeting's count
 * is made in 3 copies: UBND xã, UBMTTQ xã and the village's archive (NĐ 59/2023 Art 3.5c).
 */
export async function countMinutesDocx(m: CountMinutes): Promise<Buffer> {
  const meeting = m.kind === "cuộc họp";
  const teamName = meeting ? "Ban kiểm phiếu" : "Tổ phát phiếu";
  if (m.team.length < 3 || m.team.length > 5) {
    throw new RangeError(`${teamName} phải có từ 3 đến 5 người (có ${m.team.length})`);
  }
  const [w1, w2] = m.witnesses;
  if (!w1?.trim() || !w2?.trim() || w1.trim() === w2.trim()) {
    throw new RangeError("Việc kiểm phiếu cần 2 đại diện hộ gia đình khác nhau chứng kiến");
  }
  assertCount(m.households, "Tổng số hộ gia đình");
  assertBallots(m.ballots);
  if (m.ballots.returned > m.households) {
    throw new RangeError(
      `Số phiếu thu về (${m.ballots.returned}) lớn hơn tổng số hộ gia đình (${m.households})`,
    );
  }
  if (meeting) {
    if (m.represented === undefined) {
      throw new RangeError("Biên bản kiểm phiếu tại cuộc họp cần số đại diện hộ gia đình tham dự");
    }
    assertCount(m.represented, "Số đại diện hộ gia đình tham dự");
    if (m.represented > m.households || m.ballots.issued > m.represented) {
      throw new RangeError(
        `Số phiếu phát ra (${m.ballots.issued}) phải không lớn hơn số đại diện tham dự (${m.represented}), và số này không lớn hơn tổng số hộ (${m.households})`,
      );
    }
  }

  const village = inSentence(m.community.name);
  const commune = inSentence(m.community.commune);
  const b = m.ballots;
  const content: Block[] = [
    para(`Thời gian bắt đầu: ${timeLine(m.startsAt)}.`),
    para(`Địa điểm: ${m.venue.trim()}.`),
    { kind: "heading", text: `I. ${teamName.toLocaleUpperCase("vi")}` },
    ...m.team.map((t, i) => para(`${i + 1}. ${t.name.trim()} — ${t.role.trim()}.`)),
    { kind: "heading", text: "II. NGƯỜI CHỨNG KIẾN (ĐẠI DIỆN HỘ GIA ĐÌNH)" },
    para(`1. ${w1.trim()}.`),
    para(`2. ${w2.trim()}.`),
    { kind: "heading", text: "III. KẾT QUẢ KIỂM PHIẾU" },
    para(`Tổng số hộ gia đình của ${village}: ${m.households} hộ.`),
    ...(meeting ? [para(`Số đại diện hộ gia đình tham dự: ${m.represented}.`)] : []),
    para(`Số phiếu phát ra: ${b.issued}.`),
    para(`Số phiếu thu về: ${b.returned}.`),
    para(`Số phiếu hợp lệ: ${b.valid}.`),
    para(`Số phiếu không hợp lệ: ${b.invalid}.`),
    para(`Số phiếu trùng hộ (đã đánh dấu, không tính): ${b.duplicates}.`),
    tallyTable(b, m.households),
    ...outcomeBlocks(m.outcome),
    ...(meeting
      ? [
          para(
            `Biên bản được lập thành 03 bản: 01 bản gửi UBND ${commune}, 01 bản gửi UBMTTQ Việt Nam ${commune}, 01 bản lưu tại ${village}.`,
          ),
        ]
      : []),
    para(`Việc kiểm phiếu kết thúc vào ${timeLine(m.endsAt)}.`),
  ];

  const what = meeting
    ? `Kiểm phiếu biểu quyết kín tại cuộc họp cộng đồng dân cư ${village}`
    : `Kiểm phiếu lấy ý kiến hộ gia đình ${village} bằng phiếu`;
  const header = communityHeader(m.community, {
    number: m.number,
    docType: "BIÊN BẢN",
    subject: `${what}\n${m.subject.trim()}`,
    placeDate: null,
  });
  const team: SignatureBox[] = m.team.map((t) => ({ role: t.role, name: t.name }));
  const witnesses: SignatureBox[] = [
    { role: "Người chứng kiến", name: w1 },
    { role: "Người chứng kiến", name: w2 },
  ];
  return minutesDocx(header, content, [...rowsOf(team), witnesses]);
}
