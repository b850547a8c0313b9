// What the decision documents are printed from: plain values, no database rows, so each generator
// is a pure function of its input. Dates are ISO "YYYY-MM-DD", times "YYYY-MM-DDTHH:mm" (local
// time of the village); counts are whole numbers; labels are the law's Vietnamese words.

/** A thôn or tổ dân phố and the commune it belongs to, as the documents name them. */
export interface Community {
  /** Names the head: "Trưởng thôn" or "Tổ trưởng tổ dân phố". */
  kind: "thôn" | "tổ dân phố";
  /** "Thôn Đông", "Tổ dân phố số 3": the header's bold line. */
  name: string;
  /** "Xã Thanh Bình", "Phường Bến Thành": the header's first line, above the village. */
  commune: string;
  /** The place of the date line (NĐ 30 Annex I box 4): "Thanh Bình". */
  place: string;
}

/** Luật 10/2022 Art 20.1: the form of the written decision, chosen by the head with the
 *  Trưởng ban công tác Mặt trận. */
export type DecisionKind = "nghị quyết" | "biên bản" | "bản ghi nhớ" | "bản thỏa thuận";

/** Luật 10/2022 Art 17.1: how the community decided. */
export type VotingForm = "cuộc họp" | "phát phiếu" | "trực tuyến";

/** Households for each option: đồng ý / không đồng ý / ý kiến khác. */
export interface Tally {
  yes: number;
  no: number;
  other: number;
}

/** The outcome as the decision rules computed it; the documents print it, never recompute it. */
export interface Outcome {
  /** The rule, its article and its test: "R25 — Luật 10/2022, Điều 21.1: 3 × 67 = 201 ≥ 2 × 100". */
  rule: string;
  passed: boolean;
}

/** The written decision of the community (Luật 10/2022 Art 20; R34). */
export interface DecisionDocument {
  community: Community;
  kind: DecisionKind;
  /** "01/NQ-TĐ"; null leaves "Số:" blank to be numbered by hand. */
  number: string | null;
  /** Date of the date line; a biên bản prints none (T57). YYYY-MM-DD. */
  issuedOn: string;
  /** The abstract under the title: "Về việc đóng góp làm đường bê tông xóm Trại". */
  subject: string;
  /** d) the form of deciding. */
  form: VotingForm;
  /** a) the meeting's start, the day ballots go out, or the online vote's opening. */
  startsAt: string;
  /** The meeting's end, the ballot return deadline, or the online vote's close. */
  endsAt: string;
  /** Where the meeting was held (for a meeting). */
  venue?: string;
  /** Who chaired and who took the minutes (for a meeting; NĐ 59/2023 Art 3.5). */
  chair?: string;
  secretary?: string;
  /** b) N: total households of the village (the frozen snapshot). */
  households: number;
  /** b) A: representatives present, households that returned a ballot, or that voted online.
   *  The households without one, N − A, are computed. */
  represented: number;
  /** c) what was discussed; a blank line starts a new paragraph. */
  content: string;
  /** đ) the vote. */
  tally: Tally;
  outcome: Outcome;
  /** e) what was decided; a blank line starts a new paragraph. */
  decision: string;
  /** g) the signers. */
  signatures: {
    /** Trưởng thôn / Tổ trưởng tổ dân phố. */
    head: string;
    /** Trưởng ban công tác Mặt trận. */
    frontHead: string;
    /** Two household representatives. */
    householdReps: [string, string];
  };
}

/** A member of a counting or ballot team. */
export interface TeamMember {
  name: string;
  /** Their place in the team, as printed over their signature: "Trưởng Ban kiểm phiếu",
   *  "Thành viên Ban kiểm phiếu", "Tổ trưởng Tổ phát phiếu". */
  role: string;
}

/** The ballots of a count. Every ballot returned is valid, invalid or a flagged duplicate; every
 *  valid ballot holds exactly one choice. */
export interface BallotCount extends Tally {
  /** Ballots handed out. */
  issued: number;
  /** Ballots received back. */
  returned: number;
  valid: number;
  /** Spoilt, unmarked (R29) or from a household not on the frozen list. */
  invalid: number;
  /** Second ballots of a household that already voted, set aside (one vote per household). */
  duplicates: number;
}

/** A biên bản kiểm phiếu: of a secret ballot at a meeting (Mẫu 02, NĐ 59/2023 Art 3.5c) or of
 *  the ballots sent to households (Mẫu 04, NĐ 59/2023 Art 4.6a). */
export interface CountMinutes {
  kind: "cuộc họp" | "phát phiếu";
  community: Community;
  number: string | null;
  /** What was voted on: "Mức đóng góp xây dựng đường bê tông xóm Trại". */
  subject: string;
  /** When and where the count began and ended. */
  startsAt: string;
  endsAt: string;
  venue: string;
  /** Ban kiểm phiếu (meeting) or Tổ phát phiếu (ballot): 3 to 5 people, leader first. */
  team: TeamMember[];
  /** The two household representatives who witnessed the count. */
  witnesses: [string, string];
  /** N: total households of the village. */
  households: number;
  /** At a meeting: the representatives present (A). */
  represented?: number;
  ballots: BallotCount;
  outcome: Outcome;
}

/** A household representative who voted online, as the group knows them (R31). */
export interface Participant {
  name: string;
  /** Permanent address (địa chỉ thường trú). */
  address: string;
}

/** The record of an online vote (Mẫu 03; NĐ 59/2023 Art 5.4; T64). */
export interface OnlineRecord {
  community: Community;
  number: string | null;
  subject: string;
  /** Where the vote ran: "Nền tảng Cơ Sở", or the village's group on a lawful social network. */
  channel: string;
  startsAt: string;
  endsAt: string;
  /** N: total households of the village. */
  households: number;
  tally: Tally;
  outcome: Outcome;
  /** The result as shown when the vote closed, in place of a screenshot. */
  screenshot: {
    /** The platform's tally page. */
    url: string;
    /** SHA-256 (hex) of the result as shown there. */
    sha256: string;
  };
  /** Everyone who voted, in the order to print; their number is the households participating. */
  participants: Participant[];
  /** Leader of the Tổ lấy ý kiến biểu quyết trực tuyến (a Ban công tác Mặt trận member). */
  teamLeader: string;
  /** Trưởng thôn / Tổ trưởng tổ dân phố. */
  head: string;
}

/** Where a ballot form draws its legal mark (R29; NĐ 59/2023 Art 4.5). */
export type BallotScope = "village" | "commune";

/** The ballot template issued by UBND xã (NĐ 59/2023 Art 4.5). */
export interface BallotTemplate {
  scope: BallotScope;
  /** The village the ballots go to. */
  community: Community;
  /** "Lấy ý kiến về mức đóng góp xây dựng đường bê tông xóm Trại". */
  title: string;
  question: string;
  /** How to fill it in: "Đánh dấu X vào một ô …". */
  instructions: string;
  /** Return deadline, YYYY-MM-DDTHH:mm. */
  returnBy: string;
  /** The head who signs village ballots; printed under the signature space. */
  head: string;
}

/** One household's ballot. */
export interface BallotCopy {
  householdCode: string;
  householdAddress: string;
  /** Printed on the ballot so the team can account for every form. */
  serial: string;
}
