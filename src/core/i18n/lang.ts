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
