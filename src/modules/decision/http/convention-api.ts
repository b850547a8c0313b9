import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { parseLocalDate, plusDays } from "../../../core/calendar/index.ts";
import type { Executor } from "../../../core/db/database.ts";
import { notFound } from "../../../core/errors.ts";
import type { AppDeps, AppEnv } from "../../../core/http/env.ts";
import {
  bearer,
  errorResponses,
  idParam,
  json,
  unitCodeParam,
} from "../../../core/http/openapi.ts";
import { todayInVietnam } from "../../../core/validation.ts";
import { loadUnit } from "../../org/index.ts";
import { inForce } from "../commands/convention-rules.ts";
import {
  amendmentOf,
  type ConventionRow,
  complaintsOf,
  conventionsUnder,
  findConvention,
  reviewsOf,
  versionsOf,
} from "../db/convention.repo.ts";
import { findMatter, roundsOf } from "../db/decision.repo.ts";
import { type MatterResult, publicMatter } from "../queries/visible-matter.ts";
import { CONSULTATION_CHANNELS, GROUNDS, KINDS, PUBLICITY_FORMS } from "./convention-schemas.ts";

// The JSON API of village conventions (NĐ 61/2023), read-only, with the visibility of the public
// pages (convention-public.tsx): a convention from the day its draft is posted, and of its texts
// only those the households saw (posted drafts and the one put to the vote). Conventions still
// being drafted, a draft version still being edited, the drafting team, commenters, complainants
// and signatures never leave here. Fields are listed one by one (STYLE.md §6).

const STATUSES = [
  "consultation",
  "voting",
  "adopted",
  "not_adopted",
  "submitted",
  "recognised",
  "refused",
  "suspended",
  "annulled",
  "replaced",
] as const;

const d = (description: string) => z.string().nullable().openapi({ description });

const ConventionSummaryOut = z
  .object({
    id: z.number().int().openapi({ description: "Mã hương ước, quy ước" }),
    unitCode: z.string().openapi({ description: "Mã thôn, tổ dân phố", example: "9900101" }),
    unitName: z.string().openapi({ description: "Tên đầy đủ của thôn, tổ dân phố" }),
    kind: z.enum(KINDS).openapi({ description: "Hương ước (thôn) hay quy ước (tổ dân phố)" }),
    title: z.string().openapi({ description: "Tên hương ước, quy ước" }),
    status: z.enum(STATUSES).openapi({
      description:
        "Tình trạng: đang lấy ý kiến, đang biểu quyết, đã thông qua, không được thông qua, đã gửi hồ sơ, đã công nhận, không được công nhận, tạm ngưng, bãi bỏ, đã được thay thế",
    }),
    inForceOn: d("Ngày có hiệu lực: ngày UBND xã công nhận (NĐ 61/2023 Điều 11)"),
    inForce: z
      .boolean()
      .openapi({ description: "Đang có hiệu lực hôm nay (đã công nhận, không tạm ngưng toàn bộ)" }),
    version: z.number().int().nullable().openapi({
      description:
        "Số phiên bản hiện hành: văn bản đã đưa ra biểu quyết, nếu chưa thì dự thảo niêm yết gần nhất",
    }),
  })
  .openapi("DecisionConventionSummary");

const RuleOut = z
  .object({
    matterId: z.number().int().openapi({ description: "Mã nội dung biểu quyết (Điều 15 khoản 3)" }),
    valid: z.boolean().openapi({ description: "Cuộc biểu quyết hợp lệ" }),
    passed: z.boolean().openapi({ description: "Được thông qua" }),
    rule: z.string().openapi({ description: "Quy tắc đã áp dụng", example: "R69" }),
    article: z
      .string()
      .openapi({ description: "Điều khoản pháp luật", example: "NĐ 61/2023 Điều 10" }),
    test: z.string().openapi({
      description: "Phép tính trên tổng số hộ",
      example: "2 × 6 = 12 > 10",
    }),
    message: z.string().openapi({ description: "Kết luận" }),
    findings: z
      .array(z.object({ rule: z.string(), article: z.string(), message: z.string() }))
      .openapi({ description: "Các vi phạm, thiếu sót đã phát hiện" }),
    participating: z.number().int().openapi({ description: "Số hộ tham gia" }),
    households: z.number().int().openapi({ description: "Tổng số hộ của thôn (N)" }),
    concludedAt: d("Thời điểm kết luận"),
  })
  .openapi("DecisionConventionAdoption");

const VersionOut = z
  .object({
    version: z.number().int().openapi({ description: "Số phiên bản" }),
    postedOn: d("Ngày niêm yết dự thảo"),
    postedPlace: d("Nơi niêm yết"),
    voted: z.boolean().openapi({ description: "Là văn bản đã đưa ra biểu quyết" }),
    body: z.string().openapi({ description: "Nội dung" }),
  })
  .openapi("DecisionConventionVersion");

