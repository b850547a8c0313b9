import { describe, expect, it } from "vitest";
import {
  attendanceTest,
  communeOutcome,
  consentValidThrough,
  conventionMeetingValidity,
  conventionOutcome,
  initiativeTabling,
  optInOutcome,
  perVillageOutcome,
  proceduralVote,
  type VillageCountInput,
  villageOutcome,
} from "./thresholds.ts";
import type { Item, Outcome } from "./types.ts";

const pick = (o: Outcome) => ({ valid: o.valid, passed: o.passed, needed: o.needed, test: o.test });

describe("R21 (NĐ 59/2023 Điều 3.5): procedural votes, 2*Y > A over the attending representatives", () => {
  const cases: [number, number, boolean, number, string][] = [
    [51, 100, true, 51, "2 × 51 = 102 > 100"],
    [50, 100, false, 51, "2 × 50 = 100 ≤ 100"],
    [1, 1, true, 1, "2 × 1 = 2 > 1"],
    [0, 1, false, 1, "2 × 0 = 0 ≤ 1"],
    [2, 3, true, 2, "2 × 2 = 4 > 3"],
    [1, 2, false, 2, "2 × 1 = 2 ≤ 2"],
  ];
  it.each(cases)("R21 (Điều 3.5): %i of %i attending", (yes, attending, passed, needed, test) => {
    expect(pick(proceduralVote({ yes, attending }))).toEqual({ valid: true, passed, needed, test });
  });

  it("R21 (NĐ 59/2023 Điều 3.5): the message names the attending representatives as denominator", () => {
    expect(proceduralVote({ yes: 50, attending: 100 }).message).toBe(
      "Không được thông qua: 50/100 đại diện hộ gia đình dự họp đồng ý (cần trên 50% số đại diện dự họp, ít nhất 51) (R21, NĐ 59/2023 Điều 3.5).",
    );
  });

  it.each([
    [0, 0, "Không có đại diện hộ gia đình nào dự họp (R21, NĐ 59/2023 Điều 3.5)."],
    [5, 4, "Số đồng ý (5) lớn hơn số đại diện dự họp (4) (R21, NĐ 59/2023 Điều 3.5)."],
    [
      -1,
      3,
      "Số liệu không hợp lệ: số đại diện đồng ý phải là số nguyên không âm (nhận được: -1) (R21, NĐ 59/2023 Điều 3.5).",
    ],
    [
      1.5,
      3,
      "Số liệu không hợp lệ: số đại diện đồng ý phải là số nguyên không âm (nhận được: 1.5) (R21, NĐ 59/2023 Điều 3.5).",
    ],
  ])("R21 (Điều 3.5): yes %s of %s attending is invalid", (yes, attending, message) => {
    const outcome = proceduralVote({ yes, attending });
    expect(outcome.valid).toBe(false);
    expect(outcome.passed).toBe(false);
    expect(outcome.findings.map((f) => f.message)).toEqual([message]);
    expect(outcome.message).toBe(
      `Kết quả không hợp lệ, chưa thể xác định thông qua hay không: ${message}`,
    );
  });
});

