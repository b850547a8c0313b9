import { describe, expect, it } from "vitest";
import { codeProblem, parentProblem } from "./unit-rules.ts";

describe("R101 (law.md §6.1, §7.13): official codes are strings with leading zeros", () => {
  it("a province code has exactly 2 digits", () => {
    expect(codeProblem("province", "01")).toBeNull();
    expect(codeProblem("central_city", "79")).toBeNull();
    expect(codeProblem("province", "1")).toBe(
      "Mã tỉnh, thành phố phải gồm đúng 2 chữ số (ví dụ 01).",
    );
    expect(codeProblem("province", "001")).not.toBeNull();
  });
  it("a commune-level code has exactly 5 digits, leading zeros kept", () => {
    expect(codeProblem("ward", "00004")).toBeNull();
    expect(codeProblem("commune", "4")).toBe(
      "Mã xã, phường, đặc khu phải gồm đúng 5 chữ số (ví dụ 00004).",
    );
    expect(codeProblem("special_zone", "0000A")).not.toBeNull();
  });
  it("local codes for villages and workplaces: letters, digits, - and _", () => {
    expect(codeProblem("village", "00004-T01")).toBeNull();
    expect(codeProblem("enterprise", "CTY_MAY")).toBeNull();
    expect(codeProblem("village", "thôn 1")).not.toBeNull();
    expect(codeProblem("village", "x")).not.toBeNull();
    expect(codeProblem("village", "a".repeat(41))).not.toBeNull();
  });
});

describe("two-tier hierarchy since 01/07/2025 (NQ 203/2025/QH15; law.md §6)", () => {
  it("province → commune/ward/special zone → village/residential group", () => {
    expect(parentProblem("province", null)).toBeNull();
    expect(parentProblem("commune", "province")).toBeNull();
    expect(parentProblem("ward", "central_city")).toBeNull();
    expect(parentProblem("village", "commune")).toBeNull();
    expect(parentProblem("residential_group", "ward")).toBeNull();
  });
  it("no district level: a village cannot sit under a province, a commune cannot be a root", () => {
    expect(parentProblem("village", "province")).toBe("Thôn không thể trực thuộc tỉnh.");
    expect(parentProblem("commune", null)).toBe("Xã phải thuộc một đơn vị cấp trên.");
    expect(parentProblem("province", "province")).toBe(
      "Tỉnh là cấp cao nhất, không có đơn vị cấp trên.",
    );
  });
  it("agencies and enterprises attach to the unit that oversees them", () => {
    expect(parentProblem("enterprise", "ward")).toBeNull();
    expect(parentProblem("public_service_unit", "state_agency")).toBeNull();
    expect(parentProblem("enterprise", "village")).not.toBeNull();
  });
});
