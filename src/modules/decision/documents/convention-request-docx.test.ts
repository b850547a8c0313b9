import { describe, expect, it } from "vitest";
import {
  documentXml,
  QUOC_HIEU,
  TIEU_NGU,
  wordParagraphs,
  wordTables,
} from "../../../core/documents/index.ts";
import { conventionRequestDocx } from "./convention-request-docx.ts";
import type { ConventionRequest } from "./convention-types.ts";
import { signBox, THON_DONG } from "./testing.ts";

const request = (over: Partial<ConventionRequest> = {}): ConventionRequest => ({
  convention: { kind: "hương ước", title: "Hương ước thôn Đông", community: THON_DONG },
  number: null,
  date: "2026-03-06",
  proposedOn: "2026-01-05",
  posting: {
    from: "2026-02-01",
    days: 30,
    place: "Nhà văn hóa thôn Đông",
    channels: ["Gửi dự thảo đến từng hộ gia đình", "Hòm thư góp ý"],
  },
  comments: 4,
  adoption: {
    form: "cuộc họp",
    from: "2026-03-03",
    on: "2026-03-03",
    households: 100,
    participating: 80,
    tally: { yes: 70, no: 8, other: 2 },
    outcome: { rule: "R69 — NĐ 61/2023 Điều 10: 2 × 70 = 140 > 100", passed: true },
  },
  signatures: {
    head: "Nguyễn Văn An",
    frontHead: "Lê Văn Cường",
    householdReps: ["Phạm Thị Dung", "Hoàng Văn Em"],
  },
  ...over,
});

const adoption = (over: Partial<ConventionRequest["adoption"]>) => ({
  adoption: { ...request().adoption, ...over },
});

const build = async (over: Partial<ConventionRequest> = {}) =>
  documentXml(await conventionRequestDocx(request(over)));

const texts = (xml: string) => wordParagraphs(xml).map((p) => p.text);

/** From "Kính gửi" to the line that ends the body with "./.". */
const body = (xml: string) => {
  const all = texts(xml);
  const from = all.findIndex((t) => t.startsWith("Kính gửi:"));
  const to = all.findIndex((t) => t.endsWith("./."));
  return all.slice(from, to + 1);
};

