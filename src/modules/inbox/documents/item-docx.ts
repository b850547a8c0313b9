// The inbox's official documents as Word files in the NĐ 30/2020 layout (law2.md §8.1, T53–T57):
// the decision on a complaint (Luật KN Art 31.2, 40.2; T23), the conclusion on a denunciation
// (Luật TC Art 35.2; its public version for Art 40, T35), and the notices a submitter receives —
// acceptance (thông báo thụ lý), refusal (không thụ lý, with its ground), transfer (phiếu
// chuyển đơn) and the answer to feedback or a petition (T13). Pure: data in, bytes out. No
// function here takes a denouncer's identity, so no file it writes can carry it.

import {
  type Block,
  type OfficialHeader,
  officialDocx,
  type Signer,
} from "../../../core/documents/index.ts";
import { vnDate } from "../domain/cite.ts";
import { type DocumentKind, REQUIRED_CONTENTS } from "../domain/decision-contents.ts";

/** The issuing unit, as its header names it. */
export interface Issuer {
  /** "Xã Thanh Bình". */
  unitName: string;
  /** "Tỉnh Mẫu" (the unit above), for the first header line; null at the top. */
  parentName: string | null;
  /** Where it sits, for the date line ("Thanh Bình"). */
  place: string;
}

export interface ItemFacts {
  code: string;
  kindLabel: string;
  title: string;
  content: string;
  receivedOn: string;
  /** Complaints: who made it, from the decision's own "parties" field; never a denouncer. */
  submitter?: string | null;
}

const VERDICTS: Record<string, string> = {
  right: "đúng",
  partly_right: "đúng một phần",
  wrong: "sai toàn bộ",
  false: "sai sự thật",
};

const upper = (s: string) => s.toLocaleUpperCase("vi");
/** "Xã Thanh Bình" → "xã Thanh Bình", as a name reads inside a sentence. */
const inSentence = (s: string) => s.charAt(0).toLocaleLowerCase("vi") + s.slice(1);
const para = (text: string, bold = false): Block => ({ kind: "paragraph", text, bold });
const lines = (text: string | null | undefined) =>
  (text ?? "")
    .split(/\n+/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => para(l));

function header(
  issuer: Issuer,
  h: {
    number: string | null;
    date: string;
    docType: string;
    subject: string;
    signer: string;
    recipients: string[];
    symbol: string;
  },
): OfficialHeader {
  const signer: Signer = {
    prefix: "TM.",
    body: "ỦY BAN NHÂN DÂN",
    title: "CHỦ TỊCH",
    name: h.signer,
  };
  return {
    ...(issuer.parentName ? { issuerParent: upper(`Ủy ban nhân dân ${issuer.parentName}`) } : {}),
    issuer: `ỦY BAN NHÂN DÂN\n${upper(issuer.unitName)}`,
    number: h.number,
    symbol: h.symbol,
    place: issuer.place,
    date: h.date,
    docType: h.docType,
    subject: h.subject,
    signer,
    recipients: h.recipients,
    filedWith: "hồ sơ vụ việc",
  };
}

