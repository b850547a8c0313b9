// Community decisions for the demo (issue #4 item 9), through the same commands a village head
// and the commune use: a road-contribution vote (item 1) that passed at a meeting with ≥ 2/3 of
// ALL households, one that failed — a thin meeting, then ballots that fell short — and an online
// vote (item 6) open now, in which the demo resident's household can take part, and a village
// convention (hương ước) drafted, posted 35 days, adopted at a meeting and recognised. Dates are
// relative to `today`, so the demo works on any day.

import { civilServiceCalendar, parseLocalDate, plusDays } from "../core/calendar/index.ts";
import type { RequestContext } from "../core/context/request-context.ts";
import type { Tx } from "../core/db/database.ts";
import {
  addBallotRound,
  castOnlineVote,
  countRound,
  decideConventionRecognition,
  dispatchRecord,
  enterPaperBallot,
  finaliseRecord,
  openConventionAdoption,
  openMatter,
  openRound,
  postConventionDraft,
  prepareRound,
  proposeConvention,
  recordConventionResult,
  recordHands,
  recordProceduralVote,
  recordWitnesses,
  registerAttendance,
  roundsOf,
  saveConventionDraft,
  saveRecord,
  setDraftingTeam,
  signConvention,
  submitConventionDossier,
} from "../modules/decision/index.ts";
import type { UnitRow } from "../modules/org/index.ts";

const day = (today: string, offset: number) => plusDays(parseLocalDate(today), offset).toString();

const TEAM = [
  { name: "Lương Văn Tuấn", represents: "village", leader: false },
  { name: "Hà Thị Mai", represents: "front", leader: true },
  { name: "Nông Văn Quý", represents: "organisation", leader: false },
] as const;

async function householdsOf(tx: Tx, unitId: number) {
  return tx
    .selectFrom("people_household as h")
    .innerJoin("people_household_member as m", (j) =>
      j.onRef("m.household_id", "=", "h.id").on("m.is_representative", "=", true),
    )
    .innerJoin("people_person as p", "p.id", "m.person_id")
    .select(["h.code", "p.full_name", "p.id as person_id"])
    .where("h.unit_id", "=", unitId)
    .orderBy("h.code")
    .execute();
}

/** A meeting where `attending` households come and `yes` of them raise their hands. */
async function meeting(
  tx: Tx,
  ctx: RequestContext,
  roundId: number,
  heldOn: string,
  households: { code: string; full_name: string }[],
  attending: number,
  yes: number,
) {
  await prepareRound(tx, ctx, roundId, {
    noticeDeliveredOn: day(heldOn, -4),
    noticePosted: true,
    documentsDeliveredOn: day(heldOn, -4),
  });
  await openRound(tx, ctx, roundId, heldOn);
  for (const h of households.slice(0, attending)) {
    await registerAttendance(tx, ctx, roundId, {
      householdCode: h.code,
      representative: h.full_name,
      cluster: null,
    });
  }
  await recordProceduralVote(tx, ctx, roundId, {
    subject: "secretary",
    label: "Cử bà Hà Thị Mai làm thư ký cuộc họp",
    yes: attending - 2,
  });
  await recordProceduralVote(tx, ctx, roundId, {
    subject: "method",
    label: "Biểu quyết bằng hình thức giơ tay",
    yes: attending - 3,
    method: "hands",
  });
  await recordHands(tx, ctx, roundId, { yes, no: attending - yes - 1, other: 1 });
  return countRound(tx, ctx, roundId, heldOn);
}

