// Directives, plans and letters an upper level issues with tasks (issue #6 §1): their kinds, the
// symbol each kind carries (T54 state form, T58 Party form, read with domain/numbering.ts), whom a
// task may be addressed to, and the date checks made before a directive is saved or issued.
// Pure: no database, no HTTP. The refusals are the platform's own rules (rules/directive-refusal.ts)
// except where a form rule of numbering applies, which the message cites.

import { formatDateVi, parseLocalDate } from "../../../core/calendar/index.ts";
import type { Text } from "../../../core/i18n/lang.ts";
import type { UnitKind } from "../../org/index.ts";
import {
  DOC_TYPES,
  type DocType,
  type DocumentNumber,
  parseNumber,
  type Variant,
} from "../domain/numbering.ts";
import { ReportingError } from "../domain/refusal.ts";
import { refuseInput } from "./directive-refusal.ts";

export const DIRECTIVE_KINDS = ["chi_thi", "ke_hoach", "cong_van", "huong_dan", "other"] as const;
export type DirectiveKind = (typeof DIRECTIVE_KINDS)[number];

export const DIRECTIVE_KIND_LABELS: Record<DirectiveKind, Text> = {
  chi_thi: { vi: "Chỉ thị", en: "Directive" },
  ke_hoach: { vi: "Kế hoạch", en: "Plan" },
  cong_van: { vi: "Công văn", en: "Official letter" },
  huong_dan: { vi: "Hướng dẫn", en: "Guidance" },
  other: { vi: "Văn bản khác", en: "Other document" },
};

export const VARIANTS = ["party", "state"] as const satisfies readonly Variant[];
export const VARIANT_LABELS: Record<Variant, Text> = {
  party: { vi: "Văn bản của Đảng", en: "Party document" },
  state: { vi: "Văn bản hành chính nhà nước", en: "State document" },
};

export const DIRECTIVE_STATUSES = ["draft", "issued", "withdrawn"] as const;
export type DirectiveStatus = (typeof DIRECTIVE_STATUSES)[number];
export const DIRECTIVE_STATUS_LABELS: Record<DirectiveStatus, Text> = {
  draft: { vi: "Dự thảo", en: "Draft" },
  issued: { vi: "Đã ban hành", en: "Issued" },
  withdrawn: { vi: "Đã thu hồi", en: "Withdrawn" },
};

const T54 = "T54, NĐ 30/2020/NĐ-CP Phụ lục I";
const T58 = "T58, Hướng dẫn 36-HD/VPTW";
const EXAMPLE: Record<Variant, string> = {
  party: `văn bản của Đảng ghi tên loại viết tắt, dấu “/”, cơ quan ban hành, ví dụ CV/ĐU (${T58})`,
  state: `văn bản hành chính nhà nước ghi tên loại viết tắt, dấu “-”, cơ quan ban hành, ví dụ KH-UBND; công văn ghi cơ quan ban hành và đơn vị soạn thảo, ví dụ UBND-VX (${T54})`,
};

const vn = (iso: string) => formatDateVi(parseLocalDate(iso));

/**
 * The symbol a directive carries ("CV/ĐU", "KH-UBND"), in normal form. It must read back as a
 * number of its variant (domain `parseNumber`), carry no year (the platform's own numbers have
 * none), and, for a kind with a type abbreviation, start with it (a Party plan is "KH/…").
 */
export function checkSymbol(kind: DirectiveKind, variant: Variant, text: string): string {
  const clean = text
    .normalize("NFC")
    .trim()
    .replace(/\s*([-/])\s*/gu, "$1");
  if (clean === "") {
    throw refuseInput(
      "invalid_symbol",
      `Chưa nhập ký hiệu văn bản: ${EXAMPLE[variant]}.`,
      "symbol",
    );
  }
  let parsed: DocumentNumber | null = null;
  try {
    parsed = parseNumber(`01${variant === "party" ? "-" : "/"}${clean}`, variant);
  } catch (error) {
    if (!(error instanceof ReportingError)) throw error;
  }
  if (parsed === null || parsed.year !== undefined) {
    throw refuseInput(
      "invalid_symbol",
      `Ký hiệu “${text.trim()}” không đúng dạng: ${EXAMPLE[variant]}.`,
      "symbol",
    );
  }
  const symbol = parsed.symbol;
  if (kind === "other") return symbol;
  const abbr = DOC_TYPES[kind satisfies DocType][variant];
  if (abbr === null) return symbol;
  const head = variant === "party" ? symbol.split("/")[0] : symbol.split("-")[0];
  if (head !== abbr) {
    const example = variant === "party" ? `${abbr}/ĐU` : `${abbr}-UBND`;
    throw refuseInput(
      "invalid_symbol",
      `Ký hiệu của ${DIRECTIVE_KIND_LABELS[kind].vi.toLowerCase()} bắt đầu bằng “${abbr}” (ví dụ ${example}), nhận được “${text.trim()}” (${variant === "party" ? T58 : T54}).`,
      "symbol",
    );
  }
  return symbol;
}

