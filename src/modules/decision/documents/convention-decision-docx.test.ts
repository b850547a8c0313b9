import { describe, expect, it } from "vitest";
import {
  documentXml,
  QUOC_HIEU,
  TIEU_NGU,
  wordParagraphs,
  wordTables,
} from "../../../core/documents/index.ts";
import {
  conventionAnnulmentDocx,
  conventionRecognitionDocx,
  conventionRefusalDocx,
  conventionSuspensionDocx,
} from "./convention-decision-docx.ts";
import type {
  ConventionAnnulment,
  ConventionRecognition,
  ConventionRefusal,
  ConventionSuspension,
} from "./convention-types.ts";
import { THON_DONG } from "./testing.ts";

const convention = {
  kind: "hương ước" as const,
  title: "Hương ước thôn Đông",
  community: THON_DONG,
};
const issuer = { province: "Tỉnh Đồng Tháp", chair: "Lê Văn Chủ" };
const signatures = {
  head: "Nguyễn Văn An",
  frontHead: "Lê Văn Cường",
  householdReps: ["Phạm Thị Dung", "Hoàng Văn Em"] as [string, string],
};

const recognition = (over: Partial<ConventionRecognition> = {}): ConventionRecognition => ({
  convention,
  issuer,
  number: "15/QĐ-UBND",
  on: "2026-03-17",
  adoptedOn: "2026-03-03",
  submittedOn: "2026-03-10",
  signatures,
  sealAcrossPages: true,
  amends: null,
  ...over,
});

const refusal = (over: Partial<ConventionRefusal> = {}): ConventionRefusal => ({
  convention,
  issuer,
  number: null,
  on: "2026-03-17",
  adoptedOn: "2026-03-03",
  submittedOn: "2026-03-10",
  reason: "Điều 5 quy định phạt tiền thay cho xử phạt vi phạm hành chính.",
  ...over,
});

const resolved = {
  convention,
  issuer,
  number: null,
  recognition: { number: "15/QĐ-UBND", on: "2026-03-17" },
  complaint: { receivedOn: "2026-04-01", origin: "household" as const },
};

const suspension = (over: Partial<ConventionSuspension> = {}): ConventionSuspension => ({
  ...resolved,
  on: "2026-04-03",
  ground: "content",
  partText: "Điều 2",
  reason: "Điều 2 buộc mỗi hộ nộp tiền phạt, trái Điều 4.",
  amendBy: "2026-05-03",
  ...over,
});

const annulment = (over: Partial<ConventionAnnulment> = {}): ConventionAnnulment => ({
  ...resolved,
  on: "2026-04-06",
  ground: "unlawful_content",
  partText: null,
  reason: "Điều 5 quy định hình thức xử phạt trái pháp luật.",
  suspension: null,
  ...over,
});

const texts = (xml: string) => wordParagraphs(xml).map((p) => p.text);
const xmlOf = async (docx: Promise<Buffer>) => documentXml(await docx);

/** From the authority line (or the first line after the title) to the line ending "./.". */
const body = (xml: string, first: string) => {
  const all = texts(xml);
  return all.slice(all.indexOf(first), all.findIndex((t) => t.endsWith("./.")) + 1);
};

const BASES = [
  "ỦY BAN NHÂN DÂN XÃ THANH BÌNH",
  "Căn cứ Luật Tổ chức chính quyền địa phương;",
  "Căn cứ Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15;",
  "Căn cứ Nghị định số 61/2023/NĐ-CP của Chính phủ về xây dựng và thực hiện hương ước, quy ước của cộng đồng dân cư;",
];

const EXECUTORS =
  "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã Thanh Bình, công chức Văn hóa - Xã hội, Trưởng thôn Đông, Ban công tác Mặt trận và các hộ gia đình thôn Đông chịu trách nhiệm thi hành Quyết định này./.";

/** T56: "Nơi nhận" on the left, "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH" and the chair on the right. */
const footer = (recipients: string[]) => [
  [
    ["Nơi nhận:", ...recipients, "- Lưu: VT, VHXH."].join("\n"),
    "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n\n\n\nLê Văn Chủ",
  ],
];