describe("R24 (Luật 10/2022 Điều 19.1b): is attendance enough for the threshold to be reachable", () => {
  const cases: [Item, number, number, boolean, number, string][] = [
    [1, 100, 67, true, 67, "3 × 67 = 201 ≥ 2 × 100 = 200"],
    [1, 100, 66, false, 67, "3 × 66 = 198 < 2 × 100 = 200"],
    [2, 99, 66, true, 66, "3 × 66 = 198 ≥ 2 × 99 = 198"],
    [2, 99, 65, false, 66, "3 × 65 = 195 < 2 × 99 = 198"],
    [3, 100, 51, true, 51, "2 × 51 = 102 > 100"],
    [4, 100, 50, false, 51, "2 × 50 = 100 ≤ 100"],
    [6, 1, 1, true, 1, "2 × 1 = 2 > 1"],
    [6, 1, 0, false, 1, "2 × 0 = 0 ≤ 1"],
    [1, 1, 1, true, 1, "3 × 1 = 3 ≥ 2 × 1 = 2"],
    [1, 1, 0, false, 1, "3 × 0 = 0 < 2 × 1 = 2"],
  ];
  it.each(cases)(
    "R24 (Điều 19.1b): item %i, N = %i, A = %i",
    (item, households, attending, passed, needed, test) => {
      expect(pick(attendanceTest({ item, households, attending }))).toEqual({
        valid: true,
        passed,
        needed,
        test,
      });
    },
  );

  it("R24 (Luật 10/2022 Điều 19.1b): too few households — the message offers household ballots", () => {
    const outcome = attendanceTest({ item: 1, households: 100, attending: 66 });
    expect(outcome.rule).toBe("R24");
    expect(outcome.article).toBe("Luật 10/2022 Điều 19.1b");
    expect(outcome.message).toBe(
      "Không đủ số hộ dự họp: 66/100 hộ, ít hơn số hộ đồng ý tối thiểu cần để thông qua (67 trên tổng số 100 hộ), nên không thể đạt tỷ lệ của Điều 21.1; có thể chuyển sang phát phiếu lấy ý kiến hộ gia đình (R24, Luật 10/2022 Điều 19.1b).",
    );
    expect(attendanceTest({ item: 3, households: 100, attending: 51 }).message).toBe(
      "Đủ số hộ dự họp: 51/100 hộ, không ít hơn số hộ đồng ý tối thiểu cần để thông qua (51 trên tổng số 100 hộ) (R24, Luật 10/2022 Điều 19.1b).",
    );
  });

  it("R24 (Điều 19.1b): N = 0 and A > N are invalid", () => {
    expect(
      attendanceTest({ item: 4, households: 0, attending: 0 }).findings.map((f) => f.message),
    ).toEqual(["Tổng số hộ gia đình của thôn (N) bằng 0 (R24, Luật 10/2022 Điều 19.1b)."]);
    expect(
      attendanceTest({ item: 4, households: 10, attending: 11 }).findings.map((f) => f.message),
    ).toEqual([
      "Số hộ dự họp (11) lớn hơn tổng số hộ gia đình (10) (R24, Luật 10/2022 Điều 19.1b).",
    ]);
  });
});

