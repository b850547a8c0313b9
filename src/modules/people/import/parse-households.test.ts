import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { ImportError } from "../../../core/errors.ts";
import { FileFormatError } from "../../../core/import/csv.ts";
import {
  parseHouseholdsCsv,
  parseHouseholdsFile,
  parseHouseholdsXlsx,
} from "./parse-households.ts";

const HEADER =
  "village_code,household_code,address,full_name,birth_date,sex,id_number,relation,representative";

const member = (line: number, over: Record<string, unknown> = {}) => ({
  line,
  fullName: "",
  birthDate: null,
  sex: null,
  idNumber: null,
  relation: "",
  isRepresentative: false,
  problems: [],
  ...over,
});

describe("parseHouseholdsCsv", () => {
  it("groups member rows into households, wherever they sit in the file", () => {
    const text = [
      HEADER,
      'T01,H001,"Số 1, thôn Đông",Nguyễn Văn An,1980-03-15,Nam,099080000001,Chủ hộ,x',
      "T01,H002,Số 2,Trần Thị Bình,05/06/1985,Nữ,099185000002,Chủ hộ,1",
      "T01,H001,,Lê Thị Cúc,1/2/1982,nữ,,Vợ,",
      "T02,H001,Số 1 tổ 2,Phạm Văn Dũng,,male,,Chủ hộ,có",
    ].join("\r\n");
    expect(parseHouseholdsCsv(text)).toEqual([
      {
        line: 2,
        villageCode: "T01",
        code: "H001",
        address: "Số 1, thôn Đông",
        members: [
          member(2, {
            fullName: "Nguyễn Văn An",
            birthDate: "1980-03-15",
            sex: "male",
            idNumber: "099080000001",
            relation: "Chủ hộ",
            isRepresentative: true,
          }),
          member(4, {
            fullName: "Lê Thị Cúc",
            birthDate: "1982-02-01",
            sex: "female",
            relation: "Vợ",
          }),
        ],
      },
      {
        line: 3,
        villageCode: "T01",
        code: "H002",
        address: "Số 2",
        members: [
          member(3, {
            fullName: "Trần Thị Bình",
            birthDate: "1985-06-05",
            sex: "female",
            idNumber: "099185000002",
            relation: "Chủ hộ",
            isRepresentative: true,
          }),
        ],
      },
      {
        line: 5,
        villageCode: "T02",
        code: "H001",
        address: "Số 1 tổ 2",
        members: [
          member(5, {
            fullName: "Phạm Văn Dũng",
            sex: "male",
            relation: "Chủ hộ",
            isRepresentative: true,
          }),
        ],
      },
    ]);
  });

  it("accepts the Vietnamese headers in another order, with semicolons", () => {
    const text = "Chủ hộ;Họ tên;Quan hệ;Địa chỉ;Mã hộ;Mã thôn\nx;Đỗ Văn Em;Chủ hộ;Số 9;H9;T01\n";
    expect(parseHouseholdsCsv(text)).toEqual([
      {
        line: 2,
        villageCode: "T01",
        code: "H9",
        address: "Số 9",
        members: [member(2, { fullName: "Đỗ Văn Em", relation: "Chủ hộ", isRepresentative: true })],
      },
    ]);
  });

  it("records unreadable values and a second address on the row", () => {
    const text = [
      HEADER,
      "T01,H001,Số 1,An,31/02/1980,Nam,,Chủ hộ,x",
      "T01,H001,Số 7,Bình,1980/01/01,khác,,Con,maybe",
    ].join("\n");
    const [h] = parseHouseholdsCsv(text);
    expect(h!.members.map((m) => m.problems)).toEqual([
      ["Ngày sinh “31/02/1980” không phải là ngày có thật."],
      [
        "Ngày sinh “1980/01/01” không đọc được: dùng dạng ngày/tháng/năm (31/12/1980) hoặc 1980-12-31.",
        "Giới tính “khác” không hợp lệ: ghi Nam hoặc Nữ.",
        "Cột chủ hộ “maybe” không hiểu được: đánh x (hoặc 1, có) ở chủ hộ, để trống ở người khác.",
        "Địa chỉ khác với dòng 2 của cùng hộ H001.",
      ],
    ]);
  });

  it("keeps a row without codes on its own, and skips empty rows", () => {
    const text = [HEADER, ",,,,,,,,", "T01,,Số 1,An,,,,Chủ hộ,x", ",H1,Số 2,Bình,,,,Chủ hộ,x"].join(
      "\n",
    );
    expect(parseHouseholdsCsv(text).map((h) => [h.line, h.villageCode, h.code])).toEqual([
      [3, "T01", ""],
      [4, "", "H1"],
    ]);
  });

  it("names the missing columns at the header line", () => {
    try {
      parseHouseholdsCsv("ma_thon,ma_ho,ho_ten\nT01,H1,An\n");
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ImportError);
      expect((e as ImportError).rows).toEqual([
        {
          line: 1,
          message:
            "Thiếu cột address, relation, representative ở dòng tiêu đề (có thể dùng tên tiếng Việt: dia_chi, quan_he, chu_ho).",
        },
      ]);
    }
  });
});

