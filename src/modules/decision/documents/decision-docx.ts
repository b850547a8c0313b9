// The community's written decision (Luật 10/2022 Art 20; R34) as a Word file: a nghị quyết,
// biên bản, bản ghi nhớ or bản thỏa thuận of the thôn or tổ dân phố, in the NĐ 30 layout that
// NĐ 59/2023 Mẫu 03 overlays (law2.md §8.1, T53–T57).

import { type Block, minutesDocx, type SignatureBox } from "../../../core/documents/index.ts";
import {
  assertCount,
  assertTally,
  communityHeader,
  headTitle,
  inSentence,
  outcomeBlocks,
  para,
  paragraphsOf,
  tallyTable,
  timeLine,
} from "./format.ts";
import type { DecisionDocument, VotingForm } from "./types.ts";

/** Art 17.1 a–c, and how each form names its times and the households that took part. */
const FORM: Record<
  VotingForm,
  /** `end` is null for a meeting, whose record closes with the time it ended (T57). */
  { label: string; start: string; end: string | null; took: string; missed: string }
> = {
  "cuộc họp": {
    label: "cuộc họp cộng đồng dân cư",
    start: "Thời gian bắt đầu",
    end: null,
    took: "Số đại diện hộ gia đình tham dự",
    missed: "Số hộ gia đình không có đại diện tham dự",
  },
  "phát phiếu": {
    label: "phát phiếu lấy ý kiến đến từng hộ gia đình",
    start: "Thời gian phát phiếu",
    end: "Hạn gửi lại phiếu",
    took: "Số hộ gia đình gửi lại phiếu",
    missed: "Số hộ gia đình không gửi lại phiếu",
  },
  "trực tuyến": {
    label: "biểu quyết trực tuyến",
    start: "Thời gian bắt đầu biểu quyết",
    end: "Thời gian kết thúc biểu quyết",
    took: "Số hộ gia đình tham gia biểu quyết",
    missed: "Số hộ gia đình không tham gia biểu quyết",
  },
};

/**
 * The Art 20.2 contents in order: a) time, b) N, A and N − A, c) content, d) form, đ) the vote
 * with the rule that decided it, e) the decision, g) the signatures of the head, the Trưởng ban
 * công tác Mặt trận and two household representatives. A biên bản has no date line (T57); a
 * meeting's record closes with the time it ended.
 */
export async function decisionDocx(d: DecisionDocument): Promise<Buffer> {
  assertCount(d.households, "Tổng số hộ gia đình");
  assertCount(d.represented, "Số hộ gia đình tham gia");
  if (d.represented > d.households) {
    throw new RangeError(
      `Số hộ tham gia (${d.represented}) lớn hơn tổng số hộ gia đình (${d.households})`,
    );
  }
  assertTally(d.tally, d.represented, "số hộ tham gia");
  const form = FORM[d.form];
  const village = inSentence(d.community.name);
  const optional = (label: string, value?: string) =>
    value?.trim() ? [para(`${label}: ${value.trim()}.`)] : [];

  const content: Block[] = [
    { kind: "heading", text: "I. THỜI GIAN, ĐỊA ĐIỂM, HÌNH THỨC" },
    para(`${form.start}: ${timeLine(d.startsAt)}.`),
    ...(form.end ? [para(`${form.end}: ${timeLine(d.endsAt)}.`)] : []),
    ...optional("Địa điểm", d.venue),
    para(`Hình thức quyết định: ${form.label}.`),
    ...optional("Chủ trì", d.chair),
    ...optional("Thư ký", d.secretary),
    { kind: "heading", text: "II. THÀNH PHẦN THAM GIA" },
    para(`Tổng số hộ gia đình của ${village}: ${d.households} hộ.`),
    para(`${form.took}: ${d.represented}.`),
    para(`${form.missed}: ${d.households - d.represented}.`),
    { kind: "heading", text: "III. NỘI DUNG" },
    ...paragraphsOf(d.content).map(para),
    { kind: "heading", text: "IV. KẾT QUẢ BIỂU QUYẾT" },
    tallyTable(d.tally, d.households),
    ...outcomeBlocks(d.outcome),
    { kind: "heading", text: "V. NỘI DUNG QUYẾT ĐỊNH" },
    ...paragraphsOf(d.decision).map(para),
    ...(form.end ? [] : [para(`Cuộc họp kết thúc vào ${timeLine(d.endsAt)}.`)]),
  ];

  const docType = d.kind.toLocaleUpperCase("vi");
  const header = communityHeader(d.community, {
    number: d.number,
    docType,
    subject: d.subject,
    placeDate: d.kind === "biên bản" ? null : { place: d.community.place, date: d.issuedOn },
  });
  const [rep1, rep2] = d.signatures.householdReps;
  const signatures: SignatureBox[][] = [
    [
      { role: "Trưởng ban công tác Mặt trận", name: d.signatures.frontHead },
      { role: headTitle(d.community), name: d.signatures.head },
    ],
    [
      { role: "Đại diện hộ gia đình", name: rep1 },
      { role: "Đại diện hộ gia đình", name: rep2 },
    ],
  ];
  return minutesDocx(header, content, signatures);
}
