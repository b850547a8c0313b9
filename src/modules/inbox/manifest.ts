import type { ModuleManifest } from "../../core/module.ts";
import "./db/tables.ts";
import "./db/reception-tables.ts";
import { sweepClocks } from "./commands/sweep-clocks.ts";
import { inboxTables } from "./db/migrations/20261122-12-inbox.ts";
import { inboxReceptionTables } from "./db/migrations/20261122-13-inbox-reception.ts";
import { inboxAnsweredLate } from "./db/migrations/20261122-14-inbox-answered-late.ts";
import { inboxAnsweredIndex } from "./db/migrations/20261122-15-inbox-answered-index.ts";
import { INBOX_ADMIN_CSS } from "./http/admin-css.ts";
import { inboxAdminPages } from "./http/admin-pages.tsx";
import { inboxApi } from "./http/api.ts";
import { inboxDocumentRoutes } from "./http/documents.ts";
import { open311Routes } from "./http/open311.ts";
import { INBOX_PUBLIC_CSS } from "./http/public-css.ts";
import { inboxPublicPages } from "./http/public-pages.tsx";
import { RECEPTION_CSS } from "./http/reception-css.ts";
import { receptionPages } from "./http/reception-pages.tsx";
import { calendar, today } from "./http/run.ts";
import { inboxPolicies } from "./policy.ts";
import { inboxIndicators } from "./queries/indicators.ts";

const HANDLING_KINDS = [
  "province",
  "central_city",
  "commune",
  "ward",
  "special_zone",
  "state_agency",
  "public_service_unit",
  "state_enterprise",
  "enterprise",
];

export const inboxManifest: ModuleManifest = {
  name: "inbox",
  migrations: [inboxTables, inboxReceptionTables, inboxAnsweredLate, inboxAnsweredIndex],
  policies: inboxPolicies,
  indicators: inboxIndicators,
  adminTabs: [
    {
      path: "phan-anh",
      order: 30,
      label: { vi: "Phản ánh, khiếu nại, tố cáo", en: "Feedback and complaints" },
      kinds: HANDLING_KINDS,
    },
    {
      path: "tiep-cong-dan",
      order: 35,
      label: { vi: "Tiếp công dân", en: "Citizen reception" },
      kinds: HANDLING_KINDS,
    },
  ],
  publicLinks: [
    {
      path: "phan-anh",
      order: 40,
      label: { vi: "Phản ánh, kiến nghị và trả lời", en: "Feedback and answers" },
      hint: {
        vi: "Gửi phản ánh, kiến nghị, khiếu nại, tố cáo; theo dõi đến khi có trả lời; xem các câu trả lời đã công khai và số liệu.",
        en: "Send feedback, petitions, complaints and denunciations, follow them to the answer, read published answers and figures.",
      },
      kinds: [...HANDLING_KINDS, "village", "residential_group"],
    },
    {
      path: "danh-gia",
      order: 45,
      label: { vi: "Đánh giá sự hài lòng", en: "Rate our services" },
      hint: {
        vi: "Đánh giá mức độ hài lòng với dịch vụ của xã và cán bộ giải quyết thủ tục.",
        en: "Rate the commune's services and the officials who handled your procedure.",
      },
      kinds: ["commune", "ward", "special_zone"],
    },
    {
      path: "tiep-cong-dan",
      order: 50,
      label: { vi: "Lịch tiếp công dân", en: "Citizen reception schedule" },
      hint: {
        vi: "Lịch tiếp công dân định kỳ của người đứng đầu, địa điểm và cách đăng ký.",
        en: "When and where the heads receive citizens.",
      },
      kinds: HANDLING_KINDS,
    },
  ],
  jobs: [
    {
      name: "inbox.sweep-clocks",
      everyMs: 3_600_000,
      run: ({ db, log }) =>
        sweepClocks(db, calendar, today()).then((r) => {
          if (r.reminded + r.overdue + r.escalated > 0) log.info(r, "inbox clocks swept");
        }),
    },
  ],
  styles: INBOX_ADMIN_CSS + INBOX_PUBLIC_CSS + RECEPTION_CSS,
  api: inboxApi,
  pages: (app, deps) => {
    // Fixed paths before the ":id" ones; Open311 sits under /api/ (no CSRF for anonymous clients).
    open311Routes(app, deps);
    receptionPages(app, deps);
    inboxDocumentRoutes(app, deps);
    inboxAdminPages(app, deps);
    inboxPublicPages(app, deps);
  },
};
