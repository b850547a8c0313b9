// Mẫu 01 of NĐ 61/2023/NĐ-CP: the head's request to UBND xã to recognise the village's
// convention, the first paper of the dossier (R71, Art 11). A tờ trình of the village in the
// layout of its other papers (NĐ 30/2020 Mẫu 1.9 header, law2.md §8.1): the commune above the
// village, a date line, "Kính gửi", the course of Art 7–10, the dossier, the head's signature.

import { type Block, minutesDocx, shortDate } from "../../../core/documents/index.ts";
import { conventionSignatureProblems } from "../domain/decision-record.ts";
import { draftPostingProblem } from "../domain/timeline.ts";
import {
  assertDay,
  assertOrder,
  committeeOf,
  conventionName,
  ND61,
  refuseFindings,
} from "./convention-format.ts";
import type { ConventionRequest } from "./convention-types.ts";
import {
  assertCount,
  assertTally,
  communityHeader,
  headTitle,
  inSentence,
  para,
  percent,
} from "./format.ts";

/** Refuses a request that would tell UBND xã something untrue about Art 6–10. */
function check(r: ConventionRequest): void {
  const a = r.adoption;
  assertOrder(
    { day: r.proposedOn, label: "Ngày đề xuất" },
    { day: r.posting.from, label: "Ngày niêm yết dự thảo" },
  );
  assertOrder(
    { day: a.from, label: "Ngày bắt đầu biểu quyết" },
    { day: a.on, label: "Ngày thông qua" },
  );
  assertOrder({ day: a.on, label: "Ngày thông qua" }, { day: r.date, label: "Ngày đề nghị" });
  assertCount(a.households, "Tổng số hộ gia đình");
  assertCount(a.participating, "Số hộ gia đình tham gia biểu quyết");
  assertCount(r.comments, "Số ý kiến góp ý");
  if (a.participating > a.households) {
    throw new RangeError(
      `Số hộ tham gia (${a.participating}) lớn hơn tổng số hộ gia đình (${a.households})`,
    );
  }
  assertTally(a.tally, a.participating, "số hộ tham gia");
  // R68: posted for the community's period, at least 30 days before the adoption.
  refuseFindings([
    draftPostingProblem({ postedOn: r.posting.from, adoptionOn: a.from, minDays: r.posting.days }),
  ]);
  if (r.posting.channels.filter((c) => c.trim() !== "").length === 0) {
    throw new RangeError(
      `Dự thảo phải được lấy ý kiến bằng ít nhất một hình thức (${ND61} Điều 9.2)`,
    );
  }
  // R69: only an adopted text is sent for recognition (2Y > N, which at a meeting also means
  // more than half of all households attended, since Y ≤ A).
  if (!a.outcome.passed || 2 * a.tally.yes <= a.households) {
    throw new RangeError(
      `Chỉ đề nghị công nhận hương ước, quy ước đã được trên 50% tổng số hộ gia đình đồng ý (R69, NĐ 61/2023 Điều 10): ${a.tally.yes}/${a.households} hộ`,
    );
  }
  // R67: the adopted text bears the four signatures.
  refuseFindings(
    conventionSignatureProblems({
      head: r.signatures.head,
      frontHead: r.signatures.frontHead,
      householdReps: r.signatures.householdReps,
      recognised: false,
      sealAcrossPages: false,
    }),
  );
}

/**
 * The request states, in order: to whom (UBND xã); the proposal (Art 7); the draft's posting,
 * its period and the ways views were collected (R68, Art 9); the adoption with N, A, the votes
 * over N and the rule (R69, R70, Art 10); the four signatures on the text (R67, Art 6.1); the
 * request itself (R71, Art 11) and the dossier: the minutes (Mẫu 02) and the adopted text.
 */
