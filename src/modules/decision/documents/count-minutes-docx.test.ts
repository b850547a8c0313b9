import { describe, expect, it } from "vitest";
import {
  documentXml,
  QUOC_HIEU,
  TIEU_NGU,
  wordParagraphs,
  wordTables,
} from "../../../core/documents/index.ts";
import { countMinutesDocx } from "./count-minutes-docx.ts";
import { ROUTING_THON_DONG, signBox, THON_DONG } from "./testing.ts";
import type { CountMinutes } from "./types.ts";

const household = (over: Partial<CountMinutes> = {}): CountMinutes => ({
  kind: "phát phiếu",
  community: THON_DONG,
  number: null,
  subject: "Về mức đóng góp xây dựng đường bê tông xóm Trại",
  startsAt: "2026-09-21T08:00",
  endsAt: "2026-09-21T10:15",
  venue: "Nhà văn hóa thôn Đông",
  team: [
    { name: "Lê Văn Cường", role: "Tổ trưởng Tổ phát phiếu" },
    { name: "Phạm Văn Giang", role: "Thành viên Tổ phát phiếu" },
    { name: "Đỗ Thị Hoa", role: "Thành viên Tổ phát phiếu" },
  ],
  witnesses: ["Phạm Thị Dung", "Hoàng Văn Em"],
  households: 100,
  ballots: {
    issued: 100,
    returned: 90,
    valid: 86,
    invalid: 3,
    duplicates: 1,
    yes: 70,
    no: 12,
    other: 4,
  },
  outcome: { rule: "R25 — Luật 10/2022, Điều 21.1: 3 × 70 = 210 ≥ 2 × 100", passed: true },
  ...over,
});

const meeting = (over: Partial<CountMinutes> = {}): CountMinutes =>
  household({
    kind: "cuộc họp",
    number: "03/BB-TĐ",
    subject: "Về việc bầu Trưởng thôn nhiệm kỳ 2026–2028",
    startsAt: "2026-09-12T20:10",
    endsAt: "2026-09-12T20:40",
    team: [
      { name: "Lê Văn Cường", role: "Trưởng Ban kiểm phiếu" },
      { name: "Phạm Văn Giang", role: "Thành viên Ban kiểm phiếu" },
      { name: "Đỗ Thị Hoa", role: "Thành viên Ban kiểm phiếu" },
      { name: "Vũ Văn Khoa", role: "Thành viên Ban kiểm phiếu" },
      { name: "Ngô Thị Lan", role: "Thành viên Ban kiểm phiếu" },
    ],
    represented: 80,
    ballots: {
      issued: 80,
      returned: 80,
      valid: 78,
      invalid: 2,
      duplicates: 0,
      yes: 55,
      no: 20,
      other: 3,
    },
    outcome: { rule: "R26 — Luật 10/2022, Điều 21.1: 2 × 55 = 110 > 100", passed: true },
    ...over,
  });

const texts = async (m: CountMinutes) =>
  wordParagraphs(documentXml(await countMinutesDocx(m))).map((p) => p.text);

/** From the first line of the body to the closing line. */
const body = (all: string[]) =>
  all.slice(
    all.findIndex((t) => t.startsWith("Thời gian bắt đầu")),
    all.findIndex((t) => t.endsWith("./.")) + 1,
  );

