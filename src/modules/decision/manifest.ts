import type { ModuleManifest } from "../../core/module.ts";
import "./db/tables.ts";
import { decisionIndicators } from "./db/indicators.ts";
import { decisionTables } from "./db/migrations/20261122-07-decision.ts";
import { decisionConventionTables } from "./db/migrations/20261122-08-decision-convention.ts";
import { decisionAttachmentTables } from "./db/migrations/20261122-09-decision-attachments.ts";
import { decisionVoteReceipt } from "./db/migrations/20261122-11-decision-vote-receipt.ts";
import { BALLOT_CSS } from "./documents/ballot-sheet.tsx";
import { decisionAdminDocuments } from "./http/admin-documents.tsx";
import { decisionAdminInitiative } from "./http/admin-initiative.tsx";
import { decisionAdminList } from "./http/admin-list.tsx";
import { decisionAdminMatter } from "./http/admin-matter.tsx";
import { decisionAdminRound } from "./http/admin-round.tsx";
import { decisionApi } from "./http/api.ts";
import { conventionAdminTab, conventionPages } from "./http/convention-pages.tsx";
import { DECISION_CSS } from "./http/decision-css.ts";
import { decisionMatterAttachments } from "./http/matter-attachments.tsx";
import { decisionPublicPages } from "./http/public.tsx";
import { decisionPolicies } from "./policy.ts";

export const decisionManifest: ModuleManifest = {
  name: "decision",
  migrations: [
    decisionTables,
    decisionConventionTables,
    decisionAttachmentTables,
    decisionVoteReceipt,
  ],
  indicators: decisionIndicators,
  policies: decisionPolicies,
  adminTabs: [
    {
      path: "quyet-dinh",
      order: 25,
      label: { vi: "Quyết định", en: "Decisions" },
      kinds: ["commune", "ward", "special_zone", "village", "residential_group"],
    },
    conventionAdminTab,
  ],
  publicLinks: [
    {
      path: "quyet-dinh",
      order: 20,
      label: { vi: "Nhân dân bàn và quyết định", en: "Community decisions" },
      hint: {
        vi: "Việc đang lấy ý kiến, cách tham gia, kết quả biểu quyết theo hộ và văn bản quyết định.",
        en: "Open votes and how to take part, household results and the decisions.",
      },
      kinds: ["commune", "ward", "special_zone", "village", "residential_group"],
    },
    {
      path: "huong-uoc",
      order: 30,
      label: { vi: "Hương ước, quy ước", en: "Village conventions" },
      hint: {
        vi: "Dự thảo đang lấy ý kiến và văn bản đã được công nhận, với các phiên bản.",
        en: "Drafts open for comment and recognised texts, with their versions.",
      },
      kinds: ["commune", "ward", "special_zone", "village", "residential_group"],
    },
  ],
  styles: BALLOT_CSS + DECISION_CSS,
  api: decisionApi,
  pages: (app, deps) => {
    // Fixed paths before the ":id" ones that would otherwise take them.
    decisionAdminList(app, deps);
    decisionAdminInitiative(app, deps);
    decisionAdminDocuments(app, deps);
    decisionAdminRound(app, deps);
    decisionMatterAttachments(app, deps);
    decisionAdminMatter(app, deps);
    decisionPublicPages(app, deps);
    conventionPages(app, deps);
  },
};
