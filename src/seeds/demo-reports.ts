import type { Role } from "../core/authz/index.ts";
import { civilServiceCalendar } from "../core/calendar/index.ts";
import type { RequestContext } from "../core/context/request-context.ts";
import type { Tx } from "../core/db/database.ts";
import { indicatorDefinitions } from "../core/indicators.ts";
import type { UnitRow } from "../modules/org/index.ts";
import { SEED_003_CALENDAR } from "../modules/reporting/domain/periods.ts";
import type { Working } from "../modules/reporting/index.ts";
import {
  approveReport,
  configureCalendar,
  openRound,
  prefillReport,
  returnReport,
  saveReportDraft,
  submitReport,
} from "../modules/reporting/index.ts";
import { modules } from "../modules.ts";

// A reporting cycle for the demo (issue #6 §9): the province asks its communes for the 6-month and
// yearly reports on seed 003's calendar (R99); Thanh Bình asks its villages for theirs. For 6
// months of 2026 three villages report (one late), one never does; Thanh Bình reports on time
// (its draft pre-filled from the platform's figures and its villages' approved text) and is
// approved; Hòa An reports late, is returned with a comment, sends again and is approved. The
// yearly round is open and not yet due. Each step runs on its own day through the commands.

const calendar = civilServiceCalendar();
const providers = modules.flatMap((m) => (m.indicators ? [m.indicators] : []));

interface Acting {
  accountId: number;
  unit: UnitRow;
  role: Role;
}

const contextOf = (a: Acting): RequestContext => ({
  actor: {
    kind: "account",
    accountId: a.accountId,
    personId: null,
    grants: [{ unitId: a.unit.id, path: a.unit.path, role: a.role }],
  },
  ip: null,
  requestId: null,
});

const TEXT: Record<string, string> = {
  I: "Địa bàn có các thôn, tổ dân phố ổn định; nhân dân đồng thuận với chủ trương thực hiện dân chủ ở cơ sở.",
  "II.1":
    "Cấp ủy ban hành kế hoạch thực hiện Công văn 109-CV/ĐU, phân công cấp ủy viên phụ trách từng thôn.",
  "II.2":
    "Ủy ban nhân dân công khai đủ các nội dung theo Điều 11 Luật Thực hiện dân chủ ở cơ sở, đúng thời hạn.",
  III: "Các thôn tổ chức hội nghị bàn và quyết định các nội dung theo Điều 15; phản ánh, kiến nghị được trả lời.",
  "IV.1":
    "Việc công khai, bàn bạc và biểu quyết đi vào nền nếp, có biên bản và kết quả lưu trên hệ thống.",
  "IV.2": "Tỷ lệ hộ tham gia biểu quyết trực tuyến ở một số thôn còn thấp.",
  "IV.3": "Một bộ phận người cao tuổi chưa quen dùng điện thoại thông minh.",
  V: "Tiếp tục hướng dẫn người dân dùng nền tảng; duy trì hội nghị thôn hằng quý.",
  VI: "Đề nghị cấp trên hỗ trợ tập huấn cho trưởng thôn về biểu quyết trực tuyến.",
};

