// What each kind of unit must disclose, how, how fast and for how long, as data with its legal
// reference (law.md §2.1.1, §2.2.1, §2.3.1, §3.2; rules R5–R9, R75, R83, R97). Titles are short
// renderings of the law's items; the article is the authority.

import type { Category, PostingRule, Regime, TimeLimit } from "./types.ts";

/** Law 10/2022/QH15 took effect on 01/07/2023 (Art 91); earlier basis documents have no deadline here. */
export const LAW_10_2022_IN_FORCE = "2023-07-01";

const COMMUNE_DEADLINE: TimeLimit = {
  unit: "WD",
  n: 5,
  provision: "Luật 10/2022 Điều 12.3",
  rule: "R5",
  effectiveFrom: LAW_10_2022_IN_FORCE,
};
const AGENCY_DEADLINE: TimeLimit = {
  unit: "WD",
  n: 5,
  provision: "Luật 10/2022 Điều 47.2",
  rule: "R75",
  effectiveFrom: LAW_10_2022_IN_FORCE,
};
const STATE_ENTERPRISE_DEADLINE: TimeLimit = {
  unit: "D",
  n: 15,
  provision: "Luật 10/2022 Điều 65.2",
  rule: "R83",
  effectiveFrom: LAW_10_2022_IN_FORCE,
};

// ── Commune (Art 11–13) ─────────────────────────────────────────────────────────────────────
const ART_13_2 = "Luật 10/2022 Điều 13.2";
/** R7: 30 consecutive days at the headquarters and at every village's community point. */
const R7_POSTINGS: PostingRule[] = [
  { anyOf: ["hq_board"], minDays: 30, rule: "R7", article: ART_13_2 },
  { anyOf: ["village_board"], everyVillage: true, minDays: 30, rule: "R7", article: ART_13_2 },
];
/** R8: items 4 and 13 stay posted at the headquarters ("thường xuyên"). */
const R8_POSTINGS: PostingRule[] = [
  { anyOf: ["hq_board"], minDays: null, rule: "R8", article: ART_13_2 },
];
/** R9: items 7–12 also on the commune loudspeaker, if there is one, ≥ 3 consecutive days. */
const R9_LOUDSPEAKER: PostingRule = {
  anyOf: ["loudspeaker"],
  minDays: 3,
  onlyIf: "has_loudspeaker",
  rule: "R9",
  article: "Luật 10/2022 Điều 13.3",
};
const R9_VILLAGE_HEADS = { rule: "R9", article: "Luật 10/2022 Điều 13.4" };

