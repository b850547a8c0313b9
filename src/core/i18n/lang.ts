export type Lang = "vi" | "en";

/** A string in both languages; Vietnamese first. */
export interface Text {
  vi: string;
  en: string;
}

export const pick = (lang: Lang, text: Text): string => text[lang];

export function parseLang(value: string | undefined | null): Lang | null {
  return value === "vi" || value === "en" ? value : null;
}

/** A stored "YYYY-MM-DD" as people read it: 31/01/2026 in Vietnamese, 2026-01-31 in English. */
export function showDate(lang: Lang, iso: string | null | undefined): string {
  if (!iso) return "—";
  return lang === "vi" ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : iso;
}
