// What a community-decision matter may be, who may open it, in which form it may be decided and
// who convenes it (Luật 10/2022 Art 15–19; NĐ 59/2023 Art 3–5). Rules R14–R18, R20, R33.

import { isLocalDate } from "../../../core/calendar/index.ts";
import { ART, finding } from "./cite.ts";
import type { Channel, Choice, Finding, Form, Item, Scope } from "./types.ts";

type Label = { vi: string; en: string };

/** Art 15, items 1–6, in the law's short wording. */
export const ITEM_LABEL: Record<Item, Label> = {
  1: {
    vi: "Chủ trương và mức đóng góp xây dựng cơ sở hạ tầng, công trình công cộng",
    en: "Policy and level of residents' contributions to infrastructure and public works",
  },
  2: {
    vi: "Thu, chi, quản lý các khoản đóng góp của Nhân dân; kinh phí, tài sản do cộng đồng quản lý",
    en: "Collecting, spending and managing residents' contributions and community-managed funds and assets",
  },
  3: { vi: "Nội dung hương ước, quy ước", en: "Content of the village convention" },
  4: {
    vi: "Bầu, cho thôi làm Trưởng thôn, Tổ trưởng tổ dân phố",
    en: "Electing or dismissing the village or residential-group head",
  },
  5: {
    vi: "Bầu, cho thôi làm thành viên Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng",
    en: "Electing or dismissing members of the People's Inspection Board and the Community Investment Supervision Board",
  },
  6: {
    vi: "Các công việc tự quản khác trong nội bộ cộng đồng dân cư",
    en: "Other self-management matters within the community",
  },
};

/** Art 17: the three forms of deciding. */
export const FORM_LABEL: Record<Form, Label> = {
  meeting: { vi: "Họp cộng đồng dân cư", en: "Community meeting" },
  ballot: { vi: "Phát phiếu lấy ý kiến hộ gia đình", en: "Ballot to each household" },
  online: { vi: "Biểu quyết trực tuyến", en: "Online vote" },
};

/** How one household's vote reached the count. */
export const CHANNEL_LABEL: Record<Channel, Label> = {
  meeting: { vi: "Tại cuộc họp", en: "At the meeting" },
  paper: { vi: "Phiếu giấy", en: "Paper ballot" },
  online: { vi: "Trực tuyến", en: "Online" },
};

/** NĐ 59/2023 Art 5.2: the three options of an online vote (also used for ballots). */
export const CHOICE_LABEL: Record<Choice, Label> = {
  yes: { vi: "Đồng ý", en: "Agree" },
  no: { vi: "Không đồng ý", en: "Disagree" },
  other: { vi: "Ý kiến khác", en: "Other opinion" },
};

const ITEMS: readonly number[] = [1, 2, 3, 4, 5, 6];

/**
 * R14 (Luật 10/2022 Art 15, 21.1): each matter is one of the six items; a commune-wide matter
 * can only be item 1 or 2 (the only items Art 21.1 gives a commune-wide threshold).
 */
export function scopeProblem(item: Item, scope: Scope): Finding | null {
  if (!ITEMS.includes(item)) {
    return finding(
      "R14",
      ART.law15,
      `Nội dung phải là một trong 6 nội dung của Điều 15 (nhận được: ${String(item)})`,
    );
  }
  if (scope !== "village" && scope !== "commune") {
    return finding(
      "R14",
      ART.law15,
      `Phạm vi phải là thôn, tổ dân phố hoặc toàn xã (nhận được: ${String(scope)})`,
    );
  }
  if (scope === "commune" && item !== 1 && item !== 2) {
    return finding(
      "R14",
      ART.law15,
      `Nội dung ${item} (${ITEM_LABEL[item].vi}) do cộng đồng dân cư thôn, tổ dân phố quyết định; chỉ nội dung 1 và 2 mới được quyết định trong phạm vi toàn xã`,
    );
  }
  return null;
}

export type OpenerRole = "commune_chair" | "village_head" | "appointed_convener" | "initiative";

export interface OpeningInput {
  scope: Scope;
  opener: OpenerRole;
  /** The recorded agreement: who agreed (the Front's officer) and on which day. */
  agreement: { by: string; on: string } | null;
  /** The initiative reached R16 (≥ 10 % of households, or the Ban CTMT approved it). */
  initiativeTabled?: boolean;
}

