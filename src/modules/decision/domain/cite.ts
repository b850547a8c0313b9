// Citation helpers shared by the decision rules: every finding ends with "(R26, Luật 10/2022
// Điều 21.1)." so a reader sees which rule and article decided it, as in the disclosure module.

import { formatDateVi, parseLocalDate } from "../../../core/calendar/index.ts";
import type { Finding } from "./types.ts";

/** Articles cited by more than one rule. */
export const ART = {
  law15: "Luật 10/2022 Điều 15",
  law16: "Luật 10/2022 Điều 16",
  law16_3: "Luật 10/2022 Điều 16.3",
  law17_2: "Luật 10/2022 Điều 17.2",
  law18_1: "Luật 10/2022 Điều 18.1; NĐ 59/2023 Điều 3.1",
  law18_3: "Luật 10/2022 Điều 18.3; NĐ 59/2023 Điều 3.6",
  law19_1: "Luật 10/2022 Điều 19.1; NĐ 59/2023 Điều 4.1",
  law19_1b: "Luật 10/2022 Điều 19.1b",
  law19_2: "Luật 10/2022 Điều 19.2; NĐ 59/2023 Điều 4.2–4.4",
  law20_2: "Luật 10/2022 Điều 20.2",
  law20_3: "Luật 10/2022 Điều 20.3",
  law21_1: "Luật 10/2022 Điều 21.1",
  law21_2: "Luật 10/2022 Điều 21.2",
  law22_2: "Luật 10/2022 Điều 22.2",
  nd59_3_3: "NĐ 59/2023 Điều 3.3",
  nd59_3_4: "NĐ 59/2023 Điều 3.4",
  nd59_3_5: "NĐ 59/2023 Điều 3.5",
  nd59_4_6: "NĐ 59/2023 Điều 4.6a",
  nd59_5_1: "Luật 10/2022 Điều 17.2; NĐ 59/2023 Điều 5.1",
  nd59_5_2: "NĐ 59/2023 Điều 5.2",
  nd59_5_2a: "NĐ 59/2023 Điều 5.2a",
  nd59_5_4: "NĐ 59/2023 Điều 5.4",
  nd61_6: "NĐ 61/2023 Điều 6.1",
  nd61_7: "Luật 10/2022 Điều 16.3; NĐ 61/2023 Điều 7",
  nd61_8: "NĐ 61/2023 Điều 8.2",
  nd61_9: "NĐ 61/2023 Điều 9.1",
  nd61_10: "NĐ 61/2023 Điều 10",
  nd61_11: "NĐ 61/2023 Điều 11",
  nd61_12: "NĐ 61/2023 Điều 12.2",
  nd61_14: "NĐ 61/2023 Điều 14.3",
  nd61_15: "NĐ 61/2023 Điều 15.4",
  nd61_16: "NĐ 61/2023 Điều 16.3",
} as const;

/** "(R26, Luật 10/2022 Điều 21.1)". */
export function cite(rule: string, article: string): string {
  return `(${rule}, ${article})`;
}

/** A finding whose message is `text` followed by the citation and a full stop. */
export function finding(rule: string, article: string, text: string): Finding {
  return { rule, article, message: `${text} ${cite(rule, article)}.` };
}

/** "04/05/2026" from an ISO date string (throws CalendarError on an impossible date). */
export function vnDate(iso: string): string {
  return formatDateVi(parseLocalDate(iso));
}

/** A non-negative whole number: the only figures a count may hold. */
export function isCount(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0;
}

/** A person's name as compared for "the same person": NFC, trimmed, inner spaces collapsed,
 *  case-insensitive ("Nguyễn  Văn An" = "nguyễn văn an"). */
export function personKey(name: string): string {
  return name.normalize("NFC").trim().replace(/\s+/g, " ").toLocaleLowerCase("vi");
}
