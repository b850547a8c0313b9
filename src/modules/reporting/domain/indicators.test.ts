import { describe, expect, it } from "vitest";
import {
  checkDefinitions,
  checkValue,
  type IndicatorDefinition,
  type IndicatorValue,
  percentText,
  perMille,
} from "./indicators.ts";
import { ReportingError } from "./refusal.ts";
import { onTime, received } from "./testing.ts";

describe("indicators (issue #6 §3): whole numbers only, shares as numerator and denominator", () => {
  it.each([
    [1, 3, 333],
    [2, 3, 667],
    [1, 8, 125],
    // 0.5 ‰ rounds half up.
    [1, 2000, 1],
    [0, 5, 0],
    [5, 5, 1000],
    [0, 0, null],
  ])("issue #6 §4: %i of %i is %s ‰ (integer arithmetic, half up)", (n, den, expected) => {
    expect(perMille(n, den)).toBe(expected);
  });

  it("per mille is written the Vietnamese way", () => {
    expect(percentText(667)).toBe("66,7 %");
    expect(percentText(1000)).toBe("100,0 %");
    expect(percentText(5)).toBe("0,5 %");
    expect(percentText(null)).toBe("—");
  });

  it.each<[IndicatorDefinition, IndicatorValue, string]>([
    [
      received,
      { kind: "count", value: -1 },
      'Chỉ tiêu "Số phản ánh, kiến nghị tiếp nhận" phải là số nguyên không âm, nhận được: -1.',
    ],
    [
      received,
      { kind: "count", value: 2.5 },
      'Chỉ tiêu "Số phản ánh, kiến nghị tiếp nhận" phải là số nguyên không âm, nhận được: 2.5.',
    ],
    [
      received,
      { kind: "share", numerator: 1, denominator: 2 },
      'Chỉ tiêu "Số phản ánh, kiến nghị tiếp nhận" là số đếm, không nhận giá trị loại khác.',
    ],
    [
      onTime,
      { kind: "share", numerator: 6, denominator: 5 },
      'Chỉ tiêu "Tỷ lệ trả lời đúng hạn": tử số (6) không được lớn hơn mẫu số (5).',
    ],
    [
      onTime,
      { kind: "share", numerator: 1, denominator: -5 },
      'Chỉ tiêu "Tỷ lệ trả lời đúng hạn": tử số và mẫu số phải là số nguyên không âm.',
    ],
  ])("a bad value is refused: %j %j", (definition, value, message) => {
    expect(() => checkValue(definition, value)).toThrow(ReportingError);
    expect(() => checkValue(definition, value)).toThrow(message);
  });

  it("a share equal to its whole, and an empty whole, are accepted", () => {
    expect(() => checkValue(onTime, { kind: "share", numerator: 5, denominator: 5 })).not.toThrow();
    expect(() => checkValue(onTime, { kind: "share", numerator: 0, denominator: 0 })).not.toThrow();
  });

  it.each<[IndicatorDefinition[], string]>([
    [
      [{ ...received, id: "Inbox items" }],
      'Mã chỉ tiêu "Inbox items" phải có dạng "module.ten_chi_tieu".',
    ],
    [[received, received], 'Chỉ tiêu "inbox.items_received" được khai báo hai lần.'],
    [[{ ...received, title: " " }], 'Chỉ tiêu "inbox.items_received" chưa có tên.'],
  ])("bad definitions are refused: %j", (definitions, message) => {
    expect(() => checkDefinitions(definitions)).toThrow(message);
  });
});
