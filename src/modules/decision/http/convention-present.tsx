// Labels and small views shared by the officials' and the public pages of village conventions
// (NĐ 61/2023): statuses, channels, grounds, and the list of what is due.
import { type Lang, pick, showDate, type Text } from "../../../core/i18n/lang.ts";
import { Badge, type BadgeTone, Table } from "../../../core/views/components.tsx";
import type { Due } from "../commands/convention-rules.ts";

type Toned = Text & { tone: BadgeTone };

export const KIND_LABEL: Record<string, Text> = {
  huong_uoc: { vi: "Hương ước", en: "Village convention (hương ước)" },
  quy_uoc: { vi: "Quy ước", en: "Residential convention (quy ước)" },
};

export const CONVENTION_STATUS: Record<string, Toned> = {
  drafting: { vi: "Đang soạn thảo", en: "Being drafted", tone: "neutral" },
  consultation: { vi: "Dự thảo đang lấy ý kiến", en: "Draft open for comment", tone: "info" },
  voting: { vi: "Đang biểu quyết", en: "Being voted on", tone: "info" },
  adopted: { vi: "Đã thông qua, chờ công nhận", en: "Adopted, awaiting recognition", tone: "info" },
  not_adopted: { vi: "Không được thông qua", en: "Not adopted", tone: "bad" },
  submitted: {
    vi: "Đã gửi hồ sơ đề nghị công nhận",
    en: "Submitted for recognition",
    tone: "info",
  },
  recognised: { vi: "Đã công nhận, có hiệu lực", en: "Recognised, in force", tone: "ok" },
  refused: { vi: "Không được công nhận", en: "Recognition refused", tone: "bad" },
  suspended: { vi: "Tạm ngưng thực hiện", en: "Suspended", tone: "warn" },
  annulled: { vi: "Đã bãi bỏ", en: "Annulled", tone: "bad" },
  replaced: { vi: "Đã được sửa đổi, thay thế", en: "Replaced by an amendment", tone: "neutral" },
};

export const CHANNEL_LABEL: Record<string, Text> = {
  household_copies: { vi: "Gửi dự thảo đến từng hộ gia đình", en: "A copy to each household" },
  online: { vi: "Qua mạng viễn thông, mạng xã hội", en: "Telecom or social networks" },
  suggestion_box: { vi: "Hòm thư góp ý", en: "Suggestion box" },
  meeting: {
    vi: "Họp cộng đồng dân cư, họp tổ chức đoàn thể",
    en: "Community or mass-organisation meetings",
  },
  agency: { vi: "Văn bản của cơ quan, tổ chức", en: "Written opinion of an agency" },
};

export const PUBLICITY_LABEL: Record<string, Text> = {
  meeting: { vi: "Họp cộng đồng dân cư", en: "Community meeting" },
  info_network: {
    vi: "Hệ thống thông tin cơ sở (loa, bảng tin)",
    en: "Grassroots information network",
  },
  household_copies: { vi: "Gửi bản sao đến từng hộ gia đình", en: "A copy to each household" },
  online: { vi: "Mạng viễn thông, mạng xã hội", en: "Telecom or social networks" },
  legal_dissemination: {
    vi: "Hoạt động phổ biến, giáo dục pháp luật, hòa giải ở cơ sở",
    en: "Legal education and mediation activities",
  },
  other: { vi: "Hình thức khác", en: "Other" },
};

export const SOURCE_LABEL: Record<string, Text> = {
  household: { vi: "Hộ gia đình", en: "A household" },
  resident: { vi: "Công dân", en: "A resident" },
  head: { vi: "Trưởng thôn, Tổ trưởng tổ dân phố", en: "The village head" },
  review: { vi: "Phát hiện qua đánh giá, rà soát", en: "Found in a review" },
  supervision: { vi: "Phát hiện qua kiểm tra, giám sát", en: "Found by supervision" },
};

export const RESOLUTION_LABEL: Record<string, Toned> = {
  unfounded: {
    vi: "Trả lời: kiến nghị không có cơ sở",
    en: "Answered: unfounded",
    tone: "neutral",
  },
  suspended: { vi: "Tạm ngưng thực hiện", en: "Suspended", tone: "warn" },
  annulled: { vi: "Bãi bỏ", en: "Annulled", tone: "bad" },
};

