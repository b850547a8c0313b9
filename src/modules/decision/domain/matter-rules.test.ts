import { describe, expect, it } from "vitest";
import {
  CHANNEL_LABEL,
  CHOICE_LABEL,
  channelsAccepted,
  conveners,
  FORM_LABEL,
  type FormInput,
  formProblem,
  formProblems,
  ITEM_LABEL,
  openingProblem,
  scopeProblem,
} from "./matter-rules.ts";
import type { Item, Scope } from "./types.ts";

describe("labels (Luật 10/2022 Điều 15, 17; NĐ 59/2023 Điều 5.2)", () => {
  it("Art 15: six items in the law's wording; NĐ 59 Art 5.2: the three online options", () => {
    expect(Object.keys(ITEM_LABEL)).toEqual(["1", "2", "3", "4", "5", "6"]);
    expect(ITEM_LABEL[3]).toEqual({
      vi: "Nội dung hương ước, quy ước",
      en: "Content of the village convention",
    });
    expect(ITEM_LABEL[4].vi).toBe("Bầu, cho thôi làm Trưởng thôn, Tổ trưởng tổ dân phố");
    expect(FORM_LABEL.ballot.vi).toBe("Phát phiếu lấy ý kiến hộ gia đình");
    expect(CHANNEL_LABEL.paper).toEqual({ vi: "Phiếu giấy", en: "Paper ballot" });
    expect(Object.values(CHOICE_LABEL).map((l) => l.vi)).toEqual([
      "Đồng ý",
      "Không đồng ý",
      "Ý kiến khác",
    ]);
  });
});

describe("R14 (Luật 10/2022 Điều 15, 21.1): item and scope", () => {
  const cases: [Item, Scope, string | null][] = [
    [1, "commune", null],
    [2, "commune", null],
    [1, "village", null],
    [2, "village", null],
    [3, "village", null],
    [4, "village", null],
    [5, "village", null],
    [6, "village", null],
    [
      3,
      "commune",
      "Nội dung 3 (Nội dung hương ước, quy ước) do cộng đồng dân cư thôn, tổ dân phố quyết định; chỉ nội dung 1 và 2 mới được quyết định trong phạm vi toàn xã (R14, Luật 10/2022 Điều 15).",
    ],
    [
      4,
      "commune",
      "Nội dung 4 (Bầu, cho thôi làm Trưởng thôn, Tổ trưởng tổ dân phố) do cộng đồng dân cư thôn, tổ dân phố quyết định; chỉ nội dung 1 và 2 mới được quyết định trong phạm vi toàn xã (R14, Luật 10/2022 Điều 15).",
    ],
    [
      6,
      "commune",
      "Nội dung 6 (Các công việc tự quản khác trong nội bộ cộng đồng dân cư) do cộng đồng dân cư thôn, tổ dân phố quyết định; chỉ nội dung 1 và 2 mới được quyết định trong phạm vi toàn xã (R14, Luật 10/2022 Điều 15).",
    ],
  ];
  it.each(cases)("R14 (Luật 10/2022 Điều 15): item %s, scope %s", (item, scope, message) => {
    const problem = scopeProblem(item, scope);
    expect(problem).toEqual(
      message === null ? null : { rule: "R14", article: "Luật 10/2022 Điều 15", message },
    );
  });

  it("R14 (Luật 10/2022 Điều 15): an item outside 1–6 is refused", () => {
    expect(scopeProblem(7 as Item, "village")?.message).toBe(
      "Nội dung phải là một trong 6 nội dung của Điều 15 (nhận được: 7) (R14, Luật 10/2022 Điều 15).",
    );
    expect(scopeProblem(5.5 as Item, "village")?.rule).toBe("R14");
  });
});