/** Runs the cycle. `accounts` are the demo accounts' ids by username. */
export async function seedDemoReports(
  tx: Tx,
  unit: (code: string) => UnitRow,
  accounts: { province: number; commune: number; ward: number; villageHead: number },
): Promise<void> {
  const province = { accountId: accounts.province, unit: unit("99"), role: "official" as Role };
  const commune = { accountId: accounts.commune, unit: unit("99001"), role: "unit_admin" as Role };
  const ward = { accountId: accounts.ward, unit: unit("99002"), role: "unit_admin" as Role };
  const village = (code: string, accountId: number): Acting => ({
    accountId,
    unit: unit(code),
    role: "village_head",
  });
  const as = <T>(a: Acting, today: string, run: (w: Working) => Promise<T>) =>
    run({ tx, ctx: contextOf(a), calendar, today });
  const indicators = indicatorDefinitions(providers);
  const six = { kind: "regular" as const, period: { kind: "six_months" as const, year: 2026 } };

  await as(province, "2026-01-05", (w) =>
    configureCalendar(w, province.unit.id, {
      calendar: { ...SEED_003_CALENDAR, issuer: "Ủy ban nhân dân tỉnh Sông Hồng" },
      effectiveFrom: "2026-01-01",
      autoOpen: { target: "commune_level", daysAhead: 30 },
    }),
  );
  // The commune's villages report by 03/06, before the commune's own report is due (09/06).
  await as(commune, "2026-01-06", (w) =>
    configureCalendar(w, commune.unit.id, {
      calendar: {
        ...SEED_003_CALENDAR,
        issuer: "Ủy ban nhân dân xã Thanh Bình",
        source: "Kế hoạch 12/KH-UBND ngày 06/01/2026 của UBND xã Thanh Bình",
        reports: [
          { kind: "six_months", due: { at: "day_of_year", month: 6, day: 3, wording: "by" } },
        ],
      },
      effectiveFrom: "2026-01-01",
    }),
  );
  const provinceRound = await as(province, "2026-05-15", (w) =>
    openRound(w, province.unit.id, { request: six, target: "commune_level", indicators }),
  );
  const communeRound = await as(commune, "2026-05-16", (w) =>
    openRound(w, commune.unit.id, { request: six, target: "community_level", indicators }),
  );
  const reportOf = async (roundId: number, code: string) =>
    (
      await tx
        .selectFrom("reporting_report")
        .select("id")
        .where("round_id", "=", roundId)
        .where("unit_id", "=", unit(code).id)
        .executeTakeFirstOrThrow()
    ).id;

  // Villages: T01 and T02 on time, T03 a day late, T04 never.
  const sent: [string, string][] = [
    ["99001-T01", "2026-06-01"],
    ["99001-T02", "2026-06-02"],
    ["99001-T03", "2026-06-04"],
  ];
  for (const [code, day] of sent) {
    const id = await reportOf(communeRound.id, code);
    const head = village(code, accounts.villageHead);
    await as(head, day, async (w) => {
      await prefillReport(w, id, providers);
      await saveReportDraft(w, id, {
        narrative: {
          I: `${unit(code).full_name}: các hộ tham gia đầy đủ hội nghị thôn.`,
          III: `${unit(code).full_name} tổ chức hội nghị bàn kinh phí làm đường nội đồng, đa số hộ tán thành.`,
        },
      });
      await submitReport(w, id);
    });
    await as(commune, "2026-06-04", (w) => approveReport(w, id));
  }

  // Thanh Bình: pre-filled (figures and its villages' text), on time, approved.
  const tb = await reportOf(provinceRound.id, "99001");
  await as(commune, "2026-06-05", async (w) => {
    await prefillReport(w, tb, providers);
    await saveReportDraft(w, tb, {
      narrative: { I: TEXT.I!, "II.1": TEXT["II.1"]!, V: TEXT.V!, VI: TEXT.VI! },
    });
    await submitReport(w, tb);
  });
  await as(province, "2026-06-08", (w) => approveReport(w, tb));

  // Hòa An: late, returned with a comment, sent again, approved.
  const ha = await reportOf(provinceRound.id, "99002");
  await as(ward, "2026-06-12", async (w) => {
    await prefillReport(w, ha, providers);
    await saveReportDraft(w, ha, { narrative: { I: TEXT.I!, "II.2": TEXT["II.2"]! } });
    await submitReport(w, ha);
  });
  await as(province, "2026-06-13", (w) =>
    returnReport(w, ha, "Đề nghị bổ sung mục IV (đánh giá chung) và mục V (nhiệm vụ, giải pháp)."),
  );
  await as(ward, "2026-06-15", async (w) => {
    await saveReportDraft(w, ha, {
      narrative: {
        "IV.1": TEXT["IV.1"]!,
        "IV.2": TEXT["IV.2"]!,
        "IV.3": TEXT["IV.3"]!,
        V: TEXT.V!,
      },
    });
    await submitReport(w, ha);
  });
  await as(province, "2026-06-16", (w) => approveReport(w, ha));

  // The yearly round: open, due 09/12, figures until 30/11 — not yet filled.
  await as(province, "2026-11-16", (w) =>
    openRound(w, province.unit.id, {
      request: { kind: "regular", period: { kind: "year", year: 2026 } },
      target: "commune_level",
      indicators,
    }),
  );
}
