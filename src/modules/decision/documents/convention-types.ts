// What the village-convention documents (NĐ 61/2023/NĐ-CP, Mẫu 01, 03, 04, 05 and the written
// refusal of Art 11) are printed from: plain values, no database rows. Dates are "YYYY-MM-DD";
// counts are whole numbers. The minutes of the adoption (Mẫu 02) are the matter's own written
// decision, printed by `decisionDocx` from `types.ts`.

import type { Community, Outcome, Tally } from "./types.ts";

/** The convention as the documents name it (NĐ 61/2023 Art 6: the community chooses the name). */
export interface ConventionRef {
  kind: "hương ước" | "quy ước";
  /** As the community titled it: "Hương ước thôn Đông", or "Về nếp sống văn minh" (the kind is
   *  then put before it). */
  title: string;
  community: Community;
}

/** The signers of the adopted text (R67, NĐ 61/2023 Art 6.1). */
export interface ConventionSignatures {
  /** Trưởng thôn / Tổ trưởng tổ dân phố. */
  head: string;
  /** Trưởng ban công tác Mặt trận. */
  frontHead: string;
  /** Two different household representatives. */
  householdReps: [string, string];
}

/**
 * Mẫu 01: the head's request to UBND xã to recognise the convention, the first paper of the
 * dossier (R71, NĐ 61/2023 Art 11). It states how the text was proposed, posted for comment and
 * adopted (Art 7–10) and lists the rest of the dossier.
 */
export interface ConventionRequest {
  convention: ConventionRef;
  /** "01/TTr"; null leaves "Số:" blank to be numbered by hand. */
  number: string | null;
  /** The date of the request. */
  date: string;
  /** Art 7: the day it was proposed. */
  proposedOn: string;
  /** Art 9: the draft's posting and the ways views were collected (printed labels). */
  posting: { from: string; days: number; place: string | null; channels: string[] };
  /** Views received on the draft (Art 9.2–9.3). */
  comments: number;
  /** Art 10: how the households adopted it. */
  adoption: {
    /** At a community meeting, or by ballots to each household after a thin meeting (R70). */
    form: "cuộc họp" | "phát phiếu";
    /** The meeting's day, or the day the ballots went out. */
    from: string;
    /** The day it was adopted: the meeting's, or the ballots' last day. */
    on: string;
    /** N: all households of the village. */
    households: number;
    /** A: represented at the meeting, or that returned a valid ballot. */
    participating: number;
    tally: Tally;
    /** The count's rule as the decision rules computed it (R69). */
    outcome: Outcome;
  };
  signatures: ConventionSignatures;
}

/** UBND xã, the issuer of Mẫu 03–05 and of a refusal; its commune is the village's. */
export interface CommuneIssuer {
  /** "Tỉnh Đồng Tháp": the line above UBND xã, not bold; null prints none. */
  province: string | null;
  /** The Chủ tịch signing for the Ủy ban (TM.); "" leaves the name to be written by hand. */
  chair: string;
}

/** What every UBND xã document about a convention carries. */
interface CommuneDocument {
  convention: ConventionRef;
  issuer: CommuneIssuer;
  /** "15/QĐ-UBND"; null leaves "Số:" blank to be numbered by hand (NĐ 30 Art 15). */
  number: string | null;
  /** The day it is signed. */
  on: string;
}

/** Mẫu 03: UBND xã's decision recognising the convention (R71, R67; NĐ 61/2023 Art 11, 6.1). */
export interface ConventionRecognition extends CommuneDocument {
  adoptedOn: string;
  /** The day the complete dossier arrived. */
  submittedOn: string;
  signatures: ConventionSignatures;
  /** UBND xã's seal across the pages of the attached text (R67). */
  sealAcrossPages: boolean;
  /** The convention this one amends, which it replaces once recognised (Art 12.3, 13). */
  amends: { name: string; number: string | null; recognisedOn: string } | null;
}

/** UBND xã's written refusal to recognise, with its reasons (R71, NĐ 61/2023 Art 11). */
export interface ConventionRefusal extends CommuneDocument {
  adoptedOn: string;
  submittedOn: string;
  reason: string;
}

/** The decision recognising the convention, which a suspension or annulment cites. */
export interface RecognitionRef {
  number: string | null;
  on: string;
}

/** Who raised the complaint, or what found the problem (NĐ 61/2023 Art 12.2). */
export type ComplaintOrigin = "head" | "household" | "resident" | "review" | "supervision";

export interface ComplaintRef {
  receivedOn: string;
  origin: ComplaintOrigin;
}

/** Mẫu 04: suspension in whole (procedure) or in part (content) (R72, NĐ 61/2023 Art 12). */
export interface ConventionSuspension extends CommuneDocument {
  recognition: RecognitionRef;
  complaint: ComplaintRef;
  ground: "procedure" | "content";
  /** The articles or clauses suspended, for a partial suspension. */
  partText: string | null;
  reason: string;
  /** The last day to redo or amend the convention. */
  amendBy: string;
}

/** Mẫu 05: annulment in whole or in part (R72, NĐ 61/2023 Art 14). */
export interface ConventionAnnulment extends CommuneDocument {
  recognition: RecognitionRef;
  complaint: ComplaintRef;
  ground: "unlawful_content" | "suspension_expired" | "ratio_not_met" | "part_suspension_expired";
  /** The articles or clauses annulled, for a partial annulment. */
  partText: string | null;
  reason: string;
  /** For the two "expired" grounds: the suspension whose deadline passed (Art 14.1–14.2). */
  suspension: { on: string; amendBy: string } | null;
}
