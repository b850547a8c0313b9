import { describe, expect, it } from "vitest";
import {
  type BallotTeamRole,
  ballotTeamProblems,
  clusterProblems,
  countingTeamProblems,
  countWitnessProblems,
  draftingTeamProblems,
  type OnlineTeamRole,
  onlineTeamProblems,
  type TeamMember,
} from "./teams.ts";

const messages = (findings: { message: string }[]) => findings.map((f) => f.message);

describe("R22 (NĐ 59/2023 Điều 3.5): Ban kiểm phiếu of 3–5 and 2 household witnesses", () => {
  const cite = " (R22, NĐ 59/2023 Điều 3.5).";
  const cases: [string, string[], string[], string[]][] = [
    ["3 tellers, 2 witnesses", ["An", "Bình", "Chi"], ["Dũng", "Hà"], []],
    ["5 tellers", ["An", "Bình", "Chi", "Dung", "Em"], ["Dũng", "Hà"], []],
    [
      "2 tellers",
      ["An", "Bình"],
      ["Dũng", "Hà"],
      [`Ban kiểm phiếu phải có từ 03 đến 05 thành viên (hiện có 2)${cite}`],
    ],
    [
      "6 tellers",
      ["A", "B", "C", "D", "E", "G"],
      ["Dũng", "Hà"],
      [`Ban kiểm phiếu phải có từ 03 đến 05 thành viên (hiện có 6)${cite}`],
    ],
    [
      "1 witness",
      ["An", "Bình", "Chi"],
      ["Dũng"],
      [`Việc kiểm phiếu phải có đúng 02 đại diện hộ gia đình chứng kiến (hiện có 1)${cite}`],
    ],
    [
      "3 witnesses",
      ["An", "Bình", "Chi"],
      ["Dũng", "Hà", "Lan"],
      [`Việc kiểm phiếu phải có đúng 02 đại diện hộ gia đình chứng kiến (hiện có 3)${cite}`],
    ],
    [
      "a witness is also a teller (spelt differently)",
      ["An", "Bình", "Chi"],
      ["  bình ", "Hà"],
      [`"bình" vừa là thành viên Ban kiểm phiếu vừa là người chứng kiến${cite}`],
    ],
    [
      "the same teller twice makes only 2",
      ["An", "An", "Bình"],
      ["Dũng", "Hà"],
      [
        `Thành viên Ban kiểm phiếu "An" được ghi hai lần${cite}`,
        `Ban kiểm phiếu phải có từ 03 đến 05 thành viên (hiện có 2)${cite}`,
      ],
    ],
    [
      "a blank witness",
      ["An", "Bình", "Chi"],
      ["Dũng", " "],
      [
        `Có 1 người chứng kiến chưa ghi họ tên${cite}`,
        `Việc kiểm phiếu phải có đúng 02 đại diện hộ gia đình chứng kiến (hiện có 1)${cite}`,
      ],
    ],
  ];
  it.each(cases)("R22 (NĐ 59/2023 Điều 3.5): %s", (_, tellers, witnesses, expected) => {
    const found = countingTeamProblems({ tellers, witnesses });
    expect(messages(found)).toEqual(expected);
    for (const f of found) expect([f.rule, f.article]).toEqual(["R22", "NĐ 59/2023 Điều 3.5"]);
  });
});

describe("R30 (NĐ 59/2023 Điều 4.6a): ballot count witnessed by 2 household representatives", () => {
  it.each([
    [["Dũng", "Hà"], []],
    [
      ["Dũng"],
      [
        "Việc kiểm phiếu phải có đúng 02 đại diện hộ gia đình chứng kiến (hiện có 1) (R30, NĐ 59/2023 Điều 4.6a).",
      ],
    ],
    [
      [],
      [
        "Việc kiểm phiếu phải có đúng 02 đại diện hộ gia đình chứng kiến (hiện có 0) (R30, NĐ 59/2023 Điều 4.6a).",
      ],
    ],
    [
      ["Dũng", "dũng"],
      [
        'Người chứng kiến "Dũng" được ghi hai lần (R30, NĐ 59/2023 Điều 4.6a).',
        "Việc kiểm phiếu phải có đúng 02 đại diện hộ gia đình chứng kiến (hiện có 1) (R30, NĐ 59/2023 Điều 4.6a).",
      ],
    ],
  ])("R30 (Điều 4.6a): witnesses %j", (witnesses, expected) => {
    expect(messages(countWitnessProblems(witnesses))).toEqual(expected);
  });
});