/**
 * R15 (Art 16.1–16.2) and R16 (Art 16.3): who may put a matter to the community.
 * - commune scope: the Chủ tịch UBND xã, with the recorded agreement of the Chủ tịch UBMTTQ xã;
 * - village scope: the Trưởng thôn / Tổ trưởng TDP, or the convener the Chủ tịch UBND xã appointed
 *   while the post is vacant (NĐ 59/2023 Art 3.1), with the recorded agreement of the Trưởng ban
 *   công tác Mặt trận;
 * - a residents' initiative (village scope only) once `initiativeTabling` says it must or may be
 *   tabled; Art 16.3 requires no further agreement for it.
 * The election and dismissal of a head (item 4) are started under NĐ 59/2023 Art 6 and 9 (R61,
 * R65), outside this function; their convener is `conveners` (R20).
 */
export function openingProblem(input: OpeningInput): Finding | null {
  const { scope, opener, agreement } = input;
  if (opener === "initiative") {
    if (scope !== "village") {
      return finding(
        "R16",
        ART.law16_3,
        "Kiến nghị của người dân chỉ được đưa ra cộng đồng dân cư thôn, tổ dân phố; nội dung toàn xã do Chủ tịch UBND xã đề xuất",
      );
    }
    if (input.initiativeTabled !== true) {
      return finding(
        "R16",
        ART.law16_3,
        "Kiến nghị của người dân chỉ được đưa ra cộng đồng khi có từ 10% tổng số hộ gia đình của thôn, tổ dân phố đồng ý (mỗi ý kiến có giá trị 03 tháng) hoặc khi Ban công tác Mặt trận chấp thuận",
      );
    }
    return null;
  }
  if (scope === "commune") {
    if (opener !== "commune_chair") {
      return finding(
        "R15",
        ART.law16,
        "Nội dung thực hiện trong phạm vi toàn xã chỉ do Chủ tịch UBND xã đề xuất, sau khi thống nhất với Chủ tịch Ủy ban MTTQ Việt Nam xã",
      );
    }
    return agreementProblem(agreement, "Chủ tịch Ủy ban MTTQ Việt Nam xã");
  }
  if (opener !== "village_head" && opener !== "appointed_convener") {
    return finding(
      "R15",
      ART.law16,
      "Nội dung trong phạm vi thôn, tổ dân phố do Trưởng thôn, Tổ trưởng tổ dân phố (hoặc người được Chủ tịch UBND xã chỉ định khi khuyết) đề xuất, sau khi thống nhất với Trưởng ban công tác Mặt trận",
    );
  }
  return agreementProblem(agreement, "Trưởng ban công tác Mặt trận thôn, tổ dân phố");
}

function agreementProblem(agreement: OpeningInput["agreement"], who: string): Finding | null {
  if (!agreement || agreement.by.trim() === "" || !isLocalDate(agreement.on)) {
    return finding(
      "R15",
      ART.law16,
      `Chưa ghi nhận ý kiến thống nhất của ${who} (người thống nhất và ngày thống nhất)`,
    );
  }
  return null;
}

export interface FormInput {
  item: Item;
  scope: Scope;
  form: Form;
  /** A meeting on this matter was held and failed the attendance test (R24, Art 19.1b). */
  meetingFailedAttendance: boolean;
  /** The head, after agreeing with the Trưởng ban CTMT, decided no meeting is needed
   *  (Art 19.1c for a ballot on item 6; Art 17.2 and NĐ 59 Art 5.1a for an online vote). */
  headAndFrontAgreeNoMeeting: boolean;
  /** The online opt-in poll passed (R31). */
  optInPassed: boolean;
  /** The report to UBND xã and UBMTTQ xã was logged before the vote opens (R33). */
  reportLoggedBeforeOpen: boolean;
}

/**
 * Every reason the chosen form is not allowed, first the scope (R14). Empty = allowed.
 * - meeting: always allowed.
 * - ballot, commune scope: allowed (Art 19.1a, chosen by the Chủ tịch UBND xã).
 * - ballot, village scope: after a meeting failed the attendance test (Art 19.1b), or for item 6
 *   when the head decided it with the Ban CTMT's agreement (Art 19.1c, which NĐ 59 Art 4.1c
 *   restricts to item 6). Items 3–5 (R17) and items 1–2 therefore need the failed meeting.
 * - online: item 6 only, with the no-meeting agreement, after the opt-in poll passed (R18), and
 *   with the report logged before it opens (R33).
 */