/** A complaint decision (first or second instance) from the contents the answer recorded. */
export function complaintDecisionDocx(
  issuer: Issuer,
  item: ItemFacts,
  doc: {
    kind: DocumentKind;
    number: string;
    issuedOn: string;
    signer: string;
    fields: Record<string, unknown>;
  },
): Promise<Buffer> {
  const f = (k: string) =>
    typeof doc.fields[k] === "string" ? (doc.fields[k] as string).trim() : "";
  const second = doc.kind === "complaint_second_decision";
  const spec = REQUIRED_CONTENTS[doc.kind];
  const verdict = VERDICTS[f("conclusion")] ?? f("conclusion");
  const body: Block[] = [
    {
      kind: "basis",
      lines: [
        "Căn cứ Luật Tổ chức chính quyền địa phương",
        "Căn cứ Luật Khiếu nại năm 2011",
        `Căn cứ ${f("legalBasis") || "các văn bản quy phạm pháp luật có liên quan"}`,
        `Xét đơn khiếu nại ${second ? "lần hai " : ""}ngày ${vnDate(item.receivedOn)} (mã ${item.code})`,
      ],
    },
    { kind: "heading", text: "I. NỘI DUNG KHIẾU NẠI" },
    para(`Người khiếu nại, người bị khiếu nại: ${f("parties")}.`),
    ...lines(f("content") || item.content),
    ...(second
      ? [
          { kind: "heading", text: "II. KẾT QUẢ GIẢI QUYẾT KHIẾU NẠI LẦN ĐẦU" } as Block,
          ...lines(f("firstResult")),
        ]
      : []),
    { kind: "heading", text: `${second ? "III" : "II"}. KẾT QUẢ XÁC MINH` },
    ...lines(f("verification")),
    ...(f("dialogue")
      ? [
          { kind: "heading", text: `${second ? "IV" : "III"}. KẾT QUẢ ĐỐI THOẠI` } as Block,
          ...lines(f("dialogue")),
        ]
      : []),
    { kind: "heading", text: "KẾT LUẬN" },
    para(`Nội dung khiếu nại là ${verdict}.`, true),
    para("QUYẾT ĐỊNH:", true),
    para(`Điều 1. ${f("remedy") || f("decision")}`),
    ...(f("compensation") ? [para(`Điều 2. Về bồi thường thiệt hại: ${f("compensation")}`)] : []),
    para(
      `Điều ${f("compensation") ? 3 : 2}. ${second ? f("lawsuitRight") || "Người khiếu nại có quyền khởi kiện vụ án hành chính tại Tòa án theo quy định của Luật Tố tụng hành chính." : f("rights") || "Trong thời hạn theo quy định, nếu không đồng ý với quyết định này, người khiếu nại có quyền khiếu nại lần hai hoặc khởi kiện vụ án hành chính tại Tòa án."}`,
    ),
    para(
      `Điều ${f("compensation") ? 4 : 3}. Quyết định có hiệu lực kể từ ngày ký. Các cơ quan, tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành.`,
    ),
  ];
  return officialDocx(
    header(issuer, {
      number: doc.number,
      date: doc.issuedOn,
      docType: "QUYẾT ĐỊNH",
      subject: `về việc giải quyết khiếu nại ${second ? "lần hai " : ""}(${spec.article})`,
      signer: doc.signer,
      recipients: [
        "Người khiếu nại",
        "Người bị khiếu nại",
        "Cơ quan thanh tra nhà nước cùng cấp",
        "Người có quyền, nghĩa vụ liên quan",
      ],
      symbol: "QĐ-UBND",
    }),
    body,
  );
}

/**
 * A denunciation conclusion. `publicVersion` is the text published under Luật TC Art 40: it
 * carries the same findings (which the answer command has already checked for the denouncer's
 * name, address and phone, T35) and says that it is the published version.
 */
