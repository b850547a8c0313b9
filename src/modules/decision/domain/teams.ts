// Who may count, distribute ballots, run an online vote, hold cluster meetings or draft a
// convention (Luật 10/2022 Art 18.3, 19.2; NĐ 59/2023 Art 3.5–3.6, 4.2, 4.6, 5.2; NĐ 61/2023
// Art 8). Each function returns every problem it finds; an empty list means the team is fine.

import { isLocalDate } from "../../../core/calendar/index.ts";
import { ART, finding, personKey } from "./cite.ts";
import type { Finding } from "./types.ts";

function blankNames(rule: string, article: string, names: string[], role: string): Finding[] {
  const blanks = names.filter((name) => personKey(name) === "").length;
  return blanks > 0 ? [finding(rule, article, `Có ${blanks} ${role} chưa ghi họ tên`)] : [];
}

/** Names that appear more than once (first spelling kept). */
function repeated(names: string[]): string[] {
  const seen = new Map<string, string>();
  const twice = new Set<string>();
  for (const name of names) {
    const key = personKey(name);
    if (key === "") continue;
    if (seen.has(key)) twice.add(seen.get(key)!);
    else seen.set(key, name.trim());
  }
  return [...twice];
}

function sizeProblem(rule: string, article: string, count: number, team: string): Finding | null {
  return count < 3 || count > 5
    ? finding(rule, article, `${team} phải có từ 03 đến 05 thành viên (hiện có ${count})`)
    : null;
}

function distinctNonBlank(names: string[]): number {
  return new Set(names.map(personKey).filter((key) => key !== "")).size;
}

function witnessesProblems(rule: string, article: string, witnesses: string[]): Finding[] {
  const problems = blankNames(rule, article, witnesses, "người chứng kiến");
  for (const name of repeated(witnesses)) {
    problems.push(finding(rule, article, `Người chứng kiến "${name}" được ghi hai lần`));
  }
  const count = distinctNonBlank(witnesses);
  if (count !== 2) {
    problems.push(
      finding(
        rule,
        article,
        `Việc kiểm phiếu phải có đúng 02 đại diện hộ gia đình chứng kiến (hiện có ${count})`,
      ),
    );
  }
  return problems;
}

/**
 * R22 (NĐ 59/2023 Art 3.5): a secret ballot at a meeting needs a Ban kiểm phiếu of 3–5 people
 * and exactly 2 attending household representatives witnessing the count, who may not be tellers
 * (a witness checks the tellers). The 3 copies of Mẫu 02 are the minutes' concern.
 */
export function countingTeamProblems(input: { tellers: string[]; witnesses: string[] }): Finding[] {
  const rule = "R22";
  const article = ART.nd59_3_5;
  const problems = blankNames(rule, article, input.tellers, "thành viên Ban kiểm phiếu");
  for (const name of repeated(input.tellers)) {
    problems.push(finding(rule, article, `Thành viên Ban kiểm phiếu "${name}" được ghi hai lần`));
  }
  const size = sizeProblem(rule, article, distinctNonBlank(input.tellers), "Ban kiểm phiếu");
  if (size) problems.push(size);
  problems.push(...witnessesProblems(rule, article, input.witnesses));
  const tellers = new Set(input.tellers.map(personKey));
  for (const witness of input.witnesses) {
    if (personKey(witness) !== "" && tellers.has(personKey(witness))) {
      problems.push(
        finding(
          rule,
          article,
          `"${witness.trim()}" vừa là thành viên Ban kiểm phiếu vừa là người chứng kiến`,
        ),
      );
    }
  }
  return problems;
}

/** R30 (NĐ 59/2023 Art 4.6a): the ballot count (Mẫu 04) is witnessed by 2 household reps. */
export function countWitnessProblems(witnesses: string[]): Finding[] {
  return witnessesProblems("R30", ART.nd59_4_6, witnesses);
}

export type BallotTeamRole = "village" | "front" | "organisation" | "other";
export type OnlineTeamRole = BallotTeamRole | "household" | "it";

export interface TeamMember<R extends string> {
  name: string;
  represents: R;
  leader: boolean;
  /** Online team: the member has the IT skills the team needs (may also represent a household). */
  itSkilled?: boolean;
}

function teamProblems<R extends string>(
  rule: string,
  article: string,
  team: string,
  members: TeamMember<R>[],
): Finding[] {
  const names = members.map((m) => m.name);
  const problems = blankNames(rule, article, names, `thành viên ${team}`);
  for (const name of repeated(names)) {
    problems.push(finding(rule, article, `Thành viên ${team} "${name}" được ghi hai lần`));
  }
  const size = sizeProblem(rule, article, members.length, team);
  if (size) problems.push(size);
  const leaders = members.filter((m) => m.leader);
  if (leaders.length !== 1) {
    problems.push(
      finding(rule, article, `${team} phải có đúng 01 Tổ trưởng (hiện có ${leaders.length})`),
    );
  } else if (leaders[0]!.represents !== "front") {
    problems.push(
      finding(
        rule,
        article,
        `Tổ trưởng ${team} phải là đại diện Ban công tác Mặt trận ("${leaders[0]!.name.trim()}" không phải)`,
      ),
    );
  }
  if (!members.some((m) => m.represents === "village")) {
    problems.push(finding(rule, article, `${team} chưa có đại diện thôn, tổ dân phố`));
  }
  return problems;
}