describe("conventionRecognitionDocx — Mẫu 03, NĐ 61/2023 Art 11", () => {
  it("T54 — NĐ 30 Annex I: UBND xã under its province, 'Số: 15/QĐ-UBND', the date line at the commune; 'QUYẾT ĐỊNH' and its abstract", async () => {
    const xml = await xmlOf(conventionRecognitionDocx(recognition()));
    expect(wordTables(xml)[0]).toEqual([
      [
        "ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG THÁP\nỦY BAN NHÂN DÂN\nXÃ THANH BÌNH\n",
        `${QUOC_HIEU}\n${TIEU_NGU}\n`,
      ],
      ["Số: 15/QĐ-UBND", "Thanh Bình, ngày 17 tháng 3 năm 2026"],
    ]);
    const all = texts(xml);
    expect(all[all.indexOf("QUYẾT ĐỊNH") + 1]).toBe("Về việc công nhận Hương ước thôn Đông");
  });

  it("R71 — NĐ 61/2023 Art 11: bases, the dossier received, 'QUYẾT ĐỊNH:', Điều 1 recognises the text adopted on its day, in force from the decision (Art 11.5)", async () => {
    expect(body(await xmlOf(conventionRecognitionDocx(recognition())), BASES[0]!)).toEqual([
      ...BASES,
      "Xét Tờ trình đề nghị công nhận Hương ước thôn Đông của Trưởng thôn Đông và hồ sơ kèm theo, nhận đủ ngày 10/03/2026;",
      "Theo đề nghị của công chức Văn hóa - Xã hội.",
      "QUYẾT ĐỊNH:",
      "Điều 1. Công nhận Hương ước thôn Đông, xã Thanh Bình, được cộng đồng dân cư thôn Đông thông qua ngày 03/03/2026 (có văn bản kèm theo).",
      "Văn bản kèm theo có chữ ký của Trưởng thôn Nguyễn Văn An, Trưởng ban công tác Mặt trận Lê Văn Cường, đại diện hộ gia đình Phạm Thị Dung và Hoàng Văn Em, được đóng dấu giáp lai của Ủy ban nhân dân xã Thanh Bình (khoản 1 Điều 6 Nghị định số 61/2023/NĐ-CP).",
      "Điều 2. Hương ước thôn Đông có hiệu lực kể từ ngày ký Quyết định này (khoản 5 Điều 11 Nghị định số 61/2023/NĐ-CP).",
      "Trưởng thôn Đông có trách nhiệm niêm yết công khai Hương ước thôn Đông tại nhà văn hóa hoặc điểm sinh hoạt cộng đồng, phổ biến bằng ít nhất một hình thức khác (khoản 1, khoản 2 Điều 15) và tổ chức đánh giá việc thực hiện hằng năm (khoản 4 Điều 15).",
      `Điều 3. ${EXECUTORS}`,
    ]);
  });

  it("T56 — NĐ 30 Art 13: signed TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH; 'Nơi nhận' ends '- Lưu: VT, VHXH.'", async () => {
    const xml = await xmlOf(conventionRecognitionDocx(recognition()));
    expect(wordTables(xml).slice(1)).toEqual([
      footer(["- Như Điều 3;", "- Ủy ban Mặt trận Tổ quốc Việt Nam xã Thanh Bình;"]),
    ]);
  });

  it("T54 — NĐ 30 Art 15: an unnumbered decision leaves 'Số:      /QĐ-UBND'; no province prints the commune alone; no chair leaves the name blank", async () => {
    const xml = await xmlOf(
      conventionRecognitionDocx(
        recognition({ number: null, issuer: { province: null, chair: "" } }),
      ),
    );
    expect(wordTables(xml)[0]?.[0]?.[0]).toBe("ỦY BAN NHÂN DÂN\nXÃ THANH BÌNH\n");
    expect(wordTables(xml)[0]?.[1]?.[0]).toBe("Số:      /QĐ-UBND");
    expect(wordTables(xml)[1]?.[0]?.[1]).toBe("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n\n\n\n");
  });

  it("R71 — NĐ 61/2023 Art 12.3, 13: an amendment replaces the convention it amends, citing its recognition", async () => {
    const xml = await xmlOf(
      conventionRecognitionDocx(
        recognition({
          convention: { ...convention, title: "Hương ước thôn Đông (sửa đổi, bổ sung)" },
          amends: { name: "Hương ước thôn Đông", number: "15/QĐ-UBND", recognisedOn: "2025-03-17" },
        }),
      ),
    );
    expect(texts(xml)).toContain(
      "Điều 2. Hương ước thôn Đông (sửa đổi, bổ sung) có hiệu lực kể từ ngày ký Quyết định này (khoản 5 Điều 11 Nghị định số 61/2023/NĐ-CP). Hương ước thôn Đông (sửa đổi, bổ sung) sửa đổi, bổ sung và thay thế Hương ước thôn Đông đã được công nhận tại Quyết định số 15/QĐ-UBND ngày 17/03/2025.",
    );
  });

  it("R67 — NĐ 61/2023 Art 6.1: refuses a recognition without UBND xã's seal across the pages, or without the four signatures", async () => {
    await expect(
      conventionRecognitionDocx(recognition({ sealAcrossPages: false })),
    ).rejects.toThrow(
      "Hương ước, quy ước đã được công nhận nhưng chưa đóng dấu giáp lai của UBND xã (R67, NĐ 61/2023 Điều 6.1).",
    );
    await expect(
      conventionRecognitionDocx(recognition({ signatures: { ...signatures, head: "" } })),
    ).rejects.toThrow(
      "Hương ước, quy ước thiếu chữ ký của Trưởng thôn, Tổ trưởng tổ dân phố (R67, NĐ 61/2023 Điều 6.1).",
    );
  });

  it("R71 — NĐ 61/2023 Art 11: refuses a decision dated before the dossier, or a dossier before the adoption", async () => {
    await expect(conventionRecognitionDocx(recognition({ on: "2026-03-09" }))).rejects.toThrow(
      "Ngày quyết định (09/03/2026) không được trước ngày nhận hồ sơ (10/03/2026)",
    );
    await expect(
      conventionRecognitionDocx(recognition({ submittedOn: "2026-03-02" })),
    ).rejects.toThrow("Ngày nhận hồ sơ (02/03/2026) không được trước ngày thông qua (03/03/2026)");
  });
});