export async function seedDemoDecisions(
  tx: Tx,
  ctx: RequestContext,
  units: (code: string) => UnitRow,
  today: string,
) {
  const calendar = civilServiceCalendar();
  await seedDemoConvention(tx, ctx, units, today);
  const dong = units("99001-T01");
  const tay = units("99001-T02");

  // 1. Thôn Đông: the road passed with ≥ 2/3 of all 82 households (R25), decided, sent on time.
  const roadOn = day(today, -75);
  const road = await openMatter(tx, ctx, dong, {
    item: 1,
    scope: "village",
    title: "Đóng góp bê tông hóa đường trục thôn Đông",
    description:
      "Bê tông hóa 1,2 km đường trục thôn, rộng 3,5 m. Tổng dự toán 1.450 triệu đồng: ngân sách xã hỗ trợ 900 triệu đồng, Nhân dân đóng góp 550 triệu đồng (bình quân 6,7 triệu đồng/hộ, hộ nghèo được miễn).",
    question:
      "Hộ gia đình có đồng ý mức đóng góp bình quân 6,7 triệu đồng/hộ để bê tông hóa đường trục thôn?",
    opener: "village_head",
    agreementBy: "Hà Thị Mai, Trưởng ban công tác Mặt trận thôn Đông",
    agreementOn: day(roadOn, -10),
    noMeetingAgreed: false,
    perVillageRule: "two_thirds",
    form: "meeting",
    heldOn: roadOn,
    closesOn: roadOn,
    place: "Nhà văn hóa thôn Đông",
    initiativeId: null,
  });
  const dongHouseholds = await householdsOf(tx, dong.id);
  const [roadRound] = await roundsOf(tx, road);
  const roadCount = await meeting(tx, ctx, roadRound!.id, roadOn, dongHouseholds, 70, 60);
  await saveRecord(tx, ctx, road, {
    docForm: "nghi_quyet",
    heldOn: roadOn,
    households: roadCount.households,
    attending: roadCount.attending,
    absent: roadCount.households - roadCount.attending,
    content:
      "Chủ trương và mức đóng góp bê tông hóa đường trục thôn Đông (Luật 10/2022 Điều 15.1).",
    formText: "Họp cộng đồng dân cư, biểu quyết giơ tay",
    resultText: `${roadCount.yes}/${roadCount.households} hộ tán thành, ${roadCount.no} không tán thành, ${roadCount.other} ý kiến khác`,
    decisionText:
      "Thôn Đông thống nhất bê tông hóa đường trục thôn; mỗi hộ đóng góp bình quân 6,7 triệu đồng, nộp làm hai đợt trong năm; hộ nghèo được miễn.",
    signHead: "Lương Văn Tuấn",
    signFrontHead: "Hà Thị Mai",
    signRep1: dongHouseholds[3]!.full_name,
    signRep2: dongHouseholds[9]!.full_name,
  });
  await finaliseRecord(tx, ctx, calendar, road);
  await dispatchRecord(tx, ctx, calendar, road, day(roadOn, 2), day(roadOn, 2));

  // 2. Thôn Tây: the cultural house repair failed — 40 of 74 came, too few for 2/3 to be
  //    reachable (R24), so ballots went to every household, and 45 agreed: 3 × 45 < 2 × 74.
  const hallOn = day(today, -40);
  const hall = await openMatter(tx, ctx, tay, {
    item: 1,
    scope: "village",
    title: "Đóng góp sửa chữa nhà văn hóa thôn Tây",
    description:
      "Thay mái, sơn lại và làm công trình vệ sinh nhà văn hóa; dự toán 320 triệu đồng, Nhân dân đóng góp 200 triệu đồng.",
    question: "Hộ gia đình có đồng ý đóng góp 2,7 triệu đồng/hộ để sửa chữa nhà văn hóa thôn?",
    opener: "village_head",
    agreementBy: "Trưởng ban công tác Mặt trận thôn Tây",
    agreementOn: day(hallOn, -8),
    noMeetingAgreed: false,
    perVillageRule: "two_thirds",
    form: "meeting",
    heldOn: hallOn,
    closesOn: hallOn,
    place: "Nhà văn hóa thôn Tây",
    initiativeId: null,
  });
  const tayHouseholds = await householdsOf(tx, tay.id);
  const [hallMeeting] = await roundsOf(tx, hall);
  await meeting(tx, ctx, hallMeeting!.id, hallOn, tayHouseholds, 40, 36);
  const ballotFrom = day(hallOn, 7);
  const ballotTo = day(hallOn, 14);
  const ballot = await addBallotRound(tx, ctx, hallMeeting!.id, {
    heldOn: ballotFrom,
    closesOn: ballotTo,
  });
  await prepareRound(tx, ctx, ballot, {
    planIssuedOn: day(hallOn, 2),
    planSentOn: day(hallOn, 3),
    publicityOn: day(hallOn, 3),
    team: [...TEAM],
  });
  await openRound(tx, ctx, ballot, ballotFrom);
  for (const [i, h] of tayHouseholds.slice(0, 66).entries()) {
    await enterPaperBallot(tx, ctx, ballot, {
      householdCode: h.code,
      choice: i < 45 ? "yes" : i < 62 ? "no" : "other",
      otherText: i < 62 ? null : "Đề nghị giảm mức đóng góp cho hộ cận nghèo",
      serial: `PT-${String(i + 1).padStart(3, "0")}`,
      marked: true,
    });
  }
  // A household returned two ballots: the second is flagged for the counting team, not counted.
  await enterPaperBallot(tx, ctx, ballot, {
    householdCode: tayHouseholds[5]!.code,
    choice: "no",
    otherText: null,
    serial: "PT-067",
    marked: true,
  });
  await recordWitnesses(tx, ctx, ballot, {
    witnesses: [tayHouseholds[20]!.full_name, tayHouseholds[30]!.full_name],
  });
  await countRound(tx, ctx, ballot, ballotTo);

  // 3. Thôn Tây, open now: an online vote on item 6 (self-management), after the opt-in poll
  //    (R31) and the report to the commune (R33). The demo resident (dan.thondong) can vote.
  const festival = await openMatter(tx, ctx, tay, {
    item: 6,
    scope: "village",
    title: "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm nay tại sân nhà văn hóa",
    description:
      "Ban công tác Mặt trận đề xuất tổ chức ngày hội vào sáng Chủ nhật, mỗi hộ góp một món ăn truyền thống; không thu tiền.",
    question: "Hộ gia đình có đồng ý tổ chức Ngày hội theo phương án đề xuất?",
    opener: "village_head",
    agreementBy: "Trưởng ban công tác Mặt trận thôn Tây",
    agreementOn: day(today, -6),
    noMeetingAgreed: true,
    perVillageRule: "two_thirds",
    form: "online",
    heldOn: day(today, -2),
    closesOn: day(today, 5),
    place: null,
    initiativeId: null,
  });
  const [online] = await roundsOf(tx, festival);
  await prepareRound(tx, ctx, online!.id, {
    reportLoggedOn: day(today, -4),
    optInHouseholds: 52,
    team: [
      TEAM[0],
      TEAM[1],
      { name: tayHouseholds[2]!.full_name, represents: "household", leader: false },
      { name: "Đinh Văn Tài", represents: "it", leader: false },
    ],
  });
  await openRound(tx, ctx, online!.id, day(today, -2));
  // Some households have voted already (their representatives, as residents of the village).
  const resident = (personId: number): RequestContext => ({
    ...ctx,
    actor: {
      kind: "system",
      accountId: null,
      personId,
      grants: [{ unitId: tay.id, path: tay.path, role: "resident" }],
    },
  });
  for (const [i, h] of tayHouseholds.slice(10, 40).entries()) {
    await castOnlineVote(
      tx,
      resident(h.person_id),
      online!.id,
      {
        choice: i % 6 === 5 ? "no" : "yes",
        otherText: null,
      },
      day(today, -1),
    );
  }
}

