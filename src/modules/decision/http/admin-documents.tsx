import type { Context, Hono } from "hono";
import type { Executor } from "../../../core/db/database.ts";
import { conflict, notFound } from "../../../core/errors.ts";
import type { AppDeps, AppEnv } from "../../../core/http/env.ts";
import { renderPage } from "../../../core/http/page.tsx";
import { pick } from "../../../core/i18n/lang.ts";
import { todayInVietnam } from "../../../core/validation.ts";
import { adminCrumbs, findUnitById, loadUnit } from "../../org/index.ts";
import { voteEndedOn } from "../commands/finalise-record.ts";
import {
  findRecord,
  participants,
  type RoundRow,
  roundsOf,
  snapshotHouseholds,
  votesByChannel,
} from "../db/decision.repo.ts";
import { BallotSheets } from "../documents/ballot-sheet.tsx";
import { countMinutesDocx } from "../documents/count-minutes-docx.ts";
import { decisionDocx } from "../documents/decision-docx.ts";
import { onlineRecordDocx } from "../documents/online-record-docx.ts";
import type {
  Community,
  DecisionKind,
  Outcome as DocOutcome,
  VotingForm,
} from "../documents/types.ts";
import { missingRecordFields } from "../domain/decision-record.ts";
import { loadMatterForAdmin, loadRoundForAdmin } from "../queries/admin-load.ts";
import {
  latestRounds,
  publicRound,
  type RoundResult,
  roundResult,
} from "../queries/visible-matter.ts";
import { downloadDocx } from "./present.tsx";

// The documents officials print and sign: the decision of Art 20 (Mẫu 03), the count minutes of
// a secret ballot (Mẫu 02) or of household ballots (Mẫu 04), the record of an online vote
// (NĐ 59/2023 Art 5.4, T64), and the ballot forms from the commune's template (R29). Figures come
// from the stored count, never recomputed.

const DOC_KIND: Record<string, DecisionKind> = {
  nghi_quyet: "nghị quyết",
  bien_ban: "biên bản",
  ban_ghi_nho: "bản ghi nhớ",
  ban_thoa_thuan: "bản thỏa thuận",
};
const VOTING_FORM: Record<string, VotingForm> = {
  meeting: "cuộc họp",
  ballot: "phát phiếu",
  online: "trực tuyến",
};

/** "Thanh Bình" from "Xã Thanh Bình": the place of a date line (NĐ 30 Annex I). */
const bare = (name: string) =>
  name.replace(/^(xã|phường|đặc khu|thị trấn|thôn|tổ dân phố)\s+/iu, "").trim();

/** The village (or, for a commune-wide decision, the commune) as the documents name it. */
async function communityOf(db: Executor, code: string): Promise<Community> {
  const { unit } = await loadUnit(db, code);
  // The commune by its full name ("Xã Thanh Bình"): the header prints it above the village and
  // the recipients line reads "UBND xã Thanh Bình" (Art 20.3).
  const parent = unit.parent_id === null ? undefined : await findUnitById(db, unit.parent_id);
  const commune = ["commune", "ward", "special_zone"].includes(unit.kind)
    ? { name: unit.full_name }
    : { name: parent?.full_name ?? "" };
  return {
    kind: unit.kind === "residential_group" ? "tổ dân phố" : "thôn",
    name: unit.full_name,
    commune: commune.name,
    place: bare(commune.name),
  };
}

/** "2026-03-15T19:30" in Vietnam's time (UTC+7). */
const localTime = (d: Date) => new Date(d.getTime() + 7 * 3_600_000).toISOString().slice(0, 16);

/** When a round ran, as the documents print it: dates from the round, hours from the platform. */
function roundTimes(r: RoundRow): { startsAt: string; endsAt: string } {
  const opened = r.opened_at ? localTime(r.opened_at) : `${r.held_on}T00:00`;
  const startsAt = opened.slice(0, 10) === r.held_on ? opened : `${r.held_on}T00:00`;
  if (r.form === "meeting") {
    const counted = r.counted_at ? localTime(r.counted_at) : `${r.held_on}T23:59`;
    // Local times compare as text ("2026-03-15T19:30"); the later of the two ends the meeting.
    return { startsAt, endsAt: [startsAt, counted].sort()[1]! };
  }
  // Online votes are accepted to the end of the last day; ballots are due by its close of office.
  return { startsAt, endsAt: `${r.closes_on}T${r.form === "online" ? "23:59" : "17:00"}` };
}

const docOutcome = (r: {
  rule: string;
  article: string;
  test: string;
  passed: boolean;
  valid: boolean;
}): DocOutcome => ({
  rule: `${r.rule} — ${r.article}${r.test ? `: ${r.test}` : ""}${r.valid ? "" : " (kết quả không hợp lệ)"}`,
  passed: r.valid && r.passed,
});