describe("conventionRefusalDocx — the written refusal, NĐ 61/2023 Art 11", () => {
  it("R71 — NĐ 61/2023 Art 11: a thông báo of UBND xã, 'Số:      /TB-UBND', with the reasons; the convention is not in force (Art 11.5)", async () => {
    const xml = await xmlOf(conventionRefusalDocx(refusal()));
    expect(wordTables(xml)[0]?.[1]).toEqual([
      "Số:      /TB-UBND",
      "Thanh Bình, ngày 17 tháng 3 năm 2026",
    ]);
    const all = texts(xml);
    const title = all.indexOf("THÔNG BÁO");
    expect(all[title + 1]).toBe("Về việc không công nhận Hương ước thôn Đông");
    expect(body(xml, all[title + 4]!)).toEqual([
      "Ngày 10/03/2026, Ủy ban nhân dân xã Thanh Bình nhận được hồ sơ đề nghị công nhận Hương ước thôn Đông của Trưởng thôn Đông; Hương ước thôn Đông được cộng đồng dân cư thôn Đông thông qua ngày 03/03/2026.",
      "Căn cứ Điều 11 Nghị định số 61/2023/NĐ-CP, Ủy ban nhân dân xã Thanh Bình không công nhận Hương ước thôn Đông vì các lý do sau:",
      "Điều 5 quy định phạt tiền thay cho xử phạt vi phạm hành chính.",
      "Hương ước thôn Đông không có hiệu lực thi hành (khoản 5 Điều 11 Nghị định số 61/2023/NĐ-CP). Cộng đồng dân cư có thể hoàn thiện và thông qua lại theo trình tự quy định tại các Điều 7, 8, 9 và 10 Nghị định số 61/2023/NĐ-CP./.",
    ]);
  });

  it("T56: sent to the head, the Ban công tác Mặt trận and UBMTTQ xã; signed TM. ỦY BAN NHÂN DÂN", async () => {
    const xml = await xmlOf(conventionRefusalDocx(refusal()));
    expect(wordTables(xml).slice(1)).toEqual([
      footer([
        "- Trưởng thôn Đông;",
        "- Ban công tác Mặt trận thôn Đông;",
        "- Ủy ban Mặt trận Tổ quốc Việt Nam xã Thanh Bình;",
      ]),
    ]);
  });

  it("R71 — NĐ 61/2023 Art 11: refuses a refusal without its reasons", async () => {
    await expect(conventionRefusalDocx(refusal({ reason: "  Không.  " }))).rejects.toThrow(
      "Văn bản không công nhận (R71, NĐ 61/2023 Điều 11) phải nêu rõ lý do bằng văn bản",
    );
  });
});

