// The inbox for the demo (issue #5 item 9): a year of feedback, petitions, complaints and
// denunciations at Xã Thanh Bình (99001), its villages, Phường Hòa An (99002) and the province
// (99), written as a diary: each step runs on its day through the same commands officials use
// (with `today` that day), and the clock sweep runs every day before the day's work, so
// reminders, overdue notices and escalations fall when they would have. Timestamps of the rows a
// step writes are set to that day, so timelines read as a year. On time, late (escalated first,
// answered after), open and overdue, transferred inside and outside the platform, merged,
// suspended and resumed, refused, rated 1–5, published; a denunciation assigned to the demo
// commune official ("xa.congchuc"), who alone (with the chair) may see the denouncer (T36).
// Dates are relative to `today`, so the demo works on any day (the tests use 2026-11-22: the
// year runs from 2 December 2025).

import { sql } from "kysely";
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
  sweepClocksIn,
  transferItem,
} from "../modules/inbox/index.ts";
import type { UnitRow } from "../modules/org/index.ts";

const calendar = civilServiceCalendar();
const day = (today: string, offset: number) => plusDays(parseLocalDate(today), offset).toString();

/** The first day of the demo year, counted back from today. */
export const INBOX_DEMO_DAYS = 355;

/** No demo item carries a file: a storage that is never written. */
const noFiles: FileStorage = {
  put: () => Promise.reject(new Error("no files in the inbox demo")),
  get: () => Promise.reject(new Error("no files in the inbox demo")),
};

const resident = (name: string, address: string, contact: string) => ({ name, address, contact });
/** A complaint against the commune chair's decision. */
const againstChair = {
  respondent: "Chủ tịch UBND xã",
  respondentAddress: "Trụ sở UBND xã Thanh Bình",
};

type Intake = Partial<SubmitInput> & Pick<SubmitInput, "kind" | "title" | "content">;
type Handling = { tx: Tx; ctx: RequestContext; calendar: typeof calendar; today: string };
interface Step {
  offset: number;
  /** The clock sweep runs before the day's work, as the hourly job would have. */
  early: boolean;
  seq: number;
  run: (h: Handling, on: string) => Promise<unknown>;
}

const swept = (r: unknown) => {
  const s = r as Awaited<ReturnType<typeof sweepClocksIn>>;
  return s.reminded + s.overdue + s.escalated > 0;
};

/** Rows an inbox step writes, and the column that dates each. */
const DATED: readonly [string, string][] = [
  ["inbox_item", "created_at"],
  ["inbox_item", "updated_at"],
  ["inbox_event", "at"],
  ["inbox_document", "created_at"],
  ["inbox_rating", "created_at"],
  ["inbox_reminder", "raised_at"],
  ["inbox_identity_grant", "granted_at"],
  ["inbox_reception_session", "created_at"],
  ["inbox_reception_visit", "created_at"],
];

