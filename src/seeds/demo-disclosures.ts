// A year of disclosures (công khai thông tin, issue #3 item 10) for the demo units, through the
// same commands an official uses: drafts, publication, evidence of every form carried out, a new
// version, a withdrawal. Most items are on time and complete; some are late, some miss a village
// posting, some were interrupted, a few are still drafts (one overdue), so the compliance views
// show real findings. Every date is relative to `today`, so the demo works on any day, and the
// small variations come from a seeded generator, so it is the same on every machine.

import {
  type Calendar,
  civilServiceCalendar,
  parseLocalDate,
  plusDays,
} from "../core/calendar/index.ts";
import type { RequestContext } from "../core/context/request-context.ts";
import type { Tx } from "../core/db/database.ts";
import type { FileStorage } from "../core/storage/file-storage.ts";
import { addAttachment } from "../modules/disclosure/commands/add-attachment.ts";
import { createDraft } from "../modules/disclosure/commands/create-draft.ts";
import { newVersion } from "../modules/disclosure/commands/new-version.ts";
import { publishDue } from "../modules/disclosure/commands/publish-due.ts";
import { publishItem } from "../modules/disclosure/commands/publish-item.ts";
import { endPosting, recordEvidence } from "../modules/disclosure/commands/record-evidence.ts";
import { refreshCompliance } from "../modules/disclosure/commands/refresh-compliance.ts";
import type { UnitRef } from "../modules/disclosure/commands/unit-ref.ts";
import { updateDraft } from "../modules/disclosure/commands/update-draft.ts";
import {
  configureChannels,
  updateSettings,
} from "../modules/disclosure/commands/update-settings.ts";
import { withdrawItem } from "../modules/disclosure/commands/withdraw-item.ts";
import { findItem, type ItemRow } from "../modules/disclosure/db/disclosure.repo.ts";
import { categoryOf, regimeOf } from "../modules/disclosure/domain/catalogues.ts";
import type { Form } from "../modules/disclosure/domain/types.ts";
import type { DraftInput } from "../modules/disclosure/http/schemas.ts";
import { seededRandom } from "./names.ts";

type Rnd = () => number;

/**
 * How the forms were carried out after publication.
 * - `complete`: the headquarters and every village point ≥ 30 days; for items 7–12 also the
 *   loudspeaker ≥ 3 days (if any) and a dispatch to every village head (R7, R9);
 * - `missing-village`: as complete, but the last village's point was never posted (R7 missing);
 * - `interrupted`: the headquarters posting was taken down with a reason after 12 days and put
 *   back 3 days later, so no run reaches 30 days (R3, R7 interrupted);
 * - `interrupted-village`: the same at the first village's point;
 * - `short-loudspeaker`: as complete, but the loudspeaker ran 2 days only (R9 short);
 * - `permanent`: items 4 and 13, posted at the headquarters with no end (R8);
 * - `taken-down`: a permanent posting taken down with a reason and not put back (R8 interrupted);
 * - `board`, `short-board`, `letter`: an agency's workplace board ≥ 20 days, only 15 days, or a
 *   letter to all staff (R75);
 * - `employer`: the forms its democracy regulation sets (R97), given in `forms`;
 * - `brief`: the headquarters for two days only (an item withdrawn soon after).
 */
type Profile =
  | "complete"
  | "missing-village"
  | "interrupted"
  | "interrupted-village"
  | "short-loudspeaker"
  | "permanent"
  | "taken-down"
  | "board"
  | "short-board"
  | "letter"
  | "employer"
  | "brief";

interface Spec {
  unit: string;
  category: string;
  title: string;
  summary: string;
  body: string;
  basisNumber: string;
  basisIssuer: string;
  basisDate: string;
  responsible: string;
  /** Working days from the basis document to publication; null: still a draft. */
  publishWd: number | null;
  profile: Profile;
  /** Employers: the forms carried out (R97). */
  forms?: Form[];
  /** Withdrawn after its evidence was recorded, with this reason. */
  withdrawn?: string;
  /** A PDF of the basis document is attached (only when a file storage is given). */
  attachPdf?: string;
  /** Published as a new version (R11) of the earlier spec with this key. */
  revises?: string;
  key?: string;
}

interface Village {
  id: number;
  name: string;
  fullName: string;
  kind: string;
}

interface Unit extends UnitRef {
  fullName: string;
  villages: Village[];
}

const ROMAN = ["I", "II", "III", "IV"] as const;

const yearOf = (d: string) => Number(d.slice(0, 4));
const monthOf = (d: string) => Number(d.slice(5, 7));
/** The year a plan or estimate decided in the last quarter is for. */
const planYear = (d: string) => (monthOf(d) >= 10 ? yearOf(d) + 1 : yearOf(d));
const schoolYear = (d: string) =>
  monthOf(d) >= 8 ? `${yearOf(d)}–${yearOf(d) + 1}` : `${yearOf(d) - 1}–${yearOf(d)}`;
const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase("vi") + s.slice(1);