describe("R25, R26, R32 (Luật 10/2022 Điều 21.1; NĐ 59/2023 Điều 5.4): one village's result over ALL N households", () => {
  const optIn = { households: 100, choseOnline: 51 };
  type Row = [
    string,
    VillageCountInput,
    { rule: string; valid: boolean; passed: boolean; needed: number; test: string },
  ];
  const cases: Row[] = [
    [
      "R25 item 1, exactly 2/3 passes",
      { item: 1, form: "meeting", households: 99, attending: 99, yes: 66, no: 33, other: 0 },
      { rule: "R25", valid: true, passed: true, needed: 66, test: "3 × 66 = 198 ≥ 2 × 99 = 198" },
    ],
    [
      "R25 item 1, one vote short",
      { item: 1, form: "meeting", households: 99, attending: 99, yes: 65, no: 34, other: 0 },
      { rule: "R25", valid: true, passed: false, needed: 66, test: "3 × 65 = 195 < 2 × 99 = 198" },
    ],
    [
      "R25 item 2 ballot, 67 of 100",
      { item: 2, form: "ballot", households: 100, yes: 67, no: 0, other: 0 },
      { rule: "R25", valid: true, passed: true, needed: 67, test: "3 × 67 = 201 ≥ 2 × 100 = 200" },
    ],
    [
      "R25 item 2 ballot, 66 of 100",
      { item: 2, form: "ballot", households: 100, yes: 66, no: 30, other: 4 },
      { rule: "R25", valid: true, passed: false, needed: 67, test: "3 × 66 = 198 < 2 × 100 = 200" },
    ],
    [
      "R26 item 4, 51 of 100 passes",
      { item: 4, form: "meeting", households: 100, attending: 100, yes: 51, no: 49, other: 0 },
      { rule: "R26", valid: true, passed: true, needed: 51, test: "2 × 51 = 102 > 100" },
    ],
    [
      "R26 item 4, exactly 50 % fails",
      { item: 4, form: "meeting", households: 100, attending: 100, yes: 50, no: 50, other: 0 },
      { rule: "R26", valid: true, passed: false, needed: 51, test: "2 × 50 = 100 ≤ 100" },
    ],
    [
      "R26 item 5, odd N: 50 of 99 passes",
      { item: 5, form: "meeting", households: 99, attending: 60, yes: 50, no: 10, other: 0 },
      { rule: "R26", valid: true, passed: true, needed: 50, test: "2 × 50 = 100 > 99" },
    ],
    [
      "R26 item 6, N = 1, the one household agrees",
      { item: 6, form: "ballot", households: 1, yes: 1, no: 0, other: 0 },
      { rule: "R26", valid: true, passed: true, needed: 1, test: "2 × 1 = 2 > 1" },
    ],
    [
      "R26 item 6, N = 1, the one household disagrees",
      { item: 6, form: "ballot", households: 1, yes: 0, no: 1, other: 0 },
      { rule: "R26", valid: true, passed: false, needed: 1, test: "2 × 0 = 0 ≤ 1" },
    ],
    [
      "R26 absent households count against: 50 yes of 50 returned, N = 100",
      { item: 6, form: "ballot", households: 100, attending: 50, yes: 50, no: 0, other: 0 },
      { rule: "R26", valid: true, passed: false, needed: 51, test: "2 × 50 = 100 ≤ 100" },
    ],
    [
      "R26 absent households: 51 yes of 51 returned, N = 100",
      { item: 3, form: "ballot", households: 100, attending: 51, yes: 51, no: 0, other: 0 },
      { rule: "R26", valid: true, passed: true, needed: 51, test: "2 × 51 = 102 > 100" },
    ],
    [
      "R32 online, 51 of 100 agree",
      { item: 6, form: "online", households: 100, yes: 51, no: 1, other: 0, optIn },
      { rule: "R32", valid: true, passed: true, needed: 51, test: "2 × 51 = 102 > 100" },
    ],
    [
      "R32 online, exactly 50 % fails",
      { item: 6, form: "online", households: 100, yes: 50, no: 0, other: 0, optIn },
      { rule: "R32", valid: true, passed: false, needed: 51, test: "2 × 50 = 100 ≤ 100" },
    ],
  ];
  it.each(cases)("%s", (_, input, expected) => {
    const outcome = villageOutcome(input);
    expect({ rule: outcome.rule, ...pick(outcome) }).toEqual(expected);
    expect(outcome.findings).toEqual([]);
  });

  it("R25 (Luật 10/2022 Điều 21.1): the message states the denominator is every household, not attendees", () => {
    expect(
      villageOutcome({
        item: 1,
        form: "meeting",
        households: 99,
        attending: 99,
        yes: 66,
        no: 33,
        other: 0,
      }).message,
    ).toBe(
      "Thông qua: 66/99 hộ gia đình đồng ý, đạt tỷ lệ từ hai phần ba (2/3) tổng số hộ gia đình (cần ít nhất 66 hộ đồng ý; mẫu số là tổng số 99 hộ gia đình của thôn, tổ dân phố theo danh sách đã chốt, không phải số hộ dự họp hay số phiếu thu về) (R25, Luật 10/2022 Điều 21.1).",
    );
  });

  it("R26 (Luật 10/2022 Điều 21.1): all returned ballots agree, yet half the households is not a majority", () => {
    const outcome = villageOutcome({
      item: 6,
      form: "ballot",
      households: 100,
      attending: 50,
      yes: 50,
      no: 0,
      other: 0,
    });
    expect(outcome.article).toBe("Luật 10/2022 Điều 21.1");
    expect(outcome.message).toBe(
      "Không thông qua: 50/100 hộ gia đình đồng ý, chưa đạt tỷ lệ trên 50% tổng số hộ gia đình (cần ít nhất 51 hộ đồng ý; mẫu số là tổng số 100 hộ gia đình của thôn, tổ dân phố theo danh sách đã chốt, không phải số hộ dự họp hay số phiếu thu về) (R26, Luật 10/2022 Điều 21.1).",
    );
  });

  it("R32 (NĐ 59/2023 Điều 5.4): the online rule cites the decree", () => {
    expect(
      villageOutcome({ item: 6, form: "online", households: 100, yes: 51, no: 0, other: 0, optIn })
        .article,
    ).toBe("NĐ 59/2023 Điều 5.4");
  });

  const invalid: [string, VillageCountInput, string[]][] = [
    [
      "N = 0",
      { item: 6, form: "ballot", households: 0, yes: 0, no: 0, other: 0 },
      [
        "Tổng số hộ gia đình của thôn (N) bằng 0: không có mẫu số để tính tỷ lệ (R26, Luật 10/2022 Điều 21.1).",
      ],
    ],
    [
      "more opinions than households",
      { item: 1, form: "ballot", households: 10, yes: 8, no: 2, other: 1 },
      [
        "Tổng số ý kiến (8 + 2 + 1 = 11) lớn hơn tổng số 10 hộ gia đình; mỗi hộ chỉ có một ý kiến (R25, Luật 10/2022 Điều 21.1).",
      ],
    ],
    [
      "a negative figure",
      { item: 4, form: "ballot", households: 10, yes: 6, no: -1, other: 0 },
      [
        "Số liệu không hợp lệ: số không đồng ý phải là số nguyên không âm (nhận được: -1) (R26, Luật 10/2022 Điều 21.1).",
      ],
    ],
    [
      "a fractional figure",
      { item: 4, form: "ballot", households: 10.5, yes: 6, no: 0, other: 0 },
      [
        "Số liệu không hợp lệ: tổng số hộ gia đình phải là số nguyên không âm (nhận được: 10.5) (R26, Luật 10/2022 Điều 21.1).",
      ],
    ],
    [
      "a meeting without attendance",
      { item: 4, form: "meeting", households: 10, yes: 6, no: 0, other: 0 },
      ["Thiếu số hộ gia đình có đại diện dự họp (R24, Luật 10/2022 Điều 19.1b)."],
    ],
    [
      "more opinions than attendees",
      { item: 4, form: "meeting", households: 10, attending: 7, yes: 6, no: 2, other: 0 },
      ["Tổng số ý kiến (8) lớn hơn số hộ tham gia (7) (R26, Luật 10/2022 Điều 21.1)."],
    ],
    [
      "attendance above N",
      { item: 4, form: "meeting", households: 10, attending: 11, yes: 6, no: 0, other: 0 },
      ["Số hộ tham gia (11) lớn hơn tổng số hộ gia đình (10) (R26, Luật 10/2022 Điều 21.1)."],
    ],
    [
      "a meeting below the R24 attendance test",
      { item: 4, form: "meeting", households: 100, attending: 50, yes: 50, no: 0, other: 0 },
      [
        "Không đủ số hộ dự họp: 50/100 hộ, ít hơn số hộ đồng ý tối thiểu cần để thông qua (51 trên tổng số 100 hộ), nên không thể đạt tỷ lệ của Điều 21.1; có thể chuyển sang phát phiếu lấy ý kiến hộ gia đình (R24, Luật 10/2022 Điều 19.1b).",
      ],
    ],
    [
      "item 1 meeting at 66 of 100 (needs 67)",
      { item: 1, form: "meeting", households: 100, attending: 66, yes: 66, no: 0, other: 0 },
      [
        "Không đủ số hộ dự họp: 66/100 hộ, ít hơn số hộ đồng ý tối thiểu cần để thông qua (67 trên tổng số 100 hộ), nên không thể đạt tỷ lệ của Điều 21.1; có thể chuyển sang phát phiếu lấy ý kiến hộ gia đình (R24, Luật 10/2022 Điều 19.1b).",
      ],
    ],
    [
      "online without an opt-in poll",
      { item: 6, form: "online", households: 100, yes: 80, no: 0, other: 0 },
      [
        "Chưa có kết quả lấy ý kiến lựa chọn hình thức biểu quyết trực tuyến (R31, NĐ 59/2023 Điều 5.2).",
      ],
    ],
    [
      "online with a failed opt-in (exactly 50 %)",
      {
        item: 6,
        form: "online",
        households: 100,
        yes: 80,
        no: 0,
        other: 0,
        optIn: { households: 100, choseOnline: 50 },
      },
      [
        "Không được biểu quyết trực tuyến: 50/100 hộ gia đình chọn hình thức trực tuyến, chưa đạt tỷ lệ trên 50% tổng số đại diện hộ gia đình (cần ít nhất 51) (R31, NĐ 59/2023 Điều 5.2).",
      ],
    ],
    [
      "online for item 5",
      { item: 5, form: "online", households: 100, yes: 80, no: 0, other: 0, optIn },
      [
        "Biểu quyết trực tuyến chỉ áp dụng cho nội dung 6, không áp dụng cho nội dung 5 (R18, Luật 10/2022 Điều 17.2; NĐ 59/2023 Điều 5.1).",
      ],
    ],
  ];
  it.each(invalid)("R25/R26/R32 (Điều 21.1): invalid — %s", (_, input, messages) => {
    const outcome = villageOutcome(input);
    expect(outcome.valid).toBe(false);
    expect(outcome.passed).toBe(false);
    expect(outcome.findings.map((f) => f.message)).toEqual(messages);
    expect(outcome.message).toBe(
      `Kết quả không hợp lệ, chưa thể xác định thông qua hay không: ${messages.join(" ")}`,
    );
  });
});

