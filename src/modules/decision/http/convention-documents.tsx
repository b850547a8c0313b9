import type { Context, Hono } from "hono";
import { conflict, notFound } from "../../../core/errors.ts";
import type { AppDeps, AppEnv } from "../../../core/http/env.ts";
import { todayInVietnam } from "../../../core/validation.ts";
import { holderOf, unitChainQuery } from "../../org/index.ts";
import { GROUND_EXTENT, STATUS_VI } from "../commands/convention-rules.ts";
import {
  type ComplaintRow,
  type ConventionRow,
  commentsOf,
  complaintsOf,
  findConvention,
  versionsOf,
} from "../db/convention.repo.ts";
import type { ConventionStatus } from "../db/convention-tables.ts";
import { findRecord, roundsOf } from "../db/decision.repo.ts";
import {
  conventionAnnulmentDocx,
  conventionRecognitionDocx,
  conventionRefusalDocx,
  conventionSuspensionDocx,
} from "../documents/convention-decision-docx.ts";
import { conventionName } from "../documents/convention-format.ts";
import { conventionRequestDocx } from "../documents/convention-request-docx.ts";
import type {
  CommuneIssuer,
  ConventionAnnulment,
  ConventionRef,
  ConventionSuspension,
} from "../documents/convention-types.ts";
import type { Community } from "../documents/types.ts";
import { latestRounds, roundResult } from "../queries/visible-matter.ts";
import { dateOf, load } from "./convention-admin-item.tsx";
import { CONVENTION_TAB, conventionUrl } from "./convention-admin-list.tsx";
import { CHANNEL_LABEL } from "./convention-present.tsx";
import { downloadDocx } from "./present.tsx";

// The convention's official papers (NĐ 61/2023): Mẫu 01, the head's request for recognition;
// Mẫu 02, the minutes of the adoption, which are the matter's own written decision (served by
// `admin-documents.tsx`, so this address only forwards to it); Mẫu 03, the recognition, or the
// written refusal; Mẫu 04 and 05, a suspension and an annulment. Each is reached as the
// convention's admin page is (`load`), and exists only from the stage that produces it.

/** Stages at which the dossier's papers exist: adopted, and every stage after. */
const DOSSIER_STAGES: readonly ConventionStatus[] = [
  "adopted",
  "submitted",
  "recognised",
  "refused",
  "suspended",
  "annulled",
  "replaced",
];

const COMMUNE_KINDS = ["commune", "ward", "special_zone"];
const PROVINCE_KINDS = ["province", "central_city"];

/** The papers a convention has at its stage, with their addresses and names. */
export function conventionPapers(
  k: ConventionRow,
  complaints: readonly ComplaintRow[],
  minutesFinalised: boolean,
): { href: string; label: string }[] {
  const base = conventionUrl(k);
  const papers: { href: string; label: string }[] = [];
  if (DOSSIER_STAGES.includes(k.status)) {
    papers.push({
      href: `${base}/to-trinh.docx`,
      label: "Tờ trình đề nghị công nhận (Mẫu 01)",
    });
    if (minutesFinalised) {
      papers.push({ href: `${base}/bien-ban.docx`, label: "Biên bản thông qua (Mẫu 02)" });
    }
  }
  if (k.recognised_on) {
    papers.push({
      href: `${base}/quyet-dinh-cong-nhan.docx`,
      label: "Quyết định công nhận (Mẫu 03)",
    });
  }
  if (k.status === "refused") {
    papers.push({
      href: `${base}/khong-cong-nhan.docx`,
      label: "Thông báo không công nhận, nêu rõ lý do",
    });
  }
  for (const x of complaints) {
    if (x.resolution === "suspended" || x.resolution === "annulled") {
      const suspended = x.resolution === "suspended";
      papers.push({
        href: `${base}/kien-nghi/${x.id}/${suspended ? "tam-ngung" : "bai-bo"}.docx`,
        label: `${suspended ? "Quyết định tạm ngưng thực hiện (Mẫu 04)" : "Quyết định bãi bỏ (Mẫu 05)"} ngày ${dateOf("vi", x.resolved_on)}`,
      });
    }
  }
  return papers;
}

/** "Thanh Bình" from "Xã Thanh Bình": the place of the date line (NĐ 30 Annex I box 4). */
const bareName = (name: string) => name.replace(/^(xã|phường|đặc khu|thị trấn)\s+/iu, "").trim();

const CONVENTION_KIND: Record<string, ConventionRef["kind"]> = {
  huong_uoc: "hương ước",
  quy_uoc: "quy ước",
};

/** The convention as the papers name it, with its commune and province. */
async function paperContext(deps: AppDeps, k: ConventionRow) {
  const chain = await unitChainQuery(deps.db, k.unit_code).execute();
  const village = chain.at(-1)!;
  const commune = [...chain].reverse().find((u) => COMMUNE_KINDS.includes(u.kind)) ?? village;
  const province = chain.find((u) => PROVINCE_KINDS.includes(u.kind));
  const community: Community = {
    kind: village.kind === "residential_group" ? "tổ dân phố" : "thôn",
    name: village.full_name,
    commune: commune.full_name,
    place: bareName(commune.name),
  };
  const ref: ConventionRef = {
    kind: CONVENTION_KIND[k.kind] ?? "hương ước",
    title: k.title,
    community,
  };
  return {
    ref,
    issuer: async (on: string): Promise<CommuneIssuer> => ({
      province: province?.full_name ?? null,
      // The Chủ tịch of UBND xã signs its decisions (TM. ỦY BAN NHÂN DÂN, T56).
      chair: (await holderOf(deps.db, commune.id, "peoples_committee", ["chair"], on)) ?? "",
    }),
  };
}