describe("R28 (Luật 10/2022 Điều 19.2; NĐ 59/2023 Điều 4.2): Tổ phát phiếu of 3–5 led by the Ban CTMT", () => {
  const cite = " (R28, Luật 10/2022 Điều 19.2; NĐ 59/2023 Điều 4.2–4.4).";
  const m = (
    name: string,
    represents: BallotTeamRole,
    leader = false,
  ): TeamMember<BallotTeamRole> => ({ name, represents, leader });
  const good = [m("An", "village"), m("Bình", "front", true), m("Chi", "organisation")];
  const cases: [string, TeamMember<BallotTeamRole>[], string[]][] = [
    ["village, Front leader, organisation", good, []],
    ["five members", [...good, m("Dũng", "other"), m("Hà", "organisation")], []],
    [
      "two members",
      good.slice(0, 2),
      [
        `Tổ phát phiếu lấy ý kiến phải có từ 03 đến 05 thành viên (hiện có 2)${cite}`,
        `Tổ phát phiếu lấy ý kiến chưa có đại diện tổ chức chính trị - xã hội${cite}`,
      ],
    ],
    [
      "six members",
      [...good, m("D", "other"), m("E", "other"), m("G", "other")],
      [`Tổ phát phiếu lấy ý kiến phải có từ 03 đến 05 thành viên (hiện có 6)${cite}`],
    ],
    [
      "led by the village representative",
      [m("An", "village", true), m("Bình", "front"), m("Chi", "organisation")],
      [
        `Tổ trưởng Tổ phát phiếu lấy ý kiến phải là đại diện Ban công tác Mặt trận ("An" không phải)${cite}`,
      ],
    ],
    [
      "no leader",
      [m("An", "village"), m("Bình", "front"), m("Chi", "organisation")],
      [`Tổ phát phiếu lấy ý kiến phải có đúng 01 Tổ trưởng (hiện có 0)${cite}`],
    ],
    [
      "two leaders",
      [m("An", "village", true), m("Bình", "front", true), m("Chi", "organisation")],
      [`Tổ phát phiếu lấy ý kiến phải có đúng 01 Tổ trưởng (hiện có 2)${cite}`],
    ],
    [
      "no village representative",
      [m("An", "other"), m("Bình", "front", true), m("Chi", "organisation")],
      [`Tổ phát phiếu lấy ý kiến chưa có đại diện thôn, tổ dân phố${cite}`],
    ],
  ];
  it.each(cases)("R28 (Điều 19.2): %s", (_, members, expected) => {
    expect(messages(ballotTeamProblems({ members }))).toEqual(expected);
  });
});

describe("R18 (NĐ 59/2023 Điều 5.2): the online voting team of 3–5 led by the Ban CTMT", () => {
  const cite = " (R18, NĐ 59/2023 Điều 5.2).";
  const m = (
    name: string,
    represents: OnlineTeamRole,
    leader = false,
    itSkilled?: boolean,
  ): TeamMember<OnlineTeamRole> => ({
    name,
    represents,
    leader,
    ...(itSkilled === undefined ? {} : { itSkilled }),
  });
  const cases: [string, TeamMember<OnlineTeamRole>[], string[]][] = [
    [
      "village, Front leader, household, IT",
      [m("An", "village"), m("Bình", "front", true), m("Chi", "household"), m("Dũng", "it")],
      [],
    ],
    [
      "three: the household representative has the IT skills",
      [m("An", "village"), m("Bình", "front", true), m("Chi", "household", false, true)],
      [],
    ],
    [
      "no IT skills",
      [m("An", "village"), m("Bình", "front", true), m("Chi", "household")],
      [`Tổ lấy ý kiến biểu quyết trực tuyến chưa có người có kỹ năng công nghệ thông tin${cite}`],
    ],
    [
      "no household representative",
      [m("An", "village"), m("Bình", "front", true), m("Dũng", "it")],
      [`Tổ lấy ý kiến biểu quyết trực tuyến chưa có đại diện hộ gia đình${cite}`],
    ],
    [
      "IT person leads",
      [m("An", "village"), m("Bình", "front"), m("Chi", "household"), m("Dũng", "it", true)],
      [
        `Tổ trưởng Tổ lấy ý kiến biểu quyết trực tuyến phải là đại diện Ban công tác Mặt trận ("Dũng" không phải)${cite}`,
      ],
    ],
  ];
  it.each(cases)("NĐ 59/2023 Điều 5.2: %s", (_, members, expected) => {
    expect(messages(onlineTeamProblems({ members }))).toEqual(expected);
  });
});

