import { civilServiceCalendar } from "../core/calendar/index.ts";
import type { RequestContext } from "../core/context/request-context.ts";
import type { Db, Tx } from "../core/db/database.ts";
import type { FileStorage } from "../core/storage/file-storage.ts";
import { todayInVietnam } from "../core/validation.ts";
import { createAccount, grantRole } from "../modules/auth/index.ts";
import { sweepClocks } from "../modules/inbox/index.ts";
import { appointPosition, createBody, createUnit, type UnitRow } from "../modules/org/index.ts";
import {
  addWorkforceMember,
  createHousehold,
  createPerson,
  type HouseholdInput,
  type PrivacyKeys,
  REGISTER_BASIS,
  REGISTER_PURPOSE,
  recordLegalBasis,
  recordWorkforceCount,
} from "../modules/people/index.ts";
import { seedDemoDecisions } from "./demo-decisions.ts";
import { seedDemoDisclosures } from "./demo-disclosures.ts";
import { seedDemoInbox } from "./demo-inbox.ts";
import { seedDemoReports } from "./demo-reports.ts";
import { COMMUNE_BODIES, DEMO_PASSWORD, DEMO_UNITS } from "./demo-structure.ts";
import {
  FEMALE_GIVEN,
  FEMALE_MIDDLE,
  MALE_GIVEN,
  MALE_MIDDLE,
  pickOne,
  STREETS,
  SURNAMES,
  seededRandom,
} from "./names.ts";

export interface DemoAccount {
  username: string;
  role: string;
  unit: string;
}

type Rnd = () => number;

interface PersonDraft {
  fullName: string;
  birthDate: string;
  sex: "male" | "female";
  idNumber: string;
}

/** A fictional but well-formed CCCD: birth-place 099, century/sex digit and year match. */
function fakeCccd(serial: number, birthDate: string, sex: "male" | "female"): string {
  const year = Number(birthDate.slice(0, 4));
  const centurySex = Math.floor((year - 1900) / 100) * 2 + (sex === "female" ? 1 : 0);
  return `099${centurySex}${birthDate.slice(2, 4)}${String(serial).padStart(6, "0")}`;
}

function person(
  rnd: Rnd,
  serial: number,
  sex: "male" | "female",
  fromYear: number,
  toYear: number,
  surname?: string,
): PersonDraft {
  const year = fromYear + Math.floor(rnd() * (toYear - fromYear + 1));
  const birthDate = `${year}-${String(1 + Math.floor(rnd() * 12)).padStart(2, "0")}-${String(1 + Math.floor(rnd() * 28)).padStart(2, "0")}`;
  const middle = pickOne(rnd, sex === "male" ? MALE_MIDDLE : FEMALE_MIDDLE);
  const given = pickOne(rnd, sex === "male" ? MALE_GIVEN : FEMALE_GIVEN);
  return {
    fullName: `${surname ?? pickOne(rnd, SURNAMES)} ${middle} ${given}`,
    birthDate,
    sex,
    idNumber: fakeCccd(serial, birthDate, sex),
  };
}

function household(rnd: Rnd, next: () => number, code: string, address: string): HouseholdInput {
  const headSex = rnd() < 0.8 ? "male" : "female";
  const surname = pickOne(rnd, SURNAMES);
  const head = person(rnd, next(), headSex, 1950, 1992, surname);
  const members: HouseholdInput["members"] = [
    { ...head, relation: "Chủ hộ", isRepresentative: true },
  ];
  if (rnd() < 0.85) {
    const spouseSex = headSex === "male" ? "female" : "male";
    members.push({
      ...person(rnd, next(), spouseSex, 1952, 1994),
      relation: headSex === "male" ? "Vợ" : "Chồng",
      isRepresentative: false,
    });
  }
  const children = Math.floor(rnd() * 4);
  for (let i = 0; i < children; i++) {
    const sex = rnd() < 0.5 ? "male" : "female";
    members.push({
      ...person(rnd, next(), sex, 1985, 2020, surname),
      relation: "Con",
      isRepresentative: false,
    });
  }
  return { code, address, validFrom: "2025-07-01", members };
}

/**
 * The demo: one province, a rural xã and an urban phường, 8 villages and residential groups with
 * about 600 households, the commune's bodies with their office-holders, a school and an
 * enterprise with its trade union, and one account per role. Everything goes through the same
 * commands an official uses, so the audit log and the processing log are filled as in real use.
 */