/**
 * R28 (Luật 10/2022 Art 19.2; NĐ 59/2023 Art 4.2): the Tổ phát phiếu has 3–5 members — a
 * representative of the village, one of the Ban CTMT who leads it, and representatives of the
 * socio-political organisations — with exactly one leader. Members recorded as "household" or
 * "it" (a team shape shared with the online team) fill none of these roles.
 */
export function ballotTeamProblems(input: {
  members: TeamMember<BallotTeamRole | OnlineTeamRole>[];
}): Finding[] {
  const rule = "R28";
  const article = ART.law19_2;
  const problems = teamProblems(rule, article, "Tổ phát phiếu lấy ý kiến", input.members);
  if (!input.members.some((m) => m.represents === "organisation")) {
    problems.push(
      finding(
        rule,
        article,
        "Tổ phát phiếu lấy ý kiến chưa có đại diện tổ chức chính trị - xã hội",
      ),
    );
  }
  return problems;
}

/**
 * NĐ 59/2023 Art 5.2 (the online team, checked with R18): 3–5 members — the village's
 * representative, the Ban CTMT's representative who leads it, a household representative and
 * someone with IT skills. One person may be both a household representative and the IT-skilled
 * member (`itSkilled`), so that a team of three can be complete.
 */
export function onlineTeamProblems(input: { members: TeamMember<OnlineTeamRole>[] }): Finding[] {
  const rule = "R18";
  const article = ART.nd59_5_2;
  const team = "Tổ lấy ý kiến biểu quyết trực tuyến";
  const problems = teamProblems(rule, article, team, input.members);
  if (!input.members.some((m) => m.represents === "household")) {
    problems.push(finding(rule, article, `${team} chưa có đại diện hộ gia đình`));
  }
  if (!input.members.some((m) => m.represents === "it" || m.itSkilled === true)) {
    problems.push(finding(rule, article, `${team} chưa có người có kỹ năng công nghệ thông tin`));
  }
  return problems;
}

/**
 * R23 (Luật 10/2022 Art 18.3; NĐ 59/2023 Art 3.6): meetings by cluster only when the village has
 * at least 200 households or is dispersed, under a cluster plan approved by UBND xã. A plan with
 * fewer than 2 clusters is not a cluster meeting.
 */
export function clusterProblems(input: {
  households: number;
  dispersed: boolean;
  approvedOn: string | null;
  clusters: number;
}): Finding[] {
  const rule = "R23";
  const article = ART.law18_3;
  const problems: Finding[] = [];
  if (input.households < 200 && !input.dispersed) {
    problems.push(
      finding(
        rule,
        article,
        `Chỉ được họp theo cụm khi thôn, tổ dân phố có từ 200 hộ gia đình trở lên hoặc địa bàn phân tán (hiện có ${input.households} hộ, địa bàn không phân tán)`,
      ),
    );
  }
  if (input.approvedOn === null || !isLocalDate(input.approvedOn)) {
    problems.push(finding(rule, article, "Kế hoạch họp theo cụm chưa được UBND xã phê duyệt"));
  }
  if (!Number.isInteger(input.clusters) || input.clusters < 2) {
    problems.push(
      finding(
        rule,
        article,
        `Họp theo cụm phải có từ 02 cụm trở lên (kế hoạch ghi ${input.clusters})`,
      ),
    );
  }
  return problems;
}

/**
 * R74 (NĐ 61/2023 Art 8.2): in an ethnic-minority area the convention's drafting team includes a
 * village elder or village head and someone who speaks the ethnic language. A team with no
 * member is reported everywhere (Art 8.1 requires one).
 */
export function draftingTeamProblems(input: {
  ethnicMinorityArea: boolean;
  members: { name: string; elderOrVillageHead: boolean; speaksEthnicLanguage: boolean }[];
}): Finding[] {
  const rule = "R74";
  const article = ART.nd61_8;
  if (input.members.length === 0) {
    return [finding(rule, article, "Tổ soạn thảo hương ước, quy ước chưa có thành viên")];
  }
  const problems = blankNames(
    rule,
    article,
    input.members.map((m) => m.name),
    "thành viên Tổ soạn thảo",
  );
  if (!input.ethnicMinorityArea) return problems;
  if (!input.members.some((m) => m.elderOrVillageHead)) {
    problems.push(
      finding(
        rule,
        article,
        "Vùng đồng bào dân tộc thiểu số: Tổ soạn thảo phải có già làng hoặc trưởng bản",
      ),
    );
  }
  if (!input.members.some((m) => m.speaksEthnicLanguage)) {
    problems.push(
      finding(
        rule,
        article,
        "Vùng đồng bào dân tộc thiểu số: Tổ soạn thảo phải có người biết tiếng dân tộc thiểu số",
      ),
    );
  }
  return problems;
}