describe("R31 (NĐ 59/2023 Điều 5.2): online opt-in, 2*k > N", () => {
  it.each([
    [100, 51, true, true, "2 × 51 = 102 > 100"],
    [100, 50, true, false, "2 × 50 = 100 ≤ 100"],
    [1, 1, true, true, "2 × 1 = 2 > 1"],
    [1, 0, true, false, "2 × 0 = 0 ≤ 1"],
    [0, 0, false, false, ""],
    [1, 2, false, false, ""],
  ])("R31 (Điều 5.2): N = %i, chose online %i", (households, choseOnline, valid, passed, test) => {
    const outcome = optInOutcome({ households, choseOnline });
    expect([outcome.valid, outcome.passed, outcome.test]).toEqual([valid, passed, test]);
  });

  it("R31 (NĐ 59/2023 Điều 5.2): message", () => {
    expect(optInOutcome({ households: 100, choseOnline: 51 }).message).toBe(
      "Được biểu quyết trực tuyến: 51/100 hộ gia đình chọn hình thức trực tuyến, đạt tỷ lệ trên 50% tổng số đại diện hộ gia đình (cần ít nhất 51) (R31, NĐ 59/2023 Điều 5.2).",
    );
  });
});

describe("R27 (Luật 10/2022 Điều 21.1): commune-wide items 1–2, 3*(approving villages) >= 2*T", () => {
  const ballot = (yes: number) =>
    perVillageOutcome("two_thirds", { form: "ballot", households: 30, yes, no: 0, other: 0 });
  const villages = (results: (Outcome | null)[]) =>
    results.map((outcome, i) => ({ code: `T${i + 1}`, name: `Thôn ${i + 1}`, outcome }));

  it.each([
    [[20, 20, 0], true, 2, "3 × 2 = 6 ≥ 2 × 3 = 6"],
    [[20, 19, 0], false, 2, "3 × 1 = 3 < 2 × 3 = 6"],
    [[20, 20, 20, 20, 20, 20, 0, 0], true, 6, "3 × 6 = 18 ≥ 2 × 8 = 16"],
    [[20, 20, 20, 20, 20, 0, 0, 0], false, 6, "3 × 5 = 15 < 2 × 8 = 16"],
    [[20], true, 1, "3 × 1 = 3 ≥ 2 × 1 = 2"],
  ])("R27 (Điều 21.1): village yes votes %j of 30 households each", (yes, passed, needed, test) => {
    const outcome = communeOutcome({ villages: villages(yes.map(ballot)), rule: "two_thirds" });
    expect(pick(outcome)).toEqual({ valid: true, passed, needed, test });
  });

  it("R27 (Luật 10/2022 Điều 21.1): a village without a result counts as not approving and is named", () => {
    const outcome = communeOutcome({
      villages: villages([ballot(20), ballot(20), null]),
      rule: "two_thirds",
    });
    expect(pick(outcome)).toEqual({
      valid: true,
      passed: true,
      needed: 2,
      test: "3 × 2 = 6 ≥ 2 × 3 = 6",
    });
    expect(outcome.findings).toEqual([
      {
        rule: "R27",
        article: "Luật 10/2022 Điều 21.1",
        message:
          "Thôn 3 (T3) chưa có kết quả; được tính là không tán thành (R27, Luật 10/2022 Điều 21.1).",
      },
    ]);
    expect(outcome.message).toBe(
      "Thông qua: 2/3 thôn, tổ dân phố tán thành, đạt tỷ lệ từ hai phần ba (2/3) tổng số thôn, tổ dân phố của xã (cần ít nhất 2; mẫu số là tất cả 3 thôn, tổ dân phố của xã, thôn chưa có kết quả hoặc kết quả không hợp lệ được tính là không tán thành). Một thôn tán thành khi từ hai phần ba tổng số hộ gia đình của thôn đồng ý (mặc định) (R27, Luật 10/2022 Điều 21.1).",
    );
    const missing = communeOutcome({
      villages: villages([ballot(20), null, null]),
      rule: "two_thirds",
    });
    expect([missing.passed, missing.findings.length]).toEqual([false, 2]);
  });

  it("R27 (Điều 21.1): an invalid village result counts as not approving", () => {
    const broken = perVillageOutcome("two_thirds", {
      form: "ballot",
      households: 0,
      yes: 0,
      no: 0,
      other: 0,
    });
    const outcome = communeOutcome({
      villages: villages([ballot(20), ballot(20), broken]),
      rule: "two_thirds",
    });
    expect(outcome.passed).toBe(true);
    expect(outcome.findings.map((f) => f.message)).toEqual([
      "Kết quả của Thôn 3 (T3) không hợp lệ; được tính là không tán thành (R27, Luật 10/2022 Điều 21.1).",
    ]);
  });

  it("R27 (Điều 21.1; per-village bar configurable, default R25): majority vs two-thirds", () => {
    const input = {
      form: "meeting" as const,
      households: 100,
      attending: 100,
      yes: 51,
      no: 49,
      other: 0,
    };
    const twoThirds = perVillageOutcome("two_thirds", input);
    const majority = perVillageOutcome("majority", input);
    expect([twoThirds.rule, twoThirds.passed, twoThirds.test]).toEqual([
      "R25",
      false,
      "3 × 51 = 153 < 2 × 100 = 200",
    ]);
    expect([majority.rule, majority.passed, majority.test]).toEqual([
      "R27",
      true,
      "2 × 51 = 102 > 100",
    ]);
    expect(majority.article).toBe(
      "Luật 10/2022 Điều 21.1 (ngưỡng của từng thôn theo cấu hình: trên 50%)",
    );
    // The meeting's attendance test follows the configured bar: 60 of 100 is enough for a majority.
    const sixty = { ...input, attending: 60, yes: 51, no: 9 };
    expect(perVillageOutcome("majority", sixty).valid).toBe(true);
    expect(perVillageOutcome("two_thirds", sixty).valid).toBe(false);
    const commune = communeOutcome({
      villages: villages([majority, majority, twoThirds]),
      rule: "majority",
    });
    expect(commune.valid).toBe(false);
    expect(commune.findings.map((f) => f.message)).toEqual([
      "Kết quả của Thôn 3 (T3) được tính theo R25, không theo ngưỡng xã đã chọn (trên 50% tổng số hộ của thôn) (R27, Luật 10/2022 Điều 21.1).",
    ]);
    expect(
      communeOutcome({ villages: villages([majority, majority, null]), rule: "majority" }).message,
    ).toContain(
      "Một thôn tán thành khi trên 50% tổng số hộ gia đình của thôn đồng ý (theo cấu hình của xã)",
    );
  });

  it("R27 (Điều 21.1): no villages, or a village listed twice, is invalid", () => {
    expect(
      communeOutcome({ villages: [], rule: "two_thirds" }).findings.map((f) => f.message),
    ).toEqual(["Danh sách thôn, tổ dân phố của xã trống (R27, Luật 10/2022 Điều 21.1)."]);
    const twice = communeOutcome({
      villages: [
        { code: "T1", name: "Thôn 1", outcome: ballot(30) },
        { code: "T1", name: "Thôn 1", outcome: ballot(30) },
      ],
      rule: "two_thirds",
    });
    expect([twice.valid, twice.findings[0]?.message]).toEqual([
      false,
      "Thôn 1 (T1) xuất hiện hai lần trong danh sách (R27, Luật 10/2022 Điều 21.1).",
    ]);
  });
});