describe("parseHouseholdsXlsx", () => {
  it("reads the first worksheet: date cells, text, rich text, booleans and formulas", async () => {
    const bytes = await workbook((sheet) => {
      sheet.addRow([
        "Mã thôn",
        "Mã hộ",
        "Địa chỉ",
        "Họ tên",
        "Ngày sinh",
        "Giới tính",
        "Số CCCD",
        "Quan hệ",
        "Chủ hộ",
      ]);
      sheet.addRow([
        "T01",
        "H001",
        "Số 1",
        "Nguyễn Văn An",
        new Date(Date.UTC(1980, 2, 15)),
        "Nam",
        "099080000001",
        "Chủ hộ",
        true,
      ]);
      sheet.addRow([
        "T01",
        "H001",
        null,
        { richText: [{ text: "Lê Thị " }, { text: "Cúc", font: { bold: true } }] },
        29983, // an Excel serial day: 1982-02-01
        "Nữ",
        null,
        { formula: '"V"&"ợ"', result: "Vợ" },
        null,
      ]);
    });
    expect(await parseHouseholdsXlsx(bytes)).toEqual([
      {
        line: 2,
        villageCode: "T01",
        code: "H001",
        address: "Số 1",
        members: [
          member(2, {
            fullName: "Nguyễn Văn An",
            birthDate: "1980-03-15",
            sex: "male",
            idNumber: "099080000001",
            relation: "Chủ hộ",
            isRepresentative: true,
          }),
          member(3, {
            fullName: "Lê Thị Cúc",
            birthDate: "1982-02-01",
            sex: "female",
            relation: "Vợ",
          }),
        ],
      },
    ]);
  });

  it("finds the header below a title", async () => {
    const bytes = await workbook((sheet) => {
      sheet.addRow(["SỔ HỘ GIA ĐÌNH THÔN ĐÔNG"]);
      sheet.addRow([]);
      sheet.addRow([
        "STT",
        "Mã thôn",
        "Mã hộ",
        "Địa chỉ",
        "Họ và tên",
        "Quan hệ với chủ hộ",
        "Chủ hộ",
      ]);
      sheet.addRow([1, "T01", "H001", "Số 1", "Nguyễn Văn An", "Chủ hộ", "x"]);
    });
    expect(await parseHouseholdsXlsx(bytes)).toEqual([
      {
        line: 4,
        villageCode: "T01",
        code: "H001",
        address: "Số 1",
        members: [
          member(4, { fullName: "Nguyễn Văn An", relation: "Chủ hộ", isRepresentative: true }),
        ],
      },
    ]);
  });

  it("explains an ID number Excel stored as a number", async () => {
    const bytes = await workbook((sheet) => {
      sheet.addRow(HEADER.split(","));
      sheet.addRow(["T01", "H001", "Số 1", "An", null, null, 1080000001, "Chủ hộ", "x"]);
    });
    const [h] = await parseHouseholdsXlsx(bytes);
    expect(h!.members[0]).toMatchObject({
      idNumber: "1080000001",
      problems: [
        "Số CCCD bị Excel lưu thành số nên mất chữ số 0 ở đầu: định dạng cột Số CCCD là Văn bản (Text) rồi nhập lại.",
      ],
    });
  });

  it("refuses a file that is not a workbook", async () => {
    await expect(parseHouseholdsXlsx(Buffer.from("not a zip"))).rejects.toBeInstanceOf(
      FileFormatError,
    );
  });
});

describe("parseHouseholdsFile", () => {
  it("chooses the reader by extension and refuses .xls and others", async () => {
    const csv = Buffer.from(`\uFEFF${HEADER}\nT01,H1,Số 1,An,,,,Chủ hộ,x\n`);
    expect(await parseHouseholdsFile("ho.CSV", csv)).toHaveLength(1);
    await expect(parseHouseholdsFile("ho.xls", csv)).rejects.toThrow(
      "Không nhận tệp .xls (Excel 97–2003): hãy lưu lại dạng .xlsx hoặc CSV UTF-8.",
    );
    await expect(parseHouseholdsFile("ho.pdf", csv)).rejects.toThrow(
      "Không nhận tệp .pdf: tệp hộ gia đình phải là CSV hoặc XLSX.",
    );
  });
});

async function workbook(fill: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  fill(wb.addWorksheet("Hộ gia đình"));
  wb.addWorksheet("Ghi chú").addRow(["ignored"]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