const ConventionOut = ConventionSummaryOut.extend({
  amendsId: z
    .number()
    .int()
    .nullable()
    .openapi({ description: "Hương ước, quy ước được sửa đổi, bổ sung (Điều 13)" }),
  amendedById: z
    .number()
    .int()
    .nullable()
    .openapi({ description: "Hương ước, quy ước sửa đổi, bổ sung văn bản này" }),
  consultation: z
    .object({
      postedOn: d("Ngày bắt đầu niêm yết dự thảo (Điều 9.1)"),
      minDays: z
        .number()
        .int()
        .nullable()
        .openapi({ description: "Số ngày niêm yết tối thiểu (ít nhất 30 ngày)" }),
      until: d("Niêm yết ít nhất đến ngày"),
      channels: z
        .array(z.enum(CONSULTATION_CHANNELS))
        .openapi({ description: "Cách thức lấy ý kiến (Điều 9.2)" }),
    })
    .openapi({ description: "Niêm yết, lấy ý kiến dự thảo" }),
  adoptedOn: d("Ngày được thông qua (R69–R70)"),
  adoption: RuleOut.nullable().openapi({
    description: "Kết quả biểu quyết thông qua, với quy tắc và điều luật; null trước khi kết luận",
  }),
  dossier: z
    .object({
      due: d("Hạn gửi hồ sơ đề nghị công nhận: 05 ngày làm việc (R71)"),
      submittedOn: d("Ngày gửi hồ sơ"),
      returnedOn: d("Ngày UBND xã trả hồ sơ chưa đầy đủ"),
    })
    .openapi({ description: "Hồ sơ đề nghị công nhận (Điều 11)" }),
  recognition: z
    .object({
      due: d("Hạn UBND xã quyết định: 05 ngày làm việc từ khi nhận đủ hồ sơ (R71)"),
      decisionNumber: d("Số quyết định công nhận"),
      recognisedOn: d("Ngày công nhận"),
      refusedOn: d("Ngày từ chối công nhận bằng văn bản"),
      refusalReason: d("Lý do không công nhận"),
      endedOn: d("Ngày hết hiệu lực (bãi bỏ, thay thế)"),
    })
    .openapi({ description: "Quyết định của UBND xã" }),
  publicity: z
    .object({
      publicisedOn: d("Ngày phổ biến (Điều 15)"),
      forms: z
        .array(z.enum(PUBLICITY_FORMS))
        .openapi({ description: "Hình thức phổ biến ngoài niêm yết" }),
    })
    .openapi({ description: "Phổ biến hương ước, quy ước đã công nhận" }),
  text: VersionOut.nullable().openapi({
    description:
      "Văn bản hiện hành: đã đưa ra biểu quyết (và được công nhận), hoặc dự thảo đang niêm yết",
  }),
  versions: z.array(VersionOut).openapi({
    description: "Các phiên bản đã niêm yết hoặc đưa ra biểu quyết; bản đang soạn không có ở đây",
  }),
  acts: z
    .array(
      z.object({
        resolution: z.enum(["suspended", "annulled"]),
        resolvedOn: d("Ngày quyết định"),
        extent: z.enum(["whole", "part"]).nullable(),
        ground: z.enum(GROUNDS).nullable(),
        partText: d("Phần bị tạm ngưng, bãi bỏ"),
        reason: d("Lý do"),
        amendBy: d("Hạn sửa đổi, bổ sung"),
        liftedOn: d("Ngày chấm dứt tạm ngưng"),
      }),
    )
    .openapi({ description: "Tạm ngưng thực hiện (Điều 12), bãi bỏ (Điều 14)" }),
  reviews: z
    .array(
      z.object({
        year: z.number().int(),
        heldOn: z.string(),
        summary: z.string(),
      }),
    )
    .openapi({ description: "Đánh giá việc thực hiện hằng năm (Điều 16)" }),
}).openapi("DecisionConvention");

const CodeParam = unitCodeParam;
const IdParam = idParam("Mã hương ước, quy ước");

/** Whether the public may read a convention: once its draft has been posted. */
const isPublic = (c: ConventionRow) => c.status !== "drafting";

interface Shown {
  id: number;
  version: number;
  posted_on: string | null;
}
/** The current text: the one put to the vote, else the last posted draft. */
const currentOf = <T extends Shown>(c: ConventionRow, shown: T[]): T | undefined =>
  shown.find((x) => x.id === c.text_version_id) ?? shown.filter((x) => x.posted_on).at(-1);

/** The versions the households saw (frozen: posted or put to the vote), of many conventions. */
function shownVersionsOf(db: Executor, ids: readonly number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("decision_convention_version")
    .select(["id", "convention_id", "version", "posted_on"])
    .where("convention_id", "in", ids)
    .where("frozen_at", "is not", null)
    .orderBy("convention_id")
    .orderBy("version")
    .execute();
}

const summaryOut = (c: ConventionRow, version: number | null, today: string) => ({
  id: c.id,
  unitCode: c.unit_code,
  unitName: c.unit_full_name,
  kind: c.kind,
  title: c.title,
  status: c.status as (typeof STATUSES)[number],
  inForceOn: c.in_force_on,
  inForce: inForce(c, today),
  version,
});

