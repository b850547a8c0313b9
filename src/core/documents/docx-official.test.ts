import { describe, expect, it } from "vitest";
import { documentXml, paragraph, testHeader, wordParagraphs, wordTables } from "./docx-inspect.ts";
import {
  type Block,
  columnWidths,
  endMark,
  issuerLines,
  type MinutesHeader,
  minutesDocx,
  mm,
  officialDocx,
  PAGE,
  SIGN_HINT,
  TEXT_WIDTH,
} from "./docx-official.ts";
import { type OfficialHeader, PARTY_NAME, QUOC_HIEU, TIEU_NGU } from "./official-header.ts";
import { readZip } from "./read-zip.ts";
import { boldWidth } from "./text-width.ts";

const header = (over: Partial<OfficialHeader> = {}): OfficialHeader => ({
  ...testHeader(),
  docType: "KẾ HOẠCH",
  subject: "Công khai thông tin năm 2026",
  ...over,
});

const content: Block[] = [
  { kind: "basis", lines: ["Căn cứ Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15;", "Căn cứ X."] },
  { kind: "heading", text: "I. MỤC ĐÍCH, YÊU CẦU" },
  { kind: "paragraph", text: "Nội dung thứ nhất." },
  {
    kind: "table",
    head: ["STT", "Nội dung"],
    rows: [{ span: "2. Dự toán ngân sách" }, ["1", "Dự toán năm 2026\nQuyết toán năm 2025"]],
    widths: [1, 4],
    align: ["center"],
  },
  { kind: "paragraph", text: "Đoạn cuối" },
];

const build = async (over: Partial<OfficialHeader> = {}, blocks = content) => {
  const docx = await officialDocx(header(over), blocks);
  return { docx, xml: documentXml(docx) };
};

describe("officialDocx page and type (T53, NĐ 30 Annex I §I–II)", () => {
  it("T53: millimetres convert to twips as Word stores them", () => {
    expect([mm(20), mm(30), mm(15), mm(210), mm(297)]).toEqual([1134, 1701, 850, 11906, 16838]);
    expect(PAGE).toEqual({
      width: 11906,
      height: 16838,
      top: 1134,
      bottom: 1134,
      left: 1701,
      right: 850,
    });
    expect(TEXT_WIDTH).toBe(9355);
  });

  it("T53: A4 portrait with margins top/bottom 20 mm, left 30 mm, right 15 mm", async () => {
    const { xml } = await build();
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    expect(xml).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
  });

  it("T53: Times New Roman 14 pt, spacing 6 pt after, line spacing 1.15, Vietnamese", async () => {
    const { docx, xml } = await build();
    expect(xml).toContain('w:ascii="Times New Roman"');
    const styles = readZip(docx).get("word/styles.xml")?.toString("utf8") ?? "";
    const defaults = styles.slice(
      styles.indexOf("<w:docDefaults>"),
      styles.indexOf("</w:docDefaults>"),
    );
    expect(defaults).toContain('w:ascii="Times New Roman"');
    expect(defaults).toContain('<w:sz w:val="28"/>');
    expect(defaults).toContain('<w:lang w:val="vi-VN"/>');
    expect(defaults).toContain(
      '<w:spacing w:after="120" w:before="0" w:line="276" w:lineRule="auto"/>',
    );
  });

  it("T53: body paragraphs are justified with a 1.27 cm first-line indent", async () => {
    const { xml } = await build();
    const p = paragraph(xml, "Nội dung thứ nhất.").xml;
    expect(p).toContain('<w:ind w:firstLine="720"/>');
    expect(p).toContain('<w:jc w:val="both"/>');
    expect(p).not.toContain("<w:sz "); // inherits 14 pt
  });

  it("Mẫu 1.4: './.' replaces a closing full stop and is never doubled", () => {
    expect(endMark("Đoạn cuối.")).toBe("Đoạn cuối./.");
    expect(endMark("Đoạn cuối ")).toBe("Đoạn cuối./.");
    expect(endMark("Đoạn cuối./.")).toBe("Đoạn cuối./.");
  });

  it("Mẫu 1.4: the body ends with './.'", async () => {
    const { xml } = await build();
    expect(paragraph(xml, "Đoạn cuối./.").xml).toContain('<w:jc w:val="both"/>');
    const { xml: tableLast } = await build({}, [content[3]!]);
    expect(wordParagraphs(tableLast).some((p) => p.text === "./.")).toBe(true);
  });

  it("page numbers centred in the top margin from page 2 on (Annex I)", async () => {
    const { docx, xml } = await build();
    expect(xml).toContain("<w:titlePg/>");
    const headers = [...readZip(docx)].filter(([n]) => /^word\/header\d\.xml$/.test(n));
    expect(headers).toHaveLength(2);
    const texts = headers.map(([, b]) => b.toString("utf8"));
    expect(texts.filter((t) => t.includes("PAGE"))).toHaveLength(1);
  });
});

