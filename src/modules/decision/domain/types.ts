// Shared shapes of the community-decision rules (Luật 10/2022 Art 15–24; NĐ 59/2023 Art 3–5;
// NĐ 61/2023 on village conventions). Rule numbers R14–R39, R67–R74 are those of
// ../shared/domain/law.md §7.

/** Art 15 items: 1 contributions to works, 2 community funds, 3 convention, 4 village head,
 *  5 inspection / supervision board members, 6 other self-management matters. */
export type Item = 1 | 2 | 3 | 4 | 5 | 6;
export type Scope = "village" | "commune";
export type Form = "meeting" | "ballot" | "online";
/** How a vote reached the count: at the meeting, on a paper ballot, or online. */
export type Channel = "meeting" | "paper" | "online";
export type Choice = "yes" | "no" | "other";

/** Which rule decided something, always with its article. */
export interface RuleRef {
  rule: string; // "R26"
  article: string; // "Luật 10/2022, Điều 21.1"
}

/** A Vietnamese explanation tied to the rule that produced it. */
export interface Finding extends RuleRef {
  message: string;
}

/** The result of counting one village's vote (or a commune-wide aggregation). */
export interface Outcome extends RuleRef {
  /** The vote may be counted at all (attendance, opt-in, snapshot…). */
  valid: boolean;
  /** Valid and the threshold is met. */
  passed: boolean;
  /** Yes votes needed to pass, over the frozen N (or T for commune aggregation). */
  needed: number;
  /** "2*Y > N" / "3*Y >= 2*N" with the figures, e.g. "2 × 51 = 102 > 100". */
  test: string;
  /** Vietnamese sentence: valid or not, passed or not, which rule and article decided. */
  message: string;
  findings: Finding[];
}

/** One household's vote as recorded, on any channel. */
export interface Vote {
  id: number;
  householdId: number;
  channel: Channel;
  choice: Choice;
  /** When it was cast: an ISO timestamp (with its offset, e.g. "2026-09-10T08:15:00+07:00"). */
  castAt: string;
}
