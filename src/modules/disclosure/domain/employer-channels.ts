// R97 (NĐ 145/2020 Art 43): every employer discloses items a–g; where the law prescribes no form,
// its workplace democracy regulation sets at least one channel per item (Art 43.2: posting at the
// workplace, meetings or dialogues, a letter to the representative body, the internal system…).

import { categoriesOf } from "./catalogues.ts";
import type { Category, Form } from "./types.ts";

/** Forms that belong to the commune, not to a workplace: they do not count as an employer's channel. */
const COMMUNE_ONLY: readonly Form[] = ["village_board", "village_heads", "loudspeaker"];

/** The employer items whose regulation configures no usable channel, in the decree's order. */
export function missingChannels(
  config: Readonly<Record<string, readonly Form[] | undefined>>,
): Category[] {
  return categoriesOf("employer").filter((category) => {
    const forms = Object.hasOwn(config, category.code) ? (config[category.code] ?? []) : [];
    return !forms.some((form) => !COMMUNE_ONLY.includes(form));
  });
}

/** "Chưa quy định hình thức công khai cho nội dung c, đ (R97, NĐ 145/2020 Điều 43)." or null. */
export function missingChannelsMessage(
  config: Readonly<Record<string, readonly Form[] | undefined>>,
): string | null {
  const missing = missingChannels(config);
  if (missing.length === 0) return null;
  return `Quy chế dân chủ chưa quy định hình thức công khai cho nội dung ${missing.map((c) => c.code).join(", ")} (R97, NĐ 145/2020 Điều 43).`;
}