export function denunciationConclusionDocx(
  issuer: Issuer,
  item: ItemFacts,
  doc: { number: string; issuedOn: string; signer: string; fields: Record<string, unknown> },
  publicVersion: boolean,
): Promise<Buffer> {
  const f = (k: string) =>
    typeof doc.fields[k] === "string" ? (doc.fields[k] as string).trim() : "";
  const body: Block[] = [
    {
      kind: "basis",
      lines: [
        "Căn cứ Luật Tố cáo năm 2018",
        "Căn cứ Nghị định số 31/2019/NĐ-CP",
        `Căn cứ ${f("legalBasis") || "kết quả xác minh nội dung tố cáo"}`,
      ],
    },
    ...(publicVersion
      ? [
          para(
            "(Bản công khai theo Điều 40 Luật Tố cáo năm 2018; không có thông tin về người tố cáo.)",
          ),
        ]
      : []),
    { kind: "heading", text: "I. NỘI DUNG TỐ CÁO" },
    // The denouncer's own words may name them: the public version keeps only the summary the
    // resolver wrote, if any.
    ...(publicVersion ? lines(f("content")) : lines(item.content)),
    { kind: "heading", text: "II. KẾT QUẢ XÁC MINH" },
    ...lines(f("verification")),
    { kind: "heading", text: "III. KẾT LUẬN" },
    para(`Nội dung tố cáo là ${VERDICTS[f("verdict")] ?? f("verdict")}.`, true),
    ...lines(f("responsibility")),
    { kind: "heading", text: "IV. BIỆN PHÁP XỬ LÝ VÀ KIẾN NGHỊ" },
    ...lines(f("measures")),
    ...lines(f("recommendations")),
  ];
  return officialDocx(
    header(issuer, {
      number: doc.number,
      date: doc.issuedOn,
      docType: "KẾT LUẬN",
      subject: "nội dung tố cáo",
      signer: doc.signer,
      recipients: publicVersion
        ? ["Cổng thông tin điện tử", "Niêm yết tại trụ sở"]
        : ["Người tố cáo", "Người bị tố cáo", "Cơ quan, tổ chức có liên quan"],
      symbol: "KL-UBND",
    }),
    body,
  );
}

export type NoticeKind = "thu-ly" | "khong-thu-ly" | "chuyen-don" | "tra-loi";

const NOTICE: Record<NoticeKind, { docType: string; subject: string; symbol: string }> = {
  "thu-ly": { docType: "THÔNG BÁO", subject: "về việc thụ lý giải quyết", symbol: "TB-UBND" },
  "khong-thu-ly": {
    docType: "THÔNG BÁO",
    subject: "về việc không thụ lý giải quyết",
    symbol: "TB-UBND",
  },
  "chuyen-don": { docType: "PHIẾU CHUYỂN", subject: "đơn", symbol: "PC-UBND" },
  "tra-loi": { docType: "CÔNG VĂN", subject: "trả lời phản ánh, kiến nghị", symbol: "UBND" },
};

/**
 * A notice to the submitter about one step, from the step's own timeline text (which names the
 * ground, the recipient or the due day) and date. Unnumbered: the office numbers it by hand.
 */
export function noticeDocx(
  issuer: Issuer,
  item: ItemFacts,
  notice: {
    kind: NoticeKind;
    on: string;
    text: string;
    answer?: string | null;
    recipient?: string | null;
  },
): Promise<Buffer> {
  const n = NOTICE[notice.kind];
  const to = item.submitter ? `Kính gửi: ${item.submitter}.` : "Kính gửi: Người gửi đơn.";
  const body: Block[] = [
    para(to),
    para(
      `Ngày ${vnDate(item.receivedOn)}, Ủy ban nhân dân ${inSentence(issuer.unitName)} nhận được ${item.kindLabel.toLocaleLowerCase("vi")} mã ${item.code}: “${item.title}”.`,
    ),
    ...(notice.kind === "tra-loi"
      ? [para("Nội dung trả lời:", true), ...lines(notice.answer ?? notice.text)]
      : [para(notice.text)]),
    para(
      `Mọi thắc mắc xin liên hệ Ủy ban nhân dân ${inSentence(issuer.unitName)}; theo dõi tiến độ tại mục “Theo dõi” trên cổng thông tin bằng mã ${item.code}.`,
    ),
  ];
  return officialDocx(
    header(issuer, {
      number: null,
      date: notice.on,
      docType: n.docType,
      subject: `${n.subject} ${item.kindLabel.toLocaleLowerCase("vi")}`,
      signer: "",
      recipients: notice.recipient ? [notice.recipient, "Người gửi đơn"] : ["Người gửi đơn"],
      symbol: n.symbol,
    }),
    body,
  );
}