const COMMUNE_ITEMS: [code: string, vi: string, en: string][] = [
  [
    "1",
    "Kế hoạch phát triển kinh tế - xã hội, phương án chuyển dịch cơ cấu kinh tế hằng năm và kết quả thực hiện",
    "Annual socio-economic plan, economic restructuring plan and results",
  ],
  [
    "2",
    "Dự toán, tình hình thực hiện dự toán (quý, 06 tháng, năm), quyết toán ngân sách; kết quả thực hiện kiến nghị của Kiểm toán nhà nước",
    "Budget estimates, quarterly/6-month/annual execution, final accounts, State Audit follow-up",
  ],
  [
    "3",
    "Dự án, công trình đầu tư và tiến độ; kế hoạch thu hồi đất, bồi thường, hỗ trợ, tái định cư; quỹ đất do xã quản lý; cho thuê đất công ích; quy hoạch xây dựng",
    "Investment projects and progress; land recovery, compensation and resettlement; commune land fund; public-purpose land leases; construction planning",
  ],
  [
    "4",
    "Quy chế thực hiện dân chủ ở xã; nhiệm vụ, quyền hạn của cán bộ, công chức xã, người hoạt động không chuyên trách; quy tắc ứng xử",
    "The commune democracy regulation; duties of commune officials and part-time workers; code of conduct",
  ],
  [
    "5",
    "Quản lý, sử dụng các loại quỹ, khoản đầu tư, tài trợ theo chương trình, dự án; các khoản huy động Nhân dân đóng góp",
    "Funds, programme and project investments and sponsorships; contributions mobilised from residents",
  ],
  [
    "6",
    "Quản lý, sử dụng tài sản công do xã quản lý; khai thác nguồn lực tài chính từ tài sản công",
    "Public assets managed by the commune and the revenue drawn from them",
  ],
  [
    "7",
    "Chính sách hỗ trợ, trợ cấp, tín dụng, bảo hiểm y tế, an sinh xã hội: tiêu chí, đối tượng, quy trình bình xét và kết quả thực hiện",
    "Social-support policies: criteria, beneficiaries, selection procedure and results",
  ],
  [
    "8",
    "Hỗ trợ từ ngân sách nhà nước khắc phục thiên tai, dịch bệnh, sự cố, thảm họa, bệnh hiểm nghèo; quản lý, sử dụng các khoản đóng góp, quyên góp tự nguyện",
    "Disaster, epidemic and serious-illness relief; use of voluntary donations",
  ],
  [
    "9",
    "Số lượng, đối tượng, tiêu chuẩn gọi nhập ngũ, thực hiện nghĩa vụ tham gia Công an nhân dân; danh sách tạm hoãn, miễn",
    "Military and People's Police service call-up: numbers, lists, deferrals, exemptions",
  ],
  [
    "10",
    "Kết quả thanh tra, kiểm tra, giải quyết vụ việc tham nhũng, tiêu cực, vi phạm kỷ luật của cán bộ, công chức xã; kết quả lấy phiếu, bỏ phiếu tín nhiệm",
    "Inspection and anti-corruption results on commune officials; confidence-vote results",
  ],
  [
    "11",
    "Kế hoạch lấy ý kiến Nhân dân, nội dung lấy ý kiến, kết quả tổng hợp, giải trình, tiếp thu ý kiến",
    "Consultation plans, content, aggregated results and the authority's responses",
  ],
  [
    "12",
    "Đối tượng, mức thu phí, lệ phí và các nghĩa vụ tài chính khác do xã trực tiếp thu",
    "Fees, charges and other financial obligations collected directly by the commune",
  ],
  [
    "13",
    "Thủ tục hành chính, thủ tục giải quyết công việc do xã trực tiếp thực hiện",
    "Administrative procedures handled by the commune",
  ],
  [
    "14",
    "Nội dung khác theo quy định của pháp luật và quy chế thực hiện dân chủ ở xã",
    "Other items required by law or by the commune democracy regulation",
  ],
];

function communePostings(item: number): PostingRule[] {
  if (item === 4 || item === 13) return R8_POSTINGS;
  if (item === 14) return [];
  return item >= 7 && item <= 12 ? [...R7_POSTINGS, R9_LOUDSPEAKER] : R7_POSTINGS;
}

const COMMUNE: Category[] = COMMUNE_ITEMS.map(([code, vi, en]) => {
  const item = Number(code);
  return {
    regime: "commune",
    code,
    title: { vi, en },
    deadline: COMMUNE_DEADLINE,
    postings: communePostings(item),
    ...(item >= 7 && item <= 12 ? { toVillageHeads: R9_VILLAGE_HEADS } : {}),
  };
});

// ── Agencies and public service units (Art 46–48) ───────────────────────────────────────────
const ART_48 = "Luật 10/2022 Điều 48";
/** Art 48: with an intranet, there; without one, on the boards unless sent to all staff. */
const AGENCY_POSTINGS: PostingRule[] = [
  { anyOf: ["intranet"], minDays: 20, onlyIf: "has_intranet", rule: "R75", article: ART_48 },
  {
    anyOf: ["hq_board", "workplace_board"],
    minDays: 20,
    onlyIf: "no_intranet",
    waivedBy: "letter_all_staff",
    rule: "R75",
    article: ART_48,
  },
];

