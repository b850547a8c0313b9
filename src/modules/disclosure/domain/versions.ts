// R11 (Luật 10/2022 Art 14.1): a change to information already disclosed is itself disclosed.
// On the platform a change is a new version of the same item, and it must meet R5–R9 (or R75,
// R83) again on its own:
// - its deadline runs from ITS basis date (the decision that made the change);
// - it starts unpublished, with no evidence: the old version's postings do not count for it;
// - the old version is superseded on the day the new one is published, and its own postings need
//   not outlast that day (compliance.ts, `supersededOn`).

import { parseLocalDate } from "../../../core/calendar/index.ts";
import { conflict, validation } from "../../../core/errors.ts";
import type { Evidence } from "./types.ts";

export interface DisclosureVersion {
  /** 1 for the first disclosure, then 2, 3… */
  version: number;
  basisDate: string;
  publishedOn: string | null;
  evidence: Evidence[];
  /** The version this one replaces, if any. */
  supersedes: number | null;
}

/**
 * The version that discloses a change to `prev`: number + 1, the change's own basis date (not
 * before `prev`'s), not yet published, and no evidence. Only a published version can be changed.
 */
export function nextVersion(prev: DisclosureVersion, basisDate: string): DisclosureVersion {
  if (prev.publishedOn === null) {
    throw conflict("Chỉ tạo phiên bản mới từ nội dung đã công khai; hãy sửa bản nháp.");
  }
  if (parseLocalDate(basisDate) < parseLocalDate(prev.basisDate)) {
    throw validation(
      "Văn bản căn cứ của phiên bản mới không được trước văn bản căn cứ của phiên bản cũ.",
      "basisDate",
    );
  }
  return {
    version: prev.version + 1,
    basisDate,
    publishedOn: null,
    evidence: [],
    supersedes: prev.version,
  };
}

/** The day `prev` stops being the one in force: when its successor is published (null before). */
export function supersededOn(successor: DisclosureVersion | null): string | null {
  return successor?.publishedOn ?? null;
}