describe("countMinutesDocx of household ballots (Mẫu 04; NĐ 59/2023 Art 4.6a; R28, R30)", () => {
  it("T57: a biên bản with no date line, titled for the ballot and its subject", async () => {
    const xml = documentXml(await countMinutesDocx(household()));
    expect(wordTables(xml)[0]).toEqual([
      ["XÃ THANH BÌNH\nTHÔN ĐÔNG\n", `${QUOC_HIEU}\n${TIEU_NGU}\n`],
      ["Số:      /BB", ""],
    ]);
    const all = wordParagraphs(xml).map((p) => p.text);
    const title = all.indexOf("BIÊN BẢN");
    expect(all.slice(title, title + 3)).toEqual([
      "BIÊN BẢN",
      "Kiểm phiếu lấy ý kiến hộ gia đình thôn Đông bằng phiếu",
      "Về mức đóng góp xây dựng đường bê tông xóm Trại",
    ]);
  });

  it("R30: the team, the two witnesses, ballots issued / returned / valid / invalid / duplicates and the tally over N", async () => {
    expect(body(await texts(household()))).toEqual([
      "Thời gian bắt đầu: 08 giờ 00, ngày 21/09/2026.",
      "Địa điểm: Nhà văn hóa thôn Đông.",
      "I. TỔ PHÁT PHIẾU",
      "1. Lê Văn Cường — Tổ trưởng Tổ phát phiếu.",
      "2. Phạm Văn Giang — Thành viên Tổ phát phiếu.",
      "3. Đỗ Thị Hoa — Thành viên Tổ phát phiếu.",
      "II. NGƯỜI CHỨNG KIẾN (ĐẠI DIỆN HỘ GIA ĐÌNH)",
      "1. Phạm Thị Dung.",
      "2. Hoàng Văn Em.",
      "III. KẾT QUẢ KIỂM PHIẾU",
      "Tổng số hộ gia đình của thôn Đông: 100 hộ.",
      "Số phiếu phát ra: 100.",
      "Số phiếu thu về: 90.",
      "Số phiếu hợp lệ: 86.",
      "Số phiếu không hợp lệ: 3.",
      "Số phiếu trùng hộ (đã đánh dấu, không tính): 1.",
      "Phương án",
      "Số hộ",
      "Tỷ lệ trên tổng số hộ",
      "Đồng ý",
      "70",
      "70,00 %",
      "Không đồng ý",
      "12",
      "12,00 %",
      "Ý kiến khác",
      "4",
      "4,00 %",
      "Quy tắc áp dụng: R25 — Luật 10/2022, Điều 21.1: 3 × 70 = 210 ≥ 2 × 100.",
      "Kết quả: nội dung được thông qua.",
      "Việc kiểm phiếu kết thúc vào 10 giờ 15, ngày 21/09/2026./.",
    ]);
  });

  it("R30: signed by every member of the team, then by the two witnesses; sent to UBND xã and UBMTTQ xã", async () => {
    const buffer = await countMinutesDocx(household());
    const xml = documentXml(buffer);
    expect(wordTables(xml).slice(2)).toEqual([
      [
        [
          signBox("TỔ TRƯỞNG TỔ PHÁT PHIẾU", "Lê Văn Cường"),
          signBox("THÀNH VIÊN TỔ PHÁT PHIẾU", "Phạm Văn Giang"),
          signBox("THÀNH VIÊN TỔ PHÁT PHIẾU", "Đỗ Thị Hoa"),
        ],
      ],
      [[signBox("NGƯỜI CHỨNG KIẾN", "Phạm Thị Dung"), signBox("NGƯỜI CHỨNG KIẾN", "Hoàng Văn Em")]],
    ]);
    expect((await texts(household())).slice(-4)).toEqual(ROUTING_THON_DONG);
  });
});

describe("countMinutesDocx at a meeting (Mẫu 02; NĐ 59/2023 Art 3.5c; R22)", () => {
  it("R22: the Ban kiểm phiếu, the representatives present, and 3 copies to UBND xã, UBMTTQ xã and the village", async () => {
    const all = await texts(meeting());
    const title = all.indexOf("BIÊN BẢN");
    expect(all.slice(title, title + 3)).toEqual([
      "BIÊN BẢN",
      "Kiểm phiếu biểu quyết kín tại cuộc họp cộng đồng dân cư thôn Đông",
      "Về việc bầu Trưởng thôn nhiệm kỳ 2026–2028",
    ]);
    const lines = body(all);
    expect(lines.slice(0, 10)).toEqual([
      "Thời gian bắt đầu: 20 giờ 10, ngày 12/09/2026.",
      "Địa điểm: Nhà văn hóa thôn Đông.",
      "I. BAN KIỂM PHIẾU",
      "1. Lê Văn Cường — Trưởng Ban kiểm phiếu.",
      "2. Phạm Văn Giang — Thành viên Ban kiểm phiếu.",
      "3. Đỗ Thị Hoa — Thành viên Ban kiểm phiếu.",
      "4. Vũ Văn Khoa — Thành viên Ban kiểm phiếu.",
      "5. Ngô Thị Lan — Thành viên Ban kiểm phiếu.",
      "II. NGƯỜI CHỨNG KIẾN (ĐẠI DIỆN HỘ GIA ĐÌNH)",
      "1. Phạm Thị Dung.",
    ]);
    expect(lines.slice(11, 19)).toEqual([
      "III. KẾT QUẢ KIỂM PHIẾU",
      "Tổng số hộ gia đình của thôn Đông: 100 hộ.",
      "Số đại diện hộ gia đình tham dự: 80.",
      "Số phiếu phát ra: 80.",
      "Số phiếu thu về: 80.",
      "Số phiếu hợp lệ: 78.",
      "Số phiếu không hợp lệ: 2.",
      "Số phiếu trùng hộ (đã đánh dấu, không tính): 0.",
    ]);
    expect(lines.slice(-4)).toEqual([
      "Quy tắc áp dụng: R26 — Luật 10/2022, Điều 21.1: 2 × 55 = 110 > 100.",
      "Kết quả: nội dung được thông qua.",
      "Biên bản được lập thành 03 bản: 01 bản gửi UBND xã Thanh Bình, 01 bản gửi UBMTTQ Việt Nam xã Thanh Bình, 01 bản lưu tại thôn Đông.",
      "Việc kiểm phiếu kết thúc vào 20 giờ 40, ngày 12/09/2026./.",
    ]);
  });

  it("five tellers sign in rows of three and two, the witnesses last", async () => {
    const xml = documentXml(await countMinutesDocx(meeting()));
    const rows = wordTables(xml).slice(2);
    expect(rows.map((t) => t[0]?.length)).toEqual([3, 2, 2]);
    expect(rows[1]?.[0]).toEqual([
      signBox("THÀNH VIÊN BAN KIỂM PHIẾU", "Vũ Văn Khoa"),
      signBox("THÀNH VIÊN BAN KIỂM PHIẾU", "Ngô Thị Lan"),
    ]);
    expect(rows[2]?.[0]?.[1]).toBe(signBox("NGƯỜI CHỨNG KIẾN", "Hoàng Văn Em"));
  });
});

