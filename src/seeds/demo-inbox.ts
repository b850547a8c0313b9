// The inbox for the demo (issue #5 item 9): a year of feedback, petitions, complaints and
// denunciations at Xã 99001 and Phường 99002, through the same commands officials use, with
// on-time, late, open, overdue (escalated by the sweep that runs after the seed), transferred,
// merged, suspended and refused cases, ratings, and a denunciation assigned to the demo commune
// official ("xa.congchuc"), who alone (with the chair) may see the denouncer. Dates are relative
// to `today`, so the demo works on any day.

import { civilServiceCalendar, parseLocalDate, plusDays } from "../core/calendar/index.ts";
import type { RequestContext } from "../core/context/request-context.ts";
import type { Tx } from "../core/db/database.ts";
import type { FileStorage } from "../core/storage/file-storage.ts";
import {
  acceptItem,
  answerItem,
  answerVisit,
  assignItem,
  classifyItem,
  closeItem,
  mergeItem,
  planReception,
  postReceptionSchedule,
  rateItem,
  receiveItem,
  recordDialogue,
  recordVisit,
  refuseItem,
  resumeItem,
  type SubmitInput,
  suspendItem,
  transferItem,
} from "../modules/inbox/index.ts";
import type { UnitRow } from "../modules/org/index.ts";

const calendar = civilServiceCalendar();
const day = (today: string, offset: number) => plusDays(parseLocalDate(today), offset).toString();

/** No demo item carries a file: a storage that is never written. */
const noFiles: FileStorage = {
  put: () => Promise.reject(new Error("no files in the inbox demo")),
  get: () => Promise.reject(new Error("no files in the inbox demo")),
};

const resident = (name: string, address: string, contact: string) => ({ name, address, contact });