export async function conventionRequestDocx(r: ConventionRequest): Promise<Buffer> {
  assertDay(r.date, "Ngày đề nghị");
  check(r);
  const c = r.convention;
  const name = conventionName(c);
  const village = inSentence(c.community.name);
  const head = headTitle(c.community);
  const a = r.adoption;
  const s = r.signatures;
  const posted = r.posting.place?.trim() ? ` tại ${r.posting.place.trim()}` : "";
  const channels = r.posting.channels
    .map((x) => x.trim())
    .filter((x) => x !== "")
    .map((x) => x.charAt(0).toLocaleLowerCase("vi") + x.slice(1))
    .join("; ");
  const how =
    a.form === "cuộc họp"
      ? `Ngày ${shortDate(a.on)}, cộng đồng dân cư ${village} tổ chức cuộc họp biểu quyết thông qua ${name}`
      : `Do cuộc họp không có trên 50% tổng số hộ gia đình tham dự, từ ngày ${shortDate(a.from)} đến ngày ${shortDate(a.on)} ${village} phát phiếu lấy ý kiến đến từng hộ gia đình về ${name}`;
  const took = a.form === "cuộc họp" ? "Số hộ có đại diện dự họp" : "Số hộ gia đình gửi lại phiếu";

  const content: Block[] = [
    para(`Kính gửi: ${committeeOf(c)}.`),
    {
      kind: "basis",
      lines: [
        `Căn cứ ${ND61} của Chính phủ về xây dựng và thực hiện hương ước, quy ước của cộng đồng dân cư`,
      ],
    },
    para(
      `${c.community.name} đã xây dựng ${name} theo trình tự quy định tại các Điều 7, 8, 9 và 10 ${ND61}, cụ thể như sau:`,
    ),
    { kind: "heading", text: "1. Đề xuất, soạn thảo" },
    para(
      `Ngày ${shortDate(r.proposedOn)}, việc xây dựng ${name} được đề xuất (Điều 7); Tổ soạn thảo được thành lập theo Điều 8.`,
    ),
    { kind: "heading", text: "2. Lấy ý kiến về dự thảo" },
    para(
      `Dự thảo được niêm yết${posted} từ ngày ${shortDate(r.posting.from)}, thời gian niêm yết ít nhất ${r.posting.days} ngày (khoản 1 Điều 9).`,
    ),
    para(`Hình thức lấy ý kiến: ${channels} (khoản 2 Điều 9).`),
    para(`Số ý kiến góp ý đã tiếp nhận: ${r.comments}.`),
    { kind: "heading", text: "3. Kết quả biểu quyết thông qua" },
    para(`${how} (Điều 10).`),
    para(`Tổng số hộ gia đình của ${village}: ${a.households} hộ.`),
    para(`${took}: ${a.participating}.`),
    para(
      `Số hộ đồng ý: ${a.tally.yes} (${percent(a.tally.yes, a.households)} tổng số hộ); không đồng ý: ${a.tally.no}; ý kiến khác: ${a.tally.other}.`,
    ),
    para(`Quy tắc áp dụng: ${a.outcome.rule.trim().replace(/\.$/, "")}.`),
    para(
      `Văn bản ${name} đã có chữ ký của ${head} ${s.head.trim()}, Trưởng ban công tác Mặt trận ${s.frontHead.trim()} và đại diện hộ gia đình ${s.householdReps[0].trim()}, ${s.householdReps[1].trim()} (khoản 1 Điều 6).`,
    ),
    { kind: "heading", text: "4. Đề nghị" },
    para(
      `${c.community.name} kính đề nghị ${committeeOf(c)} xem xét, công nhận ${name} (Điều 11 ${ND61}).`,
    ),
    { kind: "heading", text: "Hồ sơ kèm theo:" },
    para(
      a.form === "cuộc họp"
        ? "- Biên bản cuộc họp cộng đồng dân cư thông qua hương ước, quy ước (Mẫu 02);"
        : "- Biên bản tổng hợp kết quả phát phiếu lấy ý kiến hộ gia đình (Mẫu 02);",
    ),
    para(`- Văn bản ${name} đã được thông qua.`),
  ];

  const header = communityHeader(c.community, {
    number: r.number,
    docType: "TỜ TRÌNH",
    subject: `Về việc đề nghị công nhận ${name}`,
    placeDate: { place: c.community.place, date: r.date },
  });
  return minutesDocx(
    // Sent to UBND xã ("Như trên") and UBMTTQ xã, filed with the village, which has no văn thư.
    { ...header, recipients: ["Như trên", `UBMTTQ Việt Nam ${inSentence(c.community.commune)}`] },
    content,
    [[{ role: head, name: s.head.trim() }]],
  );
}