export async function seedDemo(
  db: Db,
  ctx: RequestContext,
  keys: PrivacyKeys,
  opts: { storage?: FileStorage; today?: string } = {},
): Promise<DemoAccount[]> {
  const rnd = seededRandom(20221110);
  let serial = 0;
  const next = () => ++serial;
  const accounts = await db.transaction().execute(async (tx) => {
    const units = new Map<string, UnitRow>();
    for (const u of DEMO_UNITS) {
      const parent = u.parent ? units.get(u.parent)! : null;
      const row = await createUnit(tx, ctx, parent?.id ?? null, {
        code: u.code,
        name: u.name,
        kind: u.kind,
        localKindName: u.localKindName ?? null,
        fullName: null,
        nameEn: null,
        address: null,
      });
      units.set(u.code, row);
    }
    const unit = (code: string) => units.get(code)!;

    // Households and residents of every village and residential group.
    const representatives = new Map<string, number>();
    for (const u of DEMO_UNITS.filter((d) => d.households)) {
      const village = unit(u.code);
      for (let h = 1; h <= (u.households ?? 0); h++) {
        const address =
          u.kind === "village"
            ? `Số ${h}, ${village.full_name}, ${unit(u.parent!).full_name}`
            : `Số ${h * 2} đường ${pickOne(rnd, STREETS)}, ${village.full_name}, ${unit(u.parent!).full_name}`;
        const created = await createHousehold(
          tx,
          ctx,
          keys,
          village,
          household(rnd, next, `H${String(h).padStart(3, "0")}`, address),
        );
        if (h === 1) representatives.set(u.code, created.personIds[0]!);
      }
    }
    for (const commune of ["99001", "99002"]) {
      await recordLegalBasis(tx, ctx, unit(commune), {
        purpose: REGISTER_PURPOSE,
        basis: REGISTER_BASIS,
      });
    }

    // Officials: people of the commune who hold positions in its bodies.
    const official = async (homeCode: string) => {
      const p = person(rnd, next(), rnd() < 0.6 ? "male" : "female", 1965, 1995);
      return createPerson(tx, ctx, unit(homeCode), p);
    };
    const bodyIds = new Map<string, number>();
    for (const commune of ["99001", "99002"]) {
      const c = unit(commune);
      for (const b of COMMUNE_BODIES) {
        const body = await createBody(tx, ctx, c, { kind: b.kind, name: b.name(c.full_name) });
        bodyIds.set(`${commune}:${b.kind}`, body.id);
      }
    }
    for (const u of DEMO_UNITS.filter((d) => d.households)) {
      const v = unit(u.code);
      const board = await createBody(tx, ctx, v, {
        kind: "front_work_board",
        name: `Ban công tác Mặt trận ${v.full_name}`,
      });
      const head = await createBody(tx, ctx, v, {
        kind: "village_management",
        name: `${u.kind === "village" ? "Trưởng thôn" : "Tổ trưởng tổ dân phố"} ${v.full_name}`,
      });
      bodyIds.set(`${u.code}:village_management`, head.id);
      bodyIds.set(`${u.code}:front_work_board`, board.id);
    }
    const appoint = (
      unitCode: string,
      bodyKey: string,
      personId: number,
      title: Parameters<typeof appointPosition>[3]["title"],
      role?: string,
    ) =>
      appointPosition(tx, ctx, unit(unitCode), {
        bodyId: bodyIds.get(`${unitCode}:${bodyKey}`)!,
        personId,
        title,
        role,
        termStart: "2025-07-01",
        termEnd: null,
      });

    const chairXa = await official("99001");
    const officerXa = await official("99001");
    const chairPhuong = await official("99002");
    await appoint("99001", "peoples_committee", chairXa, "chair", "unit_admin");
    await appoint("99001", "peoples_committee", officerXa, "officer", "official");
    await appoint("99001", "peoples_council", await official("99001"), "chair", "official");
    await appoint("99001", "fatherland_front", await official("99001"), "chair", "official");
    await appoint("99002", "peoples_committee", chairPhuong, "chair", "unit_admin");
    await appoint("99002", "fatherland_front", await official("99002"), "chair", "official");
    const villageHead = representatives.get("99001-T01")!;
    await appoint("99001-T01", "village_management", villageHead, "head");

    // A public school (staff) and an enterprise (workers) with its trade union.
    const school = unit("99001-THTB");
    const factory = unit("99002-MAYSH");
    const staff: number[] = [];
    for (let i = 0; i < 18; i++) {
      const p = person(rnd, next(), rnd() < 0.3 ? "male" : "female", 1970, 2000);
      staff.push(
        (
          await addWorkforceMember(tx, ctx, keys, school, {
            person: { ...p },
            kind: "staff",
            validFrom: "2025-09-01",
          })
        ).personId,
      );
    }
    const workers: number[] = [];
    for (let i = 0; i < 42; i++) {
      const p = person(rnd, next(), rnd() < 0.25 ? "male" : "female", 1975, 2005);
      workers.push(
        (
          await addWorkforceMember(tx, ctx, keys, factory, {
            person: { ...p },
            kind: "worker",
            validFrom: "2025-01-01",
          })
        ).personId,
      );
    }
    await recordWorkforceCount(tx, ctx, school, {
      effectiveFrom: "2025-09-01",
      staffCount: 18,
      workerCount: 0,
      source: "Danh sách viên chức năm học 2025–2026",
    });
    await recordWorkforceCount(tx, ctx, factory, {
      effectiveFrom: "2025-01-01",
      staffCount: 0,
      workerCount: 42,
      source: "Sổ quản lý lao động của công ty",
    });
    const schoolLeaders = await createBody(tx, ctx, school, {
      kind: "leadership",
      name: "Ban giám hiệu",
    });
    await appointPosition(tx, ctx, school, {
      bodyId: schoolLeaders.id,
      personId: staff[0]!,
      title: "director",
      role: "unit_admin",
      termStart: "2025-09-01",
      termEnd: null,
    });
    const union = await createBody(tx, ctx, factory, {
      kind: "trade_union",
      name: "Công đoàn cơ sở Công ty TNHH May Sông Hồng",
    });
    await appointPosition(tx, ctx, factory, {
      bodyId: union.id,
      personId: workers[0]!,
      title: "chair",
      role: "official",
      termStart: "2025-01-01",
      termEnd: null,
    });
    const management = await createBody(tx, ctx, factory, {
      kind: "leadership",
      name: "Ban giám đốc",
    });
    const director = await official("99002-MAYSH");
    await appointPosition(tx, ctx, factory, {
      bodyId: management.id,
      personId: director,
      title: "director",
      role: "unit_admin",
      termStart: "2025-01-01",
      termEnd: null,
    });

    // One account per role.
    const provinceWatcher = await official("99");
    const operator = await official("99");
    const provinceOfficer = await official("99");
    const accounts: [string, number, string, string][] = [
      ["quantri", operator, "Quản trị hệ thống", "99"],
      ["tinh.theodoi", provinceWatcher, "Cấp trên theo dõi (tỉnh)", "99"],
      ["tinh.canbo", provinceOfficer, "Cán bộ tỉnh (chỉ đạo, nhận báo cáo)", "99"],
      ["xa.chutich", chairXa, "Chủ tịch UBND xã (quản trị đơn vị)", "99001"],
      ["xa.congchuc", officerXa, "Công chức xã", "99001"],
      ["phuong.chutich", chairPhuong, "Chủ tịch UBND phường (quản trị đơn vị)", "99002"],
      ["thon.truong", villageHead, "Trưởng thôn (cũng là chủ hộ)", "99001-T01"],
      ["dan.thondong", representatives.get("99001-T02")!, "Người dân, chủ hộ", "99001-T02"],
      ["truong.giaovien", staff[1]!, "Viên chức trường học", "99001-THTB"],
      ["congty.congdoan", workers[0]!, "Chủ tịch công đoàn cơ sở", "99002-MAYSH"],
      ["congty.laodong", workers[1]!, "Người lao động", "99002-MAYSH"],
    ];
    const out: DemoAccount[] = [];
    const accountIds = new Map<string, number>();
    for (const [username, personId, role, unitCode] of accounts) {
      const account = await createAccount(tx as Tx, ctx, {
        personId,
        username,
        password: DEMO_PASSWORD,
      });
      if (username === "quantri")
        await grantRole(tx, ctx, { accountId: account.id, unitId: null, role: "platform_admin" });
      if (username === "tinh.canbo")
        await grantRole(tx, ctx, {
          accountId: account.id,
          unitId: unit("99").id,
          role: "official",
        });
      if (username === "tinh.theodoi")
        await grantRole(tx, ctx, {
          accountId: account.id,
          unitId: unit("99").id,
          role: "oversight",
        });
      accountIds.set(username, account.id);
      out.push({ username, role, unit: unitCode });
    }

    // A year of disclosures, with their evidence (issue #3 item 10).
    await seedDemoDisclosures(tx, ctx, opts.storage, opts.today ?? todayInVietnam());
    // Community decisions: a passed and a failed vote, an online vote open now (issue #4).
    await seedDemoDecisions(tx, ctx, unit, opts.today ?? todayInVietnam());
    // A year of feedback, petitions, complaints and denunciations (issue #5).
    await seedDemoInbox(
      tx,
      ctx,
      unit,
      keys.dataKey,
      opts.today ?? todayInVietnam(),
      accountIds.get("xa.congchuc")!,
    );
    // A 6-month report cycle and an open yearly round (issue #6 §9).
    await seedDemoReports(tx as Tx, unit, {
      province: accountIds.get("tinh.canbo")!,
      commune: accountIds.get("xa.chutich")!,
      ward: accountIds.get("phuong.chutich")!,
      villageHead: accountIds.get("thon.truong")!,
    });
    return out;
  });
  // Reminders, overdue notices and escalations as of today, as the hourly job raises them.
  await sweepClocks(db, civilServiceCalendar(), opts.today ?? todayInVietnam());
  return accounts;
}