// ---- Addressees ------------------------------------------------------------------------------

/** "Every unit of kind K under the issuer": the kinds a task may be addressed to as a group. */
export const TARGET_KINDS = {
  commune_level: {
    label: { vi: "Mọi xã, phường, đặc khu", en: "Every commune, ward and special zone" },
    kinds: ["commune", "ward", "special_zone"],
  },
  commune: { label: { vi: "Mọi xã", en: "Every commune" }, kinds: ["commune"] },
  ward: { label: { vi: "Mọi phường", en: "Every ward" }, kinds: ["ward"] },
  community_level: {
    label: { vi: "Mọi thôn, tổ dân phố", en: "Every village and residential group" },
    kinds: ["village", "residential_group"],
  },
  village: { label: { vi: "Mọi thôn", en: "Every village" }, kinds: ["village"] },
  residential_group: {
    label: { vi: "Mọi tổ dân phố", en: "Every residential group" },
    kinds: ["residential_group"],
  },
  state_agency: {
    label: { vi: "Mọi cơ quan nhà nước", en: "Every state agency" },
    kinds: ["state_agency"],
  },
  public_service_unit: {
    label: { vi: "Mọi đơn vị sự nghiệp công lập", en: "Every public service unit" },
    kinds: ["public_service_unit"],
  },
  state_enterprise: {
    label: { vi: "Mọi doanh nghiệp nhà nước", en: "Every state-owned enterprise" },
    kinds: ["state_enterprise"],
  },
  enterprise: { label: { vi: "Mọi doanh nghiệp", en: "Every enterprise" }, kinds: ["enterprise"] },
} as const satisfies Record<string, { label: Text; kinds: readonly UnitKind[] }>;
export type TargetKind = keyof typeof TARGET_KINDS;
export const TARGET_KIND_KEYS = Object.keys(TARGET_KINDS) as TargetKind[];

/** Is the unit at `path` the issuer at `issuerPath` or under it? (ltree paths "1.2.5".) */
export const withinIssuer = (path: string, issuerPath: string) =>
  path === issuerPath || path.startsWith(`${issuerPath}.`);

// ---- Dates -----------------------------------------------------------------------------------

export interface TaskDates {
  title: string;
  dueOn: string;
}

/** A directive is dated the day it is signed: not later than today. */
export function checkIssueDate(issuedOn: string, today: string): void {
  if (issuedOn > today) {
    throw refuseInput(
      "issue_date_in_future",
      `Ngày ban hành ${vn(issuedOn)} sau hôm nay (${vn(today)}); văn bản ghi ngày ký ban hành.`,
      "issuedOn",
    );
  }
}

/** Every task is due on or after the day the directive is issued. */
export function checkDueDates(tasks: readonly TaskDates[], issuedOn: string | null): void {
  if (issuedOn === null) return;
  tasks.forEach((t, i) => {
    if (t.dueOn < issuedOn) {
      throw refuseInput(
        "due_before_issue",
        `Nhiệm vụ ${i + 1} “${t.title}”: hạn hoàn thành ${vn(t.dueOn)} trước ngày ban hành ${vn(issuedOn)}.`,
        `tasks.${i}.dueOn`,
      );
    }
  });
}

/** Issuing gives tasks: a directive with none is refused. */
export function checkHasTasks(count: number): void {
  if (count === 0) {
    throw refuseInput(
      "no_tasks",
      "Văn bản chưa có nhiệm vụ nào; thêm ít nhất một nhiệm vụ với đơn vị thực hiện và hạn hoàn thành trước khi ban hành.",
      "tasks",
    );
  }
}
