import { describe, expect, it } from "vitest";
import { missingChannels, missingChannelsMessage } from "./employer-channels.ts";

describe("R97 (NĐ 145/2020 Art 43): every employer item has at least one configured channel", () => {
  it("R97: nothing configured → all seven items a–g are missing", () => {
    expect(missingChannels({}).map((c) => c.code)).toEqual(["a", "b", "c", "d", "đ", "e", "g"]);
  });

  it("R97: items with a channel pass; empty lists, commune-only forms and unknown codes do not help", () => {
    const config = {
      a: ["workplace_board" as const],
      b: ["meeting" as const, "intranet" as const],
      c: [],
      d: ["loudspeaker" as const],
      đ: ["letter_all_staff" as const],
      e: ["other" as const],
      h: ["workplace_board" as const],
    };
    expect(missingChannels(config).map((c) => c.code)).toEqual(["c", "d", "g"]);
    expect(missingChannelsMessage(config)).toBe(
      "Quy chế dân chủ chưa quy định hình thức công khai cho nội dung c, d, g (R97, NĐ 145/2020 Điều 43).",
    );
  });

  it("R97: all seven configured → nothing missing", () => {
    const all = Object.fromEntries(
      ["a", "b", "c", "d", "đ", "e", "g"].map((c) => [c, ["workplace_board" as const]]),
    );
    expect(missingChannels(all)).toEqual([]);
    expect(missingChannelsMessage(all)).toBeNull();
  });
});