describe("R23 (Luật 10/2022 Điều 18.3; NĐ 59/2023 Điều 3.6): meetings by cluster", () => {
  const cite = " (R23, Luật 10/2022 Điều 18.3; NĐ 59/2023 Điều 3.6).";
  const cases: [string, Parameters<typeof clusterProblems>[0], string[]][] = [
    [
      "200 households, approved, 2 clusters",
      { households: 200, dispersed: false, approvedOn: "2026-09-01", clusters: 2 },
      [],
    ],
    [
      "150 households but dispersed",
      { households: 150, dispersed: true, approvedOn: "2026-09-01", clusters: 3 },
      [],
    ],
    [
      "199 households, not dispersed",
      { households: 199, dispersed: false, approvedOn: "2026-09-01", clusters: 2 },
      [
        `Chỉ được họp theo cụm khi thôn, tổ dân phố có từ 200 hộ gia đình trở lên hoặc địa bàn phân tán (hiện có 199 hộ, địa bàn không phân tán)${cite}`,
      ],
    ],
    [
      "not approved by UBND xã",
      { households: 250, dispersed: false, approvedOn: null, clusters: 2 },
      [`Kế hoạch họp theo cụm chưa được UBND xã phê duyệt${cite}`],
    ],
    [
      "one cluster",
      { households: 250, dispersed: false, approvedOn: "2026-09-01", clusters: 1 },
      [`Họp theo cụm phải có từ 02 cụm trở lên (kế hoạch ghi 1)${cite}`],
    ],
  ];
  it.each(cases)("R23 (Điều 18.3): %s", (_, input, expected) => {
    expect(messages(clusterProblems(input))).toEqual(expected);
  });
});

describe("R74 (NĐ 61/2023 Điều 8.2): the convention drafting team in an ethnic-minority area", () => {
  const cite = " (R74, NĐ 61/2023 Điều 8.2).";
  const member = (
    elderOrVillageHead: boolean,
    speaksEthnicLanguage: boolean,
    name = "Y Blông",
  ) => ({ name, elderOrVillageHead, speaksEthnicLanguage });
  const cases: [string, boolean, ReturnType<typeof member>[], string[]][] = [
    ["an elder who speaks the language", true, [member(true, true)], []],
    ["an elder and a speaker", true, [member(true, false), member(false, true, "H'Hen")], []],
    [
      "no elder or village head",
      true,
      [member(false, true)],
      [`Vùng đồng bào dân tộc thiểu số: Tổ soạn thảo phải có già làng hoặc trưởng bản${cite}`],
    ],
    [
      "no speaker of the language",
      true,
      [member(true, false)],
      [
        `Vùng đồng bào dân tộc thiểu số: Tổ soạn thảo phải có người biết tiếng dân tộc thiểu số${cite}`,
      ],
    ],
    ["outside such an area, neither is required", false, [member(false, false)], []],
    ["no member at all", false, [], [`Tổ soạn thảo hương ước, quy ước chưa có thành viên${cite}`]],
  ];
  it.each(cases)("R74 (Điều 8.2): %s", (_, ethnicMinorityArea, members, expected) => {
    expect(messages(draftingTeamProblems({ ethnicMinorityArea, members }))).toEqual(expected);
  });
});