describe("conventionSuspensionDocx — Mẫu 04, NĐ 61/2023 Art 12", () => {
  it("R72 — NĐ 61/2023 Art 12.1: part of the convention, for its content, with reasons, a last day to amend it (Art 13) and its end on recognition (Art 12.3)", async () => {
    const xml = await xmlOf(conventionSuspensionDocx(suspension()));
    const all = texts(xml);
    expect(all[all.indexOf("QUYẾT ĐỊNH") + 1]).toBe(
      "Về việc tạm ngưng thực hiện một phần Hương ước thôn Đông",
    );
    expect(body(xml, BASES[0]!)).toEqual([
      ...BASES,
      "Căn cứ Quyết định số 15/QĐ-UBND ngày 17/03/2026 của Ủy ban nhân dân xã Thanh Bình về việc công nhận Hương ước thôn Đông;",
      "Xét kiến nghị bằng văn bản của hộ gia đình nhận ngày 01/04/2026;",
      "Theo đề nghị của công chức Văn hóa - Xã hội.",
      "QUYẾT ĐỊNH:",
      "Điều 1. Tạm ngưng thực hiện Điều 2 của Hương ước thôn Đông, được công nhận tại Quyết định số 15/QĐ-UBND ngày 17/03/2026 của Ủy ban nhân dân xã Thanh Bình.",
      "Lý do: có nội dung trái với mục đích, nguyên tắc xây dựng và thực hiện hương ước, quy ước (Điều 3, Điều 4) hoặc gây hậu quả nghiêm trọng (khoản 1 Điều 12 Nghị định số 61/2023/NĐ-CP).",
      "Điều 2 buộc mỗi hộ nộp tiền phạt, trái Điều 4.",
      "Điều 2. Trưởng thôn Đông phối hợp với Trưởng ban công tác Mặt trận tổ chức sửa đổi, bổ sung Điều 2 của Hương ước thôn Đông theo Điều 13 Nghị định số 61/2023/NĐ-CP, chậm nhất ngày 03/05/2026. Quá thời hạn này mà chưa thực hiện xong thì Ủy ban nhân dân xã Thanh Bình xem xét bãi bỏ (Điều 14 Nghị định số 61/2023/NĐ-CP).",
      "Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Việc tạm ngưng chấm dứt khi Hương ước thôn Đông đã được thực hiện lại hoặc sửa đổi, bổ sung được Ủy ban nhân dân xã Thanh Bình công nhận (khoản 3 Điều 12 Nghị định số 61/2023/NĐ-CP).",
      `Điều 4. ${EXECUTORS}`,
    ]);
  });

  it("R72 — NĐ 61/2023 Art 12.1: the whole convention, for a breach of procedure, to be redone under Art 7–10; found by supervision", async () => {
    const xml = await xmlOf(
      conventionSuspensionDocx(
        suspension({
          ground: "procedure",
          partText: "Điều 2",
          complaint: { receivedOn: "2026-04-01", origin: "supervision" },
        }),
      ),
    );
    const all = texts(xml);
    expect(all).toContain("Về việc tạm ngưng thực hiện toàn bộ Hương ước thôn Đông");
    expect(all).toContain(
      "Xét kết quả kiểm tra, giám sát việc thực hiện Hương ước thôn Đông ngày 01/04/2026;",
    );
    expect(all).toContain(
      "Điều 1. Tạm ngưng thực hiện toàn bộ Hương ước thôn Đông, được công nhận tại Quyết định số 15/QĐ-UBND ngày 17/03/2026 của Ủy ban nhân dân xã Thanh Bình.",
    );
    expect(all).toContain(
      "Lý do: vi phạm trình tự soạn thảo, lấy ý kiến, thông qua hương ước, quy ước (khoản 1 Điều 12 Nghị định số 61/2023/NĐ-CP).",
    );
    expect(all).toContain(
      "Điều 2. Trưởng thôn Đông phối hợp với Trưởng ban công tác Mặt trận tổ chức thực hiện lại việc soạn thảo, lấy ý kiến, thông qua Hương ước thôn Đông theo các Điều 7, 8, 9 và 10 Nghị định số 61/2023/NĐ-CP, chậm nhất ngày 03/05/2026. Quá thời hạn này mà chưa thực hiện xong thì Ủy ban nhân dân xã Thanh Bình xem xét bãi bỏ (Điều 14 Nghị định số 61/2023/NĐ-CP).",
    );
  });

  it("R72 — NĐ 61/2023 Art 12.2: a complaint of the head names him; sent to those who carry it out and UBMTTQ xã (T56)", async () => {
    const xml = await xmlOf(
      conventionSuspensionDocx(
        suspension({ complaint: { receivedOn: "2026-04-01", origin: "head" } }),
      ),
    );
    expect(texts(xml)).toContain(
      "Xét kiến nghị bằng văn bản của Trưởng thôn Đông nhận ngày 01/04/2026;",
    );
    expect(wordTables(xml)[0]?.[1]?.[0]).toBe("Số:      /QĐ-UBND");
    expect(wordTables(xml).slice(1)).toEqual([
      footer(["- Như Điều 4;", "- Ủy ban Mặt trận Tổ quốc Việt Nam xã Thanh Bình;"]),
    ]);
  });

  it("R72 — NĐ 61/2023 Art 12.1: refuses a suspension without a later deadline, without the part suspended, without reasons, or on an annulment's ground", async () => {
    await expect(conventionSuspensionDocx(suspension({ amendBy: "2026-04-03" }))).rejects.toThrow(
      "Thời hạn sửa đổi (03/04/2026) phải sau ngày quyết định tạm ngưng (03/04/2026) (R72, NĐ 61/2023 Điều 12.1).",
    );
    await expect(conventionSuspensionDocx(suspension({ partText: " " }))).rejects.toThrow(
      "Hãy ghi rõ phần (điều, khoản) bị tạm ngưng hoặc bãi bỏ (R72, NĐ 61/2023 Điều 12.1).",
    );
    await expect(conventionSuspensionDocx(suspension({ reason: "Sai." }))).rejects.toThrow(
      "Quyết định phải nêu rõ lý do (R72, NĐ 61/2023 Điều 12.1).",
    );
    await expect(
      conventionSuspensionDocx(
        suspension({ ground: "unlawful_content" as ConventionSuspension["ground"] }),
      ),
    ).rejects.toThrow("Chỉ tạm ngưng toàn bộ khi vi phạm trình tự soạn thảo");
    await expect(
      conventionSuspensionDocx(
        suspension({ complaint: { receivedOn: "2026-04-05", origin: "household" } }),
      ),
    ).rejects.toThrow(
      "Ngày quyết định (03/04/2026) không được trước ngày nhận kiến nghị (05/04/2026)",
    );
  });
});