async function adoptionOf(db: Executor, c: ConventionRow) {
  if (!c.matter_id) return null;
  const m = await findMatter(db, c.matter_id);
  if (!m) return null;
  const r: MatterResult | null = publicMatter(m, await roundsOf(db, m.id), undefined).result;
  return r
    ? {
        matterId: m.id,
        valid: r.valid,
        passed: r.passed,
        rule: r.rule,
        article: r.article,
        test: r.test,
        message: r.message,
        findings: r.findings,
        participating: r.participating,
        households: r.households,
        concludedAt: r.concludedAt ? r.concludedAt.toISOString() : null,
      }
    : null;
}

export function conventionApi(api: OpenAPIHono<AppEnv>, deps: AppDeps) {
  api.openapi(
    createRoute({
      method: "get",
      path: "/units/{code}/conventions",
      summary:
        "Hương ước, quy ước của đơn vị (xã: cả các thôn, tổ dân phố trực thuộc) từ khi dự thảo được niêm yết, mới nhất trước",
      security: bearer,
      request: { params: CodeParam },
      responses: {
        200: json(z.object({ items: z.array(ConventionSummaryOut) }), "Danh sách"),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { unit } = await loadUnit(deps.db, c.req.valid("param").code);
      const rows = (await conventionsUnder(deps.db, unit.path)).filter(isPublic);
      const versions = await shownVersionsOf(
        deps.db,
        rows.map((r) => r.id),
      );
      const today = todayInVietnam();
      return c.json(
        {
          items: rows.map((r) =>
            summaryOut(
              r,
              currentOf(
                r,
                versions.filter((x) => x.convention_id === r.id),
              )?.version ?? null,
              today,
            ),
          ),
        },
        200,
      );
    },
  );

  api.openapi(
    createRoute({
      method: "get",
      path: "/conventions/{id}",
      summary:
        "Một hương ước, quy ước: niêm yết, kết quả biểu quyết thông qua, hồ sơ, công nhận, văn bản và các phiên bản",
      security: bearer,
      request: { params: IdParam },
      responses: { 200: json(ConventionOut, "Hương ước, quy ước"), ...errorResponses },
    }),
    async (c) => {
      const k = await findConvention(deps.db, c.req.valid("param").id);
      if (!k || !isPublic(k)) throw notFound("Không có hương ước, quy ước này.");
      const [versions, complaints, reviews, amendment, adoption] = await Promise.all([
        versionsOf(deps.db, k.id),
        complaintsOf(deps.db, k.id),
        reviewsOf(deps.db, k.id),
        amendmentOf(deps.db, k.id),
        adoptionOf(deps.db, k),
      ]);
      const shown = versions
        .filter((x) => x.frozen_at !== null)
        .map((x) => ({
          id: x.id,
          version: x.version,
          posted_on: x.posted_on,
          out: {
            version: x.version,
            postedOn: x.posted_on,
            postedPlace: x.posted_place,
            voted: x.id === k.text_version_id,
            body: x.body,
          },
        }));
      const current = currentOf(k, shown);
      const until =
        k.consultation_from && k.min_posting_days
          ? plusDays(parseLocalDate(k.consultation_from), k.min_posting_days)
          : null;
      return c.json(
        {
          ...summaryOut(k, current?.version ?? null, todayInVietnam()),
          amendsId: k.amends_id,
          amendedById: amendment && amendment.status !== "drafting" ? amendment.id : null,
          consultation: {
            postedOn: k.consultation_from,
            minDays: k.min_posting_days,
            until,
            channels: k.channels ?? [],
          },
          adoptedOn: k.adopted_on,
          adoption,
          dossier: {
            due: k.dossier_due,
            submittedOn: k.dossier_submitted_on,
            returnedOn: k.dossier_returned_on,
          },
          recognition: {
            due: k.decision_due,
            decisionNumber: k.decision_number,
            recognisedOn: k.recognised_on,
            refusedOn: k.refused_on,
            refusalReason: k.refusal_reason,
            endedOn: k.ended_on,
          },
          publicity: { publicisedOn: k.publicised_on, forms: k.publicity_forms ?? [] },
          text: current ? current.out : null,
          versions: shown.map((x) => x.out),
          acts: complaints.flatMap((x) =>
            x.resolution === "suspended" || x.resolution === "annulled"
              ? [
                  {
                    resolution: x.resolution,
                    resolvedOn: x.resolved_on,
                    extent: x.extent,
                    ground: x.ground,
                    partText: x.part_text,
                    reason: x.reason,
                    amendBy: x.amend_by,
                    liftedOn: x.lifted_on,
                  },
                ]
              : [],
          ),
          reviews: reviews.map((r) => ({ year: r.year, heldOn: r.held_on, summary: r.summary })),
        },
        200,
      );
    },
  );
}