describe("officialDocx header (T54, NĐ 30 Art 8.2 a–đ, Annex I boxes 1–5)", () => {
  it("T54: issuer | Quốc hiệu and Tiêu ngữ, then 'Số' | place and date on one row", async () => {
    const { xml } = await build();
    const [head] = wordTables(xml);
    expect(head).toEqual([
      [
        "ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG THÁP\nỦY BAN NHÂN DÂN\nXÃ THANH BÌNH\n",
        `${QUOC_HIEU}\n${TIEU_NGU}\n`,
      ],
      ["Số: 15/KH-UBND", "Thanh Bình, ngày 05 tháng 01 năm 2026"],
    ]);
  });

  it("T54: sizes, weights and italics of each header line", async () => {
    const { xml } = await build();
    const props = (text: string) => paragraph(xml, text).xml;
    expect(props(QUOC_HIEU)).toMatch(/<w:b\/>.*<w:sz w:val="26"\/>/);
    expect(props(TIEU_NGU)).toMatch(/<w:b\/>.*<w:sz w:val="28"\/>/);
    expect(props("XÃ THANH BÌNH")).toMatch(/<w:b\/>.*<w:sz w:val="26"\/>/);
    expect(props("TỈNH ĐỒNG THÁP")).not.toContain("<w:b/>");
    expect(props("TỈNH ĐỒNG THÁP")).toContain('<w:sz w:val="26"/>');
    expect(props("Số: 15/KH-UBND")).not.toContain("<w:b/>");
    expect(props("Số: 15/KH-UBND")).toContain('<w:sz w:val="26"/>');
    expect(props("Thanh Bình, ngày 05 tháng 01 năm 2026")).toMatch(/<w:i\/>.*<w:sz w:val="28"\/>/);
  });

  it("T54: a rule as long as the Tiêu ngữ, and a shorter one under the issuer", async () => {
    const { xml } = await build();
    const rules = wordParagraphs(xml).filter((p) => p.xml.includes("<w:pBdr>"));
    const widths = rules.map((r) => {
      const m = /<w:ind w:left="(\d+)" w:right="(\d+)"\/>/.exec(r.xml);
      return m ? { left: Number(m[1]), right: Number(m[2]) } : null;
    });
    // Issuer (left cell, 68 mm), Tiêu ngữ (right cell), abstract (text width).
    expect(widths).toHaveLength(3);
    const right = TEXT_WIDTH + mm(8) - mm(68);
    const tieuNgu = right - 2 * (widths[1]?.left ?? 0);
    expect(Math.abs(tieuNgu - boldWidth(TIEU_NGU, 14))).toBeLessThanOrEqual(1);
    const issuerRule = mm(68) - 2 * (widths[0]?.left ?? 0);
    const issuerLine = boldWidth("ỦY BAN NHÂN DÂN", 13); // its longer line
    expect(issuerRule).toBeGreaterThanOrEqual(Math.floor(issuerLine / 3));
    expect(issuerRule).toBeLessThanOrEqual(Math.ceil(issuerLine / 2));
  });

  it("Art 8.2: the components come in the order of the decree", async () => {
    const { xml } = await build();
    const texts = wordParagraphs(xml).map((p) => p.text);
    const order = [
      "XÃ THANH BÌNH",
      QUOC_HIEU,
      "Số: 15/KH-UBND",
      "Thanh Bình, ngày 05 tháng 01 năm 2026",
      "KẾ HOẠCH",
      "Công khai thông tin năm 2026",
      "I. MỤC ĐÍCH, YÊU CẦU",
      "Đoạn cuối./.",
      "Nơi nhận:",
      "TM. ỦY BAN NHÂN DÂN",
      "Nguyễn Văn An",
    ].map((t) => texts.indexOf(t));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it("Annex I box 5a: type in caps and the abstract in bold, centred, 14 pt", async () => {
    const { xml } = await build({ docType: "Kế hoạch" });
    for (const t of ["KẾ HOẠCH", "Công khai thông tin năm 2026"]) {
      const p = paragraph(xml, t).xml;
      expect(p).toContain('<w:jc w:val="center"/>');
      expect(p).toMatch(/<w:b\/>.*<w:sz w:val="28"\/>/);
    }
  });

  it("NĐ 30 Art 15: a null number prints 'Số:' with a gap for hand numbering", async () => {
    const { xml } = await build({ number: null });
    expect(wordTables(xml)[0]?.[1]?.[0]).toBe("Số:      /KH-UBND");
  });

  it("Annex I: legal bases in italics, ';' after each and '.' after the last", async () => {
    const { xml } = await build();
    expect(paragraph(xml, "Căn cứ Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15;").xml).toContain(
      "<w:i/>",
    );
    expect(paragraph(xml, "Căn cứ X.").xml).toContain("<w:i/>");
  });
});

describe("issuerLines (T54, Annex I box 2)", () => {
  it("T54: caps; a People's Committee too long for one line breaks after its body name", () => {
    expect(issuerLines("Ủy ban nhân dân xã Thanh Bình", mm(68))).toBe(
      "ỦY BAN NHÂN DÂN\nXÃ THANH BÌNH",
    );
    expect(issuerLines("ỦY BAN NHÂN DÂN XÃ A", mm(68))).toBe("ỦY BAN NHÂN DÂN XÃ A");
    expect(issuerLines("HỘI ĐỒNG NHÂN DÂN PHƯỜNG BẾN THÀNH", mm(68))).toBe(
      "HỘI ĐỒNG NHÂN DÂN\nPHƯỜNG BẾN THÀNH",
    );
  });

  it("keeps breaks typed by hand, and leaves other names to the word processor", () => {
    expect(issuerLines("Công an xã\nThanh Bình", mm(68))).toBe("CÔNG AN XÃ\nTHANH BÌNH");
    expect(issuerLines("TRƯỜNG TRUNG HỌC CƠ SỞ NGUYỄN VĂN TRỖI", mm(68))).toBe(
      "TRƯỜNG TRUNG HỌC CƠ SỞ NGUYỄN VĂN TRỖI",
    );
  });
});

describe("officialDocx content tables", () => {
  it("bordered, header row bold and repeated on each page, cells at 12 pt", async () => {
    const { xml } = await build();
    expect(wordTables(xml)[1]).toEqual([
      ["STT", "Nội dung"],
      ["2. Dự toán ngân sách"],
      ["1", "Dự toán năm 2026\nQuyết toán năm 2025"],
    ]);
    const table = /<w:tbl>(?:(?!<w:tbl>)[\s\S])*?STT[\s\S]*?<\/w:tbl>/.exec(xml)?.[0] ?? "";
    expect(table).toContain('<w:insideV w:val="single" w:color="000000" w:sz="4"/>');
    expect(table).toMatch(/<w:trPr><w:cantSplit\/><w:tblHeader\/><\/w:trPr>/);
    expect(paragraph(table, "STT").xml).toMatch(/<w:b\/>.*<w:sz w:val="24"\/>/);
    expect(paragraph(table, "Dự toán năm 2026").xml).toContain('<w:sz w:val="24"/>');
    expect(paragraph(table, "2. Dự toán ngân sách").xml).toContain("<w:b/>");
    expect(table).toContain('<w:gridSpan w:val="2"/>');
  });

  it("column widths follow the proportions and fill the text width exactly", () => {
    expect(columnWidths(2, [1, 4])).toEqual([1871, 7484]);
    expect(columnWidths(3).reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH);
    expect(columnWidths(2, [1])).toEqual([4677, 4678]); // wrong count: equal widths
  });
});

describe("officialDocx footer (T56, NĐ 30 Art 13, Annex I boxes 7, 9b)", () => {
  it("T56: 'Nơi nhận' left, level with the signer's authority on the right", async () => {
    const { xml } = await build();
    const footer = wordTables(xml).at(-1);
    expect(footer).toEqual([
      [
        "Nơi nhận:\n- Thường trực HĐND xã;\n- UBMTTQ Việt Nam xã;\n- Lưu: VT, VP.",
        "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n\n\n\nNguyễn Văn An",
      ],
    ]);
  });

  it("T56: 'Nơi nhận:' 12 pt bold italic, the list 11 pt, the signer bold", async () => {
    const { xml } = await build();
    expect(paragraph(xml, "Nơi nhận:").xml).toMatch(/<w:b\/>.*<w:i\/>.*<w:sz w:val="24"\/>/);
    expect(paragraph(xml, "- Lưu: VT, VP.").xml).toContain('<w:sz w:val="22"/>');
    expect(paragraph(xml, "- Lưu: VT, VP.").xml).not.toContain("<w:b/>");
    for (const t of ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn An"]) {
      expect(paragraph(xml, t).xml).toMatch(/<w:b\/>.*<w:sz w:val="28"\/>/);
    }
  });

  it("T56: KT. for a deputy signing for the head", async () => {
    const { xml } = await build({
      signer: { prefix: "KT.", body: "Chủ tịch", title: "Phó Chủ tịch", name: "Trần Thị Bình" },
    });
    const texts = wordParagraphs(xml).map((p) => p.text);
    expect(texts).toContain("KT. CHỦ TỊCH");
    expect(texts).toContain("PHÓ CHỦ TỊCH");
  });
});

describe("minutesDocx (T57, NĐ 30 Mẫu 1.9: a document several people sign)", () => {
  const minutes = (over: Partial<MinutesHeader> = {}): MinutesHeader => ({
    issuerParent: "Xã Thanh Bình",
    issuer: "Thôn Đông",
    number: null,
    placeDate: null,
    docType: "Biên bản",
    subject: "Cuộc họp cộng đồng dân cư thôn Đông",
    recipients: ["UBND xã Thanh Bình", "UBMTTQ Việt Nam xã Thanh Bình"],
    filedAs: "hồ sơ thôn Đông",
    ...over,
  });
  const build = async (over: Partial<MinutesHeader> = {}) => {
    const docx = await minutesDocx(
      minutes(over),
      [{ kind: "paragraph", text: "Cuộc họp kết thúc vào 21 giờ 00." }],
      [
        [
          { role: "Thư ký", name: "Trần Thị Bình" },
          { role: "Chủ tọa", name: "Nguyễn Văn An" },
        ],
        [{ role: "Trưởng thôn", name: "" }],
      ],
    );
    return documentXml(docx);
  };

  it("T57: Quốc hiệu and Tiêu ngữ but no place and date line; the number gap for hand numbering", async () => {
    const xml = await build();
    expect(wordTables(xml)[0]).toEqual([
      ["XÃ THANH BÌNH\nTHÔN ĐÔNG\n", `${QUOC_HIEU}\n${TIEU_NGU}\n`],
      ["Số:      /BB", ""],
    ]);
    expect(paragraph(xml, "XÃ THANH BÌNH").xml).not.toContain("<w:b/>");
    expect(paragraph(xml, "THÔN ĐÔNG").xml).toContain("<w:b/>");
  });

  it("a nghị quyết or an agreement keeps its place and date line (T54)", async () => {
    const xml = await build({
      docType: "Nghị quyết",
      number: "01/NQ-TĐ",
      placeDate: { place: "Thanh Bình", date: "2026-09-12" },
    });
    expect(wordTables(xml)[0]?.[1]).toEqual([
      "Số: 01/NQ-TĐ",
      "Thanh Bình, ngày 12 tháng 9 năm 2026",
    ]);
  });

  it("T57: signature boxes in rows, a lone box on the right, then 'Nơi nhận' below without 'VT'", async () => {
    const xml = await build();
    const tables = wordTables(xml);
    const box = (role: string, name: string) => `${role}\n${SIGN_HINT}\n\n\n\n\n${name}`;
    expect(tables.slice(1)).toEqual([
      [[box("THƯ KÝ", "Trần Thị Bình"), box("CHỦ TỌA", "Nguyễn Văn An")]],
      [["", box("TRƯỞNG THÔN", "")]],
    ]);
    const texts = wordParagraphs(xml).map((p) => p.text);
    expect(texts.slice(-4)).toEqual([
      "Nơi nhận:",
      "- UBND xã Thanh Bình;",
      "- UBMTTQ Việt Nam xã Thanh Bình;",
      "- Lưu: hồ sơ thôn Đông.",
    ]);
    expect(texts).toContain("Cuộc họp kết thúc vào 21 giờ 00./.");
    expect(paragraph(xml, "CHỦ TỌA").xml).toMatch(/<w:b\/>.*<w:sz w:val="28"\/>/);
    expect(paragraph(xml, "Nguyễn Văn An").xml).toContain("<w:b/>");
    expect(xml.lastIndexOf("<w:tbl>")).toBeLessThan(xml.indexOf("Nơi nhận:"));
  });
});

describe("officialDocx, the Party variant (T58, HD 36-HD/VPTW)", () => {
  const party: Partial<OfficialHeader> = {
    variant: "party",
    issuerParent: "ĐẢNG BỘ TỈNH ĐỒNG THÁP",
    issuer: "ĐẢNG ỦY XÃ THANH BÌNH",
    number: "109-CV/ĐU",
    docType: "CÔNG VĂN",
    subject: "về thực hiện dân chủ ở cơ sở",
    signer: { prefix: "T/M", body: "Ban Thường vụ", title: "Bí thư", name: "Nguyễn Văn An" },
    recipients: ["Các chi bộ trực thuộc"],
    filedWith: "Văn phòng Đảng ủy",
  };

  it("T58: 'ĐẢNG CỘNG SẢN VIỆT NAM' instead of the Quốc hiệu, a star under the issuer, 'Số 109-CV/ĐU'", async () => {
    const { xml } = await build(party);
    const [head] = wordTables(xml);
    expect(head).toEqual([
      ["ĐẢNG BỘ TỈNH ĐỒNG THÁP\nĐẢNG ỦY XÃ THANH BÌNH\n*", `${PARTY_NAME}\n`],
      ["Số 109-CV/ĐU", "Thanh Bình, ngày 05 tháng 01 năm 2026"],
    ]);
    expect(xml).not.toContain(QUOC_HIEU);
    expect(xml).not.toContain(TIEU_NGU);
    expect(paragraph(xml, PARTY_NAME).xml).toContain("<w:b/>");
  });

  it("T58: T/M before the body, and the office keeps the copy", async () => {
    const { xml } = await build(party);
    const texts = wordParagraphs(xml).map((p) => p.text);
    expect(texts).toContain("T/M BAN THƯỜNG VỤ");
    expect(texts).toContain("BÍ THƯ");
    expect(texts).toContain("- Lưu: Văn phòng Đảng ủy.");
    expect(texts).not.toContain("- Lưu: VT, Văn phòng Đảng ủy.");
  });

  it("T58: an unnumbered Party document leaves a gap before '-<symbol>'", async () => {
    const { xml } = await build({ ...party, number: null, symbol: "CV/ĐU" });
    expect(wordTables(xml)[0]![1]![0]).toBe("Số      -CV/ĐU");
  });
});