describe("R15–R16 (Luật 10/2022 Điều 16): who opens a matter", () => {
  const agreed = { by: "Nguyễn Thị Lan", on: "2026-09-01" };
  const R15 = { rule: "R15", article: "Luật 10/2022 Điều 16" };
  const commune =
    "Chưa ghi nhận ý kiến thống nhất của Chủ tịch Ủy ban MTTQ Việt Nam xã (người thống nhất và ngày thống nhất) (R15, Luật 10/2022 Điều 16).";
  const village =
    "Chưa ghi nhận ý kiến thống nhất của Trưởng ban công tác Mặt trận thôn, tổ dân phố (người thống nhất và ngày thống nhất) (R15, Luật 10/2022 Điều 16).";
  const notChair =
    "Nội dung thực hiện trong phạm vi toàn xã chỉ do Chủ tịch UBND xã đề xuất, sau khi thống nhất với Chủ tịch Ủy ban MTTQ Việt Nam xã (R15, Luật 10/2022 Điều 16).";
  const notHead =
    "Nội dung trong phạm vi thôn, tổ dân phố do Trưởng thôn, Tổ trưởng tổ dân phố (hoặc người được Chủ tịch UBND xã chỉ định khi khuyết) đề xuất, sau khi thống nhất với Trưởng ban công tác Mặt trận (R15, Luật 10/2022 Điều 16).";
  const cases: [
    string,
    Parameters<typeof openingProblem>[0],
    { rule: string; article: string; message: string } | null,
  ][] = [
    [
      "commune chair with the Front's agreement",
      { scope: "commune", opener: "commune_chair", agreement: agreed },
      null,
    ],
    [
      "commune chair without agreement",
      { scope: "commune", opener: "commune_chair", agreement: null },
      { ...R15, message: commune },
    ],
    [
      "commune chair, agreement with a blank name",
      { scope: "commune", opener: "commune_chair", agreement: { by: "  ", on: "2026-09-01" } },
      { ...R15, message: commune },
    ],
    [
      "commune chair, agreement with an impossible date",
      { scope: "commune", opener: "commune_chair", agreement: { by: "Lan", on: "2026-02-30" } },
      { ...R15, message: commune },
    ],
    [
      "village head opening a commune matter",
      { scope: "commune", opener: "village_head", agreement: agreed },
      { ...R15, message: notChair },
    ],
    [
      "village head with the Ban CTMT's agreement",
      { scope: "village", opener: "village_head", agreement: agreed },
      null,
    ],
    [
      "appointed convener (vacant head) with agreement",
      { scope: "village", opener: "appointed_convener", agreement: agreed },
      null,
    ],
    [
      "village head without agreement",
      { scope: "village", opener: "village_head", agreement: null },
      { ...R15, message: village },
    ],
    [
      "commune chair opening a village matter",
      { scope: "village", opener: "commune_chair", agreement: agreed },
      { ...R15, message: notHead },
    ],
    [
      "tabled initiative",
      { scope: "village", opener: "initiative", agreement: null, initiativeTabled: true },
      null,
    ],
    [
      "initiative not tabled",
      { scope: "village", opener: "initiative", agreement: null, initiativeTabled: false },
      {
        rule: "R16",
        article: "Luật 10/2022 Điều 16.3",
        message:
          "Kiến nghị của người dân chỉ được đưa ra cộng đồng khi có từ 10% tổng số hộ gia đình của thôn, tổ dân phố đồng ý (mỗi ý kiến có giá trị 03 tháng) hoặc khi Ban công tác Mặt trận chấp thuận (R16, Luật 10/2022 Điều 16.3).",
      },
    ],
    [
      "initiative with the flag missing",
      { scope: "village", opener: "initiative", agreement: null },
      expect.objectContaining({ rule: "R16" }),
    ],
    [
      "initiative on a commune matter",
      { scope: "commune", opener: "initiative", agreement: null, initiativeTabled: true },
      {
        rule: "R16",
        article: "Luật 10/2022 Điều 16.3",
        message:
          "Kiến nghị của người dân chỉ được đưa ra cộng đồng dân cư thôn, tổ dân phố; nội dung toàn xã do Chủ tịch UBND xã đề xuất (R16, Luật 10/2022 Điều 16.3).",
      },
    ],
  ];
  it.each(cases)("R15/R16 (Luật 10/2022 Điều 16): %s", (_, input, expected) => {
    expect(openingProblem(input)).toEqual(expected);
  });
});