const signaturesOf = (k: ConventionRow) => ({
  head: k.sign_head ?? "",
  frontHead: k.sign_front_head ?? "",
  householdReps: [k.sign_rep1 ?? "", k.sign_rep2 ?? ""] as [string, string],
});

/** What a suspension (Mẫu 04) and an annulment (Mẫu 05) both state: who, when, on what. */
async function resolutionPaper(
  deps: AppDeps,
  k: ConventionRow,
  complaint: ComplaintRow & { resolved_on: string },
  recognition: { number: string | null; on: string },
) {
  const { ref, issuer } = await paperContext(deps, k);
  const base = {
    convention: ref,
    issuer: await issuer(complaint.resolved_on),
    number: null,
    on: complaint.resolved_on,
    recognition,
    complaint: { receivedOn: complaint.received_on, origin: complaint.source },
    partText: complaint.part_text,
    reason: complaint.reason ?? "",
  };
  return { ref, base };
}

/** A generator's refusal (a paper that would state something false) is the official's to fix. */
async function generate(make: () => Promise<Buffer>): Promise<Buffer> {
  try {
    return await make();
  } catch (err) {
    if (err instanceof RangeError) throw conflict(`Chưa lập được văn bản: ${err.message}`);
    throw err;
  }
}

export function conventionAdminDocuments(app: Hono<AppEnv>, deps: AppDeps) {
  const path = (p: string) => `/quan-tri/:code/${CONVENTION_TAB}/:id{[0-9]+}/${p}`;
  const stageNotFound = (what: string, k: ConventionRow) =>
    notFound(`Chưa có ${what}: hương ước, quy ước ${STATUS_VI[k.status]}.`);

  // Mẫu 01: printed for the dossier from adoption on; dated the day the dossier was sent, or
  // today while it is still to be sent.
  app.get(path("to-trinh.docx"), async (c) => {
    const { convention: k } = await load(deps, c);
    if (!DOSSIER_STAGES.includes(k.status) || !k.adopted_on || !k.matter_id) {
      throw stageNotFound("tờ trình đề nghị công nhận (Mẫu 01)", k);
    }
    const [{ ref }, versions, comments, rounds] = await Promise.all([
      paperContext(deps, k),
      versionsOf(deps.db, k.id),
      commentsOf(deps.db, k.id),
      roundsOf(deps.db, k.matter_id),
    ]);
    const final = latestRounds(rounds.map((r) => ({ ...r, unitCode: r.unit_code }))).at(-1);
    const result = final ? roundResult(final) : null;
    if (!final || !result) throw stageNotFound("kết quả biểu quyết thông qua", k);
    const text = versions.find((x) => x.id === k.text_version_id);
    const posted = versions.find((x) => x.posted_on !== null);
    const adopted = k.adopted_on;
    const body = await generate(() =>
      conventionRequestDocx({
        convention: ref,
        number: null,
        date: k.status === "adopted" ? todayInVietnam() : (k.dossier_submitted_on ?? adopted),
        proposedOn: k.proposed_on,
        posting: {
          from: k.consultation_from ?? "",
          days: k.min_posting_days ?? 30,
          place: text?.posted_place ?? posted?.posted_place ?? null,
          channels: (k.channels ?? []).map((ch) => CHANNEL_LABEL[ch]?.vi ?? ch),
        },
        comments: comments.length,
        adoption: {
          form: final.form === "meeting" ? "cuộc họp" : "phát phiếu",
          from: final.held_on,
          on: adopted,
          households: result.households,
          participating: result.participating,
          tally: { yes: result.yes, no: result.no, other: result.other },
          outcome: {
            rule: `${result.rule} — ${result.article}${result.test ? `: ${result.test}` : ""}`,
            passed: result.valid && result.passed,
          },
        },
        signatures: signaturesOf(k),
      }),
    );
    return downloadDocx(c, body, `Tờ trình đề nghị công nhận ${conventionName(ref)}`);
  });

  // Mẫu 02: the matter's finalised written decision (R34), printed where every decision's is.
  app.get(path("bien-ban.docx"), async (c) => {
    const { loaded, convention: k } = await load(deps, c);
    const record = k.matter_id ? await findRecord(deps.db, k.matter_id) : undefined;
    if (!DOSSIER_STAGES.includes(k.status) || !record?.finalised_at) {
      throw stageNotFound("biên bản thông qua đã hoàn tất (Mẫu 02)", k);
    }
    return c.redirect(
      `/quan-tri/${loaded.unit.code}/quyet-dinh/${k.matter_id}/quyet-dinh.docx`,
      303,
    );
  });

  // Mẫu 03: once UBND xã has recognised it (R71, R67).
  app.get(path("quyet-dinh-cong-nhan.docx"), async (c) => {
    const { convention: k } = await load(deps, c);
    if (!k.recognised_on || !k.adopted_on) {
      throw stageNotFound("quyết định công nhận (Mẫu 03)", k);
    }
    const [{ ref, issuer }, amended] = await Promise.all([
      paperContext(deps, k),
      k.amends_id ? findConvention(deps.db, k.amends_id) : Promise.resolve(undefined),
    ]);
    const amends =
      amended?.recognised_on != null
        ? {
            name: conventionName({ ...ref, title: amended.title }),
            number: amended.decision_number,
            recognisedOn: amended.recognised_on,
          }
        : null;
    const recognisedOn = k.recognised_on;
    const adoptedOn = k.adopted_on;
    const body = await generate(async () =>
      conventionRecognitionDocx({
        convention: ref,
        issuer: await issuer(recognisedOn),
        number: k.decision_number,
        on: recognisedOn,
        adoptedOn,
        submittedOn: k.dossier_submitted_on ?? recognisedOn,
        signatures: signaturesOf(k),
        sealAcrossPages: k.seal_across_pages,
        amends,
      }),
    );
    return downloadDocx(c, body, `Quyết định công nhận ${conventionName(ref)}`);
  });

  // The written refusal, with its reasons (R71).
  app.get(path("khong-cong-nhan.docx"), async (c) => {
    const { convention: k } = await load(deps, c);
    if (k.status !== "refused" || !k.refused_on || !k.adopted_on) {
      throw stageNotFound("văn bản không công nhận", k);
    }
    const { ref, issuer } = await paperContext(deps, k);
    const refusedOn = k.refused_on;
    const adoptedOn = k.adopted_on;
    const body = await generate(async () =>
      conventionRefusalDocx({
        convention: ref,
        issuer: await issuer(refusedOn),
        number: null,
        on: refusedOn,
        adoptedOn,
        submittedOn: k.dossier_submitted_on ?? refusedOn,
        reason: k.refusal_reason ?? "",
      }),
    );
    return downloadDocx(c, body, `Thông báo không công nhận ${conventionName(ref)}`);
  });

  /** The complaint of this convention that ended in `resolution`, or a 404 naming the paper. */
  const resolvedComplaint = async (
    c: Context<AppEnv>,
    resolution: "suspended" | "annulled",
    what: string,
  ) => {
    const { convention: k } = await load(deps, c);
    const complaints = await complaintsOf(deps.db, k.id);
    const id = Number(c.req.param("complaintId"));
    const complaint = complaints.find((x) => x.id === id);
    if (!complaint) throw notFound("Không tìm thấy kiến nghị này.");
    if (complaint.resolution !== resolution || !complaint.resolved_on || !k.recognised_on) {
      throw notFound(`Kiến nghị này không có ${what}.`);
    }
    return {
      k,
      complaints,
      complaint: { ...complaint, resolved_on: complaint.resolved_on },
      recognition: { number: k.decision_number, on: k.recognised_on },
    };
  };

  // Mẫu 04: a suspension, in whole or part (R72, Art 12).
  app.get(path("kien-nghi/:complaintId{[0-9]+}/tam-ngung.docx"), async (c) => {
    const { k, complaint, recognition } = await resolvedComplaint(
      c,
      "suspended",
      "quyết định tạm ngưng thực hiện (Mẫu 04)",
    );
    const { ref, base } = await resolutionPaper(deps, k, complaint, recognition);
    const body = await generate(async () =>
      conventionSuspensionDocx({
        ...base,
        ground: complaint.ground as ConventionSuspension["ground"],
        amendBy: complaint.amend_by ?? "",
      }),
    );
    return downloadDocx(c, body, `Quyết định tạm ngưng ${conventionName(ref)}`);
  });

  // Mẫu 05: an annulment, in whole or part (R72, Art 14), citing the expired suspension if any.
  app.get(path("kien-nghi/:complaintId{[0-9]+}/bai-bo.docx"), async (c) => {
    const { k, complaints, complaint, recognition } = await resolvedComplaint(
      c,
      "annulled",
      "quyết định bãi bỏ (Mẫu 05)",
    );
    const ground = complaint.ground as ConventionAnnulment["ground"];
    const expired = complaints
      .filter(
        (x) =>
          x.resolution === "suspended" &&
          x.extent === GROUND_EXTENT[ground] &&
          x.resolved_on !== null &&
          x.amend_by !== null &&
          x.amend_by < complaint.resolved_on,
      )
      .at(-1);
    const { ref, base } = await resolutionPaper(deps, k, complaint, recognition);
    const body = await generate(async () =>
      conventionAnnulmentDocx({
        ...base,
        ground,
        suspension:
          (ground === "suspension_expired" || ground === "part_suspension_expired") && expired
            ? { on: expired.resolved_on!, amendBy: expired.amend_by! }
            : null,
      }),
    );
    return downloadDocx(c, body, `Quyết định bãi bỏ ${conventionName(ref)}`);
  });
}
