import { describe, expect, it } from "vitest";
import type { ImportError } from "../../../core/errors.ts";
import { FileFormatError } from "../../../core/import/csv.ts";
import { parseUnitsCsv, parseUnitsFile, parseUnitsJson, resolveKind } from "./parse-units.ts";

const ward = (code: string, name: string, short: string, extra: Record<string, unknown> = {}) => ({
  Type: "ward",
  Code: code,
  Name: name,
  NameEn: name,
  FullName: `${short} ${name}`,
  ProvinceCode: "01",
  AdministrativeUnitShortName: short,
  ...extra,
});

const hanoi = {
  Type: "province",
  Code: "01",
  Name: "Hà Nội",
  NameEn: "Hanoi",
  FullName: "Thành phố Hà Nội",
  AdministrativeUnitShortName: "Thành phố",
  Wards: [ward("00004", "Ba Đình", "Phường"), ward("00008", "Sóc Sơn", "Xã")],
};

describe("parseUnitsJson", () => {
  it("reads provinces and their wards with JSON locators", () => {
    const quangNinh = {
      Code: "22",
      Name: "Quảng Ninh",
      FullName: "Tỉnh Quảng Ninh",
      AdministrativeUnitShortName: "Tỉnh",
      Wards: [{ ...ward("07192", "Vân Đồn", "Đặc khu"), ProvinceCode: "22" }],
    };
    expect(parseUnitsJson(JSON.stringify([hanoi, quangNinh]))).toEqual([
      row("[0]", "01", "Hà Nội", "Thành phố Hà Nội", "Hanoi", "central_city", null),
      row("[0].Wards[0]", "00004", "Ba Đình", "Phường Ba Đình", "Ba Đình", "ward", "01"),
      row("[0].Wards[1]", "00008", "Sóc Sơn", "Xã Sóc Sơn", "Sóc Sơn", "commune", "01"),
      row("[1]", "22", "Quảng Ninh", "Tỉnh Quảng Ninh", null, "province", null),
      row("[1].Wards[0]", "07192", "Vân Đồn", "Đặc khu Vân Đồn", "Vân Đồn", "special_zone", "22"),
    ]);
  });

  it("reports wrong types on the item instead of guessing", () => {
    const rows = parseUnitsJson(
      JSON.stringify([
        { ...hanoi, Code: 1, Wards: [ward("00004", "Ba Đình", "Phường", { Name: ["x"] }), "oops"] },
        { ...hanoi, Code: "02", Wards: "none" },
        { ...hanoi, Code: "03", Wards: [ward("00010", "X", "Xã", { ProvinceCode: "04" })] },
      ]),
    );
    expect(rows.map((r) => [r.line, r.code, r.problems])).toEqual([
      [
        "[0]",
        "1",
        ['Code phải là chuỗi ký tự (ví dụ "01"), không phải số: số 0 ở đầu mã sẽ bị mất.'],
      ],
      ["[0].Wards[0]", "00004", ["Name phải là chuỗi ký tự."]],
      [
        "[0].Wards[1]",
        "",
        ["Mục phải là một đối tượng JSON có Code, Name, AdministrativeUnitShortName."],
      ],
      ["[1]", "02", ["Wards phải là một mảng các xã, phường, đặc khu."]],
      ["[2]", "03", []],
      ["[2].Wards[0]", "00010", ["ProvinceCode “04” khác mã “03” của tỉnh chứa mục này."]],
    ]);
  });

  it("keeps an unknown kind as written, for the command to refuse", () => {
    const rows = parseUnitsJson(
      JSON.stringify([{ ...hanoi, AdministrativeUnitShortName: "Huyện", Wards: [] }]),
    );
    expect(rows[0]!.kind).toBe("Huyện");
  });

  it("refuses what is not a JSON array", () => {
    expect(() => parseUnitsJson("{")).toThrow(FileFormatError);
    expect(() => parseUnitsJson('{"Code":"01"}')).toThrow(
      "Tệp JSON phải là một mảng các tỉnh, thành phố (như bộ vn-admin-units).",
    );
  });
});

