// Shared by the documents' tests: the village they print for, and what its papers end with.

import { SIGN_HINT } from "../../../core/documents/index.ts";
import type { Community } from "./types.ts";

export const THON_DONG: Community = {
  kind: "thôn",
  name: "Thôn Đông",
  commune: "Xã Thanh Bình",
  place: "Thanh Bình",
};

/** A signature box as wordTables reads it: role, hint, four blank lines, name. */
export const signBox = (role: string, name: string) => `${role}\n${SIGN_HINT}\n\n\n\n\n${name}`;

/** The last lines of every Thôn Đông paper: sent to UBND xã and UBMTTQ xã (Art 20.3), filed
 *  with the village. */
export const ROUTING_THON_DONG = [
  "Nơi nhận:",
  "- UBND xã Thanh Bình;",
  "- UBMTTQ Việt Nam xã Thanh Bình;",
  "- Lưu: hồ sơ thôn Đông.",
];