describe("R17, R18, R33 (Luật 10/2022 Điều 17.2, 19.1; NĐ 59/2023 Điều 4.1, 5.1–5.2): the form", () => {
  const base: FormInput = {
    item: 6,
    scope: "village",
    form: "meeting",
    meetingFailedAttendance: false,
    headAndFrontAgreeNoMeeting: false,
    optInPassed: false,
    reportLoggedBeforeOpen: false,
  };
  const online = {
    ...base,
    form: "online" as const,
    headAndFrontAgreeNoMeeting: true,
    optInPassed: true,
    reportLoggedBeforeOpen: true,
  };
  const ballot = { ...base, form: "ballot" as const };
  const cases: [string, Partial<FormInput>, string | null][] = [
    ["a meeting is always allowed (item 4)", { item: 4 }, null],
    ["a meeting is allowed commune-wide (item 1)", { item: 1, scope: "commune" }, null],
    ["commune-wide ballot (Art 19.1a)", { ...ballot, item: 1, scope: "commune" }, null],
    [
      "commune-wide ballot of item 3 is a scope error first",
      { ...ballot, item: 3, scope: "commune" },
      "R14",
    ],
    ["item 3 ballot without a failed meeting", { ...ballot, item: 3 }, "R17"],
    ["item 4 ballot without a failed meeting", { ...ballot, item: 4 }, "R17"],
    [
      "item 5 ballot after a failed meeting",
      { ...ballot, item: 5, meetingFailedAttendance: true },
      null,
    ],
    [
      "item 1 village ballot without a failed meeting (NĐ 59 Art 4.1c)",
      { ...ballot, item: 1, headAndFrontAgreeNoMeeting: true },
      "R17",
    ],
    [
      "item 2 village ballot after a failed meeting",
      { ...ballot, item: 2, meetingFailedAttendance: true },
      null,
    ],
    [
      "item 6 ballot by the head with the Ban CTMT (Art 19.1c)",
      { ...ballot, headAndFrontAgreeNoMeeting: true },
      null,
    ],
    ["item 6 ballot with no agreement and no failed meeting", { ...ballot }, "R17"],
    ["item 6 ballot after a failed meeting", { ...ballot, meetingFailedAttendance: true }, null],
    ["online item 6 with every condition", online, null],
    ["online item 5", { ...online, item: 5 }, "R18"],
    [
      "online item 6 without the no-meeting agreement",
      { ...online, headAndFrontAgreeNoMeeting: false },
      "R18",
    ],
    ["online item 6 without the opt-in", { ...online, optInPassed: false }, "R18"],
    ["online item 6 without the report", { ...online, reportLoggedBeforeOpen: false }, "R33"],
  ];
  it.each(cases)("R17/R18/R33: %s", (_, change, rule) => {
    expect(formProblem({ ...base, ...change })?.rule ?? null).toBe(rule);
  });

  it("R17 (Luật 10/2022 Điều 17.2, 19.1b): items 3–5 must go to a meeting — the message says why", () => {
    expect(formProblem({ ...ballot, item: 4 })).toEqual({
      rule: "R17",
      article: "Luật 10/2022 Điều 17.2, 19.1b",
      message:
        "Nội dung 4 (Bầu, cho thôi làm Trưởng thôn, Tổ trưởng tổ dân phố) phải quyết định tại cuộc họp cộng đồng dân cư; chỉ được phát phiếu lấy ý kiến khi cuộc họp không đủ số hộ tham dự để đạt tỷ lệ thông qua (R17, Luật 10/2022 Điều 17.2, 19.1b).",
    });
    expect(formProblem({ ...ballot, item: 1 })).toEqual({
      rule: "R17",
      article: "Luật 10/2022 Điều 19.1; NĐ 59/2023 Điều 4.1",
      message:
        "Trong phạm vi thôn, nội dung 1 chỉ được phát phiếu lấy ý kiến khi cuộc họp không đủ số hộ tham dự để đạt tỷ lệ thông qua (trường hợp khác của điểm c chỉ áp dụng cho nội dung 6) (R17, Luật 10/2022 Điều 19.1; NĐ 59/2023 Điều 4.1).",
    });
  });

  it("R18, R33 (NĐ 59/2023 Điều 5.1, 5.2a): every missing online condition is listed", () => {
    expect(formProblems({ ...base, form: "online" })).toEqual([
      {
        rule: "R18",
        article: "Luật 10/2022 Điều 17.2; NĐ 59/2023 Điều 5.1",
        message:
          "Chưa có ý kiến thống nhất của Trưởng thôn, Tổ trưởng tổ dân phố và Trưởng ban công tác Mặt trận rằng không cần tổ chức họp hoặc phát phiếu (R18, Luật 10/2022 Điều 17.2; NĐ 59/2023 Điều 5.1).",
      },
      {
        rule: "R18",
        article: "Luật 10/2022 Điều 17.2; NĐ 59/2023 Điều 5.1, 5.2",
        message:
          "Hình thức trực tuyến chưa được trên 50% tổng số đại diện hộ gia đình lựa chọn (R18, Luật 10/2022 Điều 17.2; NĐ 59/2023 Điều 5.1, 5.2).",
      },
      {
        rule: "R33",
        article: "NĐ 59/2023 Điều 5.2a",
        message:
          "Chưa báo cáo UBND xã và Ủy ban MTTQ Việt Nam xã trước khi tổ chức biểu quyết trực tuyến (R33, NĐ 59/2023 Điều 5.2a).",
      },
    ]);
    expect(formProblem({ ...online, item: 2 })?.message).toBe(
      "Biểu quyết trực tuyến chỉ áp dụng cho nội dung 6, không áp dụng cho nội dung 2 (R18, Luật 10/2022 Điều 17.2; NĐ 59/2023 Điều 5.1).",
    );
  });
});