export const GROUND_LABEL: Record<string, Text> = {
  procedure: {
    vi: "Tạm ngưng toàn bộ: vi phạm trình tự soạn thảo, lấy ý kiến, thông qua (Điều 12.1)",
    en: "Suspend all: drafting, consultation or adoption procedure breached (Art 12.1)",
  },
  content: {
    vi: "Tạm ngưng một phần: nội dung trái mục đích, nguyên tắc hoặc gây hậu quả nghiêm trọng (Điều 12.1)",
    en: "Suspend part: content against Art 3–4 or seriously harmful (Art 12.1)",
  },
  unlawful_content: {
    vi: "Bãi bỏ toàn bộ: nội dung trái pháp luật, gây hậu quả nghiêm trọng (Điều 14.1)",
    en: "Annul all: unlawful or harmful content (Art 14.1)",
  },
  suspension_expired: {
    vi: "Bãi bỏ toàn bộ: hết thời hạn tạm ngưng mà chưa thực hiện lại (Điều 14.1)",
    en: "Annul all: a suspension's deadline passed without redoing (Art 14.1)",
  },
  ratio_not_met: {
    vi: "Bãi bỏ toàn bộ: không đạt tỷ lệ thông qua của Điều 10 (Điều 14.1)",
    en: "Annul all: the Art 10 ratio was not met (Art 14.1)",
  },
  part_suspension_expired: {
    vi: "Bãi bỏ một phần: hết thời hạn tạm ngưng một phần mà chưa sửa đổi (Điều 14.2)",
    en: "Annul part: a partial suspension's deadline passed without amendment (Art 14.2)",
  },
};

export const REVIEW_FORM_LABEL: Record<string, Text> = {
  meeting: { vi: "Cuộc họp đánh giá riêng", en: "A meeting of its own" },
  periodic_meeting: {
    vi: "Kết hợp cuộc họp định kỳ của cộng đồng dân cư",
    en: "Combined with the periodic community meeting",
  },
};

export function StatusBadge(p: { lang: Lang; status: string }) {
  const s = CONVENTION_STATUS[p.status];
  return <Badge tone={s?.tone}>{s ? pick(p.lang, s) : p.status}</Badge>;
}

/** "Chậm" beside a date done after its due day. */
export function LateBadge(p: {
  lang: Lang;
  done: string | null;
  due: string | null;
  rule: string;
}) {
  if (!p.done || !p.due || p.done <= p.due) return null;
  return (
    <>
      {" "}
      <Badge tone="bad">{pick(p.lang, { vi: `Chậm (${p.rule})`, en: `Late (${p.rule})` })}</Badge>
    </>
  );
}

/** What is due, with its rule and last day; overdue rows are flagged. */
export function DuesTable(p: {
  lang: Lang;
  dues: Due[];
  titleOf?: (id: number) => { title: string; href: string } | undefined;
}) {
  const { lang } = p;
  return (
    <Table
      caption={pick(lang, { vi: "Việc đến hạn", en: "What is due" })}
      captionHidden
      head={[
        ...(p.titleOf ? [pick(lang, { vi: "Hương ước, quy ước", en: "Convention" })] : []),
        pick(lang, { vi: "Việc", en: "Step" }),
        pick(lang, { vi: "Hạn chót", en: "Due" }),
        pick(lang, { vi: "Quy định", en: "Rule" }),
      ]}
    >
      {p.dues.map((d) => {
        const link = p.titleOf?.(d.conventionId);
        return (
          <tr>
            {p.titleOf ? (
              <td>{link ? <a href={link.href}>{link.title}</a> : `#${d.conventionId}`}</td>
            ) : null}
            <td>{d.what}</td>
            <td>
              {showDate(lang, d.due)}{" "}
              {d.overdue ? (
                <Badge tone="bad">{pick(lang, { vi: "Quá hạn", en: "Overdue" })}</Badge>
              ) : null}
            </td>
            <td>
              {d.rule} <span class="muted">({d.article})</span>
            </td>
          </tr>
        );
      })}
    </Table>
  );
}