describe("conventionRequestDocx — Mẫu 01, NĐ 61/2023 Art 11", () => {
  it("T54 — NĐ 30 Annex I: the village under its commune, Quốc hiệu, 'Số:      /TTr' to number by hand, the date line", async () => {
    const xml = await build();
    expect(wordTables(xml)[0]).toEqual([
      ["XÃ THANH BÌNH\nTHÔN ĐÔNG\n", `${QUOC_HIEU}\n${TIEU_NGU}\n`],
      ["Số:      /TTr", "Thanh Bình, ngày 06 tháng 3 năm 2026"],
    ]);
    const all = texts(xml);
    const title = all.indexOf("TỜ TRÌNH");
    expect(all[title + 1]).toBe("Về việc đề nghị công nhận Hương ước thôn Đông");
  });

  it("R71 — NĐ 61/2023 Art 11: asks UBND xã to recognise the text, after the course of Art 7–10, with the dossier (Mẫu 02 and the text)", async () => {
    expect(body(await build())).toEqual([
      "Kính gửi: Ủy ban nhân dân xã Thanh Bình.",
      "Căn cứ Nghị định số 61/2023/NĐ-CP của Chính phủ về xây dựng và thực hiện hương ước, quy ước của cộng đồng dân cư.",
      "Thôn Đông đã xây dựng Hương ước thôn Đông theo trình tự quy định tại các Điều 7, 8, 9 và 10 Nghị định số 61/2023/NĐ-CP, cụ thể như sau:",
      "1. Đề xuất, soạn thảo",
      "Ngày 05/01/2026, việc xây dựng Hương ước thôn Đông được đề xuất (Điều 7); Tổ soạn thảo được thành lập theo Điều 8.",
      "2. Lấy ý kiến về dự thảo",
      "Dự thảo được niêm yết tại Nhà văn hóa thôn Đông từ ngày 01/02/2026, thời gian niêm yết ít nhất 30 ngày (khoản 1 Điều 9).",
      "Hình thức lấy ý kiến: gửi dự thảo đến từng hộ gia đình; hòm thư góp ý (khoản 2 Điều 9).",
      "Số ý kiến góp ý đã tiếp nhận: 4.",
      "3. Kết quả biểu quyết thông qua",
      "Ngày 03/03/2026, cộng đồng dân cư thôn Đông tổ chức cuộc họp biểu quyết thông qua Hương ước thôn Đông (Điều 10).",
      "Tổng số hộ gia đình của thôn Đông: 100 hộ.",
      "Số hộ có đại diện dự họp: 80.",
      "Số hộ đồng ý: 70 (70,00 % tổng số hộ); không đồng ý: 8; ý kiến khác: 2.",
      "Quy tắc áp dụng: R69 — NĐ 61/2023 Điều 10: 2 × 70 = 140 > 100.",
      "Văn bản Hương ước thôn Đông đã có chữ ký của Trưởng thôn Nguyễn Văn An, Trưởng ban công tác Mặt trận Lê Văn Cường và đại diện hộ gia đình Phạm Thị Dung, Hoàng Văn Em (khoản 1 Điều 6).",
      "4. Đề nghị",
      "Thôn Đông kính đề nghị Ủy ban nhân dân xã Thanh Bình xem xét, công nhận Hương ước thôn Đông (Điều 11 Nghị định số 61/2023/NĐ-CP).",
      "Hồ sơ kèm theo:",
      "- Biên bản cuộc họp cộng đồng dân cư thông qua hương ước, quy ước (Mẫu 02);",
      "- Văn bản Hương ước thôn Đông đã được thông qua./.",
    ]);
  });

  it("R70 — NĐ 61/2023 Art 10.2b: adopted by ballots to each household after a thin meeting; the dossier holds the ballots' record", async () => {
    const lines = body(
      await build({
        date: "2026-03-13",
        ...adoption({
          form: "phát phiếu",
          from: "2026-03-05",
          on: "2026-03-12",
          participating: 75,
          tally: { yes: 60, no: 15, other: 0 },
          outcome: { rule: "R69 — NĐ 61/2023 Điều 10: 2 × 60 = 120 > 100", passed: true },
        }),
      }),
    );
    expect(lines).toContain(
      "Do cuộc họp không có trên 50% tổng số hộ gia đình tham dự, từ ngày 05/03/2026 đến ngày 12/03/2026 thôn Đông phát phiếu lấy ý kiến đến từng hộ gia đình về Hương ước thôn Đông (Điều 10).",
    );
    expect(lines).toContain("Số hộ gia đình gửi lại phiếu: 75.");
    expect(lines).toContain(
      "- Biên bản tổng hợp kết quả phát phiếu lấy ý kiến hộ gia đình (Mẫu 02);",
    );
  });

  it("NĐ 61/2023 Art 6: a quy ước whose title does not name the village is named with it", async () => {
    const xml = await build({
      convention: { kind: "quy ước", title: "Về nếp sống văn minh", community: THON_DONG },
    });
    expect(texts(xml)).toContain(
      "Về việc đề nghị công nhận Quy ước Về nếp sống văn minh của thôn Đông",
    );
  });

  it("T57 — NĐ 30 Mẫu 1.9: signed by the head alone on the right; 'Nơi nhận' below, filed with the village (no văn thư)", async () => {
    const xml = await build();
    expect(wordTables(xml)[1]).toEqual([["", signBox("TRƯỞNG THÔN", "Nguyễn Văn An")]]);
    expect(texts(xml).slice(-4)).toEqual([
      "Nơi nhận:",
      "- Như trên;",
      "- UBMTTQ Việt Nam xã Thanh Bình;",
      "- Lưu: hồ sơ thôn Đông.",
    ]);
  });

  it("a residential group's request is signed by the Tổ trưởng tổ dân phố", async () => {
    const xml = await build({
      convention: {
        kind: "quy ước",
        title: "Quy ước tổ dân phố số 3",
        community: {
          kind: "tổ dân phố",
          name: "Tổ dân phố số 3",
          commune: "Phường Bến Thành",
          place: "Bến Thành",
        },
      },
    });
    expect(wordTables(xml)[0]?.[0]?.[0]).toBe("PHƯỜNG BẾN THÀNH\nTỔ DÂN PHỐ SỐ 3\n");
    expect(wordTables(xml)[1]?.[0]?.[1]).toBe(signBox("TỔ TRƯỞNG TỔ DÂN PHỐ", "Nguyễn Văn An"));
    expect(texts(xml)).toContain("Kính gửi: Ủy ban nhân dân phường Bến Thành.");
  });

  it("R68 — NĐ 61/2023 Art 9.1: refuses a draft posted fewer days before the adoption than the community set", async () => {
    await expect(
      conventionRequestDocx(request({ posting: { ...request().posting, from: "2026-02-02" } })),
    ).rejects.toThrow("mới 29 ngày trước ngày thông qua 03/03/2026; phải niêm yết ít nhất 30 ngày");
    await expect(
      conventionRequestDocx(request({ posting: { ...request().posting, days: 29 } })),
    ).rejects.toThrow("không được ít hơn 30 ngày (nhận được: 29) (R68, NĐ 61/2023 Điều 9.1)");
    await expect(
      conventionRequestDocx(request({ posting: { ...request().posting, channels: [" "] } })),
    ).rejects.toThrow(
      "Dự thảo phải được lấy ý kiến bằng ít nhất một hình thức (Nghị định số 61/2023/NĐ-CP Điều 9.2)",
    );
  });

  it("R69 — NĐ 61/2023 Art 10: refuses a text not adopted by more than half of all households, and a thin meeting", async () => {
    await expect(
      conventionRequestDocx(
        request(
          adoption({
            tally: { yes: 50, no: 30, other: 0 },
            outcome: { rule: "R69", passed: true },
          }),
        ),
      ),
    ).rejects.toThrow(
      "Chỉ đề nghị công nhận hương ước, quy ước đã được trên 50% tổng số hộ gia đình đồng ý (R69, NĐ 61/2023 Điều 10): 50/100 hộ",
    );
    await expect(
      conventionRequestDocx(request(adoption({ outcome: { rule: "R69", passed: false } }))),
    ).rejects.toThrow("Chỉ đề nghị công nhận hương ước, quy ước đã được trên 50%");
    await expect(
      conventionRequestDocx(
        request(adoption({ participating: 50, tally: { yes: 50, no: 0, other: 0 } })),
      ),
    ).rejects.toThrow("Chỉ đề nghị công nhận");
    await expect(
      conventionRequestDocx(
        request(
          adoption({ households: 101, participating: 50, tally: { yes: 51, no: 0, other: 0 } }),
        ),
      ),
    ).rejects.toThrow("Tổng số ý kiến (51 + 0 + 0 = 51) lớn hơn số hộ tham gia (50)");
  });

  it("R69 — NĐ 61/2023 Art 10: 51 of 100 households present and in favour is enough", async () => {
    const ok = body(
      await build(
        adoption({ households: 100, participating: 51, tally: { yes: 51, no: 0, other: 0 } }),
      ),
    );
    expect(ok).toContain("Số hộ có đại diện dự họp: 51.");
    expect(ok).toContain("Số hộ đồng ý: 51 (51,00 % tổng số hộ); không đồng ý: 0; ý kiến khác: 0.");
  });

  it("R67 — NĐ 61/2023 Art 6.1: refuses a text missing a signer, or signed twice by the same household representative", async () => {
    await expect(
      conventionRequestDocx(request({ signatures: { ...request().signatures, frontHead: " " } })),
    ).rejects.toThrow(
      "Hương ước, quy ước thiếu chữ ký của Trưởng ban công tác Mặt trận (R67, NĐ 61/2023 Điều 6.1).",
    );
    await expect(
      conventionRequestDocx(
        request({
          signatures: {
            ...request().signatures,
            householdReps: ["Phạm Thị Dung", "phạm  thị dung"],
          },
        }),
      ),
    ).rejects.toThrow("phải có chữ ký của 02 đại diện hộ gia đình (hiện có 1)");
  });

  it("refuses figures and days that would print a false request", async () => {
    await expect(conventionRequestDocx(request(adoption({ participating: 101 })))).rejects.toThrow(
      "Số hộ tham gia (101) lớn hơn tổng số hộ gia đình (100)",
    );
    await expect(conventionRequestDocx(request(adoption({ households: -1 })))).rejects.toThrow(
      "Tổng số hộ gia đình phải là số nguyên không âm (nhận được: -1)",
    );
    await expect(conventionRequestDocx(request({ date: "2026-03-02" }))).rejects.toThrow(
      "Ngày đề nghị (02/03/2026) không được trước ngày thông qua (03/03/2026)",
    );
    await expect(conventionRequestDocx(request({ date: "2026-02-30" }))).rejects.toThrow(
      "Ngày đề nghị: Ngày không có thật: 2026-02-30",
    );
  });
});