export async function seedDemoInbox(
  tx: Tx,
  ctx: RequestContext,
  unit: (code: string) => UnitRow,
  dataKey: Buffer,
  today: string,
  officialAccountId: number,
): Promise<void> {
  const at = (offset: number) => ({ tx, ctx, calendar, today: day(today, offset) });
  const receive = async (
    code: string,
    offset: number,
    input: Partial<SubmitInput> & Pick<SubmitInput, "kind" | "title" | "content">,
  ) => {
    const u = unit(code);
    const r = await receiveItem(
      at(offset),
      noFiles,
      { id: u.id, code: u.code, kind: u.kind, path: u.path, parentId: u.parent_id },
      dataKey,
      { channel: "web", signed: true, ...input },
    );
    return r.id;
  };
  const answer = (
    id: number,
    offset: number,
    text: string,
    document: Parameters<typeof answerItem>[3]["document"] = null,
  ) =>
    answerItem(at(offset), dataKey, id, { answer: text, answeredOn: day(today, offset), document });
  const rate = (id: number, offset: number, level: number, comment: string) =>
    tx
      .selectFrom("inbox_item")
      .select("code")
      .where("id", "=", id)
      .executeTakeFirstOrThrow()
      .then(({ code }) => rateItem(at(offset), id, { level, comment, code }));

  // 1. Street lights, answered within the commune's target and rated; published.
  const lights = await receive("99001-T01", -300, {
    kind: "phan_anh",
    title: "Ba bóng đèn đường ở xóm Giữa bị hỏng",
    content:
      "Ba bóng đèn đường trên trục xóm Giữa, thôn Đông hỏng đã một tuần, buổi tối đi lại rất tối, nhất là học sinh đi học thêm về.",
    place: "Trục xóm Giữa, thôn Đông",
    ...resident("Nguyễn Thị Lan", "Xóm Giữa, thôn Đông", "0912 000 101"),
    publish: true,
  });
  await acceptItem(at(-299), lights, { acceptedOn: day(today, -299) });
  await answer(
    lights,
    -294,
    "Ngày hôm qua tổ điện của xã đã thay ba bóng đèn LED mới và kiểm tra lại toàn tuyến. Cảm ơn bà đã phản ánh.",
  );
  await rate(lights, -293, 5, "Làm nhanh, cảm ơn xã.");
  await closeItem(at(-290), lights);

  // 2. Rubbish collection: answered after the target (late); rated low.
  const rubbish = await receive("99001-T02", -200, {
    kind: "phan_anh",
    title: "Rác ở điểm tập kết đầu thôn không được thu gom",
    content:
      "Điểm tập kết rác đầu thôn Tây ba tuần nay xe thu gom chỉ đến một lần, rác tràn ra đường, bốc mùi.",
    place: "Đầu thôn Tây, cạnh cầu máng",
    ...resident("Trần Văn Hải", "Thôn Tây", "0912 000 102"),
    publish: true,
  });
  await answer(
    rubbish,
    -176,
    "UBND xã đã làm việc với hợp tác xã vệ sinh môi trường; từ tuần này xe thu gom đến hai ngày một lần và có thùng chứa có nắp.",
  );
  await rate(rubbish, -170, 2, "Trả lời chậm, gần một tháng.");

  // 3. A petition for a school crossing, answered on time; published, rated.
  const crossing = await receive("99001-T03", -120, {
    kind: "kien_nghi",
    title: "Đề nghị kẻ vạch và đặt biển báo trước cổng trường tiểu học",
    content:
      "Giờ tan học xe qua lại nhanh trước cổng trường; đề nghị kẻ vạch đi bộ, đặt biển báo trường học và bố trí người hướng dẫn.",
    ...resident("Phạm Minh Đức", "Thôn Nam", "0912 000 103"),
    publish: true,
  });
  await acceptItem(at(-119), crossing, { acceptedOn: day(today, -119) });
  await answer(
    crossing,
    -110,
    "Xã đã kẻ vạch đi bộ, đặt hai biển báo khu vực trường học; Đoàn thanh niên phân công người hướng dẫn giờ tan học.",
  );
  await rate(crossing, -108, 4, "");

  // 4. A blocked drain with a map point: accepted, assigned, still open past the target (overdue,
  //    escalated by the sweep); a neighbour's report of the same drain merged into it.
  const drain = await receive("99001-T01", -40, {
    kind: "phan_anh",
    title: "Cống thoát nước ngõ 5 bị tắc, mưa là ngập",
    content:
      "Cống thoát nước ngõ 5 thôn Đông bị tắc, mỗi trận mưa nước ngập vào sân ba hộ gia đình.",
    place: "Ngõ 5, thôn Đông",
    lat: 21.0291,
    lng: 105.8523,
    ...resident("Lê Văn Tâm", "Ngõ 5, thôn Đông", "0912 000 104"),
    publish: true,
  });
  await acceptItem(at(-39), drain, { acceptedOn: day(today, -39) });
  await assignItem(at(-39), drain, officialAccountId);
  const drainAgain = await receive("99001-T01", -38, {
    kind: "phan_anh",
    title: "Ngập nước ở ngõ 5 do cống tắc",
    content: "Nhà tôi ở ngõ 5 bị nước tràn vào sân sau mỗi trận mưa vì cống tắc.",
    anonymous: true,
  });
  await mergeItem(at(-37), drainAgain, drain);

  // 5. Noise at night, received three days ago: on time.
  await receive("99001-T02", -3, {
    kind: "phan_anh",
    title: "Xưởng mộc làm việc đến khuya gây ồn",
    content:
      "Xưởng mộc cạnh nhà văn hóa thôn Tây chạy máy đến 23 giờ, ảnh hưởng giấc ngủ người già và trẻ nhỏ.",
    anonymous: true,
  });

  // 6. A petition on an administrative procedure outside the commune's competence: transferred.
  const procedure = await receive("99001", -60, {
    kind: "kien_nghi",
    aboutRegulation: true,
    title: "Đề nghị rút ngắn thời gian cấp phiếu lý lịch tư pháp",
    content:
      "Thủ tục cấp phiếu lý lịch tư pháp mất 10 ngày; đề nghị cho phép nộp và nhận kết quả trực tuyến hoàn toàn.",
    ...resident("Đặng Thu Hà", "Thôn Bắc", "0912 000 105"),
  });
  await transferItem(at(-57), procedure, {
    to: "outside",
    recipient: "Sở Tư pháp tỉnh",
    reason: "Thủ tục thuộc thẩm quyền của Sở Tư pháp (NĐ 20/2008 Điều 9.1.d).",
  });

  // 7. A complaint against a land recovery decision: accepted, dialogue, decision on time.
  const land = await receive("99001", -100, {
    kind: "khieu_nai",
    channel: "desk",
    receivedOn: day(today, -100),
    title: "Khiếu nại quyết định thu hồi đất làm đường liên thôn",
    content:
      "Quyết định thu hồi ghi 120 m² đất vườn của gia đình tôi, thực tế phần nằm trong chỉ giới chỉ khoảng 95 m².",
    submittedOn: day(today, -101),
    respondent: "Chủ tịch UBND xã",
    respondentAddress: "Trụ sở UBND xã",
    reasons: "Diện tích thu hồi ghi trong quyết định lớn hơn diện tích thực tế nằm trong chỉ giới.",
    request: "Đo đạc lại và sửa quyết định thu hồi.",
    ...resident("Hoàng Văn Sơn", "Thôn Nam", "0912 000 106"),
  });
  await acceptItem(at(-95), land, { acceptedOn: day(today, -95) });
  await recordDialogue(at(-80), land, {
    heldOn: day(today, -80),
    noticeOn: day(today, -88),
    place: "Trụ sở UBND xã",
    opinions: "Ông Sơn giữ yêu cầu đo đạc lại; địa chính xã trình bày kết quả đo đạc ngày trước.",
    result: "Thống nhất đo đạc lại có mặt ông Sơn và trưởng thôn.",
    copies: 3,
    participants: [
      { name: "Ông Hoàng Văn Sơn", present: true, signed: true },
      { name: "Công chức địa chính xã", present: true, signed: true },
    ],
  });
  await answer(
    land,
    -70,
    "Khiếu nại đúng một phần: diện tích thu hồi được sửa thành 97 m² theo kết quả đo đạc lại.",
    {
      number: "215/QĐ-UBND",
      signer: "Chủ tịch UBND xã",
      contents: {
        parties: "Ông Hoàng Văn Sơn, thôn Nam; Chủ tịch UBND xã",
        content: "Quyết định thu hồi đất làm đường liên thôn",
        verification: "Đo đạc lại: diện tích trong chỉ giới là 97 m²",
        dialogue: "Thống nhất đo đạc lại có mặt người khiếu nại",
        legalBasis: "Luật Đất đai 2024; Luật Khiếu nại 2011",
        conclusion: "partly_right",
        remedy: "Sửa đổi quyết định thu hồi: 97 m²",
        rights: "Ông Sơn có quyền khiếu nại lần hai hoặc khởi kiện vụ án hành chính",
      },
    },
  );

  // 8. A complaint against a fine, accepted, still within its period.
  const fine = await receive("99001", -30, {
    kind: "khieu_nai",
    title: "Khiếu nại quyết định xử phạt vi phạm hành chính về xây dựng",
    content:
      "Tôi bị phạt vì xây tường rào lấn lề đường, nhưng tường nằm trong đất của gia đình theo sổ đỏ.",
    submittedOn: day(today, -31),
    respondent: "Chủ tịch UBND xã",
    respondentAddress: "Trụ sở UBND xã",
    reasons: "Tường rào không lấn lề đường.",
    request: "Hủy quyết định xử phạt.",
    ...resident("Vũ Thị Mai", "Thôn Đông", "0912 000 107"),
  });
  await acceptItem(at(-27), fine, { acceptedOn: day(today, -27) });

  // 9. A second complaint, suspended while an expert opinion is awaited, then resumed.
  const second = await receive("99001", -50, {
    kind: "khieu_nai",
    instance: "second",
    firstDecisionIssued: true,
    firstDecisionAttached: true,
    title: "Khiếu nại lần hai về bồi thường cây trồng",
    content: "Không đồng ý với quyết định giải quyết lần đầu về mức bồi thường 40 cây bưởi.",
    submittedOn: day(today, -51),
    respondent: "Chủ tịch UBND xã",
    respondentAddress: "Trụ sở UBND xã",
    reasons: "Đơn giá bồi thường thấp hơn bảng giá của tỉnh.",
    request: "Tính lại mức bồi thường.",
    ...resident("Bùi Văn Quang", "Thôn Tây", "0912 000 108"),
  });
  await acceptItem(at(-45), second, { acceptedOn: day(today, -45) });
  await suspendItem(at(-40), second, {
    on: day(today, -40),
    reason: "Chờ ý kiến của Sở Nông nghiệp về đơn giá cây bưởi.",
  });
  await resumeItem(at(-30), second, { on: day(today, -30) });

  // 10. A complaint that does not concern the complainant: not accepted.
  const notConcerned = await receive("99001", -20, {
    kind: "khieu_nai",
    title: "Khiếu nại việc cấp phép xây dựng cho hộ bên cạnh",
    content: "Khiếu nại giấy phép xây dựng cấp cho hộ ông X.",
    submittedOn: day(today, -21),
    respondent: "UBND xã",
    respondentAddress: "Trụ sở UBND xã",
    reasons: "Cho rằng cấp phép sai.",
    request: "Thu hồi giấy phép.",
    ...resident("Ngô Văn Bảy", "Thôn Bắc", "0912 000 109"),
  });
  await refuseItem(at(-18), notConcerned, {
    ground: "2",
    reason:
      "Giấy phép xây dựng cấp cho hộ khác không liên quan trực tiếp đến quyền, lợi ích hợp pháp của ông; ông có thể phản ánh nếu thấy vi phạm.",
  });

  // 11. A denunciation of a cadastral officer: accepted, concluded without naming the denouncer.
  const bribe = await receive("99001", -65, {
    kind: "to_cao",
    title: "Tố cáo cán bộ địa chính nhận tiền khi làm hồ sơ",
    content:
      "Cán bộ địa chính xã yêu cầu nộp thêm 2 triệu đồng ngoài lệ phí khi làm hồ sơ tách thửa.",
    submittedOn: day(today, -66),
    accused: "Cán bộ địa chính xã",
    ...resident("Đinh Thị Nga", "Thôn Đông", "0912 000 110"),
  });
  await assignItem(at(-64), bribe, officialAccountId);
  await acceptItem(at(-60), bribe, { acceptedOn: day(today, -60) });
  await answer(
    bribe,
    -35,
    "Kết luận: nội dung tố cáo đúng một phần; đã xử lý kỷ luật khiển trách và buộc hoàn trả khoản tiền thu sai.",
    {
      number: "12/KL-UBND",
      signer: "Chủ tịch UBND xã",
      contents: {
        verification: "Xác minh hai hồ sơ tách thửa: có thu thêm 1,5 triệu đồng không có chứng từ",
        legalBasis: "Luật Cán bộ, công chức; Luật Phòng, chống tham nhũng",
        verdict: "partly_right",
        responsibility: "Cán bộ địa chính chịu trách nhiệm cá nhân",
        measures: "Kỷ luật khiển trách; hoàn trả tiền thu sai",
        recommendations: "Niêm yết công khai lệ phí tại bộ phận một cửa",
      },
    },
  );

  // 12. A denunciation still open, assigned to the demo official (T36: only they and the chair
  //     see the denouncer).
  const open = await receive("99001", -10, {
    kind: "to_cao",
    title: "Tố cáo việc chia đất công ích không công khai",
    content:
      "Trưởng thôn Bắc chia lại 2 sào đất công ích cho người nhà mà không họp thôn, không công khai.",
    submittedOn: day(today, -11),
    accused: "Trưởng thôn Bắc",
    ...resident("Trịnh Văn Lực", "Thôn Bắc", "0912 000 111"),
  });
  await assignItem(at(-9), open, officialAccountId);
  await acceptItem(at(-5), open, { acceptedOn: day(today, -5) });

  // 13. An anonymous tip: not a denunciation (T30).
  await receive("99001", -15, {
    kind: "to_cao",
    anonymous: true,
    title: "Phản ánh có nội dung tố cáo về khai thác cát trái phép",
    content: "Ban đêm có thuyền hút cát ở bãi sông cuối thôn Nam, có người của xã đứng ra bảo kê.",
    accused: "Không rõ",
  });

  // 14. At the ward: a published answer, an unanswered complaint past its acceptance deadline.
  const sidewalk = await receive("99002", -90, {
    kind: "phan_anh",
    title: "Vỉa hè tổ dân phố 2 bị chiếm dụng bán hàng",
    content: "Vỉa hè trước chợ tạm bị chiếm hết, người đi bộ phải xuống lòng đường.",
    ...resident("Mai Văn Toàn", "Tổ dân phố 2", "0912 000 112"),
    publish: true,
  });
  await classifyItem(at(-89), sidewalk, {
    kind: "phan_anh",
    aboutRegulation: false,
    disciplinary: false,
    instance: "first",
    complex: false,
    remoteArea: false,
    criteria: [],
    publish: true,
  });
  await answer(
    sidewalk,
    -84,
    "Phường đã ra quân lập lại trật tự vỉa hè và bố trí điểm bán hàng tạm trong khuôn viên chợ.",
  );
  await receive("99002", -25, {
    kind: "khieu_nai",
    title: "Khiếu nại việc từ chối cấp giấy xác nhận tình trạng nhà ở",
    content:
      "Bộ phận một cửa phường từ chối nhận hồ sơ xác nhận tình trạng nhà ở mà không nêu lý do.",
    submittedOn: day(today, -26),
    respondent: "Công chức bộ phận một cửa phường",
    respondentAddress: "Trụ sở UBND phường",
    reasons: "Từ chối không có lý do.",
    request: "Tiếp nhận hồ sơ.",
    ...resident("Lý Thị Hồng", "Tổ dân phố 1", "0912 000 113"),
  });

  // Citizen reception: the chair's weekly days for four weeks around today, posted a week ahead;
  // two visits in the register, one answered, one past its 10 working days.
  const commune = unit("99001");
  const monday = (offset: number) => {
    const d = parseLocalDate(day(today, offset));
    const back = (new Date(`${d}T00:00:00Z`).getUTCDay() + 6) % 7;
    return plusDays(d, -back + 1).toString(); // the Tuesday of that week
  };
  const sessions: number[] = [];
  for (const weeks of [-14, -7, 0, 7, 14]) {
    const held = monday(weeks);
    if (!calendar.isWorkingDay(parseLocalDate(held))) continue;
    sessions.push(
      await planReception(at(weeks - 10), commune, {
        head: "commune_chair",
        headName: "Lê Văn Chủ",
        heldOn: held,
        startsAt: "08:00",
        place: "Phòng tiếp công dân, trụ sở Ủy ban nhân dân xã",
        mode: "direct",
      }),
    );
  }
  await postReceptionSchedule(at(-21), commune, {
    sessionIds: sessions,
    postedOn: day(today, -21),
    places: ["hq", "reception_place", "website"],
  });
  const first = await recordVisit(at(-30), dataKey, commune, {
    visitedOn: day(today, -30),
    sessionId: null,
    name: "Phan Văn Lộc",
    address: "Thôn Bắc",
    idNumber: "001185004321",
    matter: "Tranh chấp ranh giới đất vườn với hộ liền kề.",
    priorHandling: "Tổ hòa giải thôn đã hòa giải một lần, không thành.",
    request: "Đề nghị xã đo đạc, xác định ranh giới.",
    handling: "Hướng dẫn làm đơn đề nghị hòa giải tại UBND xã.",
    nationalDbSynced: true,
  });
  await answerVisit(at(-25), first.id, {
    answeredOn: day(today, -25),
    outcome: "accepted",
    answer: "Xã thụ lý đơn đề nghị hòa giải tranh chấp đất đai, hẹn lịch đo đạc.",
  });
  await recordVisit(at(-20), dataKey, commune, {
    visitedOn: day(today, -20),
    sessionId: null,
    name: "Võ Thị Sen",
    address: "Thôn Tây",
    idNumber: "001190005678",
    matter: "Chưa nhận tiền hỗ trợ hộ cận nghèo quý III.",
    priorHandling: "",
    request: "Đề nghị chi trả.",
    handling: "Ghi nhận, chuyển bộ phận lao động - thương binh và xã hội kiểm tra.",
    nationalDbSynced: false,
  });
}