describe("countMinutesDocx refuses a count the law or arithmetic rules out", () => {
  it("R22, R28: a team of 3 to 5", async () => {
    const team = household().team;
    await expect(countMinutesDocx(household({ team: team.slice(0, 2) }))).rejects.toThrow(
      "Tổ phát phiếu phải có từ 3 đến 5 người (có 2)",
    );
    const six = [...meeting().team, { name: "Trịnh Văn M", role: "Thành viên Ban kiểm phiếu" }];
    await expect(countMinutesDocx(meeting({ team: six }))).rejects.toThrow(
      "Ban kiểm phiếu phải có từ 3 đến 5 người (có 6)",
    );
  });

  it("R30: two different witnesses", async () => {
    await expect(
      countMinutesDocx(household({ witnesses: ["Phạm Thị Dung", " Phạm Thị Dung "] })),
    ).rejects.toThrow("Việc kiểm phiếu cần 2 đại diện hộ gia đình khác nhau chứng kiến");
    await expect(countMinutesDocx(household({ witnesses: ["Phạm Thị Dung", ""] }))).rejects.toThrow(
      "Việc kiểm phiếu cần 2 đại diện hộ gia đình khác nhau chứng kiến",
    );
  });

  it("ballots that do not add up", async () => {
    const b = household().ballots;
    await expect(
      countMinutesDocx(household({ ballots: { ...b, returned: 101, issued: 101 } })),
    ).rejects.toThrow(
      "Số phiếu thu về (101) phải bằng hợp lệ + không hợp lệ + trùng hộ (86 + 3 + 1)",
    );
    await expect(countMinutesDocx(household({ ballots: { ...b, issued: 80 } }))).rejects.toThrow(
      "Số phiếu thu về (90) lớn hơn số phiếu phát ra (80)",
    );
    await expect(countMinutesDocx(household({ ballots: { ...b, other: 3 } }))).rejects.toThrow(
      "Mỗi phiếu hợp lệ có đúng một lựa chọn: 70 + 12 + 3 ≠ 86",
    );
    await expect(countMinutesDocx(household({ households: 89 }))).rejects.toThrow(
      "Số phiếu thu về (90) lớn hơn tổng số hộ gia đình (89)",
    );
  });

  it("a meeting's count needs the representatives present, and issues no more ballots than them", async () => {
    await expect(countMinutesDocx(meeting({ represented: undefined }))).rejects.toThrow(
      "Biên bản kiểm phiếu tại cuộc họp cần số đại diện hộ gia đình tham dự",
    );
    await expect(countMinutesDocx(meeting({ represented: 79 }))).rejects.toThrow(
      "Số phiếu phát ra (80) phải không lớn hơn số đại diện tham dự (79)",
    );
  });
});
