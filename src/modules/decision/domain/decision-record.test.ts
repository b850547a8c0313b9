import { describe, expect, it } from "vitest";
import {
  conventionSignatureProblems,
  type DecisionRecordFields,
  missingRecordFields,
} from "./decision-record.ts";

const c = " (R34, Luật 10/2022 Điều 20.2).";
const complete: DecisionRecordFields = {
  heldOn: "2026-09-10",
  households: 120,
  attending: 90,
  absent: 30,
  content: "Đóng góp làm đường bê tông liên thôn",
  form: "meeting",
  result: { yes: 85, no: 4, other: 1 },
  decision: "Mỗi hộ góp 500.000 đồng",
  signatures: {
    head: "Trần Văn Hùng",
    frontHead: "Lê Thị Mai",
    householdRep1: "Phạm Văn Tư",
    householdRep2: "Đỗ Thị Na",
  },
};

describe("R34 (Luật 10/2022 Điều 20.2): the decision document's mandatory contents", () => {
  it("R34 (Điều 20.2): a complete record has no finding", () => {
    expect(missingRecordFields(complete)).toEqual([]);
    expect(
      missingRecordFields({
        ...complete,
        form: "ballot",
        result: "85 đồng ý, 4 không đồng ý, 1 ý kiến khác",
      }),
    ).toEqual([]);
  });

  it("R34 (Điều 20.2): an empty form names every missing field in Vietnamese", () => {
    expect(missingRecordFields({}).map((f) => [f.field, f.message])).toEqual([
      ["heldOn", `Văn bản quyết định thiếu thời gian${c}`],
      ["households", `Văn bản quyết định thiếu tổng số hộ gia đình${c}`],
      ["attending", `Văn bản quyết định thiếu số đại diện hộ gia đình tham dự${c}`],
      ["absent", `Văn bản quyết định thiếu số hộ gia đình không có đại diện tham dự${c}`],
      ["content", `Văn bản quyết định thiếu nội dung đã thảo luận${c}`],
      ["form", `Văn bản quyết định thiếu hình thức quyết định${c}`],
      ["result", `Văn bản quyết định thiếu kết quả biểu quyết${c}`],
      ["decision", `Văn bản quyết định thiếu nội dung quyết định${c}`],
      [
        "signatures.head",
        `Văn bản quyết định thiếu chữ ký của Trưởng thôn, Tổ trưởng tổ dân phố${c}`,
      ],
      [
        "signatures.frontHead",
        `Văn bản quyết định thiếu chữ ký của Trưởng ban công tác Mặt trận${c}`,
      ],
      [
        "signatures.householdRep1",
        `Văn bản quyết định thiếu chữ ký của đại diện hộ gia đình thứ nhất${c}`,
      ],
      [
        "signatures.householdRep2",
        `Văn bản quyết định thiếu chữ ký của đại diện hộ gia đình thứ hai${c}`,
      ],
    ]);
  });

  const cases: [string, DecisionRecordFields, [string, string][]][] = [
    [
      "absent ≠ N − A",
      { ...complete, absent: 29 },
      [
        [
          "absent",
          `Số hộ không có đại diện tham dự phải bằng tổng số hộ trừ số hộ tham dự: 120 − 90 = 30 (văn bản ghi 29)${c}`,
        ],
      ],
    ],
    ["all households attended, absent 0", { ...complete, attending: 120, absent: 0 }, []],
    [
      "A > N",
      { ...complete, attending: 121, absent: 0 },
      [["attending", `Số hộ tham dự (121) lớn hơn tổng số hộ gia đình (120)${c}`]],
    ],
    [
      "a negative count",
      { ...complete, households: -1 },
      [["households", `Tổng số hộ gia đình phải là số nguyên không âm (nhận được: -1)${c}`]],
    ],
    [
      "a blank text is missing",
      { ...complete, content: "   ", decision: "" },
      [
        ["content", `Văn bản quyết định thiếu nội dung đã thảo luận${c}`],
        ["decision", `Văn bản quyết định thiếu nội dung quyết định${c}`],
      ],
    ],
    [
      "an impossible date",
      { ...complete, heldOn: "2026-02-30" },
      [["heldOn", `Thời gian không hợp lệ: "2026-02-30"${c}`]],
    ],
    [
      "tally above attendance (ballots returned)",
      { ...complete, form: "ballot", result: { yes: 85, no: 5, other: 1 } },
      [["result", `Tổng số ý kiến (85 + 5 + 1 = 91) lớn hơn số hộ tham dự (90)${c}`]],
    ],
    [
      "a fractional tally",
      { ...complete, result: { yes: 1.5, no: 0, other: 0 } },
      [["result", `Kết quả biểu quyết phải là các số nguyên không âm (nhận được: 1.5, 0, 0)${c}`]],
    ],
    [
      "the same household representative twice",
      { ...complete, signatures: { ...complete.signatures, householdRep2: " phạm văn  tư" } },
      [
        [
          "signatures.householdRep2",
          `Hai đại diện hộ gia đình ký văn bản phải là hai người khác nhau${c}`,
        ],
      ],
    ],
    [
      "the head is also the Trưởng ban CTMT: one person signs twice",
      { ...complete, signatures: { ...complete.signatures, frontHead: "Trần Văn Hùng" } },
      [],
    ],
  ];
  it.each(cases)("R34 (Điều 20.2): %s", (_, record, expected) => {
    const found = missingRecordFields(record);
    expect(found.map((f) => [f.field, f.message])).toEqual(expected);
    for (const f of found) expect([f.rule, f.article]).toEqual(["R34", "Luật 10/2022 Điều 20.2"]);
  });
});