export async function seedDemoInbox(
  tx: Tx,
  ctx: RequestContext,
  unit: (code: string) => UnitRow,
  dataKey: Buffer,
  today: string,
  officialAccountId: number,
): Promise<void> {
  const steps: Step[] = [];
  const on = (offset: number, run: Step["run"]) =>
    steps.push({ offset, early: false, seq: steps.length, run });
  const ids = new Map<string, number>();
  const id = (name: string) => {
    const v = ids.get(name);
    if (v === undefined) throw new Error(`inbox demo: ${name} not received yet`);
    return v;
  };

  /** An item received on its day, at a commune, ward, village or the province. */
  const receive = (name: string, code: string, offset: number, input: Intake) =>
    on(offset, async (h) => {
      const u = unit(code);
      const r = await receiveItem(
        h,
        noFiles,
        { id: u.id, code: u.code, kind: u.kind, path: u.path, parentId: u.parent_id },
        dataKey,
        { channel: "web", signed: true, ...input },
      );
      ids.set(name, r.id);
    });
  const accept = (name: string, offset: number) =>
    on(offset, (h, d) => acceptItem(h, id(name), { acceptedOn: d }));
  const assign = (name: string, offset: number) =>
    on(offset, (h) => assignItem(h, id(name), officialAccountId));
  const answer = (
    name: string,
    offset: number,
    text: string,
    document: Parameters<typeof answerItem>[3]["document"] = null,
  ) =>
    on(offset, (h, d) =>
      answerItem(h, dataKey, id(name), { answer: text, answeredOn: d, document }),
    );
  /** The submitter rates with the tracking code they were given. */
  const rate = (name: string, offset: number, level: number, comment: string) =>
    on(offset, async (h) => {
      const { code } = await tx
        .selectFrom("inbox_item")
        .select("code")
        .where("id", "=", id(name))
        .executeTakeFirstOrThrow();
      await rateItem(h, id(name), { level, comment, code });
    });
  const close = (name: string, offset: number) => on(offset, (h) => closeItem(h, id(name)));
  /** The dialogue before a complaint's decision (T24, T25), noticed a week ahead. */
  const dialogue = (
    name: string,
    offset: number,
    input: Pick<Parameters<typeof recordDialogue>[2], "place" | "opinions" | "result"> & {
      participants: string[];
    },
  ) =>
    on(offset, (h, d) =>
      recordDialogue(h, id(name), {
        ...input,
        heldOn: d,
        noticeOn: day(today, offset - 7),
        copies: 3,
        participants: input.participants.map((p) => ({ name: p, present: true, signed: true })),
      }),
    );
  /** A feedback or petition taken up, answered and rated on its days (offsets from today). */
  const story = (
    name: string,
    code: string,
    days: { received: number; accepted: number; answered: number; rated: number; closed?: number },
    input: Intake,
    reply: string,
    rating: [level: number, comment: string],
  ) => {
    receive(name, code, days.received, input);
    accept(name, days.accepted);
    answer(name, days.answered, reply);
    rate(name, days.rated, ...rating);
    if (days.closed !== undefined) close(name, days.closed);
  };

  // ── December 2025 ────────────────────────────────────────────────────────────────────────
  // Street lights in thôn Đông: answered in 5 days, rated 5, closed; published.
  story(
    "lights",
    "99001-T01",
    { received: -352, accepted: -351, answered: -347, rated: -346, closed: -340 },
    {
      kind: "phan_anh",
      title: "Ba bóng đèn đường ở xóm Giữa bị hỏng",
      content:
        "Ba bóng đèn đường trên trục xóm Giữa, thôn Đông hỏng đã một tuần, buổi tối đi lại rất tối, nhất là học sinh đi học thêm về.",
      place: "Trục xóm Giữa, thôn Đông",
      ...resident("Nguyễn Thị Lan", "Xóm Giữa, thôn Đông", "0912 000 101"),
      publish: true,
    },
    "Tổ điện của xã đã thay ba bóng đèn LED mới và kiểm tra lại toàn tuyến xóm Giữa. Cảm ơn bà đã phản ánh.",
    [5, "Làm nhanh, cảm ơn xã."],
  );

  // A petition raised at the voter-contact meeting about the market fee: answered, rated 3.
  story(
    "fees",
    "99001",
    { received: -338, accepted: -336, answered: -326, rated: -320 },
    {
      kind: "kien_nghi",
      channel: "voter_meeting",
      receivedOn: day(today, -338),
      source: "Hội nghị tiếp xúc cử tri trước kỳ họp cuối năm 2025 của HĐND xã",
      transcribed: true,
      title: "Đề nghị công khai và xem xét lại mức thu phí chợ Thanh Bình",
      content:
        "Cử tri thôn Tây đề nghị niêm yết công khai mức thu phí sử dụng diện tích bán hàng ở chợ Thanh Bình; người bán rau nhỏ lẻ đang phải nộp bằng hộ kinh doanh cố định.",
      ...resident("Trần Văn Hải", "Thôn Tây", "0912 000 102"),
      publish: true,
    },
    "Ban quản lý chợ đã niêm yết bảng giá tại cổng chợ; người bán rau, hàng nông sản nhỏ lẻ dưới 2 m² nộp theo mức thấp nhất của biểu giá do HĐND tỉnh quy định.",
    [3, "Đã niêm yết nhưng mức thu vẫn cao so với người bán nhỏ."],
  );

  // ── January – February 2026 ──────────────────────────────────────────────────────────────
  // A pothole on the inter-village road, with a map point: assigned, answered after the target
  // (the sweep raised the overdue notice and the escalation first), rated 2.
  story(
    "pothole",
    "99001-T04",
    { received: -318, accepted: -317, answered: -290, rated: -288 },
    {
      kind: "phan_anh",
      title: "Ổ gà lớn trên đường liên thôn đoạn qua ấp Tân Lập",
      content:
        "Đoạn đường bê tông liên thôn trước nhà văn hóa ấp Tân Lập có ổ gà sâu khoảng 20 cm, rộng gần 1 m; trời mưa đọng nước, đã có hai người đi xe máy bị ngã.",
      place: "Đường liên thôn, trước nhà văn hóa ấp Tân Lập",
      lat: 21.0418,
      lng: 105.8712,
      ...resident("Phạm Văn Khải", "Ấp Tân Lập", "0912 000 103"),
      publish: true,
    },
    "Xã đã vá ổ gà bằng bê tông đá dăm và đặt biển cảnh báo trong thời gian chờ bảo dưỡng. Việc sửa chữa chậm do phải chờ bố trí kinh phí sự nghiệp giao thông đầu năm.",
    [2, "Gần một tháng mới sửa, trong lúc đó vẫn có người ngã."],
  );
  assign("pothole", -317);

  // Karaoke at night in the ward, sent anonymously: answered on time, published.
  receive("karaoke", "99002-TDP3", -300, {
    kind: "phan_anh",
    anonymous: true,
    title: "Hát karaoke sau 22 giờ ở tổ dân phố số 3",
    content:
      "Một quán karaoke ngoài trời ở tổ dân phố số 3 mở loa to đến gần 24 giờ, nhiều đêm liền, ảnh hưởng người già và học sinh.",
    place: "Tổ dân phố số 3",
    publish: true,
  });
  answer(
    "karaoke",
    -296,
    "Công an phường đã kiểm tra, lập biên bản nhắc nhở chủ quán và yêu cầu cam kết không gây ồn sau 22 giờ.",
  );

  // ── March – April 2026 ───────────────────────────────────────────────────────────────────
  // Rubbish collection in thôn Tây: answered on time, rated 4, closed.
  story(
    "rubbish",
    "99001-T02",
    { received: -265, accepted: -264, answered: -258, rated: -255, closed: -250 },
    {
      kind: "phan_anh",
      title: "Rác ở điểm tập kết đầu thôn không được thu gom",
      content:
        "Điểm tập kết rác đầu thôn Tây hai tuần nay xe thu gom chỉ đến một lần, rác tràn ra đường, bốc mùi.",
      place: "Đầu thôn Tây, cạnh cầu máng",
      ...resident("Lê Thị Thu", "Thôn Tây", "0912 000 104"),
      publish: true,
    },
    "UBND xã đã làm việc với hợp tác xã vệ sinh môi trường; từ tuần này xe thu gom đến hai ngày một lần và có thùng chứa có nắp.",
    [4, ""],
  );

  // A complaint against an administrative fine: accepted, decided on time (the complaint wrong).
  receive("fine", "99001", -240, {
    kind: "khieu_nai",
    title: "Khiếu nại quyết định xử phạt vi phạm hành chính về đất đai",
    content:
      "Tôi bị phạt 5 triệu đồng vì tự ý chuyển đất trồng lúa sang trồng cây lâu năm, nhưng gia đình chỉ trồng xen cây ăn quả trên bờ ruộng.",
    submittedOn: day(today, -241),
    ...againstChair,
    reasons: "Không chuyển mục đích sử dụng đất, chỉ trồng xen trên bờ ruộng.",
    request: "Hủy quyết định xử phạt.",
    ...resident("Vũ Văn Thắng", "Thôn Nà Cà", "0912 000 105"),
  });
  accept("fine", -236);
  answer(
    "fine",
    -214,
    "Khiếu nại sai: kết quả kiểm tra hiện trường cho thấy 600 m² đất lúa đã được đắp bờ, trồng cây lâu năm; giữ nguyên quyết định xử phạt.",
    {
      number: "48/QĐ-UBND",
      signer: "Chủ tịch UBND xã",
      contents: {
        parties: "Ông Vũ Văn Thắng, thôn Nà Cà; Chủ tịch UBND xã Thanh Bình",
        content: "Quyết định xử phạt vi phạm hành chính trong lĩnh vực đất đai",
        verification: "Kiểm tra hiện trường: 600 m² đất trồng lúa đã đắp bờ, trồng 120 cây bưởi",
        legalBasis: "Luật Khiếu nại 2011; Nghị định 123/2024/NĐ-CP",
        conclusion: "wrong",
        remedy: "Giữ nguyên quyết định xử phạt",
        rights: "Ông Thắng có quyền khiếu nại lần hai hoặc khởi kiện vụ án hành chính",
      },
    },
  );
  rate("fine", -210, 3, "Xã giải thích rõ nhưng tôi vẫn chưa đồng ý.");

  // A civil servant's complaint against a reprimand: dialogue, decision on time.
  receive("discipline", "99001", -222, {
    kind: "khieu_nai",
    disciplinary: true,
    title: "Khiếu nại quyết định kỷ luật khiển trách",
    content:
      "Tôi là công chức văn hóa – xã hội, bị kỷ luật khiển trách vì chậm tham mưu hồ sơ công nhận gia đình văn hóa; việc chậm là do thôn nộp danh sách muộn.",
    submittedOn: day(today, -223),
    ...againstChair,
    reasons: "Lỗi chậm trễ không thuộc trách nhiệm của tôi.",
    request: "Hủy quyết định kỷ luật khiển trách.",
    ...resident("Đỗ Thị Hạnh", "Thôn Đông", "0912 000 106"),
  });
  accept("discipline", -219);
  dialogue("discipline", -210, {
    place: "Phòng họp UBND xã",
    opinions:
      "Bà Hạnh trình bày danh sách của hai thôn nộp sau hạn; Văn phòng UBND xã xuất trình sổ theo dõi văn bản.",
    result: "Bà Hạnh thừa nhận có nhận danh sách đủ trước hạn 5 ngày làm việc.",
    participants: ["Bà Đỗ Thị Hạnh", "Chánh Văn phòng HĐND và UBND xã"],
  });
  answer(
    "discipline",
    -200,
    "Khiếu nại sai: sổ theo dõi văn bản cho thấy danh sách đã nhận đủ trước hạn; giữ nguyên quyết định kỷ luật khiển trách.",
    {
      number: "61/QĐ-UBND",
      signer: "Chủ tịch UBND xã",
      contents: {
        parties: "Bà Đỗ Thị Hạnh, công chức văn hóa – xã hội; Chủ tịch UBND xã Thanh Bình",
        content: "Quyết định kỷ luật khiển trách",
        verification: "Sổ theo dõi văn bản đến: danh sách hai thôn nhận trước hạn 5 ngày làm việc",
        dialogue: "Người khiếu nại thừa nhận đã nhận đủ danh sách trước hạn",
        legalBasis: "Luật Khiếu nại 2011 Chương IV; Luật Cán bộ, công chức",
        conclusion: "wrong",
        remedy: "Giữ nguyên quyết định kỷ luật",
        rights: "Bà Hạnh có quyền khiếu nại lần hai hoặc khởi kiện vụ án hành chính",
      },
    },
  );

  // ── May – June 2026 ──────────────────────────────────────────────────────────────────────
  // A flooded lane in Nà Cà: answered on time, rated 5.
  story(
    "flood",
    "99001-T03",
    { received: -195, accepted: -194, answered: -189, rated: -186 },
    {
      kind: "phan_anh",
      title: "Rãnh thoát nước bản Nà Cà bị lấp, mưa là ngập đường",
      content:
        "Rãnh thoát nước dọc đường bản Nà Cà bị đất đá lấp sau đợt mưa đầu mùa, nước tràn qua đường và vào nhà ba hộ.",
      place: "Đường bản Nà Cà, đoạn gần suối",
      ...resident("Lò Văn Pản", "Bản Nà Cà", "0912 000 107"),
      publish: true,
    },
    "Xã đã huy động đoàn viên thanh niên và máy xúc nạo vét 300 m rãnh, gia cố đoạn gần suối bằng đá hộc.",
    [5, "Bà con rất cảm ơn."],
  );

  // A petition for a school crossing: answered on time, rated 4; published.
  story(
    "crossing",
    "99001-T01",
    { received: -180, accepted: -179, answered: -171, rated: -168 },
    {
      kind: "kien_nghi",
      title: "Đề nghị kẻ vạch và đặt biển báo trước cổng trường tiểu học",
      content:
        "Giờ tan học xe qua lại nhanh trước cổng Trường Tiểu học Thanh Bình; đề nghị kẻ vạch đi bộ, đặt biển báo trường học và bố trí người hướng dẫn.",
      ...resident("Phạm Minh Đức", "Thôn Đông", "0912 000 108"),
      publish: true,
    },
    "Xã đã kẻ vạch đi bộ, đặt hai biển báo khu vực trường học; Đoàn thanh niên phân công người hướng dẫn giờ tan học.",
    [4, ""],
  );

  // A denunciation of the cadastral officer taking money: assigned, accepted, concluded without
  // naming the denouncer.
  receive("bribe", "99001", -165, {
    kind: "to_cao",
    title: "Tố cáo cán bộ địa chính nhận tiền khi làm hồ sơ",
    content:
      "Cán bộ địa chính xã yêu cầu nộp thêm 2 triệu đồng ngoài lệ phí khi làm hồ sơ tách thửa, không viết biên lai.",
    submittedOn: day(today, -166),
    accused: "Cán bộ địa chính xã",
    ...resident("Đinh Thị Nga", "Thôn Đông", "0912 000 109"),
  });
  assign("bribe", -164);
  accept("bribe", -160);
  answer(
    "bribe",
    -135,
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

  // A complaint against a land recovery decision, received at the desk: dialogue, decision.
  receive("land", "99001", -150, {
    kind: "khieu_nai",
    channel: "desk",
    transcribed: true,
    receivedOn: day(today, -150),
    title: "Khiếu nại quyết định thu hồi đất làm đường liên thôn",
    content:
      "Quyết định thu hồi ghi 120 m² đất vườn của gia đình tôi, thực tế phần nằm trong chỉ giới chỉ khoảng 95 m².",
    submittedOn: day(today, -151),
    ...againstChair,
    reasons: "Diện tích thu hồi ghi trong quyết định lớn hơn diện tích thực tế nằm trong chỉ giới.",
    request: "Đo đạc lại và sửa quyết định thu hồi.",
    ...resident("Hoàng Văn Sơn", "Ấp Tân Lập", "0912 000 110"),
  });
  accept("land", -146);
  dialogue("land", -132, {
    place: "Trụ sở UBND xã Thanh Bình",
    opinions: "Ông Sơn giữ yêu cầu đo đạc lại; địa chính xã trình bày kết quả đo đạc ngày trước.",
    result: "Thống nhất đo đạc lại có mặt ông Sơn và trưởng ấp.",
    participants: ["Ông Hoàng Văn Sơn", "Công chức địa chính xã"],
  });
  answer(
    "land",
    -122,
    "Khiếu nại đúng một phần: diện tích thu hồi được sửa thành 97 m² theo kết quả đo đạc lại.",
    {
      number: "215/QĐ-UBND",
      signer: "Chủ tịch UBND xã",
      contents: {
        parties: "Ông Hoàng Văn Sơn, ấp Tân Lập; Chủ tịch UBND xã Thanh Bình",
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

  // ── July – August 2026 ───────────────────────────────────────────────────────────────────
  // A petition on a procedure outside the commune's competence: sent to the provincial office.
  receive("procedure", "99001", -128, {
    kind: "kien_nghi",
    aboutRegulation: true,
    title: "Đề nghị rút ngắn thời gian cấp phiếu lý lịch tư pháp",
    content:
      "Thủ tục cấp phiếu lý lịch tư pháp mất 10 ngày; đề nghị cho phép nộp và nhận kết quả trực tuyến hoàn toàn.",
    ...resident("Đặng Thu Hà", "Thôn Tây", "0912 000 111"),
  });
  on(-125, (h) =>
    transferItem(h, id("procedure"), {
      to: "outside",
      recipient: "Sở Tư pháp tỉnh",
      reason: "Thủ tục thuộc thẩm quyền của Sở Tư pháp (NĐ 20/2008 Điều 9.1.d).",
    }),
  );

  // The second complaint on the land recovery, at the province (the commune chair decided the
  // first): accepted, suspended for a survey, resumed, still open.
  receive("land2", "99", -112, {
    kind: "khieu_nai",
    instance: "second",
    firstDecisionIssued: true,
    firstDecisionAttached: true,
    title: "Khiếu nại lần hai về quyết định thu hồi đất làm đường liên thôn",
    content:
      "Không đồng ý với Quyết định 215/QĐ-UBND của Chủ tịch UBND xã Thanh Bình: mức bồi thường cây ăn quả trên phần đất thu hồi thấp hơn bảng giá của tỉnh.",
    submittedOn: day(today, -113),
    respondent: "Chủ tịch UBND xã Thanh Bình",
    respondentAddress: "Trụ sở UBND xã Thanh Bình",
    reasons: "Đơn giá bồi thường cây bưởi thấp hơn bảng giá của tỉnh.",
    request: "Tính lại mức bồi thường cây trồng.",
    ...resident("Hoàng Văn Sơn", "Ấp Tân Lập, xã Thanh Bình", "0912 000 110"),
  });
  accept("land2", -106);
  on(-95, (h, d) =>
    suspendItem(h, id("land2"), {
      on: d,
      reason: "Chờ ý kiến của Sở Nông nghiệp và Môi trường về đơn giá cây bưởi.",
    }),
  );
  on(-80, (h, d) => resumeItem(h, id("land2"), { on: d }));

  // Street lighting reported to the ward for a road on the commune's side: transferred inside the
  // platform to the commune, which answers it.
  receive("border", "99002-TDP1", -104, {
    kind: "phan_anh",
    title: "Đường giáp ranh giữa phường và xã Thanh Bình không có đèn",
    content:
      "Đoạn đường 400 m từ tổ dân phố số 1 sang thôn Đông không có đèn chiếu sáng, đêm tối có người bị giật túi xách.",
    place: "Đường giáp ranh tổ dân phố số 1 – thôn Đông",
    ...resident("Mai Văn Toàn", "Tổ dân phố số 1", "0912 000 112"),
    publish: true,
  });
  on(-102, (h) =>
    transferItem(h, id("border"), {
      to: "unit",
      unitCode: "99001",
      reason: "Đoạn đường thuộc địa giới hành chính xã Thanh Bình.",
    }),
  );
  answer(
    "border",
    -92,
    "Xã đã lắp 8 cột đèn năng lượng mặt trời trên đoạn đường giáp ranh; công an xã tăng tuần tra buổi tối.",
  );
  rate("border", -90, 4, "");

  // Dirty tap water in Tân Lập: answered after the target (escalated first), rated 1.
  story(
    "water",
    "99001-T04",
    { received: -100, accepted: -99, answered: -70, rated: -68 },
    {
      kind: "phan_anh",
      title: "Nước sinh hoạt ấp Tân Lập bị đục, có mùi",
      content:
        "Một tuần nay nước máy của trạm cấp nước ấp Tân Lập đục, có mùi bùn; nhiều hộ phải mua nước bình để nấu ăn.",
      place: "Ấp Tân Lập",
      ...resident("Nguyễn Văn Bình", "Ấp Tân Lập", "0912 000 113"),
      publish: true,
    },
    "Trạm cấp nước đã súc rửa bể lọc, thay vật liệu lọc; mẫu nước ngày kiểm tra lại đạt quy chuẩn. Xã xin lỗi vì chậm trả lời.",
    [1, "Cả tháng dùng nước đục, trả lời quá chậm."],
  );

  // ── September – October 2026 ─────────────────────────────────────────────────────────────
  // The ward's sidewalks: classified, answered, published.
  receive("sidewalk", "99002", -88, {
    kind: "phan_anh",
    title: "Vỉa hè tổ dân phố số 2 bị chiếm dụng bán hàng",
    content: "Vỉa hè trước chợ tạm bị chiếm hết, người đi bộ phải xuống lòng đường.",
    ...resident("Lý Văn Tùng", "Tổ dân phố số 2", "0912 000 114"),
    publish: true,
  });
  on(-87, (h) =>
    classifyItem(h, id("sidewalk"), {
      kind: "phan_anh",
      aboutRegulation: false,
      disciplinary: false,
      instance: "first",
      complex: false,
      remoteArea: false,
      criteria: [],
      publish: true,
    }),
  );
  answer(
    "sidewalk",
    -82,
    "Phường đã ra quân lập lại trật tự vỉa hè và bố trí điểm bán hàng tạm trong khuôn viên chợ.",
  );

  // A complaint against a building fine: accepted, never decided — overdue and escalated.
  receive("buildingFine", "99001", -62, {
    kind: "khieu_nai",
    title: "Khiếu nại quyết định xử phạt vi phạm hành chính về xây dựng",
    content:
      "Tôi bị phạt vì xây tường rào lấn lề đường, nhưng tường nằm trong đất của gia đình theo giấy chứng nhận quyền sử dụng đất.",
    submittedOn: day(today, -63),
    ...againstChair,
    reasons: "Tường rào không lấn lề đường.",
    request: "Hủy quyết định xử phạt.",
    ...resident("Vũ Thị Mai", "Thôn Đông", "0912 000 115"),
  });
  accept("buildingFine", -58);

  // ── November 2026 ────────────────────────────────────────────────────────────────────────
  // A blocked drain with a map point: assigned, still open past the target (overdue, escalated);
  // a neighbour's anonymous report of the same drain merged into it.
  receive("drain", "99001-T01", -40, {
    kind: "phan_anh",
    title: "Cống thoát nước ngõ 5 bị tắc, mưa là ngập",
    content:
      "Cống thoát nước ngõ 5 thôn Đông bị tắc, mỗi trận mưa nước ngập vào sân ba hộ gia đình.",
    place: "Ngõ 5, thôn Đông",
    lat: 21.0291,
    lng: 105.8523,
    ...resident("Lê Văn Tâm", "Ngõ 5, thôn Đông", "0912 000 116"),
    publish: true,
  });
  accept("drain", -39);
  assign("drain", -39);
  receive("drainAgain", "99001-T01", -38, {
    kind: "phan_anh",
    title: "Ngập nước ở ngõ 5 do cống tắc",
    content: "Nhà tôi ở ngõ 5 bị nước tràn vào sân sau mỗi trận mưa vì cống tắc.",
    anonymous: true,
  });
  on(-37, (h) => mergeItem(h, id("drainAgain"), id("drain")));

  // The ward: a complaint left unaccepted past its acceptance deadline (T16): escalated.
  receive("housing", "99002", -25, {
    kind: "khieu_nai",
    title: "Khiếu nại việc từ chối cấp giấy xác nhận tình trạng nhà ở",
    content:
      "Bộ phận một cửa phường từ chối nhận hồ sơ xác nhận tình trạng nhà ở mà không nêu lý do.",
    submittedOn: day(today, -26),
    respondent: "Công chức bộ phận một cửa phường",
    respondentAddress: "Trụ sở UBND phường Hòa An",
    reasons: "Từ chối không có lý do.",
    request: "Tiếp nhận hồ sơ.",
    ...resident("Lý Thị Hồng", "Tổ dân phố số 1", "0912 000 117"),
  });

  // A complaint that does not concern the complainant: not accepted (Luật KN Art 11.2).
  receive("notConcerned", "99001", -20, {
    kind: "khieu_nai",
    title: "Khiếu nại việc cấp phép xây dựng cho hộ bên cạnh",
    content: "Khiếu nại giấy phép xây dựng cấp cho hộ ông X.",
    submittedOn: day(today, -21),
    respondent: "UBND xã",
    respondentAddress: "Trụ sở UBND xã Thanh Bình",
    reasons: "Cho rằng cấp phép sai.",
    request: "Thu hồi giấy phép.",
    ...resident("Ngô Văn Bảy", "Thôn Tây", "0912 000 118"),
  });
  on(-18, (h) =>
    refuseItem(h, id("notConcerned"), {
      ground: "2",
      reason:
        "Giấy phép xây dựng cấp cho hộ khác không liên quan trực tiếp đến quyền, lợi ích hợp pháp của ông; ông có thể phản ánh nếu thấy vi phạm.",
    }),
  );

  // An anonymous tip: not a denunciation (T30), kept as information.
  receive("tip", "99001", -15, {
    kind: "to_cao",
    anonymous: true,
    title: "Tin báo về khai thác cát trái phép",
    content:
      "Ban đêm có thuyền hút cát ở bãi sông cuối ấp Tân Lập, có người của xã đứng ra bảo kê.",
    accused: "Không rõ",
  });

  // A denunciation still open, assigned to the demo official (T36: only they and the chair see
  // the denouncer).
  receive("publicLand", "99001", -12, {
    kind: "to_cao",
    title: "Tố cáo việc chia đất công ích không công khai",
    content:
      "Trưởng thôn Tây chia lại 2 sào đất công ích cho người nhà mà không họp thôn, không công khai.",
    submittedOn: day(today, -13),
    accused: "Trưởng thôn Tây",
    ...resident("Trịnh Văn Lực", "Thôn Tây", "0912 000 119"),
  });
  assign("publicLand", -11);
  accept("publicLand", -6);

  // A petition for a concrete lane in Nà Cà, accepted, due in the coming days.
  receive("lane", "99001-T03", -9, {
    kind: "kien_nghi",
    title: "Đề nghị hỗ trợ xi măng làm đường bê tông ngõ xóm",
    content:
      "Bà con bản Nà Cà đã góp ngày công và cát sỏi, đề nghị xã hỗ trợ 40 tấn xi măng theo chương trình nông thôn mới để bê tông 600 m đường ngõ.",
    place: "Ngõ xóm bản Nà Cà",
    ...resident("Lò Thị Xuân", "Bản Nà Cà", "0912 000 120"),
    publish: true,
  });
  accept("lane", -8);

  // Noise from a woodshop, received three days ago, anonymously: on time.
  receive("woodshop", "99001-T02", -3, {
    kind: "phan_anh",
    anonymous: true,
    title: "Xưởng mộc làm việc đến khuya gây ồn",
    content:
      "Xưởng mộc cạnh nhà văn hóa thôn Tây chạy máy đến 23 giờ, ảnh hưởng giấc ngủ người già và trẻ nhỏ.",
  });

  // Citizen reception: the chair's weekly days (Tuesdays) for five weeks around today, planned
  // four weeks back and posted three weeks back; two visits in the register, one answered, one
  // past its 10 working days.
  const commune = unit("99001");
  const tuesday = (offset: number) => {
    const d = parseLocalDate(day(today, offset));
    const back = (new Date(`${d}T00:00:00Z`).getUTCDay() + 6) % 7;
    return plusDays(d, -back + 1).toString();
  };
  const sessions: number[] = [];
  on(-28, async (h) => {
    for (const weeks of [-14, -7, 0, 7, 14]) {
      const held = tuesday(weeks);
      if (!calendar.isWorkingDay(parseLocalDate(held))) continue;
      sessions.push(
        await planReception(h, commune, {
          head: "commune_chair",
          headName: "Lê Văn Chủ",
          heldOn: held,
          startsAt: "08:00",
          place: "Phòng tiếp công dân, trụ sở Ủy ban nhân dân xã",
          mode: "direct",
        }),
      );
    }
  });
  on(-21, (h, d) =>
    postReceptionSchedule(h, commune, {
      sessionIds: sessions,
      postedOn: d,
      places: ["hq", "reception_place", "website"],
    }),
  );
  let firstVisit = 0;
  on(-30, async (h, d) => {
    firstVisit = (
      await recordVisit(h, dataKey, commune, {
        visitedOn: d,
        sessionId: null,
        name: "Phan Văn Lộc",
        address: "Thôn Tây",
        idNumber: "001185004321",
        matter: "Tranh chấp ranh giới đất vườn với hộ liền kề.",
        priorHandling: "Tổ hòa giải thôn đã hòa giải một lần, không thành.",
        request: "Đề nghị xã đo đạc, xác định ranh giới.",
        handling: "Hướng dẫn làm đơn đề nghị hòa giải tại UBND xã.",
        nationalDbSynced: true,
      })
    ).id;
  });
  on(-25, (h, d) =>
    answerVisit(h, firstVisit, {
      answeredOn: d,
      outcome: "accepted",
      answer: "Xã thụ lý đơn đề nghị hòa giải tranh chấp đất đai, hẹn lịch đo đạc.",
    }),
  );
  on(-20, (h, d) =>
    recordVisit(h, dataKey, commune, {
      visitedOn: d,
      sessionId: null,
      name: "Võ Thị Sen",
      address: "Thôn Đông",
      idNumber: "001190005678",
      matter: "Chưa nhận tiền hỗ trợ hộ cận nghèo quý III.",
      priorHandling: "",
      request: "Đề nghị chi trả.",
      handling: "Ghi nhận, chuyển bộ phận văn hóa – xã hội kiểm tra.",
      nationalDbSynced: false,
    }),
  );

  // The hourly clock sweep, once a day before the day's work, from the first day to yesterday
  // (seedDemo sweeps today after the seed's transaction).
  for (let offset = -INBOX_DEMO_DAYS; offset < 0; offset++)
    steps.push({
      offset,
      early: true,
      seq: steps.length,
      run: (h) => sweepClocksIn(tx, calendar, h.today),
    });

  steps.sort((a, b) => a.offset - b.offset || Number(b.early) - Number(a.early) || a.seq - b.seq);
  let lastOffset = Number.NaN;
  let minute = 0;
  for (const step of steps) {
    if (step.offset !== lastOffset) minute = 0;
    lastOffset = step.offset;
    const on = day(today, step.offset);
    const result = await step.run({ tx, ctx, calendar, today: on }, on);
    if (step.offset >= 0 || (step.early && !swept(result))) continue;
    // Sweeps at 06:00, the day's work from 08:00, a quarter of an hour apart (Vietnam time).
    const at = step.early ? 6 * 60 : 8 * 60 + 15 * minute++;
    const stamp = `${on}T${String(Math.floor(at / 60)).padStart(2, "0")}:${String(at % 60).padStart(2, "0")}:00+07:00`;
    for (const [table, column] of DATED)
      await sql`update ${sql.table(table)} set ${sql.ref(column)} = ${stamp}::timestamptz
                 where ${sql.ref(column)} > ${stamp}::timestamptz`.execute(tx);
  }
}