describe("parseUnitsCsv", () => {
  it("reads the header's columns in any order, with kinds in English or Vietnamese", () => {
    const text = [
      "name,code,parent_code,kind,full_name",
      'Đông,99001-T01,99001,village,"Thôn Đông"',
      "Nà Cà,99001-T03,99001,Bản,",
      "số 1,99002-TDP1,99002,tổ dân phố,",
      "Thanh Bình,99001,99,Xã,",
    ].join("\r\n");
    expect(parseUnitsCsv(text)).toEqual([
      row(2, "99001-T01", "Đông", "Thôn Đông", null, "village", "99001"),
      { ...row(3, "99001-T03", "Nà Cà", null, null, "village", "99001"), localKindName: "Bản" },
      {
        ...row(4, "99002-TDP1", "số 1", null, null, "residential_group", "99002"),
        localKindName: "Tổ dân phố",
      },
      row(5, "99001", "Thanh Bình", null, null, "commune", "99"),
    ]);
  });

  it("takes local_kind_name and name_en columns, and reports a short row", () => {
    const rows = parseUnitsCsv(
      "code,name,kind,parent_code,name_en,local_kind_name\nT1,Đông,village,99001,East,Ấp\nT2,Tây,village\n",
    );
    expect(rows[0]).toMatchObject({ nameEn: "East", localKindName: "Ấp", problems: [] });
    expect(rows[1]).toMatchObject({
      line: 3,
      parentCode: null,
      problems: ["Dòng có 3 cột, dòng tiêu đề có 6 cột."],
    });
  });

  it("names missing columns at line 1", () => {
    try {
      parseUnitsCsv("ma,ten\n01,Hà Nội\n");
      expect.unreachable();
    } catch (e) {
      expect((e as ImportError).rows).toEqual([
        {
          line: 1,
          message: "Thiếu cột kind: dòng đầu phải là tiêu đề code,name,kind,parent_code.",
        },
      ]);
    }
  });

  it("accepts a semicolon-separated export", () => {
    expect(parseUnitsCsv("code;name;kind\n01;Hà Nội;Thành phố\n")[0]).toMatchObject({
      code: "01",
      name: "Hà Nội",
      kind: "central_city",
    });
  });
});

describe("resolveKind", () => {
  it("maps English values, Vietnamese names and local words", () => {
    expect(resolveKind("special_zone")).toEqual({ kind: "special_zone", localKindName: null });
    expect(resolveKind("Đặc khu")).toEqual({ kind: "special_zone", localKindName: null });
    expect(resolveKind("PHƯỜNG")).toEqual({ kind: "ward", localKindName: null });
    expect(resolveKind("Thành phố trực thuộc trung ương")).toEqual({
      kind: "central_city",
      localKindName: null,
    });
    expect(resolveKind("ấp")).toEqual({ kind: "village", localKindName: "Ấp" });
    expect(resolveKind("Khu phố")).toEqual({ kind: "residential_group", localKindName: "Khu phố" });
    expect(resolveKind("Huyện")).toBeNull();
  });
});

describe("parseUnitsFile", () => {
  it("chooses the reader by extension or by content, and refuses other files", () => {
    const json = Buffer.from(JSON.stringify([hanoi]));
    expect(parseUnitsFile("units.JSON", json)).toHaveLength(3);
    expect(parseUnitsFile("units", json)).toHaveLength(3);
    expect(
      parseUnitsFile("units.csv", Buffer.from("code,name,kind\n01,Hà Nội,Tỉnh\n")),
    ).toHaveLength(1);
    expect(() => parseUnitsFile("units.xlsx", Buffer.from("PK"))).toThrow(
      "Không nhận tệp .xlsx: tệp đơn vị phải là JSON hoặc CSV (UTF-8).",
    );
  });
});

function row(
  line: number | string,
  code: string,
  name: string,
  fullName: string | null,
  nameEn: string | null,
  kind: string,
  parentCode: string | null,
) {
  return {
    line,
    code,
    name,
    fullName,
    nameEn,
    kind,
    localKindName: null,
    parentCode,
    problems: [],
  };
}
