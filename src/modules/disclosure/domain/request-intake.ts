// Intake of an information request (R13; Luật Tiếp cận thông tin Art 24–26, law2.md §5.2): what
// the form must hold beyond `requestProblems`, which identity document was given, T48's
// eligibility, the receipt number, and when a request is overdue.

import { cccdProblem, normaliseCccd } from "../../people/index.ts";
import { type InformationRequest, requestProblems, residentOnly } from "./information-request.ts";
import type { Problem } from "./plan.ts";

/** How the information is to be provided (Art 24.2.c; Art 30.2 for the electronic forms). */
export const DELIVERY_FORMS = {
  email: { vi: "Gửi qua thư điện tử", en: "By e-mail" },
  post: { vi: "Gửi bản sao qua đường bưu điện", en: "A copy by post" },
  pickup: {
    vi: "Nhận bản sao, bản chụp tại trụ sở Ủy ban nhân dân",
    en: "Collect a copy at the People's Committee office",
  },
  office: {
    vi: "Đọc, xem, nghe, ghi chép tại trụ sở Ủy ban nhân dân",
    en: "Read, view or take notes at the office",
  },
} as const;
export type DeliveryForm = keyof typeof DELIVERY_FORMS;

/** T48 (Art 9.2.h): why the commune must answer this person. */
export const ELIGIBILITY = {
  resident: {
    vi: "Tôi cư trú trên địa bàn xã, phường này",
    en: "I live in this commune or ward",
  },
  own_rights: {
    vi: "Tôi không cư trú trên địa bàn, nhưng thông tin liên quan trực tiếp đến quyền, lợi ích hợp pháp của tôi",
    en: "I do not live here, but the information directly concerns my lawful rights",
  },
} as const;
export type Eligibility = keyof typeof ELIGIBILITY;

export type IdKind = "cccd" | "passport";
export const ID_KIND_LABEL: Record<IdKind, { vi: string; en: string }> = {
  cccd: { vi: "Căn cước công dân", en: "Citizen identity card" },
  passport: { vi: "Hộ chiếu", en: "Passport" },
};

/** Spaces, dots and dashes people type inside numbers are dropped; letters are upper-cased. */
export const normaliseIdNumber = (raw: string) => normaliseCccd(raw.trim()).toUpperCase();

/**
 * T44 (Art 24.2.a) accepts the ID card or the passport number. Twelve digits are read as a CCCD
 * and checked as one; otherwise 6 to 12 letters and digits are taken as a passport number
 * (a Vietnamese passport is one letter and 7 digits; old 9-digit ID cards fall here too).
 */
export function idNumberKind(raw: string): { kind: IdKind } | { problem: string } {
  const id = normaliseIdNumber(raw);
  if (/^\d{12}$/.test(id)) {
    const problem = cccdProblem(id);
    return problem ? { problem } : { kind: "cccd" };
  }
  if (/^[A-Z0-9]{6,12}$/.test(id)) return { kind: "passport" };
  return {
    problem:
      "Ghi số căn cước công dân (12 chữ số) hoặc số hộ chiếu (từ 6 đến 12 chữ cái và chữ số) (T44, Luật Tiếp cận thông tin 2016 Điều 24.2.a).",
  };
}

/** What an official sees before asking to reveal it: the last 3 characters. */
export const maskIdNumber = (id: string) =>
  `${"•".repeat(Math.max(3, id.length - 3))}${id.slice(-3)}`;

export interface IntakeInput extends InformationRequest {
  requesterContact: string;
  eligibility: string;
}

/**
 * Every problem with a request form, each on its field: T44 and R13 (`requestProblems`), the ID
 * or passport number, the delivery form (an e-mail address when sent by e-mail) and T48.
 */
export function intakeProblems(input: IntakeInput): Problem[] {
  const id = normaliseIdNumber(input.requesterIdNumber);
  // A given number is judged by `idNumberKind` alone (CCCD or passport), not by the looser check.
  const problems = requestProblems({ ...input, requesterIdNumber: id }).filter(
    (p) => id === "" || p.field !== "requesterIdNumber",
  );
  const has = (field: string) => problems.some((p) => p.field === field);
  if (id !== "") {
    const kind = idNumberKind(id);
    if ("problem" in kind) problems.push({ field: "requesterIdNumber", message: kind.problem });
  }
  if (!has("deliveryForm") && !Object.hasOwn(DELIVERY_FORMS, input.deliveryForm)) {
    problems.push({ field: "deliveryForm", message: "Chọn hình thức cung cấp thông tin." });
  }
  if (
    input.deliveryForm === "email" &&
    !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(input.requesterContact)
  ) {
    problems.push({
      field: "requesterContact",
      message: "Ghi địa chỉ thư điện tử để nhận thông tin qua thư điện tử.",
    });
  }
  if (!Object.hasOwn(ELIGIBILITY, input.eligibility)) {
    problems.push({
      field: "eligibility",
      message: `Chọn một trong hai trường hợp: bạn cư trú trên địa bàn, hoặc thông tin liên quan trực tiếp đến quyền, lợi ích hợp pháp của bạn (${residentOnly.rule}, ${residentOnly.article}).`,
    });
  }
  // In the order of the form, so the error summary reads top to bottom.
  const at = (field: string) => FORM_ORDER.indexOf(field as (typeof FORM_ORDER)[number]);
  return problems.sort((a, b) => at(a.field) - at(b.field));
}

const FORM_ORDER = [
  "requesterName",
  "requesterAddress",
  "requesterIdNumber",
  "requesterContact",
  "eligibility",
  "reasonCase",
  "information",
  "deliveryForm",
  "purpose",
] as const;

/** The number on the receipt (phiếu tiếp nhận, Mẫu 02 NĐ 13/2018): year received and the id. */
export const receiptNumber = (r: { id: number; received_on: string }) =>
  `YC${r.received_on.slice(0, 4)}-${String(r.id).padStart(6, "0")}`;

export type RequestStatus = "received" | "extended" | "answered" | "refused";

/** The last day to answer: the extended one once extended (T45, T46). */
export const effectiveDue = (r: { due_on: string; extended_due_on: string | null }) =>
  r.extended_due_on ?? r.due_on;

/** Still open after its last day. */
export const isOverdue = (
  r: { status: RequestStatus; due_on: string; extended_due_on: string | null },
  today: string,
) => (r.status === "received" || r.status === "extended") && today > effectiveDue(r);

/** Answered or refused after its last day. */
export const answeredLate = (r: {
  status: RequestStatus;
  due_on: string;
  extended_due_on: string | null;
  answered_on: string | null;
}) => r.answered_on !== null && r.answered_on > effectiveDue(r);