describe("channels accepted per form (platform inclusion policy, one vote per household: Luật 10/2022 Điều 18.2, 19.3)", () => {
  it.each([
    ["meeting", ["meeting"]],
    ["ballot", ["paper"]],
    ["online", ["online", "paper"]],
  ] as const)("%s accepts %j", (form, channels) => {
    expect(channelsAccepted(form)).toEqual(channels);
  });
});

describe("R20 (Luật 10/2022 Điều 18.1; NĐ 59/2023 Điều 3.1): convener and chair", () => {
  const cases: [Item, "election" | "dismissal" | "other", boolean, boolean, string][] = [
    [1, "other", false, false, "Trưởng thôn, Tổ trưởng tổ dân phố"],
    [3, "other", true, false, "Trưởng thôn, Tổ trưởng tổ dân phố"],
    [5, "election", false, false, "Trưởng thôn, Tổ trưởng tổ dân phố"],
    [
      6,
      "other",
      false,
      true,
      "Người được Chủ tịch UBND xã chỉ định (đại diện Ban công tác Mặt trận hoặc người có uy tín trong cộng đồng dân cư) do khuyết Trưởng thôn, Tổ trưởng tổ dân phố",
    ],
    [
      5,
      "dismissal",
      false,
      true,
      "Người được Chủ tịch UBND xã chỉ định (đại diện Ban công tác Mặt trận hoặc người có uy tín trong cộng đồng dân cư) do khuyết Trưởng thôn, Tổ trưởng tổ dân phố",
    ],
    [4, "election", false, false, "Tổ bầu cử do Chủ tịch UBND xã thành lập"],
    [4, "election", false, true, "Tổ bầu cử do Chủ tịch UBND xã thành lập"],
    [4, "dismissal", false, false, "Trưởng ban công tác Mặt trận thôn, tổ dân phố"],
    [
      4,
      "dismissal",
      true,
      false,
      "Chủ tịch UBND xã, sau khi thống nhất với Chủ tịch Ủy ban MTTQ Việt Nam xã (Trưởng thôn, Tổ trưởng tổ dân phố đồng thời là Trưởng ban công tác Mặt trận)",
    ],
  ];
  it.each(cases)(
    "R20 (Điều 18.1): item %s, %s, head is Front head %s, vacant %s",
    (item, kind, front, vacant, vi) => {
      expect(conveners(item, kind, front, vacant)).toEqual({
        vi,
        rule: "R20",
        article: "Luật 10/2022 Điều 18.1; NĐ 59/2023 Điều 3.1",
      });
    },
  );
});