const AGENCY_ITEMS: [code: string, vi: string, en: string][] = [
  [
    "1",
    "Chủ trương, chính sách của Đảng, pháp luật của Nhà nước liên quan đến công việc của cơ quan, đơn vị",
    "Party and State policies and laws relevant to the unit",
  ],
  [
    "2",
    "Kế hoạch công tác hằng năm, hằng quý, hằng tháng",
    "Annual, quarterly and monthly work plans",
  ],
  [
    "3",
    "Dự toán ngân sách được giao và các nguồn tài chính khác; tình hình thực hiện, quyết toán hằng năm; kiến nghị của Kiểm toán nhà nước",
    "Budget and other funds, execution, annual final accounts, State Audit follow-up",
  ],
  [
    "4",
    "Tiêu chuẩn, định mức, thủ tục hành chính về tài sản công; đầu tư, mua sắm, giao, thuê, sử dụng, thu hồi, điều chuyển, thanh lý tài sản công",
    "Public-asset norms, procedures and life cycle",
  ],
  [
    "5",
    "Nguyên tắc, tiêu chí, định mức phân bổ vốn đầu tư công; danh mục dự án; tiến độ, giải ngân, nghiệm thu, quyết toán",
    "Public-investment allocation, project list, progress, disbursement, acceptance, accounts",
  ],
  [
    "6",
    "Tuyển dụng, bổ nhiệm, điều động, luân chuyển, đào tạo, nâng lương, đánh giá, xếp loại, khen thưởng, kỷ luật, nghỉ hưu; đề án, dự án, văn bản quy phạm pháp luật của cơ quan, đơn vị",
    "Personnel: recruitment, appointment, rotation, training, salary, rating, rewards, discipline, retirement; the unit's schemes and draft legal documents",
  ],
  [
    "7",
    "Kết luận về vụ việc tiêu cực, tham nhũng, lãng phí; bản kê khai tài sản, thu nhập của người có nghĩa vụ kê khai",
    "Conclusions on corruption and waste; asset and income declarations",
  ],
  [
    "8",
    "Kết quả thanh tra, kiểm tra, giải quyết khiếu nại, tố cáo, kiến nghị trong nội bộ",
    "Internal inspection, complaint and denunciation results",
  ],
  [
    "9",
    "Nội quy, quy chế, quy định của cơ quan, đơn vị; quy tắc ứng xử",
    "Internal rules and regulations; code of conduct",
  ],
  [
    "10",
    "Kết quả tổng hợp ý kiến, giải trình, tiếp thu về các nội dung cán bộ, công chức, viên chức tham gia ý kiến (Điều 53)",
    "Aggregated staff comments and the responses (Art 53 items)",
  ],
  [
    "11",
    "Văn bản chỉ đạo, điều hành của cấp trên liên quan đến công việc của cơ quan, đơn vị",
    "Directives from higher authorities relevant to the unit",
  ],
  [
    "12",
    "Nội dung khác theo quy định của pháp luật và quy chế dân chủ của cơ quan, đơn vị",
    "Other items required by law or by the unit's democracy regulation",
  ],
];

const AGENCY: Category[] = AGENCY_ITEMS.map(([code, vi, en]) => ({
  regime: "agency",
  code,
  title: { vi, en },
  deadline: AGENCY_DEADLINE,
  postings: AGENCY_POSTINGS,
}));

// ── State enterprises (Art 64–66) ───────────────────────────────────────────────────────────
/** Art 66 (law.md §2.3.1): intranet ≥ 20 days, or posting ≥ 20 days unless sent to everyone. */
const STATE_ENTERPRISE_POSTINGS: PostingRule[] = [
  {
    anyOf: ["intranet", "workplace_board", "hq_board"],
    minDays: 20,
    waivedBy: "letter_all_staff",
    rule: "R83",
    article: "Luật 10/2022 Điều 66",
  },
];

const STATE_ENTERPRISE_ITEMS: [code: string, vi: string, en: string][] = [
  ["a", "Tình hình sản xuất, kinh doanh, hoạt động của doanh nghiệp", "Business performance"],
  [
    "b",
    "Nội quy lao động, thang lương, bảng lương, định mức lao động; nội quy, quy chế liên quan đến quyền, nghĩa vụ của người lao động",
    "Work rules, pay scales and tables, labour norms, rules affecting workers",
  ],
  [
    "c",
    "Các thỏa ước lao động tập thể mà doanh nghiệp tham gia",
    "Collective labour agreements the enterprise is party to",
  ],
  [
    "d",
    "Việc trích lập, sử dụng quỹ khen thưởng, phúc lợi và các quỹ do người lao động đóng góp",
    "Bonus, welfare and worker-funded funds",
  ],
  [
    "đ",
    "Việc trích nộp kinh phí công đoàn, đóng bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp",
    "Union dues; social, health and unemployment insurance payments",
  ],
  [
    "e",
    "Tình hình thực hiện thi đua, khen thưởng, kỷ luật, giải quyết kiến nghị, phản ánh của người lao động",
    "Emulation, rewards, discipline and handling of workers' petitions",
  ],
  ["g", "Quy chế thực hiện dân chủ của doanh nghiệp", "The enterprise democracy regulation"],
  [
    "h",
    "Thông tin về tài chính, quản lý, sử dụng tài sản công, công tác cán bộ và nội dung khác theo quy định",
    "Other financial, public-asset and personnel information",
  ],
];

