import { describe, expect, it } from "vitest";
import { documentXml, wordParagraphs, wordTables } from "../../../core/documents/index.ts";
import { onlineRecordDocx } from "./online-record-docx.ts";
import { ROUTING_THON_DONG, signBox, THON_DONG } from "./testing.ts";
import type { OnlineRecord } from "./types.ts";

const SHA = "5f2b8c0d9e7a41f3b6c2d8e9f0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3";

const record = (over: Partial<OnlineRecord> = {}): OnlineRecord => ({
  community: THON_DONG,
  number: "02/BB-TĐ",
  subject: "Về việc tổ chức Ngày hội đại đoàn kết toàn dân tộc năm 2026",
  channel: "nền tảng Cơ Sở",
  startsAt: "2026-10-01T07:00",
  endsAt: "2026-10-03T21:00",
  households: 5,
  tally: { yes: 2, no: 1, other: 0 },
  outcome: { rule: "R32 — NĐ 59/2023, Điều 5.4: 2 × 2 = 4 ≤ 5", passed: false },
  screenshot: { url: "https://coso.example/thon-dong/bieu-quyet/7/ket-qua", sha256: SHA },
  participants: [
    { name: "Phạm Thị Dung", address: "Số 3, xóm Trại, thôn Đông, xã Thanh Bình" },
    { name: "Hoàng Văn Em", address: "Số 8, xóm Trại, thôn Đông, xã Thanh Bình" },
    { name: "Ngô Thị Lan", address: "Số 12, xóm Giữa, thôn Đông, xã Thanh Bình" },
  ],
  teamLeader: "Lê Văn Cường",
  head: "Nguyễn Văn An",
  ...over,
});

const build = async (over: Partial<OnlineRecord> = {}) =>
  documentXml(await onlineRecordDocx(record(over)));

describe("onlineRecordDocx (Mẫu 03; NĐ 59/2023 Art 5.4; T64, R31, R32)", () => {
  it("T64: times, households taking part, the tally over N with its rule, the screenshot reference and the participants", async () => {
    const texts = wordParagraphs(await build()).map((p) => p.text);
    const title = texts.indexOf("BIÊN BẢN");
    expect(texts.slice(title, texts.indexOf("./.") + 1)).toEqual([
      "BIÊN BẢN",
      "Kết quả biểu quyết trực tuyến của cộng đồng dân cư thôn Đông",
      "Về việc tổ chức Ngày hội đại đoàn kết toàn dân tộc năm 2026",
      "", // the rule under the abstract
      "",
      "Hình thức: biểu quyết trực tuyến trên nền tảng Cơ Sở.",
      "Thời gian bắt đầu: 07 giờ 00, ngày 01/10/2026.",
      "Thời gian kết thúc: 21 giờ 00, ngày 03/10/2026.",
      "I. KẾT QUẢ BIỂU QUYẾT",
      "Tổng số hộ gia đình của thôn Đông: 5 hộ.",
      "Số hộ gia đình tham gia biểu quyết: 3.",
      "Số hộ gia đình không tham gia biểu quyết: 2.",
      "Phương án",
      "Số hộ",
      "Tỷ lệ trên tổng số hộ",
      "Đồng ý",
      "2",
      "40,00 %",
      "Không đồng ý",
      "1",
      "20,00 %",
      "Ý kiến khác",
      "0",
      "0,00 %",
      "Quy tắc áp dụng: R32 — NĐ 59/2023, Điều 5.4: 2 × 2 = 4 ≤ 5.",
      "Kết quả: nội dung không được thông qua.",
      "II. ẢNH CHỤP KẾT QUẢ",
      "Kết quả hiển thị khi kết thúc biểu quyết được lưu tại địa chỉ https://coso.example/thon-dong/bieu-quyet/7/ket-qua.",
      `Mã SHA-256 của kết quả: ${SHA}.`,
      "III. DANH SÁCH ĐẠI DIỆN HỘ GIA ĐÌNH THAM GIA BIỂU QUYẾT",
      "STT",
      "Họ và tên",
      "Địa chỉ thường trú",
      "1",
      "Phạm Thị Dung",
      "Số 3, xóm Trại, thôn Đông, xã Thanh Bình",
      "2",
      "Hoàng Văn Em",
      "Số 8, xóm Trại, thôn Đông, xã Thanh Bình",
      "3",
      "Ngô Thị Lan",
      "Số 12, xóm Giữa, thôn Đông, xã Thanh Bình",
      "./.",
    ]);
  });

  it("R31: participants by full name and permanent address, numbered, in the order given", async () => {
    expect(wordTables(await build())[2]).toEqual([
      ["STT", "Họ và tên", "Địa chỉ thường trú"],
      ["1", "Phạm Thị Dung", "Số 3, xóm Trại, thôn Đông, xã Thanh Bình"],
      ["2", "Hoàng Văn Em", "Số 8, xóm Trại, thôn Đông, xã Thanh Bình"],
      ["3", "Ngô Thị Lan", "Số 12, xóm Giữa, thôn Đông, xã Thanh Bình"],
    ]);
  });

  it("T57: no date line; signed by the Tổ lấy ý kiến's leader and the head; sent to UBND xã and UBMTTQ xã", async () => {
    const xml = await build();
    const tables = wordTables(xml);
    expect(tables[0]?.[1]).toEqual(["Số: 02/BB-TĐ", ""]);
    expect(tables.at(-1)).toEqual([
      [signBox("TỔ TRƯỞNG TỔ LẤY Ý KIẾN", "Lê Văn Cường"), signBox("TRƯỞNG THÔN", "Nguyễn Văn An")],
    ]);
    expect(
      wordParagraphs(xml)
        .map((p) => p.text)
        .slice(-4),
    ).toEqual(ROUTING_THON_DONG);
  });

  it("an upper-case digest is written in lower case; no participant, no table", async () => {
    const xml = await build({
      screenshot: { url: "https://coso.example/kq", sha256: SHA.toUpperCase() },
      participants: [],
      tally: { yes: 0, no: 0, other: 0 },
    });
    const texts = wordParagraphs(xml).map((p) => p.text);
    expect(texts).toContain(`Mã SHA-256 của kết quả: ${SHA}.`);
    expect(texts).toContain("Số hộ gia đình tham gia biểu quyết: 0.");
    expect(texts).toContain("Không có hộ gia đình nào tham gia biểu quyết./.");
    expect(wordTables(xml)).toHaveLength(3); // header, tally, signatures
  });

  it("refuses a record whose figures disagree or whose digest is not a SHA-256", async () => {
    await expect(onlineRecordDocx(record({ tally: { yes: 3, no: 1, other: 0 } }))).rejects.toThrow(
      "Tổng số ý kiến (3 + 1 + 0 = 4) lớn hơn số hộ tham gia (3)",
    );
    await expect(onlineRecordDocx(record({ tally: { yes: 1, no: 1, other: 0 } }))).rejects.toThrow(
      "Mỗi hộ tham gia có đúng một ý kiến: 1 + 1 + 0 ≠ 3",
    );
    await expect(onlineRecordDocx(record({ households: 2 }))).rejects.toThrow(
      "Số hộ tham gia (3) lớn hơn tổng số hộ gia đình (2)",
    );
    await expect(
      onlineRecordDocx(record({ screenshot: { url: "https://coso.example/kq", sha256: "abc" } })),
    ).rejects.toThrow("Mã SHA-256 của kết quả không hợp lệ: abc");
  });
});