describe("R69–R70 (NĐ 61/2023 Điều 10): adopting a village convention", () => {
  it.each([
    [100, 51, true, 51, "2 × 51 = 102 > 100"],
    [100, 50, false, 51, "2 × 50 = 100 ≤ 100"],
    [1, 1, true, 1, "2 × 1 = 2 > 1"],
    [1, 0, false, 1, "2 × 0 = 0 ≤ 1"],
  ])(
    "R69 (NĐ 61/2023 Điều 10): meeting valid only if 2*A > N — N = %i, A = %i",
    (households, attending, passed, needed, test) => {
      const outcome = conventionMeetingValidity({ households, attending });
      expect({ rule: outcome.rule, ...pick(outcome) }).toEqual({
        rule: "R69",
        valid: true,
        passed,
        needed,
        test,
      });
    },
  );

  it("R69 (NĐ 61/2023 Điều 10): messages, and N = 0 is invalid", () => {
    expect(conventionMeetingValidity({ households: 100, attending: 50 }).message).toBe(
      "Cuộc họp thông qua hương ước, quy ước không hợp lệ: chỉ 50/100 hộ gia đình dự họp, không quá 50% tổng số hộ (cần ít nhất 51); có thể lấy ý kiến bằng phiếu gửi hộ gia đình (R69, NĐ 61/2023 Điều 10).",
    );
    expect(conventionMeetingValidity({ households: 100, attending: 51 }).message).toBe(
      "Cuộc họp thông qua hương ước, quy ước hợp lệ: 51/100 hộ gia đình dự họp, trên 50% tổng số hộ (cần ít nhất 51) (R69, NĐ 61/2023 Điều 10).",
    );
    expect(conventionMeetingValidity({ households: 0, attending: 0 }).findings).toEqual([
      {
        rule: "R69",
        article: "NĐ 61/2023 Điều 10",
        message: "Tổng số hộ gia đình của thôn (N) bằng 0 (R69, NĐ 61/2023 Điều 10).",
      },
    ]);
  });

  type Input = Parameters<typeof conventionOutcome>[0];
  const cases: [string, Input, boolean, boolean, string[]][] = [
    [
      "meeting, 51 of 100 attend and agree",
      { households: 100, attending: 51, yes: 51, no: 0, other: 0, form: "meeting" },
      true,
      true,
      [],
    ],
    [
      "meeting, 60 attend, exactly 50 agree",
      { households: 100, attending: 60, yes: 50, no: 10, other: 0, form: "meeting" },
      true,
      false,
      [],
    ],
    [
      "meeting, only 50 of 100 attend",
      { households: 100, attending: 50, yes: 50, no: 0, other: 0, form: "meeting" },
      false,
      false,
      [
        "Cuộc họp thông qua hương ước, quy ước không hợp lệ: chỉ 50/100 hộ gia đình dự họp, không quá 50% tổng số hộ (cần ít nhất 51); có thể lấy ý kiến bằng phiếu gửi hộ gia đình (R69, NĐ 61/2023 Điều 10).",
      ],
    ],
    [
      "meeting without attendance",
      { households: 100, yes: 60, no: 0, other: 0, form: "meeting" },
      false,
      false,
      ["Thiếu số hộ gia đình có đại diện dự họp (R69, NĐ 61/2023 Điều 10)."],
    ],
    [
      "ballot after a failed meeting, 51 agree",
      { households: 100, yes: 51, no: 20, other: 0, form: "ballot", meetingFailed: true },
      true,
      true,
      [],
    ],
    [
      "ballot after a failed meeting, 50 agree",
      { households: 100, yes: 50, no: 20, other: 0, form: "ballot", meetingFailed: true },
      true,
      false,
      [],
    ],
    [
      "ballot with no failed meeting",
      { households: 100, yes: 90, no: 0, other: 0, form: "ballot" },
      false,
      false,
      [
        "Chỉ được lấy ý kiến về hương ước, quy ước bằng phiếu gửi hộ gia đình khi cuộc họp không hợp lệ vì không quá 50% tổng số hộ gia đình dự họp (R70, NĐ 61/2023 Điều 10).",
      ],
    ],
  ];
  it.each(cases)("R69/R70 (NĐ 61/2023 Điều 10): %s", (_, input, valid, passed, messages) => {
    const outcome = conventionOutcome(input);
    expect([outcome.rule, outcome.valid, outcome.passed]).toEqual(["R69", valid, passed]);
    expect(outcome.findings.map((f) => f.message)).toEqual(messages);
  });

  it("R69 (NĐ 61/2023 Điều 10): the passing message names all households as denominator", () => {
    expect(
      conventionOutcome({
        households: 100,
        attending: 51,
        yes: 51,
        no: 0,
        other: 0,
        form: "meeting",
      }).message,
    ).toBe(
      "Thông qua: 51/100 hộ gia đình đồng ý, đạt tỷ lệ trên 50% tổng số hộ gia đình (cần ít nhất 51 hộ đồng ý; mẫu số là tổng số 100 hộ gia đình của thôn, tổ dân phố theo danh sách đã chốt, không phải số hộ dự họp hay số phiếu thu về) (R69, NĐ 61/2023 Điều 10).",
    );
  });
});