export function formProblems(input: FormInput): Finding[] {
  const scope = scopeProblem(input.item, input.scope);
  if (scope) return [scope];
  const { item, form } = input;
  if (form === "meeting") return [];
  if (form === "ballot") {
    if (input.scope === "commune" || input.meetingFailedAttendance) return [];
    if (item === 6) {
      return input.headAndFrontAgreeNoMeeting
        ? []
        : [
            finding(
              "R17",
              ART.law19_1,
              "Phát phiếu lấy ý kiến cho nội dung 6 cần quyết định của Trưởng thôn, Tổ trưởng tổ dân phố sau khi thống nhất với Trưởng ban công tác Mặt trận, hoặc cuộc họp trước đó không đủ số hộ tham dự",
            ),
          ];
    }
    if (item === 3 || item === 4 || item === 5) {
      return [
        finding(
          "R17",
          `${ART.law17_2}, 19.1b`,
          `Nội dung ${item} (${ITEM_LABEL[item].vi}) phải quyết định tại cuộc họp cộng đồng dân cư; chỉ được phát phiếu lấy ý kiến khi cuộc họp không đủ số hộ tham dự để đạt tỷ lệ thông qua`,
        ),
      ];
    }
    return [
      finding(
        "R17",
        ART.law19_1,
        `Trong phạm vi thôn, nội dung ${item} chỉ được phát phiếu lấy ý kiến khi cuộc họp không đủ số hộ tham dự để đạt tỷ lệ thông qua (trường hợp khác của điểm c chỉ áp dụng cho nội dung 6)`,
      ),
    ];
  }
  if (form === "online") {
    if (item !== 6) {
      return [
        finding(
          "R18",
          ART.nd59_5_1,
          `Biểu quyết trực tuyến chỉ áp dụng cho nội dung 6, không áp dụng cho nội dung ${item}`,
        ),
      ];
    }
    const problems: Finding[] = [];
    if (!input.headAndFrontAgreeNoMeeting) {
      problems.push(
        finding(
          "R18",
          ART.nd59_5_1,
          "Chưa có ý kiến thống nhất của Trưởng thôn, Tổ trưởng tổ dân phố và Trưởng ban công tác Mặt trận rằng không cần tổ chức họp hoặc phát phiếu",
        ),
      );
    }
    if (!input.optInPassed) {
      problems.push(
        finding(
          "R18",
          `${ART.nd59_5_1}, 5.2`,
          "Hình thức trực tuyến chưa được trên 50% tổng số đại diện hộ gia đình lựa chọn",
        ),
      );
    }
    if (!input.reportLoggedBeforeOpen) {
      problems.push(
        finding(
          "R33",
          ART.nd59_5_2a,
          "Chưa báo cáo UBND xã và Ủy ban MTTQ Việt Nam xã trước khi tổ chức biểu quyết trực tuyến",
        ),
      );
    }
    return problems;
  }
  return [finding("R17", ART.law17_2, `Hình thức không hợp lệ: ${String(form)}`)];
}

/** The first reason the form is not allowed, or null (see `formProblems`). */
export function formProblem(input: FormInput): Finding | null {
  return formProblems(input)[0] ?? null;
}

/**
 * Channels whose votes count for a form. Online voting also accepts paper: a household with no
 * connected device hands its choice to the online voting team, who enter it for that household.
 * This is the platform's inclusion policy (so that NĐ 59 Art 5.1c's "households have devices"
 * is not a reason to lose a household's vote), not a rule of the law; one household still has
 * one vote (see `reconcileVotes`).
 */
export function channelsAccepted(form: Form): Channel[] {
  switch (form) {
    case "meeting":
      return ["meeting"];
    case "ballot":
      return ["paper"];
    case "online":
      return ["online", "paper"];
  }
}

export interface Convener {
  vi: string;
  rule: "R20";
  article: string;
}

/**
 * R20 (Luật 10/2022 Art 18.1; NĐ 59/2023 Art 3.1): who convenes and chairs the meeting.
 * `kind` only matters for item 4 (electing or dismissing the head). A vacant head is replaced by
 * an appointed convener for every meeting except the head's own election and dismissal.
 */
export function conveners(
  item: Item,
  kind: "election" | "dismissal" | "other",
  headIsFrontHead: boolean,
  headVacant: boolean,
): Convener {
  const base = { rule: "R20" as const, article: ART.law18_1 };
  if (item === 4 && kind === "election") {
    return { ...base, vi: "Tổ bầu cử do Chủ tịch UBND xã thành lập" };
  }
  if (item === 4 && kind === "dismissal") {
    return headIsFrontHead
      ? {
          ...base,
          vi: "Chủ tịch UBND xã, sau khi thống nhất với Chủ tịch Ủy ban MTTQ Việt Nam xã (Trưởng thôn, Tổ trưởng tổ dân phố đồng thời là Trưởng ban công tác Mặt trận)",
        }
      : { ...base, vi: "Trưởng ban công tác Mặt trận thôn, tổ dân phố" };
  }
  if (headVacant) {
    return {
      ...base,
      vi: "Người được Chủ tịch UBND xã chỉ định (đại diện Ban công tác Mặt trận hoặc người có uy tín trong cộng đồng dân cư) do khuyết Trưởng thôn, Tổ trưởng tổ dân phố",
    };
  }
  return { ...base, vi: "Trưởng thôn, Tổ trưởng tổ dân phố" };
}
