import { describe, expect, it } from "vitest";
import { ImportError } from "../errors.ts";
import {
  columnIndex,
  decodeUtf8,
  detectDelimiter,
  FileFormatError,
  normaliseHeader,
  parseCsv,
} from "./csv.ts";

describe("parseCsv (RFC 4180)", () => {
  it("reads plain records with their line numbers", () => {
    expect(parseCsv("a,b,c\n1,2,3\n")).toEqual([
      { line: 1, fields: ["a", "b", "c"] },
      { line: 2, fields: ["1", "2", "3"] },
    ]);
  });

  it("accepts a BOM, CRLF and a missing final newline", () => {
    expect(parseCsv("\uFEFFcode,name\r\n01,Hà Nội\r\n02,Hà Giang")).toEqual([
      { line: 1, fields: ["code", "name"] },
      { line: 2, fields: ["01", "Hà Nội"] },
      { line: 3, fields: ["02", "Hà Giang"] },
    ]);
  });

  it("keeps commas, doubled quotes and line breaks inside quotes, counting lines", () => {
    const text = 'a,b\n"Số 1, đường ""Lê Lợi""","dòng một\r\ndòng hai"\nx,y\n';
    expect(parseCsv(text)).toEqual([
      { line: 1, fields: ["a", "b"] },
      { line: 2, fields: ['Số 1, đường "Lê Lợi"', "dòng một\r\ndòng hai"] },
      { line: 4, fields: ["x", "y"] },
    ]);
  });

  it("skips blank lines but keeps empty fields and a quoted empty record", () => {
    expect(parseCsv('a,b\n\n,\n""\n\r\nc,\n')).toEqual([
      { line: 1, fields: ["a", "b"] },
      { line: 3, fields: ["", ""] },
      { line: 4, fields: [""] },
      { line: 6, fields: ["c", ""] },
    ]);
  });

  it("reads a lone CR as a line break", () => {
    expect(parseCsv("a\rb")).toEqual([
      { line: 1, fields: ["a"] },
      { line: 2, fields: ["b"] },
    ]);
  });

  it("uses another delimiter when asked", () => {
    expect(parseCsv('a;"b;c"\n1;2', ";")).toEqual([
      { line: 1, fields: ["a", "b;c"] },
      { line: 2, fields: ["1", "2"] },
    ]);
  });

  it("reports an unclosed quote at the line it opens", () => {
    const err = catchError(() => parseCsv('a,b\n1,"open\nmore\n'));
    expect(err).toBeInstanceOf(ImportError);
    expect((err as ImportError).rows).toEqual([
      { line: 2, message: "Dấu ngoặc kép mở ở dòng này không được đóng đến hết tệp." },
    ]);
  });

  it("reports text after a closing quote", () => {
    const err = catchError(() => parseCsv('a\n"x"y\n'));
    expect((err as ImportError).rows).toEqual([
      { line: 2, message: "Sau dấu ngoặc kép đóng một ô phải là dấu phân cách hoặc xuống dòng." },
    ]);
  });
});

describe("detectDelimiter", () => {
  it("picks the delimiter of the header line", () => {
    expect(detectDelimiter("a,b,c\n1;2")).toBe(",");
    expect(detectDelimiter("ma_thon;ma_ho;dia_chi\n")).toBe(";");
    expect(detectDelimiter("a\tb\n")).toBe("\t");
    expect(detectDelimiter('"x,y";z\n')).toBe(";");
    expect(detectDelimiter("single")).toBe(",");
  });
});

describe("decodeUtf8", () => {
  it("decodes UTF-8 and refuses a legacy code page", () => {
    expect(decodeUtf8(Buffer.from("Đặc khu", "utf8"))).toBe("Đặc khu");
    // "Đ" in Windows-1258 is the single byte 0xD0, not valid UTF-8 here.
    expect(() => decodeUtf8(Buffer.from([0xd0, 0x61, 0x20]))).toThrow(FileFormatError);
  });
});

describe("headers", () => {
  it("folds Vietnamese headers to snake_case", () => {
    expect(normaliseHeader(" Mã thôn ")).toBe("ma_thon");
    expect(normaliseHeader("Số CCCD")).toBe("so_cccd");
    expect(normaliseHeader("ĐỊA CHỈ")).toBe("dia_chi");
    expect(normaliseHeader("parent_code")).toBe("parent_code");
  });

  it("finds columns by any alias", () => {
    const aliases = { code: ["code", "ma"], name: ["name", "ten"], kind: ["kind"] } as const;
    expect(columnIndex(["Tên", "MÃ", "other"], aliases)).toEqual({ code: 1, name: 0 });
  });
});

function catchError(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error("expected an error");
}