const STATE_ENTERPRISE: Category[] = STATE_ENTERPRISE_ITEMS.map(([code, vi, en]) => ({
  regime: "state_enterprise",
  code,
  title: { vi, en },
  deadline: STATE_ENTERPRISE_DEADLINE,
  postings: STATE_ENTERPRISE_POSTINGS,
}));

// ── Every employer (NĐ 145/2020 Art 43) ─────────────────────────────────────────────────────
const EMPLOYER_ITEMS: [code: string, vi: string, en: string][] = [
  ["a", "Tình hình sản xuất, kinh doanh của người sử dụng lao động", "Business situation"],
  [
    "b",
    "Nội quy lao động, thang lương, bảng lương, định mức lao động; quy chế, quy định liên quan đến quyền, nghĩa vụ của người lao động",
    "Work rules, pay scales and tables, labour norms, rules on workers' rights and duties",
  ],
  [
    "c",
    "Các thỏa ước lao động tập thể mà người sử dụng lao động tham gia",
    "Collective labour agreements the employer is party to",
  ],
  [
    "d",
    "Việc trích lập, sử dụng quỹ khen thưởng, phúc lợi và các quỹ do người lao động đóng góp",
    "Bonus, welfare and worker-funded funds",
  ],
  [
    "đ",
    "Việc trích nộp kinh phí công đoàn, đóng bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp",
    "Union dues; social, health and unemployment insurance payments",
  ],
  [
    "e",
    "Tình hình thực hiện thi đua, khen thưởng, kỷ luật, giải quyết khiếu nại, tố cáo",
    "Emulation, rewards, discipline, complaint handling",
  ],
  ["g", "Nội dung khác theo quy định của pháp luật", "Other items required by law"],
];

const EMPLOYER: Category[] = EMPLOYER_ITEMS.map(([code, vi, en]) => ({
  regime: "employer",
  code,
  title: { vi, en },
  // NĐ 145 sets no day count for private employers (law.md §3.2).
  deadline: null,
  postings: [],
  formsFromRegulation: { rule: "R97", article: "NĐ 145/2020 Điều 43" },
}));

/** Every category of every regime, in the law's order. */
export const CATEGORIES: readonly Category[] = [
  ...COMMUNE,
  ...AGENCY,
  ...STATE_ENTERPRISE,
  ...EMPLOYER,
];

/** Where each regime's list of items is. */
export const REGIME_BASIS: Record<Regime, { vi: string; article: string }> = {
  commune: { vi: "Cấp xã", article: "Luật 10/2022 Điều 11" },
  agency: { vi: "Cơ quan nhà nước, đơn vị sự nghiệp công lập", article: "Luật 10/2022 Điều 46" },
  state_enterprise: { vi: "Doanh nghiệp nhà nước", article: "Luật 10/2022 Điều 64" },
  employer: { vi: "Người sử dụng lao động", article: "NĐ 145/2020 Điều 43.1" },
};

const REGIME_OF_UNIT_KIND: Record<string, Regime> = {
  commune: "commune",
  ward: "commune",
  special_zone: "commune",
  state_agency: "agency",
  public_service_unit: "agency",
  state_enterprise: "state_enterprise",
  enterprise: "employer",
};

/** The regime a unit discloses under, from its kind (org module's UnitKind); null if none. */
export function regimeOf(unitKind: string): Regime | null {
  return Object.hasOwn(REGIME_OF_UNIT_KIND, unitKind)
    ? (REGIME_OF_UNIT_KIND[unitKind] ?? null)
    : null;
}

export function categoriesOf(regime: Regime): Category[] {
  return CATEGORIES.filter((c) => c.regime === regime);
}

export function categoryOf(regime: Regime, code: string): Category | null {
  return CATEGORIES.find((c) => c.regime === regime && c.code === code) ?? null;
}