const CONVENTION_TEXT = `Chương I. QUY ĐỊNH CHUNG
Điều 1. Hương ước này quy định những việc Nhân dân ấp Tân Lập tự nguyện thỏa thuận thực hiện về nếp sống văn minh, giữ gìn vệ sinh môi trường, an ninh trật tự và tình làng nghĩa xóm; không nhắc lại những điều pháp luật đã quy định.
Chương II. NẾP SỐNG VĂN MINH
Điều 2. Việc cưới tổ chức trang trọng, tiết kiệm; không mở loa đài sau 22 giờ.
Điều 3. Việc tang tổ chức chu đáo, tiết kiệm; không rải vàng mã trên đường; hạn chế sử dụng kèn trống sau 22 giờ.
Chương III. MÔI TRƯỜNG VÀ AN NINH TRẬT TỰ
Điều 4. Mỗi hộ giữ vệ sinh đường ấp trước nhà, phân loại rác tại nguồn, không đổ rác ra kênh rạch.
Điều 5. Các hộ tham gia tổng vệ sinh vào sáng Chủ nhật cuối tháng.
Chương IV. KHEN THƯỞNG VÀ XỬ LÝ VI PHẠM
Điều 6. Hộ gia đình thực hiện tốt được biểu dương tại cuộc họp tổng kết năm; vi phạm thì được nhắc nhở tại cuộc họp ấp, không thay thế việc xử lý theo pháp luật.`;