describe("R16 (Luật 10/2022 Điều 16.3; NĐ 61/2023 Điều 7): tabling a residents' initiative", () => {
  const consents = (count: number, givenOn: string, from = 1) =>
    Array.from({ length: count }, (_, i) => ({ householdId: from + i, givenOn }));
  const run = (
    households: number,
    list: { householdId: number; givenOn: string }[],
    tablingDate = "2026-09-15",
    frontApproved = false,
  ) => initiativeTabling({ households, consents: list, tablingDate, frontApproved });

  it.each([
    [100, 10, true, 10],
    [100, 9, false, 10],
    [101, 10, false, 11],
    [101, 11, true, 11],
    [1, 1, true, 1],
    [9, 1, true, 1],
    [10, 0, false, 1],
  ])(
    "R16 (Điều 16.3): N = %i, %i consents → must table %s (needs %i)",
    (households, count, mustTable, needed) => {
      const result = run(households, consents(count, "2026-09-01"));
      expect([result.mustTable, result.mayTable, result.validConsents, result.needed]).toEqual([
        mustTable,
        mustTable,
        count,
        needed,
      ]);
    },
  );

  it("R16 (Điều 16.3): a consent exactly 3 months old still counts; one day later it has expired", () => {
    expect(consentValidThrough("2026-06-15")).toBe("2026-09-15");
    const exact = run(100, consents(10, "2026-06-15"), "2026-09-15");
    expect([exact.mustTable, exact.validConsents, exact.expired]).toEqual([true, 10, 0]);
    const late = run(100, consents(10, "2026-06-15"), "2026-09-16");
    expect([late.mustTable, late.validConsents, late.expired]).toEqual([false, 0, 10]);
  });

  it("R16 (Điều 16.3; BLDS Điều 148): a consent given at a month's end lasts to the last day of the third month", () => {
    expect(consentValidThrough("2026-11-30")).toBe("2027-02-28");
    expect(consentValidThrough("2027-11-30")).toBe("2028-02-29");
    expect(run(10, consents(1, "2026-11-30"), "2027-02-28").mustTable).toBe(true);
    expect(run(10, consents(1, "2026-11-30"), "2027-03-01").mustTable).toBe(false);
  });

  it("R16 (Điều 16.3): one consent per household; a fresh consent replaces an expired one; future dates do not count", () => {
    const list = [
      ...consents(9, "2026-09-01"),
      { householdId: 1, givenOn: "2026-09-02" }, // a second consent of household 1
      { householdId: 10, givenOn: "2026-05-01" }, // expired…
      { householdId: 10, givenOn: "2026-08-01" }, // …but renewed
      { householdId: 11, givenOn: "2026-05-01" }, // expired only
      { householdId: 12, givenOn: "2026-09-20" }, // after the tabling date
    ];
    const result = run(100, list);
    expect(result).toEqual({
      mustTable: true,
      mayTable: true,
      validConsents: 10,
      expired: 1,
      notYetGiven: 1,
      needed: 10,
      finding: {
        rule: "R16",
        article: "Luật 10/2022 Điều 16.3; NĐ 61/2023 Điều 7",
        message:
          "Kiến nghị có 10/100 hộ gia đình đồng ý còn giá trị vào ngày 15/09/2026 (không tính 1 hộ có ý kiến đồng ý đã quá 03 tháng, 1 hộ có ý kiến ghi sau ngày đưa ra cộng đồng), đạt từ 10% tổng số hộ (cần ít nhất 10), nên phải đưa ra cộng đồng dân cư bàn, quyết định (R16, Luật 10/2022 Điều 16.3; NĐ 61/2023 Điều 7).",
      },
    });
  });

  it("R16 (Điều 16.3): below 10 %, tabled only with the Ban CTMT's approval", () => {
    const approved = run(100, consents(9, "2026-09-01"), "2026-09-15", true);
    expect([approved.mustTable, approved.mayTable]).toEqual([false, true]);
    expect(approved.finding.message).toBe(
      "Kiến nghị có 9/100 hộ gia đình đồng ý còn giá trị vào ngày 15/09/2026, chưa đạt 10% tổng số hộ (cần ít nhất 10); Ban công tác Mặt trận đã chấp thuận nên được đưa ra cộng đồng dân cư (R16, Luật 10/2022 Điều 16.3; NĐ 61/2023 Điều 7).",
    );
    const refused = run(100, consents(9, "2026-09-01"));
    expect([refused.mustTable, refused.mayTable]).toEqual([false, false]);
    expect(refused.finding.message).toBe(
      "Kiến nghị có 9/100 hộ gia đình đồng ý còn giá trị vào ngày 15/09/2026, chưa đạt 10% tổng số hộ (cần ít nhất 10); chỉ được đưa ra cộng đồng dân cư khi Ban công tác Mặt trận chấp thuận (R16, Luật 10/2022 Điều 16.3; NĐ 61/2023 Điều 7).",
    );
  });

  it("R16 (Điều 16.3): N = 0, or more consenting households than households, cannot be tabled on the count", () => {
    const none = run(0, consents(1, "2026-09-01"), "2026-09-15", true);
    expect([none.mustTable, none.mayTable, none.finding.message]).toEqual([
      false,
      false,
      "Tổng số hộ gia đình của thôn không hợp lệ (0) (R16, Luật 10/2022 Điều 16.3; NĐ 61/2023 Điều 7).",
    ]);
    const over = run(2, consents(3, "2026-09-01"));
    expect([over.mustTable, over.finding.message]).toEqual([
      false,
      "Số hộ đồng ý (3) lớn hơn tổng số 2 hộ gia đình; người kiến nghị phải kiểm tra lại danh sách (R16, Luật 10/2022 Điều 16.3; NĐ 61/2023 Điều 7).",
    ]);
  });
});