describe("conventionAnnulmentDocx — Mẫu 05, NĐ 61/2023 Art 14", () => {
  it("R72 — NĐ 61/2023 Art 14.1: the whole convention, for unlawful content; it ends on the decision's day", async () => {
    const xml = await xmlOf(conventionAnnulmentDocx(annulment()));
    const all = texts(xml);
    expect(all[all.indexOf("QUYẾT ĐỊNH") + 1]).toBe("Về việc bãi bỏ toàn bộ Hương ước thôn Đông");
    expect(body(xml, "QUYẾT ĐỊNH:")).toEqual([
      "QUYẾT ĐỊNH:",
      "Điều 1. Bãi bỏ toàn bộ Hương ước thôn Đông, được công nhận tại Quyết định số 15/QĐ-UBND ngày 17/03/2026 của Ủy ban nhân dân xã Thanh Bình.",
      "Lý do: có nội dung trái pháp luật, gây hậu quả nghiêm trọng (khoản 1 Điều 14 Nghị định số 61/2023/NĐ-CP).",
      "Điều 5 quy định hình thức xử phạt trái pháp luật.",
      "Điều 2. Quyết định này có hiệu lực kể từ ngày ký. Hương ước thôn Đông hết hiệu lực kể từ ngày Quyết định này có hiệu lực.",
      `Điều 3. ${EXECUTORS}`,
    ]);
    expect(wordTables(xml).slice(1)).toEqual([
      footer(["- Như Điều 3;", "- Ủy ban Mặt trận Tổ quốc Việt Nam xã Thanh Bình;"]),
    ]);
  });

  it("R72 — NĐ 61/2023 Art 14.2: part of it, after a partial suspension whose deadline passed, citing that suspension", async () => {
    const xml = await xmlOf(
      conventionAnnulmentDocx(
        annulment({
          on: "2026-05-10",
          ground: "part_suspension_expired",
          partText: "Điều 2",
          reason: "Đến hạn mà Điều 2 chưa được sửa đổi, bổ sung.",
          suspension: { on: "2026-04-03", amendBy: "2026-05-03" },
          complaint: { receivedOn: "2026-05-06", origin: "review" },
        }),
      ),
    );
    expect(
      body(
        xml,
        "Xét kết quả đánh giá, rà soát việc thực hiện Hương ước thôn Đông ngày 06/05/2026;",
      ),
    ).toEqual([
      "Xét kết quả đánh giá, rà soát việc thực hiện Hương ước thôn Đông ngày 06/05/2026;",
      "Theo đề nghị của công chức Văn hóa - Xã hội.",
      "QUYẾT ĐỊNH:",
      "Điều 1. Bãi bỏ Điều 2 của Hương ước thôn Đông, được công nhận tại Quyết định số 15/QĐ-UBND ngày 17/03/2026 của Ủy ban nhân dân xã Thanh Bình.",
      "Lý do: đã hết thời hạn tạm ngưng thực hiện một phần mà phần bị tạm ngưng chưa được sửa đổi, bổ sung (khoản 2 Điều 14 Nghị định số 61/2023/NĐ-CP).",
      "Ủy ban nhân dân xã Thanh Bình đã tạm ngưng thực hiện Điều 2 của Hương ước thôn Đông tại Quyết định ngày 03/04/2026, thời hạn thực hiện lại, sửa đổi đến ngày 03/05/2026.",
      "Đến hạn mà Điều 2 chưa được sửa đổi, bổ sung.",
      "Điều 2. Quyết định này có hiệu lực kể từ ngày ký. Điều 2 của Hương ước thôn Đông hết hiệu lực kể từ ngày Quyết định này có hiệu lực.",
      `Điều 3. ${EXECUTORS}`,
    ]);
    expect(texts(xml)).toContain("Về việc bãi bỏ một phần Hương ước thôn Đông");
  });

  it("R72 — NĐ 61/2023 Art 14.1: the whole convention when the Art 10 ratio was not met", async () => {
    const xml = await xmlOf(conventionAnnulmentDocx(annulment({ ground: "ratio_not_met" })));
    expect(texts(xml)).toContain(
      "Lý do: không đạt tỷ lệ biểu quyết thông qua quy định tại Điều 10 Nghị định số 61/2023/NĐ-CP (khoản 1 Điều 14).",
    );
  });

  it("R72 — NĐ 61/2023 Art 14.1–14.2: refuses an 'expired' ground without a suspension whose deadline passed, and a suspension's ground", async () => {
    await expect(
      conventionAnnulmentDocx(annulment({ ground: "suspension_expired" })),
    ).rejects.toThrow(
      "Không có quyết định tạm ngưng toàn bộ nào đã hết thời hạn sửa đổi trước ngày 06/04/2026 (R72, NĐ 61/2023 Điều 14.1–14.2).",
    );
    await expect(
      conventionAnnulmentDocx(
        annulment({
          ground: "suspension_expired",
          suspension: { on: "2026-04-03", amendBy: "2026-05-03" },
        }),
      ),
    ).rejects.toThrow("Không có quyết định tạm ngưng toàn bộ nào đã hết thời hạn sửa đổi");
    await expect(
      conventionAnnulmentDocx(annulment({ ground: "procedure" as ConventionAnnulment["ground"] })),
    ).rejects.toThrow("Chỉ bãi bỏ khi có nội dung trái pháp luật");
    await expect(
      conventionAnnulmentDocx(annulment({ ground: "part_suspension_expired", partText: null })),
    ).rejects.toThrow("Hãy ghi rõ phần (điều, khoản) bị tạm ngưng hoặc bãi bỏ");
    await expect(
      conventionAnnulmentDocx(
        annulment({ complaint: { receivedOn: "2026-03-16", origin: "resident" } }),
      ),
    ).rejects.toThrow(
      "Ngày nhận kiến nghị (16/03/2026) không được trước ngày công nhận (17/03/2026)",
    );
  });
});