/** A minimal one-page PDF whose text is `line` (ASCII), with a correct cross-reference table. */
function tinyPdf(line: string): Uint8Array {
  const text = line.replace(/[()\\]/g, "");
  const stream = `BT /F1 14 Tf 72 770 Td (${text}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
  ];
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, "0")} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

async function loadUnit(tx: Tx, code: string): Promise<Unit> {
  const u = await tx
    .selectFrom("org_unit")
    .select(["id", "code", "kind", "path", "full_name"])
    .where("code", "=", code)
    .executeTakeFirstOrThrow();
  const villages = await tx
    .selectFrom("org_unit")
    .select(["id", "name", "full_name", "kind"])
    .where("parent_id", "=", u.id)
    .where("kind", "in", ["village", "residential_group"])
    .orderBy("code")
    .execute();
  return {
    id: u.id,
    code: u.code,
    kind: u.kind,
    path: u.path,
    fullName: u.full_name,
    villages: villages.map((v) => ({
      id: v.id,
      name: v.name,
      fullName: v.full_name,
      kind: v.kind,
    })),
  };
}

/**
 * The demo's disclosures, inside the demo's transaction. Returns the number of items created.
 * `storage`, when given, receives a PDF of one basis document and a photo of one posting.
 */
export async function seedDemoDisclosures(
  tx: Tx,
  ctx: RequestContext,
  storage: FileStorage | undefined,
  today: string,
): Promise<number> {
  const calendar = civilServiceCalendar();
  const rnd = seededRandom(13022022);
  const t = parseLocalDate(today);
  const day = (n: number): string => plusDays(t, n);
  /** The last working day on or before `n` days ago: documents are signed on working days. */
  const basis = (daysAgo: number): string => {
    let d = parseLocalDate(day(-daysAgo));
    while (!calendar.isWorkingDay(d)) d = plusDays(d, -1);
    return d;
  };

  const units = new Map<string, Unit>();
  for (const code of ["99001", "99002", "99001-THTB", "99002-MAYSH"]) {
    units.set(code, await loadUnit(tx, code));
  }
  const unit = (code: string) => units.get(code)!;

  // Facilities (Art 13.3, 48) and the employer's channels (R97, NĐ 145 Art 43.2).
  await updateSettings(tx, ctx, unit("99001"), { hasLoudspeaker: true, hasIntranet: false });
  await updateSettings(tx, ctx, unit("99002"), { hasLoudspeaker: false, hasIntranet: false });
  await updateSettings(tx, ctx, unit("99001-THTB"), { hasLoudspeaker: false, hasIntranet: false });
  const employerChannels: [string, Form[]][] = [
    ["a", ["workplace_board", "meeting"]],
    ["b", ["workplace_board", "letter_all_staff"]],
    ["đ", ["workplace_board"]],
    ["e", ["workplace_board", "meeting"]],
  ];
  for (const [category, forms] of employerChannels) {
    await configureChannels(tx, ctx, unit("99002-MAYSH"), category, forms);
  }

  const specs = [
    ...communeSpecs(basis, recentQuarters(calendar, today, 4)),
    ...wardSpecs(basis, recentQuarters(calendar, today, 3)),
    ...workplaceSpecs(basis),
  ];

  const published = new Map<string, ItemRow>();
  const created: number[] = [];
  for (const spec of specs) {
    const u = unit(spec.unit);
    const input: DraftInput = {
      category: spec.category,
      title: spec.title,
      summary: spec.summary,
      body: spec.body,
      basisNumber: spec.basisNumber,
      basisDate: spec.basisDate,
      basisIssuer: spec.basisIssuer,
      responsible: spec.responsible,
      scopeUnitCode: null,
    };
    let id: number;
    const earlier = spec.revises ? published.get(spec.revises) : undefined;
    if (earlier) {
      id = await newVersion(tx, ctx, earlier);
      await updateDraft(tx, ctx, (await findItem(tx, id))!, input);
    } else {
      id = await createDraft(tx, ctx, u, input);
    }
    created.push(id);
    if (spec.attachPdf && storage) {
      await addAttachment(tx, ctx, storage, (await findItem(tx, id))!, {
        name: spec.attachPdf,
        bytes: tinyPdf(spec.title.normalize("NFD").replace(/[^\x20-\x7e]/g, "")),
      });
    }
    if (spec.publishWd === null) {
      // The deadline runs from the basis document whether or not the draft is published yet; the
      // compliance views count a draft past it as overdue (R5). createDraft leaves it empty, so
      // the seed stores it as the publishing command would.
      const category = categoryOf(regimeOf(u.kind)!, spec.category)!;
      await tx
        .updateTable("disclosure_item")
        .set({ publish_due: publishDue(calendar, category, spec.basisDate) })
        .where("id", "=", id)
        .execute();
      continue;
    }
    let publishedOn: string = calendar.addWorkingDays(spec.basisDate, spec.publishWd);
    if (publishedOn > today) publishedOn = today;
    await publishItem(tx, ctx, calendar, (await findItem(tx, id))!, today, publishedOn);
    const item = (await findItem(tx, id))!;
    if (spec.key) published.set(spec.key, item);
    await carryOut(tx, ctx, calendar, rnd, storage, today, u, spec, item);
    if (spec.withdrawn) {
      await withdrawItem(tx, ctx, (await findItem(tx, id))!, spec.withdrawn);
    }
  }

  // The cached summaries the upper-level views aggregate, as of today (a later version changes
  // what an earlier one needed, R11).
  for (const id of created) await refreshCompliance(tx, calendar, (await findItem(tx, id))!, today);
  return created.length;
}

/** Records the evidence of each form for one published item, per its profile. */
async function carryOut(
  tx: Tx,
  ctx: RequestContext,
  calendar: Calendar,
  rnd: Rnd,
  storage: FileStorage | undefined,
  today: string,
  unit: Unit,
  spec: Spec,
  item: ItemRow,
) {
  const pub = item.published_on!;
  const due = item.publish_due;
  const add = (d: string, n: number) => plusDays(parseLocalDate(d), n) as string;
  const between = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  /** A start `offset` days after publication, but no later than the deadline when it was on time. */
  const start = (offset: number) => {
    const d = add(pub, offset);
    return due !== null && pub <= due && d > due ? due : d;
  };
  const isWard = unit.kind === "ward";
  const office = isWard ? "Văn phòng HĐND và UBND phường" : "Văn phòng HĐND và UBND xã";
  let photoUsed = false;

  /** One row of evidence; `days` null = still up; a row not yet begun is not recorded. */
  const record = async (
    form: Form,
    from: string,
    days: number | null,
    where: { villageId?: number; location?: string; doneBy: string; note?: string },
  ): Promise<number | null> => {
    if (from > today) return null;
    const last = days === null ? null : add(from, days - 1);
    let photoId: number | null = null;
    if (storage && !photoUsed && form === "hq_board" && spec.attachPdf) {
      photoUsed = true;
      photoId = await addAttachment(
        tx,
        ctx,
        storage,
        item,
        { name: "anh-niem-yet-tru-so.pdf", bytes: tinyPdf(`Anh niem yet ngay ${from}`) },
        { forEvidence: true },
      );
    }
    return recordEvidence(
      tx,
      ctx,
      calendar,
      item,
      {
        form,
        villageId: where.villageId ?? null,
        location: where.location ?? null,
        from,
        to: last !== null && last <= today ? last : null,
        doneBy: where.doneBy,
        note: where.note ?? null,
        photoId,
      },
      today,
    );
  };
  const hq = (from: string, days: number | null) =>
    record("hq_board", from, days, {
      location: `Bảng tin trụ sở HĐND, UBND ${unit.fullName}`,
      doneBy: office,
    });
  const villageBoard = (v: Village, from: string, days: number | null) =>
    record("village_board", from, days, {
      villageId: v.id,
      location: `${v.kind === "village" ? "Nhà văn hóa" : "Điểm sinh hoạt cộng đồng"} ${v.fullName}`,
      doneBy: `${v.kind === "village" ? "Trưởng" : "Tổ trưởng"} ${lowerFirst(v.fullName)}`,
    });
  /** Taken down on `last` for `reason`, then put back `gap` days later for `days` more. */
  const interrupted = async (
    post: (from: string, days: number | null) => Promise<number | null>,
    from: string,
    upDays: number,
    gap: number,
    days: number,
    reason: string,
  ) => {
    const id = await post(from, null);
    if (id === null) return;
    const last = add(from, upDays - 1);
    await endPosting(
      tx,
      ctx,
      calendar,
      item,
      id,
      { to: last <= today ? last : today, interruptedReason: reason },
      today,
    );
    await post(add(last, gap + 1), days);
  };

  switch (spec.profile) {
    case "permanent":
      await hq(start(between(0, 1)), null);
      return;
    case "taken-down": {
      const id = await hq(start(0), null);
      // Taken down 40 days ago (or on the day of publication, if that was later).
      const down = [add(today, -40), pub].sort().at(-1)!;
      if (id !== null) {
        await endPosting(
          tx,
          ctx,
          calendar,
          item,
          id,
          { to: down, interruptedReason: "Thay bảng tin mới, chưa niêm yết lại" },
          today,
        );
      }
      return;
    }
    case "brief":
      await hq(pub, 2);
      return;
    case "board":
    case "short-board":
      await record(
        "workplace_board",
        start(between(0, 1)),
        spec.profile === "board" ? 20 + between(0, 10) : 15,
        {
          location: `Bảng tin phòng hội đồng ${unit.fullName}`,
          doneBy: "Văn thư nhà trường",
        },
      );
      return;
    case "letter":
      await record("letter_all_staff", start(0), 1, {
        doneBy: "Văn thư nhà trường",
        note: "Gửi qua thư điện tử công vụ tới toàn thể viên chức, người lao động",
      });
      return;
    case "employer":
      for (const form of spec.forms ?? []) {
        if (form === "workplace_board") {
          await record(form, start(between(0, 2)), 30 + between(0, 10), {
            location: "Bảng tin nhà ăn ca và xưởng may số 1",
            doneBy: "Phòng Hành chính – Nhân sự",
          });
        } else if (form === "meeting") {
          const on = start(between(3, 8));
          await record(form, on, 1, {
            location: "Hội trường công ty",
            doneBy: "Ban giám đốc và Ban chấp hành công đoàn cơ sở",
            note: "Thông báo tại hội nghị người lao động",
          });
        } else {
          await record(form, start(1), 1, {
            doneBy: "Phòng Hành chính – Nhân sự",
            note: "Gửi bản sao tới từng tổ sản xuất",
          });
        }
      }
      return;
    default:
      break;
  }

  // Commune items (R7, R9).
  const posted = 30 + between(0, 12);
  if (spec.profile === "interrupted") {
    await interrupted(
      hq,
      start(0),
      12,
      3,
      20,
      "Bảng tin bị gió lốc làm hỏng; niêm yết lại sau khi sửa",
    );
  } else {
    await hq(start(0), posted);
  }
  const villages = spec.profile === "missing-village" ? unit.villages.slice(0, -1) : unit.villages;
  for (const [i, v] of villages.entries()) {
    const from = start(between(0, 2));
    if (spec.profile === "interrupted-village" && i === 0) {
      await interrupted(
        (f, d) => villageBoard(v, f, d),
        from,
        9,
        4,
        25,
        "Nhà văn hóa sửa chữa, tạm gỡ bảng tin",
      );
    } else {
      await villageBoard(v, from, 30 + between(0, 10));
    }
  }
  const n = Number(spec.category);
  if (n < 7 || n > 12) return;
  const facts = await tx
    .selectFrom("disclosure_unit_settings")
    .select("has_loudspeaker")
    .where("unit_id", "=", unit.id)
    .executeTakeFirst();
  if (facts?.has_loudspeaker) {
    await record(
      "loudspeaker",
      start(between(0, 1)),
      spec.profile === "short-loudspeaker" ? 2 : 3 + between(0, 2),
      {
        location: "Hệ thống truyền thanh xã",
        doneBy: `Đài truyền thanh ${unit.fullName}`,
        note: "Phát 2 lần mỗi ngày, lúc 6 giờ 30 và 17 giờ",
      },
    );
  }
  for (const v of unit.villages) {
    const on = start(between(0, 1));
    await record("village_heads", on, 1, {
      villageId: v.id,
      doneBy: office,
      note: "Gửi kèm văn bản để thông báo tại cuộc họp thôn, tổ dân phố",
    });
  }
}

/**
 * The last `count` quarters whose budget-execution report (dated the 15th of the month after the
 * quarter, or the working day before) is at least 10 and at most 364 days old, oldest first.
 */
function recentQuarters(
  calendar: Calendar,
  today: string,
  count: number,
): { label: string; date: string }[] {
  const out: { label: string; date: string }[] = [];
  let year = yearOf(today);
  let q = Math.floor((monthOf(today) - 1) / 3); // the current quarter, 0-based
  const oldest = plusDays(parseLocalDate(today), -364);
  const newest = plusDays(parseLocalDate(today), -10);
  while (out.length < count) {
    q -= 1;
    if (q < 0) {
      q = 3;
      year -= 1;
    }
    const month = q * 3 + 4; // the month after the quarter
    const [y, m] = month > 12 ? [year + 1, month - 12] : [year, month];
    let d = parseLocalDate(`${y}-${String(m).padStart(2, "0")}-15`);
    while (!calendar.isWorkingDay(d)) d = plusDays(d, -1);
    if (d < oldest) break;
    if (d <= newest) out.unshift({ label: `quý ${ROMAN[q]} năm ${year}`, date: d });
  }
  return out;
}

/** Xã Thanh Bình: a year of items across categories, with the loudspeaker (items 7–12). */
function communeSpecs(
  basis: (daysAgo: number) => string,
  quarters: { label: string; date: string }[],
): Spec[] {
  const ubnd = "Ủy ban nhân dân xã Thanh Bình";
  const hdnd = "Hội đồng nhân dân xã Thanh Bình";
  const office = "Văn phòng HĐND và UBND xã";
  const finance = "Công chức Tài chính – Kế toán";
  const s = (
    spec: Omit<Spec, "unit" | "responsible"> & Partial<Pick<Spec, "responsible">>,
  ): Spec => ({ unit: "99001", responsible: office, ...spec });
  const budgetBasis = basis(340);
  const budgetYear = planYear(budgetBasis);
  const specs: Spec[] = [
    s({
      key: "budget",
      category: "2",
      title: `Dự toán thu, chi ngân sách xã năm ${budgetYear}`,
      summary: `Dự toán thu ngân sách nhà nước trên địa bàn, thu, chi ngân sách xã năm ${budgetYear} đã được Hội đồng nhân dân xã quyết định.`,
      body: [
        "Tổng thu ngân sách nhà nước trên địa bàn: 4.850 triệu đồng.",
        "Tổng thu ngân sách xã: 12.640 triệu đồng, trong đó thu bổ sung cân đối từ ngân sách cấp tỉnh 9.120 triệu đồng.",
        "Tổng chi ngân sách xã: 12.640 triệu đồng, trong đó chi đầu tư phát triển 2.300 triệu đồng, chi thường xuyên 10.090 triệu đồng, dự phòng ngân sách 250 triệu đồng.",
        "Biểu chi tiết kèm theo Nghị quyết được niêm yết tại trụ sở Ủy ban nhân dân xã và nhà văn hóa các thôn, bản, ấp.",
      ].join("\n\n"),
      basisNumber: "45/NQ-HĐND",
      basisIssuer: hdnd,
      basisDate: budgetBasis,
      responsible: finance,
      publishWd: 3,
      profile: "complete",
      attachPdf: "nghi-quyet-du-toan-ngan-sach.pdf",
    }),
    s({
      category: "1",
      title: `Kế hoạch phát triển kinh tế - xã hội năm ${planYear(basis(335))}`,
      summary:
        "Các chỉ tiêu chủ yếu về kinh tế, văn hóa - xã hội, môi trường và quốc phòng, an ninh đã được Hội đồng nhân dân xã thông qua.",
      body: [
        "Tổng giá trị sản xuất tăng 7,5% so với năm trước; thu nhập bình quân đầu người đạt 58 triệu đồng/năm.",
        "Tỷ lệ hộ nghèo giảm 1,2 điểm phần trăm; 100% trẻ em trong độ tuổi được đến trường.",
        "Hoàn thành cứng hóa 3,2 km đường giao thông nông thôn; duy trì các tiêu chí xã nông thôn mới nâng cao.",
      ].join("\n\n"),
      basisNumber: "46/NQ-HĐND",
      basisIssuer: hdnd,
      basisDate: basis(335),
      publishWd: 2,
      profile: "complete",
    }),
    s({
      category: "4",
      title: "Quy chế thực hiện dân chủ ở xã Thanh Bình",
      summary:
        "Quy chế thực hiện dân chủ ở cơ sở của xã; nhiệm vụ, quyền hạn của cán bộ, công chức xã, người hoạt động không chuyên trách; quy tắc ứng xử.",
      body: [
        "Chương I. Những quy định chung.",
        "Chương II. Những nội dung công khai để Nhân dân biết; những nội dung Nhân dân bàn và quyết định; những nội dung Nhân dân tham gia ý kiến; những nội dung Nhân dân kiểm tra, giám sát.",
        "Chương III. Tổ chức thực hiện.",
      ].join("\n\n"),
      basisNumber: "12/QĐ-UBND",
      basisIssuer: ubnd,
      basisDate: basis(330),
      publishWd: 2,
      profile: "permanent",
    }),
    s({
      category: "9",
      title: `Danh sách công dân đủ điều kiện gọi nhập ngũ và thực hiện nghĩa vụ tham gia Công an nhân dân năm ${planYear(basis(325))}`,
      summary:
        "Số lượng, tiêu chuẩn gọi nhập ngũ; danh sách công dân đủ điều kiện, được tạm hoãn và được miễn gọi nhập ngũ.",
      body: [
        "Chỉ tiêu giao: 9 công dân nhập ngũ, 2 công dân thực hiện nghĩa vụ tham gia Công an nhân dân.",
        "Danh sách 14 công dân đủ điều kiện gọi nhập ngũ, 5 công dân được tạm hoãn, 1 công dân được miễn kèm theo.",
        "Mọi ý kiến phản ánh gửi Hội đồng nghĩa vụ quân sự xã trong thời gian niêm yết.",
      ].join("\n\n"),
      basisNumber: "08/TB-HĐNVQS",
      basisIssuer: "Hội đồng nghĩa vụ quân sự xã Thanh Bình",
      basisDate: basis(325),
      responsible: "Ban Chỉ huy quân sự xã",
      publishWd: 1,
      profile: "complete",
    }),
    s({
      category: "7",
      title: `Danh sách hộ nghèo, hộ cận nghèo năm ${planYear(basis(345))}`,
      summary:
        "Kết quả rà soát hộ nghèo, hộ cận nghèo theo chuẩn nghèo đa chiều; tiêu chí, quy trình bình xét.",
      body: [
        "Tổng số hộ nghèo: 21 hộ (7,5%); hộ cận nghèo: 34 hộ (12,1%).",
        "Quy trình bình xét: họp thôn, bản, ấp; niêm yết kết quả; tổng hợp, báo cáo Ủy ban nhân dân xã.",
        "Thắc mắc, khiếu nại về kết quả gửi Ban chỉ đạo giảm nghèo xã trong thời gian niêm yết.",
      ].join("\n\n"),
      basisNumber: "215/QĐ-UBND",
      basisIssuer: ubnd,
      basisDate: basis(345),
      responsible: "Công chức Văn hóa – Xã hội",
      publishWd: 2,
      profile: "complete",
    }),
    s({
      category: "13",
      title: "Danh mục thủ tục hành chính giải quyết tại Bộ phận tiếp nhận và trả kết quả xã",
      summary:
        "Thủ tục hành chính do Ủy ban nhân dân xã trực tiếp giải quyết: thành phần hồ sơ, thời hạn, phí, lệ phí.",
      body: [
        "Lĩnh vực hộ tịch: 18 thủ tục; chứng thực: 9 thủ tục; đất đai: 4 thủ tục; bảo trợ xã hội: 7 thủ tục.",
        "Bộ phận tiếp nhận và trả kết quả làm việc từ thứ Hai đến thứ Sáu và sáng thứ Bảy.",
      ].join("\n\n"),
      basisNumber: "20/QĐ-UBND",
      basisIssuer: ubnd,
      basisDate: basis(320),
      publishWd: 3,
      profile: "permanent",
    }),
    s({
      category: "5",
      title: "Các khoản huy động Nhân dân đóng góp xây dựng đường giao thông nông thôn",
      summary:
        "Mức đóng góp tự nguyện của các hộ cho công trình bê tông hóa đường liên thôn Đông – Tây.",
      body: "Mức đóng góp bình quân 500.000 đồng/hộ; hộ nghèo, hộ chính sách được miễn.",
      basisNumber: "31/NQ-HNND",
      basisIssuer: "Hội nghị đại biểu cử tri các thôn",
      basisDate: basis(240),
      publishWd: 2,
      profile: "brief",
      withdrawn:
        "Công bố nhầm số liệu đóng góp của thôn Tây; sẽ công khai lại sau khi rà soát với Ban phát triển thôn.",
    }),
    s({
      category: "12",
      title: "Mức thu phí, lệ phí và các khoản thu do xã trực tiếp thu",
      summary:
        "Đối tượng, mức thu lệ phí hộ tịch, phí chứng thực và phí sử dụng chợ xã theo nghị quyết của Hội đồng nhân dân tỉnh.",
      body: [
        "Lệ phí đăng ký khai sinh, khai tử đúng hạn: miễn. Đăng ký kết hôn: miễn.",
        "Phí chứng thực bản sao từ bản chính: 2.000 đồng/trang; từ trang thứ ba trở lên 1.000 đồng/trang.",
        "Phí sử dụng diện tích bán hàng tại chợ xã: 3.000 – 5.000 đồng/m²/ngày.",
      ].join("\n\n"),
      basisNumber: "05/TB-UBND",
      basisIssuer: ubnd,
      basisDate: basis(200),
      responsible: finance,
      publishWd: 2,
      profile: "short-loudspeaker",
    }),
    s({
      key: "budget-v2",
      revises: "budget",
      category: "2",
      title: `Dự toán thu, chi ngân sách xã năm ${budgetYear} (điều chỉnh)`,
      summary: `Điều chỉnh dự toán ngân sách xã năm ${budgetYear}: bổ sung nguồn cải cách tiền lương và kinh phí sửa chữa trường mầm non.`,
      body: [
        "Tổng thu ngân sách xã sau điều chỉnh: 13.890 triệu đồng (tăng 1.250 triệu đồng).",
        "Tổng chi ngân sách xã sau điều chỉnh: 13.890 triệu đồng, trong đó bổ sung 850 triệu đồng sửa chữa Trường Mầm non Thanh Bình và 400 triệu đồng thực hiện cải cách tiền lương.",
      ].join("\n\n"),
      basisNumber: "19/NQ-HĐND",
      basisIssuer: hdnd,
      basisDate: basis(190),
      responsible: finance,
      publishWd: 2,
      profile: "complete",
    }),
    s({
      category: "3",
      title:
        "Kế hoạch thu hồi đất, bồi thường, hỗ trợ thực hiện dự án mở rộng đường liên thôn Đông – Tây",
      summary:
        "Phạm vi thu hồi, danh sách 23 hộ có đất bị thu hồi, phương án bồi thường, hỗ trợ và tiến độ giải phóng mặt bằng.",
      body: [
        "Diện tích thu hồi: 8.450 m² đất nông nghiệp và 620 m² đất ở của 23 hộ gia đình.",
        "Tổng kinh phí bồi thường, hỗ trợ dự kiến: 3.980 triệu đồng.",
        "Thời gian kiểm đếm: trong tháng đầu sau khi niêm yết; chi trả trước khi bàn giao mặt bằng.",
      ].join("\n\n"),
      basisNumber: "1520/QĐ-UBND",
      basisIssuer: "Ủy ban nhân dân tỉnh Sông Hồng",
      basisDate: basis(160),
      responsible: "Công chức Địa chính – Xây dựng",
      publishWd: 3,
      profile: "missing-village",
    }),
    s({
      category: "3",
      title: "Tiến độ xây dựng nhà văn hóa bản Nà Cà",
      summary:
        "Tiến độ thi công, giá trị khối lượng hoàn thành và kế hoạch nghiệm thu công trình nhà văn hóa bản Nà Cà.",
      body: [
        "Tổng mức đầu tư: 1.450 triệu đồng (ngân sách xã 1.100 triệu đồng, Nhân dân đóng góp 350 triệu đồng).",
        "Khối lượng hoàn thành đến nay: 65%; dự kiến nghiệm thu, đưa vào sử dụng trong quý tới.",
      ].join("\n\n"),
      basisNumber: "88/BC-BQLDA",
      basisIssuer: "Ban quản lý dự án xã",
      basisDate: basis(130),
      responsible: "Công chức Địa chính – Xây dựng",
      publishWd: 2,
      profile: "interrupted",
    }),
    s({
      category: "7",
      title: "Danh sách đối tượng bảo trợ xã hội được hưởng trợ cấp hằng tháng (bổ sung)",
      summary:
        "Danh sách bổ sung người cao tuổi, người khuyết tật được hưởng trợ cấp xã hội hằng tháng; mức trợ cấp và thời điểm hưởng.",
      body: [
        "Bổ sung 6 người cao tuổi từ đủ 75 tuổi và 3 người khuyết tật nặng.",
        "Mức trợ cấp theo quy định hiện hành, hưởng từ tháng liền kề sau tháng có quyết định.",
      ].join("\n\n"),
      basisNumber: "301/QĐ-UBND",
      basisIssuer: ubnd,
      basisDate: basis(95),
      responsible: "Công chức Văn hóa – Xã hội",
      publishWd: 9,
      profile: "complete",
    }),
    s({
      category: "8",
      title: "Hỗ trợ khắc phục thiệt hại do mưa lũ",
      summary:
        "Phạm vi, đối tượng, mức hỗ trợ từ ngân sách nhà nước và việc sử dụng tiền, hàng quyên góp ủng hộ các hộ bị thiệt hại.",
      body: [
        "Hỗ trợ 41 hộ có nhà bị hư hỏng, 126 hộ bị thiệt hại về lúa và hoa màu; tổng kinh phí 612 triệu đồng.",
        "Tiền quyên góp của các tổ chức, cá nhân: 184 triệu đồng, đã chi hỗ trợ trực tiếp 39 hộ khó khăn nhất.",
      ].join("\n\n"),
      basisNumber: "342/QĐ-UBND",
      basisIssuer: ubnd,
      basisDate: basis(75),
      publishWd: 2,
      profile: "complete",
    }),
    s({
      category: "11",
      title: "Kết quả lấy ý kiến Nhân dân về chủ trương đầu tư xây dựng cầu qua suối Nà Cà",
      summary:
        "Tổng hợp ý kiến của các hộ gia đình, việc tiếp thu, giải trình của Ủy ban nhân dân xã.",
      body: [
        "Số hộ tham gia ý kiến: 248/280 hộ (88,6%); số hộ đồng ý với chủ trương: 231 hộ (93,1%).",
        "Ủy ban nhân dân xã tiếp thu ý kiến về vị trí cầu và lối đi cho xe cơ giới; giải trình về nguồn vốn.",
      ].join("\n\n"),
      basisNumber: "97/BC-UBND",
      basisIssuer: ubnd,
      basisDate: basis(50),
      publishWd: 2,
      profile: "complete",
    }),
    s({
      category: "11",
      title: "Kế hoạch lấy ý kiến Nhân dân về dự thảo hương ước, quy ước các thôn",
      summary:
        "Nội dung, hình thức, thời gian lấy ý kiến Nhân dân về dự thảo hương ước, quy ước của 4 thôn, bản, ấp.",
      body: "Hình thức: họp thôn, phát phiếu lấy ý kiến tới từng hộ gia đình; thời gian lấy ý kiến 30 ngày.",
      basisNumber: "118/KH-UBND",
      basisIssuer: ubnd,
      basisDate: basis(10),
      publishWd: 2,
      profile: "complete",
    }),
    s({
      category: "10",
      title: "Kết quả lấy phiếu tín nhiệm đối với người giữ chức vụ do Hội đồng nhân dân xã bầu",
      summary: "Kết quả lấy phiếu tín nhiệm tại kỳ họp thường lệ của Hội đồng nhân dân xã.",
      body: "Số đại biểu tham gia: 25/25. Kết quả từng chức danh kèm theo.",
      basisNumber: "24/NQ-HĐND",
      basisIssuer: hdnd,
      basisDate: basis(25),
      publishWd: null,
      profile: "complete",
    }),
    s({
      category: "6",
      title: "Kế hoạch thanh lý tài sản công: xe ô tô phục vụ công tác chung",
      summary:
        "Phương án thanh lý 01 xe ô tô đã hết niên hạn sử dụng theo quyết định của cấp có thẩm quyền.",
      body: "Hình thức thanh lý: bán đấu giá; số tiền thu được nộp ngân sách xã.",
      basisNumber: "402/QĐ-UBND",
      basisIssuer: ubnd,
      basisDate: basis(1),
      responsible: finance,
      publishWd: null,
      profile: "complete",
    }),
  ];
  for (const [i, q] of quarters.entries()) {
    specs.push(
      s({
        category: "2",
        title: `Tình hình thực hiện dự toán ngân sách xã ${q.label}`,
        summary: `Báo cáo tình hình thực hiện thu, chi ngân sách xã ${q.label}.`,
        body: [
          `Thu ngân sách xã ${q.label} đạt ${22 + i * 3}% dự toán năm; chi ngân sách đạt ${20 + i * 4}% dự toán năm.`,
          "Các khoản chi thường xuyên bảo đảm đúng định mức; chi đầu tư theo tiến độ thanh toán khối lượng hoàn thành.",
        ].join("\n\n"),
        basisNumber: `${40 + i * 21}/BC-UBND`,
        basisIssuer: ubnd,
        basisDate: q.date,
        responsible: finance,
        publishWd: 2 + (i % 2),
        profile: "complete",
      }),
    );
  }
  return specs.sort((a, b) => (a.basisDate < b.basisDate ? -1 : a.basisDate > b.basisDate ? 1 : 0));
}

/** Phường Hòa An: no loudspeaker; one late quarter, a missing posting, a permanent one taken down. */
function wardSpecs(
  basis: (daysAgo: number) => string,
  quarters: { label: string; date: string }[],
): Spec[] {
  const ubnd = "Ủy ban nhân dân phường Hòa An";
  const hdnd = "Hội đồng nhân dân phường Hòa An";
  const s = (
    spec: Omit<Spec, "unit" | "responsible"> & Partial<Pick<Spec, "responsible">>,
  ): Spec => ({ unit: "99002", responsible: "Văn phòng HĐND và UBND phường", ...spec });
  const specs: Spec[] = [
    s({
      category: "2",
      title: `Dự toán thu, chi ngân sách phường năm ${planYear(basis(338))}`,
      summary: "Dự toán thu, chi ngân sách phường đã được Hội đồng nhân dân phường quyết định.",
      body: [
        "Tổng thu ngân sách nhà nước trên địa bàn: 21.300 triệu đồng.",
        "Tổng chi ngân sách phường: 15.870 triệu đồng, trong đó chi đầu tư phát triển 4.200 triệu đồng.",
      ].join("\n\n"),
      basisNumber: "52/NQ-HĐND",
      basisIssuer: hdnd,
      basisDate: basis(338),
      responsible: "Công chức Tài chính – Kế toán",
      publishWd: 2,
      profile: "complete",
    }),
    s({
      category: "1",
      title: `Kế hoạch phát triển kinh tế - xã hội năm ${planYear(basis(333))}`,
      summary: "Mục tiêu, chỉ tiêu phát triển kinh tế - xã hội, chỉnh trang đô thị của phường.",
      body: "Tốc độ tăng trưởng giá trị sản xuất thương mại, dịch vụ 9%; 95% tuyến phố có đèn chiếu sáng.",
      basisNumber: "53/NQ-HĐND",
      basisIssuer: hdnd,
      basisDate: basis(333),
      publishWd: 3,
      profile: "complete",
    }),
    s({
      category: "4",
      title: "Quy chế thực hiện dân chủ ở phường Hòa An",
      summary:
        "Quy chế thực hiện dân chủ ở cơ sở của phường; quy tắc ứng xử của cán bộ, công chức.",
      body: "Gồm 4 chương, 28 điều; áp dụng đối với cán bộ, công chức phường và các tổ dân phố.",
      basisNumber: "15/QĐ-UBND",
      basisIssuer: ubnd,
      basisDate: basis(328),
      publishWd: 1,
      profile: "permanent",
    }),
    s({
      category: "9",
      title: `Danh sách công dân đủ điều kiện gọi nhập ngũ năm ${planYear(basis(322))}`,
      summary:
        "Số lượng, tiêu chuẩn và danh sách công dân đủ điều kiện gọi nhập ngũ, tạm hoãn, miễn.",
      body: "Chỉ tiêu: 12 công dân. Danh sách 19 công dân đủ điều kiện kèm theo.",
      basisNumber: "11/TB-HĐNVQS",
      basisIssuer: "Hội đồng nghĩa vụ quân sự phường Hòa An",
      basisDate: basis(322),
      responsible: "Ban Chỉ huy quân sự phường",
      publishWd: 2,
      profile: "complete",
    }),
    s({
      category: "13",
      title: "Thủ tục hành chính thực hiện tại Bộ phận một cửa phường",
      summary:
        "Danh mục, quy trình và thời hạn giải quyết các thủ tục hành chính do phường thực hiện.",
      body: "Tổng số 46 thủ tục; 32 thủ tục được tiếp nhận trực tuyến toàn trình.",
      basisNumber: "22/QĐ-UBND",
      basisIssuer: ubnd,
      basisDate: basis(318),
      publishWd: 2,
      profile: "taken-down",
    }),
    s({
      category: "12",
      title: "Mức thu phí sử dụng tạm thời một phần lòng đường, hè phố",
      summary:
        "Đối tượng, mức thu và cách nộp phí sử dụng tạm thời một phần hè phố để kinh doanh, trông giữ xe.",
      body: "Mức thu: 20.000 – 50.000 đồng/m²/tháng tùy tuyến phố; nộp tại Bộ phận một cửa phường.",
      basisNumber: "07/TB-UBND",
      basisIssuer: ubnd,
      basisDate: basis(210),
      responsible: "Công chức Tài chính – Kế toán",
      publishWd: 2,
      profile: "complete",
    }),
    s({
      category: "3",
      title:
        "Kế hoạch thu hồi đất, bồi thường, hỗ trợ dự án chỉnh trang khu dân cư tổ dân phố số 3",
      summary:
        "Phạm vi thu hồi, danh sách hộ bị ảnh hưởng và phương án bồi thường, hỗ trợ, tái định cư.",
      body: "Thu hồi 1.240 m² đất của 11 hộ; bố trí tái định cư tại chỗ cho 4 hộ.",
      basisNumber: "1733/QĐ-UBND",
      basisIssuer: "Ủy ban nhân dân tỉnh Sông Hồng",
      basisDate: basis(170),
      responsible: "Công chức Địa chính – Xây dựng",
      publishWd: 3,
      profile: "complete",
    }),
    s({
      category: "7",
      title: "Danh sách hộ gia đình được hỗ trợ tiền điện",
      summary:
        "Danh sách hộ nghèo, hộ chính sách xã hội được hỗ trợ tiền điện; mức hỗ trợ và thời gian chi trả.",
      body: "Số hộ được hỗ trợ: 58 hộ; mức hỗ trợ theo quy định hiện hành, chi trả theo quý.",
      basisNumber: "288/QĐ-UBND",
      basisIssuer: ubnd,
      basisDate: basis(150),
      responsible: "Công chức Văn hóa – Xã hội",
      publishWd: 2,
      profile: "missing-village",
    }),
    s({
      category: "8",
      title: "Hỗ trợ hộ gia đình bị thiệt hại do ngập úng",
      summary: "Đối tượng, mức hỗ trợ và danh sách hộ bị thiệt hại do mưa lớn gây ngập úng.",
      body: "Hỗ trợ 27 hộ, tổng kinh phí 205 triệu đồng từ nguồn dự phòng ngân sách phường.",
      basisNumber: "351/QĐ-UBND",
      basisIssuer: ubnd,
      basisDate: basis(80),
      publishWd: 1,
      profile: "complete",
    }),
    s({
      category: "11",
      title: "Kết quả lấy ý kiến Nhân dân về phương án đặt tên đường, phố",
      summary:
        "Tổng hợp ý kiến của Nhân dân các tổ dân phố về phương án đặt tên 5 tuyến đường mới.",
      body: "Số hộ tham gia ý kiến: 296/322 hộ; 4/5 tên đường được trên 80% số hộ đồng ý.",
      basisNumber: "102/BC-UBND",
      basisIssuer: ubnd,
      basisDate: basis(60),
      publishWd: 2,
      profile: "interrupted-village",
    }),
    s({
      category: "11",
      title: "Kế hoạch lấy ý kiến Nhân dân về dự thảo quy hoạch chi tiết công viên phường",
      summary:
        "Nội dung, hình thức và thời gian lấy ý kiến Nhân dân về quy hoạch chi tiết công viên.",
      body: "Hình thức: hội nghị tại các tổ dân phố và hòm thư góp ý tại trụ sở phường.",
      basisNumber: "125/KH-UBND",
      basisIssuer: ubnd,
      basisDate: basis(8),
      publishWd: 1,
      profile: "complete",
    }),
    s({
      category: "5",
      title: "Quỹ vì người nghèo phường: kết quả vận động và sử dụng",
      summary: "Kết quả vận động đóng góp Quỹ vì người nghèo và việc sử dụng quỹ.",
      body: "Tổng số tiền vận động: 126 triệu đồng; đã chi hỗ trợ sửa chữa 3 nhà ở cho hộ nghèo.",
      basisNumber: "09/BC-MTTQ",
      basisIssuer: "Ủy ban Mặt trận Tổ quốc Việt Nam phường Hòa An",
      basisDate: basis(3),
      publishWd: null,
      profile: "complete",
    }),
  ];
  for (const [i, q] of quarters.entries()) {
    specs.push(
      s({
        category: "2",
        title: `Tình hình thực hiện dự toán ngân sách phường ${q.label}`,
        summary: `Báo cáo tình hình thực hiện thu, chi ngân sách phường ${q.label}.`,
        body: `Thu ngân sách phường ${q.label} đạt ${24 + i * 2}% dự toán năm; chi đạt ${21 + i * 3}% dự toán năm.`,
        basisNumber: `${60 + i * 17}/BC-UBND`,
        basisIssuer: ubnd,
        basisDate: q.date,
        responsible: "Công chức Tài chính – Kế toán",
        // The middle report was published on the 7th working day: late (R5).
        publishWd: i === 1 ? 7 : 2,
        profile: "complete",
      }),
    );
  }
  return specs.sort((a, b) => (a.basisDate < b.basisDate ? -1 : a.basisDate > b.basisDate ? 1 : 0));
}

/** The school (agency, R75) and the enterprise (employer, R97): internal items. */
function workplaceSpecs(basis: (daysAgo: number) => string): Spec[] {
  const school = "Trường Tiểu học Thanh Bình";
  const factory = "Công ty TNHH May Sông Hồng";
  const specs: Spec[] = [
    {
      unit: "99001-THTB",
      category: "3",
      title: `Dự toán ngân sách nhà trường được giao năm ${planYear(basis(320))}`,
      summary: "Dự toán chi thường xuyên được giao và phương án phân bổ của nhà trường.",
      body: "Tổng dự toán: 6.240 triệu đồng, trong đó chi con người 5.310 triệu đồng, chi hoạt động chuyên môn 930 triệu đồng.",
      basisNumber: "64/QĐ-UBND",
      basisIssuer: "Ủy ban nhân dân xã Thanh Bình",
      basisDate: basis(320),
      responsible: "Kế toán nhà trường",
      publishWd: 3,
      profile: "letter",
    },
    {
      unit: "99001-THTB",
      category: "9",
      title: `Quy chế chi tiêu nội bộ năm ${planYear(basis(300))}`,
      summary: "Quy chế chi tiêu nội bộ, định mức chi và chế độ công tác phí của nhà trường.",
      body: "Quy chế được thảo luận tại hội nghị viên chức, người lao động và ban hành kèm theo quyết định của Hiệu trưởng.",
      basisNumber: "05/QĐ-THTB",
      basisIssuer: `Hiệu trưởng ${school}`,
      basisDate: basis(300),
      responsible: "Kế toán nhà trường",
      publishWd: 8,
      profile: "board",
    },
    {
      unit: "99001-THTB",
      category: "6",
      title: "Kết quả đánh giá, xếp loại viên chức năm học vừa qua",
      summary: "Kết quả đánh giá, xếp loại chất lượng viên chức và người lao động.",
      body: "Hoàn thành xuất sắc nhiệm vụ: 4 người; hoàn thành tốt nhiệm vụ: 12 người; hoàn thành nhiệm vụ: 2 người.",
      basisNumber: "41/QĐ-THTB",
      basisIssuer: `Hiệu trưởng ${school}`,
      basisDate: basis(140),
      responsible: "Hiệu trưởng",
      publishWd: 2,
      profile: "short-board",
    },
    {
      unit: "99001-THTB",
      category: "2",
      title: `Kế hoạch công tác năm học ${schoolYear(basis(75))}`,
      summary: "Mục tiêu, nhiệm vụ trọng tâm và kế hoạch thời gian năm học.",
      body: "Duy trì 100% học sinh học 2 buổi/ngày; tổ chức dạy tiếng Anh từ lớp 1; hoàn thành sửa chữa 4 phòng học.",
      basisNumber: "52/KH-THTB",
      basisIssuer: `Hiệu trưởng ${school}`,
      basisDate: basis(75),
      responsible: "Phó Hiệu trưởng",
      publishWd: 2,
      profile: "board",
    },
    {
      unit: "99002-MAYSH",
      category: "b",
      title: `Thang lương, bảng lương và định mức lao động áp dụng từ năm ${planYear(basis(300))}`,
      summary:
        "Thang lương, bảng lương, định mức lao động sau khi tham khảo ý kiến công đoàn cơ sở.",
      body: "Mức lương thấp nhất của công nhân may bậc 1 cao hơn mức lương tối thiểu vùng 7%; định mức sản phẩm theo từng mã hàng.",
      basisNumber: "02/QĐ-MAYSH",
      basisIssuer: `Giám đốc ${factory}`,
      basisDate: basis(300),
      responsible: "Phòng Hành chính – Nhân sự",
      publishWd: 2,
      profile: "employer",
      forms: ["workplace_board", "letter_all_staff"],
    },
    {
      unit: "99002-MAYSH",
      category: "e",
      title: "Kết quả thi đua, khen thưởng năm và giải quyết kiến nghị của người lao động",
      summary:
        "Danh sách tập thể, cá nhân được khen thưởng; kết quả giải quyết 7 kiến nghị của người lao động.",
      body: "Khen thưởng 3 tổ sản xuất và 25 cá nhân; đã giải quyết 6/7 kiến nghị về bữa ăn ca và giờ làm thêm.",
      basisNumber: "05/QĐ-MAYSH",
      basisIssuer: `Giám đốc ${factory}`,
      basisDate: basis(280),
      responsible: "Phòng Hành chính – Nhân sự",
      publishWd: 3,
      profile: "employer",
      // The regulation also sets a meeting, never held: R97 stays pending.
      forms: ["workplace_board"],
    },
    {
      unit: "99002-MAYSH",
      category: "a",
      title: "Tình hình sản xuất, kinh doanh 6 tháng đầu năm",
      summary: "Doanh thu, sản lượng, đơn hàng và kế hoạch sản xuất 6 tháng cuối năm.",
      body: "Doanh thu đạt 52% kế hoạch năm; sản lượng 1,3 triệu sản phẩm; đơn hàng đã ký đủ đến hết quý IV.",
      basisNumber: "14/BC-MAYSH",
      basisIssuer: `Giám đốc ${factory}`,
      basisDate: basis(130),
      responsible: "Phòng Kế hoạch",
      publishWd: 2,
      profile: "employer",
      forms: ["workplace_board", "meeting"],
    },
    {
      unit: "99002-MAYSH",
      category: "đ",
      title:
        "Tình hình trích nộp kinh phí công đoàn, đóng bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp",
      summary:
        "Số lao động tham gia bảo hiểm, số tiền đã đóng và kinh phí công đoàn đã trích nộp trong quý.",
      body: "42/42 người lao động tham gia bảo hiểm xã hội bắt buộc; không nợ đóng bảo hiểm, kinh phí công đoàn.",
      basisNumber: "21/BC-MAYSH",
      basisIssuer: `Giám đốc ${factory}`,
      basisDate: basis(40),
      responsible: "Phòng Kế toán",
      publishWd: 2,
      profile: "employer",
      forms: ["workplace_board"],
    },
  ];
  return specs;
}