describe("R67 (NĐ 61/2023 Điều 6.1): signatures and seal on the adopted convention", () => {
  const r = " (R67, NĐ 61/2023 Điều 6.1).";
  type Input = Parameters<typeof conventionSignatureProblems>[0];
  const signed: Input = {
    head: "Trần Văn Hùng",
    frontHead: "Lê Thị Mai",
    householdReps: ["Già làng Y Ngông", "Đỗ Thị Na"],
    recognised: false,
    sealAcrossPages: false,
  };
  const cases: [string, Partial<Input>, string[]][] = [
    ["signed, awaiting recognition", {}, []],
    ["recognised and sealed across pages", { recognised: true, sealAcrossPages: true }, []],
    ["three household representatives", { householdReps: ["A", "B", "C"] }, []],
    [
      "recognised but not sealed",
      { recognised: true },
      [`Hương ước, quy ước đã được công nhận nhưng chưa đóng dấu giáp lai của UBND xã${r}`],
    ],
    [
      "sealed before recognition",
      { sealAcrossPages: true },
      [`Dấu giáp lai của UBND xã chỉ đóng sau khi hương ước, quy ước được công nhận${r}`],
    ],
    [
      "one household representative",
      { householdReps: ["Đỗ Thị Na"] },
      [`Hương ước, quy ước phải có chữ ký của 02 đại diện hộ gia đình (hiện có 1)${r}`],
    ],
    [
      "the same representative twice",
      { householdReps: ["Đỗ Thị Na", "đỗ thị na"] },
      [`Hương ước, quy ước phải có chữ ký của 02 đại diện hộ gia đình (hiện có 1)${r}`],
    ],
    [
      "no head, no Front head",
      { head: null, frontHead: " " },
      [
        `Hương ước, quy ước thiếu chữ ký của Trưởng thôn, Tổ trưởng tổ dân phố${r}`,
        `Hương ước, quy ước thiếu chữ ký của Trưởng ban công tác Mặt trận${r}`,
      ],
    ],
  ];
  it.each(cases)("R67 (NĐ 61/2023 Điều 6.1): %s", (_, change, expected) => {
    expect(conventionSignatureProblems({ ...signed, ...change }).map((f) => f.message)).toEqual(
      expected,
    );
  });
});