/** A generator's refusal (figures that do not add up) is the official's to fix, not a crash. */
async function generate<T>(make: () => Promise<T>): Promise<T> {
  try {
    return await make();
  } catch (err) {
    if (err instanceof RangeError) throw conflict(`Chưa lập được văn bản: ${err.message}`);
    throw err;
  }
}

export function decisionAdminDocuments(app: Hono<AppEnv>, deps: AppDeps) {
  const loadRound = (c: Context<AppEnv>) =>
    loadRoundForAdmin(
      deps.db,
      c.get("ctx"),
      c.req.param("code") ?? "",
      Number(c.req.param("roundId")) || 0,
    );

  app.get("/quan-tri/:code/quyet-dinh/:id{[0-9]+}/quyet-dinh.docx", async (c) => {
    const { matter } = await loadMatterForAdmin(
      deps.db,
      c.get("ctx"),
      c.req.param("code"),
      Number(c.req.param("id")),
    );
    const [record, rounds] = await Promise.all([
      findRecord(deps.db, matter.id),
      roundsOf(deps.db, matter.id),
    ]);
    if (!record) throw notFound("Chưa lập văn bản quyết định.");
    const missing = missingRecordFields({
      heldOn: record.held_on,
      households: record.households,
      attending: record.attending,
      absent: record.absent,
      content: record.content,
      form: record.form_text,
      result: record.result_text,
      decision: record.decision_text,
      signatures: {
        head: record.sign_head,
        frontHead: record.sign_front_head,
        householdRep1: record.sign_rep1,
        householdRep2: record.sign_rep2,
      },
    });
    if (missing.length > 0) {
      throw conflict(`Văn bản còn thiếu: ${missing.map((f) => f.message).join(" ")}`);
    }
    const last = latestRounds(rounds.map((r) => ({ ...r, unitCode: r.unit_code, seq: r.seq })));
    const results = last.map(roundResult).filter((r): r is RoundResult => r !== null);
    const final = last.at(-1)!;
    const sum = (k: "yes" | "no" | "other") => results.reduce((s, r) => s + r[k], 0);
    const outcome = matter.outcome as { rule: string; article: string; test: string } | null;
    const times = roundTimes(final);
    const community = await communityOf(deps.db, matter.unit_code);
    const body = await generate(() =>
      decisionDocx({
        community,
        kind: DOC_KIND[record.doc_form] ?? "biên bản",
        number: null,
        issuedOn: record.held_on ?? voteEndedOn(rounds) ?? todayInVietnam(),
        subject: `Về việc ${matter.title.charAt(0).toLocaleLowerCase("vi")}${matter.title.slice(1)}`,
        form: VOTING_FORM[final.form]!,
        ...times,
        ...(final.place ? { venue: final.place } : {}),
        households: record.households!,
        represented: record.attending!,
        content: record.content!,
        tally: { yes: sum("yes"), no: sum("no"), other: sum("other") },
        outcome: outcome
          ? docOutcome({ ...outcome, passed: matter.passed === true, valid: matter.valid === true })
          : { rule: record.result_text!, passed: matter.passed === true },
        decision: record.decision_text!,
        signatures: {
          head: record.sign_head!,
          frontHead: record.sign_front_head!,
          householdReps: [record.sign_rep1!, record.sign_rep2!],
        },
      }),
    );
    return downloadDocx(c, body, `Quyết định ${matter.title}`);
  });

  app.get("/quan-tri/:code/quyet-dinh/dot/:roundId{[0-9]+}/bien-ban-kiem-phieu.docx", async (c) => {
    const { round, matter } = await loadRound(c);
    const result = roundResult(round);
    if (!result) throw conflict("Đợt biểu quyết chưa kiểm phiếu.");
    const meeting = round.form === "meeting";
    if (round.form === "online" || (meeting && round.meeting_method !== "secret")) {
      throw conflict(
        "Biên bản kiểm phiếu chỉ lập cho việc bỏ phiếu kín tại cuộc họp (Mẫu 02) hoặc phát phiếu lấy ý kiến (Mẫu 04).",
      );
    }
    const channels = await votesByChannel(deps.db, round.id);
    const n = (status: string) =>
      channels.filter((v) => v.status === status).reduce((s, v) => s + v.n, 0);
    const valid = n("counted");
    const duplicates = n("duplicate");
    const invalid = n("outside");
    const returned = valid + duplicates + invalid;
    const team = meeting
      ? round.tellers.map((name, i) => ({
          name,
          role: i === 0 ? "Trưởng Ban kiểm phiếu" : "Thành viên Ban kiểm phiếu",
        }))
      : [...round.team]
          .sort((a, b) => Number(b.leader) - Number(a.leader))
          .map((m) => ({
            name: m.name,
            role: m.leader ? "Tổ trưởng Tổ phát phiếu" : "Thành viên Tổ phát phiếu",
          }));
    const times = roundTimes(round);
    const body = await generate(async () =>
      countMinutesDocx({
        kind: meeting ? "cuộc họp" : "phát phiếu",
        community: await communityOf(deps.db, round.unit_code),
        number: null,
        subject: matter.title,
        startsAt: times.startsAt,
        endsAt: round.counted_at ? localTime(round.counted_at) : times.endsAt,
        venue: round.place ?? "",
        team,
        witnesses: [round.witnesses[0] ?? "", round.witnesses[1] ?? ""],
        households: result.households,
        ...(meeting ? { represented: result.participating } : {}),
        ballots: {
          issued: meeting ? result.participating : result.households,
          returned,
          valid,
          invalid,
          duplicates,
          yes: result.yes,
          no: result.no,
          other: result.other,
        },
        outcome: docOutcome(result),
      }),
    );
    return downloadDocx(c, body, `Biên bản kiểm phiếu ${round.unit_name} đợt ${round.seq}`);
  });

  app.get("/quan-tri/:code/quyet-dinh/dot/:roundId{[0-9]+}/bien-ban-truc-tuyen.docx", async (c) => {
    const { round, matter } = await loadRound(c);
    const result = roundResult(round);
    if (round.form !== "online") throw conflict("Đợt này không biểu quyết trực tuyến.");
    if (!result) throw conflict("Cuộc biểu quyết trực tuyến chưa kết thúc và kiểm phiếu.");
    const [people, record] = await Promise.all([
      participants(deps.db, round.id, round.held_on),
      findRecord(deps.db, matter.id),
    ]);
    const times = roundTimes(round);
    const leader = round.team.find((m) => m.leader)?.name ?? "";
    const origin = new URL(c.req.url).origin;
    const body = await generate(async () =>
      onlineRecordDocx({
        community: await communityOf(deps.db, round.unit_code),
        number: null,
        subject: matter.title,
        channel: "Nền tảng Cơ Sở",
        ...times,
        households: result.households,
        tally: { yes: result.yes, no: result.no, other: result.other },
        outcome: docOutcome(result),
        screenshot: {
          url: `${origin}/u/${matter.unit_code}/quyet-dinh/${matter.id}#dot-${round.id}`,
          sha256: round.result_hash ?? "",
        },
        participants: people.map((p) => ({
          name: p.representative ?? `Đại diện hộ ${p.code}`,
          address: p.address,
        })),
        teamLeader: leader,
        head: record?.sign_head ?? "",
      }),
    );
    return downloadDocx(c, body, `Biên bản biểu quyết trực tuyến ${round.unit_name}`);
  });

  app.get("/quan-tri/:code/quyet-dinh/dot/:roundId{[0-9]+}/phieu", async (c) => {
    const lang = c.get("lang");
    const { loaded, round, matter } = await loadRound(c);
    const title = pick(lang, { vi: "Phiếu lấy ý kiến hộ gia đình", en: "Household ballots" });
    const households =
      round.status === "planned" ? [] : await snapshotHouseholds(deps.db, round.id, round.held_on);
    const record = await findRecord(deps.db, matter.id);
    const community = await communityOf(deps.db, round.unit_code);
    const r = publicRound(round);
    return renderPage(
      c,
      { title, crumbs: adminCrumbs(lang, loaded, title) },
      <>
        <div class="no-print">
          <h1>
            {title} — {round.unit_name}
          </h1>
          <p>
            <a href={`/quan-tri/${loaded.unit.code}/quyet-dinh/dot/${round.id}`}>
              ← {matter.title}
            </a>
          </p>
          {households.length === 0 ? (
            <p class="notice notice-warn" role="status">
              {pick(lang, {
                vi: "Phiếu được in theo danh sách hộ đã chốt khi bắt đầu đợt biểu quyết; hãy bắt đầu đợt trước khi in.",
                en: "Ballots are printed from the households frozen when the round opens; open it first.",
              })}
            </p>
          ) : (
            <p>
              {pick(lang, {
                vi: `${households.length} phiếu, mỗi hộ một phiếu trên một trang A4. Dùng lệnh In của trình duyệt (Ctrl+P).`,
                en: `${households.length} ballots, one A4 page per household. Use the browser's Print command.`,
              })}
            </p>
          )}
        </div>
        <BallotSheets
          ballots={households.map((h, i) => ({
            householdCode: h.code,
            householdAddress: h.address,
            serial: `${round.id}-${String(i + 1).padStart(4, "0")}`,
          }))}
          template={{
            scope: matter.scope,
            community,
            title: matter.title,
            question: matter.question,
            instructions:
              "Đánh dấu X vào một ô: Đồng ý, Không đồng ý hoặc Ý kiến khác; nếu chọn Ý kiến khác, ghi rõ ý kiến vào các dòng bên dưới. Mỗi hộ một phiếu.",
            returnBy: `${r.closesOn}T17:00`,
            head: record?.sign_head ?? "",
          }}
        />
      </>,
    );
  });
}