/** Ấp Tân Lập's convention: proposed, drafted, posted ≥ 30 days (R68), adopted by more than half
 *  of ALL households at a meeting where more than half came (R69), signed (R67), recognised by
 *  UBND xã within 5 working days of the dossier (R71). */
export async function seedDemoConvention(
  tx: Tx,
  ctx: RequestContext,
  units: (code: string) => UnitRow,
  today: string,
) {
  const calendar = civilServiceCalendar();
  const village = units("99001-T04");
  const households = await householdsOf(tx, village.id);
  const proposedOn = day(today, -150);
  const id = await proposeConvention(
    tx,
    ctx,
    village,
    {
      kind: "huong_uoc",
      title: "Hương ước ấp Tân Lập",
      proposedBy: "village_head",
      frontAgreedBy: "Trưởng ban công tác Mặt trận ấp Tân Lập",
      frontAgreedOn: proposedOn,
      initiativeId: null,
      proposedOn,
      ethnicMinorityArea: false,
      ethnicLanguage: null,
      amendsId: null,
      reviewMonth: null,
      reviewDay: null,
    },
    proposedOn,
  );
  await setDraftingTeam(tx, ctx, id, [
    {
      name: "Trần Văn Lập",
      role: "Trưởng ấp",
      elderOrVillageHead: true,
      speaksEthnicLanguage: false,
    },
    {
      name: "Nguyễn Thị Hòa",
      role: "Trưởng ban công tác Mặt trận",
      elderOrVillageHead: false,
      speaksEthnicLanguage: false,
    },
    {
      name: "Lê Văn Đức",
      role: "Người có uy tín",
      elderOrVillageHead: true,
      speaksEthnicLanguage: false,
    },
    {
      name: "Phạm Thị Thu",
      role: "Chi hội Phụ nữ",
      elderOrVillageHead: false,
      speaksEthnicLanguage: false,
    },
  ]);
  await saveConventionDraft(tx, ctx, id, { body: CONVENTION_TEXT, note: null });
  const postedOn = day(today, -130);
  await postConventionDraft(
    tx,
    ctx,
    id,
    {
      postedOn,
      place: "Nhà văn hóa ấp Tân Lập",
      minDays: 30,
      channels: ["household_copies", "suggestion_box"],
    },
    postedOn,
  );
  const heldOn = day(postedOn, 35);
  const matterId = await openConventionAdoption(tx, ctx, id, {
    heldOn,
    place: "Nhà văn hóa ấp Tân Lập",
    agreementBy: null,
    agreementOn: null,
  });
  const [round] = await roundsOf(tx, matterId);
  const count = await meeting(tx, ctx, round!.id, heldOn, households, 52, 47);
  await recordConventionResult(tx, ctx, calendar, id);
  await signConvention(tx, ctx, id, {
    head: "Trần Văn Lập",
    frontHead: "Nguyễn Thị Hòa",
    rep1: households[1]!.full_name,
    rep2: households[7]!.full_name,
  });
  await saveRecord(tx, ctx, matterId, {
    docForm: "bien_ban",
    heldOn,
    households: count.households,
    attending: count.attending,
    absent: count.households - count.attending,
    content: "Thông qua Hương ước ấp Tân Lập (Luật 10/2022 Điều 15.3; NĐ 61/2023 Điều 10).",
    formText: "Họp cộng đồng dân cư, biểu quyết giơ tay",
    resultText: `${count.yes}/${count.households} hộ tán thành`,
    decisionText: "Thông qua Hương ước ấp Tân Lập, đề nghị UBND xã công nhận.",
    signHead: "Trần Văn Lập",
    signFrontHead: "Nguyễn Thị Hòa",
    signRep1: households[1]!.full_name,
    signRep2: households[7]!.full_name,
  });
  await finaliseRecord(tx, ctx, calendar, matterId);
  const submittedOn = calendar.addWorkingDays(parseLocalDate(heldOn), 2).toString();
  await submitConventionDossier(tx, ctx, calendar, id, { submittedOn }, submittedOn);
  const recognisedOn = calendar.addWorkingDays(parseLocalDate(submittedOn), 4).toString();
  await decideConventionRecognition(
    tx,
    ctx,
    id,
    {
      decision: "recognise",
      on: recognisedOn,
      number: "42/QĐ-UBND",
      reason: null,
      sealAcrossPages: true,
    },
    recognisedOn,
  );
}
