// The vocabulary of public disclosure (công khai thông tin), shared by the rules, the database
// layer and the pages. law.md §2.1.1 (communes, Art 11–14), §2.2.1 (agencies, Art 46–48),
// §2.3.1 (state enterprises, Art 64–66), §3.2 (every employer, NĐ 145/2020 Art 43).

/** Which part of the law a unit discloses under, from its kind. */
export type Regime = "commune" | "agency" | "state_enterprise" | "employer";

/** Ways of disclosing (Art 12.1, 47.1, 65.1; NĐ 145 Art 43.2). */
export const FORMS = [
  "portal", // cổng/trang thông tin điện tử (the platform's public page counts)
  "hq_board", // niêm yết tại trụ sở HĐND, UBND (or the agency's / enterprise's headquarters)
  "village_board", // niêm yết tại nhà văn hoá, điểm sinh hoạt cộng đồng của từng thôn, TDP
  "loudspeaker", // hệ thống truyền thanh cấp xã
  "village_heads", // gửi Trưởng thôn, Tổ trưởng TDP để thông báo tới Nhân dân
  "intranet", // mạng nội bộ, hệ thống thông tin nội bộ
  "workplace_board", // niêm yết tại nơi làm việc
  "letter_all_staff", // gửi văn bản tới toàn thể cán bộ, công chức, viên chức / người lao động
  "meeting", // thông báo tại hội nghị, cuộc họp, đối thoại
  "other",
] as const;
export type Form = (typeof FORMS)[number];

/** A time limit as the law states it (T9): its unit is never converted. */
export interface TimeLimit {
  unit: "D" | "WD";
  n: number;
  provision: string;
  /** The rule of law.md §7 that states it (R5, R75, R83). */
  rule?: string;
  /** The day the provision took effect ("2023-07-01" for Law 10/2022); checked by the calendar. */
  effectiveFrom?: string;
}

export interface PostingRule {
  /** Any one of these forms satisfies the rule (e.g. intranet OR notice board, Art 48). */
  anyOf: Form[];
  /** Also at every village's community point (Art 13.2): one posting per village. */
  everyVillage?: boolean;
  /** Minimum consecutive calendar days (R3); null = permanent (R8). */
  minDays: number | null;
  /** The rule is waived when the item was sent in writing to everyone (Art 48, 66). */
  waivedBy?: Form;
  /** Applies only when the unit has the facility (loudspeaker: Art 13.3 "nếu có"). */
  onlyIf?: "has_loudspeaker" | "has_intranet" | "no_intranet";
  rule: string;
  article: string;
}

export interface Category {
  regime: Regime;
  /** Stable code, e.g. "2" for commune item 2, "a" for enterprise item a. */
  code: string;
  title: { vi: string; en: string };
  /** Deadline from the basis document (R5, R75, R83); null where the law sets none (employers). */
  deadline: TimeLimit | null;
  /** Required forms besides publication on the portal. */
  postings: PostingRule[];
  /** Also sent to every village head (R9, Art 13.4). */
  toVillageHeads?: { rule: string; article: string };
  /** The forms are whatever the unit's democracy regulation configures (NĐ 145 Art 43.2, R97). */
  formsFromRegulation?: { rule: string; article: string };
}

/** What the rules need to know about the unit (villages, facilities). */
export interface UnitFacts {
  /** Every thôn / tổ dân phố of the commune (R7, R9: one posting / one notice per village). */
  villageIds: number[];
  /** Art 13.3 "hệ thống truyền thanh cấp xã (nếu có)". */
  hasLoudspeaker: boolean;
  /** Art 48: an agency with an intranet must publish there. */
  hasIntranet: boolean;
}

/** One piece of evidence that a form was carried out (R3): dates are inclusive. */
export interface Evidence {
  form: Form;
  /** The village where it was posted or sent (village_board, village_heads). */
  villageId: number | null;
  from: string;
  /** Last day it was up; null while it still is. */
  to: string | null;
}

export type FindingStatus =
  | "ok"
  | "pending"
  | "late"
  | "missing"
  | "short"
  | "interrupted"
  | "not_applicable";

export interface Finding {
  rule: string;
  article: string;
  status: FindingStatus;
  /** Vietnamese sentence an official can act on. */
  message: string;
  /** When it is (or was) due. */
  due?: string;
  /** The form the finding is about, when it is about one. */
  form?: Form;
  /** The village the finding is about (R7 village boards, R9 village heads). */
  villageId?: number;
}
