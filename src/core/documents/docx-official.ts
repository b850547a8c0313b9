// A Word document in the layout of NĐ 30/2020/NĐ-CP Annex I (law2.md §8.1, T53–T56): page and
// margins, the two-column header, type and abstract, content, "Nơi nhận" and the signature block.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from "docx";
import {
  authorityLine,
  numberLine,
  type OfficialHeader,
  PARTY_NAME,
  placeDateLine,
  QUOC_HIEU,
  recipientLines,
  TIEU_NGU,
} from "./official-header.ts";
import { boldWidth, wrappedWidth } from "./text-width.ts";

export const FONT = "Times New Roman";

/** Millimetres to twips (1/1440 inch), rounded as Word stores them. */
export const mm = (v: number) => Math.round((v * 1440) / 25.4);

/** A4 portrait; margins top/bottom 20, left 30, right 15 mm: the low ends of T53's ranges. */
export const PAGE = {
  width: mm(210),
  height: mm(297),
  top: mm(20),
  bottom: mm(20),
  left: mm(30),
  right: mm(15),
} as const;
export const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

/** A row of a content table: cells ("\n" starts a new paragraph), or one bold row across all. */
export type TableRowData = readonly string[] | { span: string };

export type Block =
  /** Body text (box 6): justified, first-line indent. */
  | { kind: "paragraph"; text: string; bold?: boolean; italic?: boolean }
  /** "I. MỤC ĐÍCH, YÊU CẦU": bold, kept with what follows. */
  | { kind: "heading"; text: string }
  /** Legal bases "Căn cứ …": italic, one per line, ";" after each and "." after the last. */
  | { kind: "basis"; lines: string[] }
  /** Bordered table at 12 pt; `widths` are proportions; `align` per column (default left). */
  | {
      kind: "table";
      head: string[];
      rows: TableRowData[];
      widths?: number[];
      align?: ("left" | "center")[];
    };

const pt = (v: number) => v * 2; // docx sizes are half-points
const BODY = pt(14);
const SINGLE = { line: 240, lineRule: LineRuleType.AUTO };
const FIRST_LINE = 720; // 1.27 cm
const NONE = TableBorders.NONE;
const LINE = { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } as const;
const THIN = { style: BorderStyle.SINGLE, size: 4, color: "000000" } as const;

interface RunStyle {
  size?: number;
  bold?: boolean;
  italics?: boolean;
}

/** Every run names the font, so pasted paragraphs keep Times New Roman (T53). */
const run = (text: string, style: RunStyle = {}) => new TextRun({ text, font: FONT, ...style });

/** A centred single-spaced line, as in the header and the signature block. */
function line(text: string, style: RunStyle, before = 0): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { ...SINGLE, before, after: 0 },
    children: [run(text, style)],
  });
}

/** One centred line per "\n" in `text`. */
const lines = (text: string, style: RunStyle) => text.split("\n").map((t) => line(t.trim(), style));

/** A solid rule `width` twips long, centred in a cell `cellWidth` wide (Annex I boxes 1, 2, 5a). */
function rule(width: number, cellWidth: number): Paragraph {
  const side = Math.max(0, Math.floor((cellWidth - width) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: 0, after: 0, line: 60, lineRule: LineRuleType.EXACT },
    border: { bottom: LINE },
    run: { size: 2 },
  });
}

const cell = (width: number, children: Paragraph[]) =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    borders: NONE,
    verticalAlign: VerticalAlignTable.TOP,
    children,
  });

/** The header reaches 8 mm into the left margin so the Quốc hiệu fits on one line at 13 pt. */
const HEADER_OUTDENT = mm(8);
const HEADER_LEFT = mm(68);
const HEADER_RIGHT = TEXT_WIDTH + HEADER_OUTDENT - HEADER_LEFT;

const BODY_NAMES = /^(ỦY BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN|ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM) (.+)$/u;

/**
 * Caps, and a body's name that does not fit on one line is broken the customary way
 * ("ỦY BAN NHÂN DÂN" / "XÃ THANH BÌNH") rather than wherever Word wraps it. A "\n" is kept.
 */
export function issuerLines(name: string, cellWidth: number): string {
  const caps = name.trim().toLocaleUpperCase("vi");
  if (caps.includes("\n") || boldWidth(caps, 13) <= cellWidth * 0.95) return caps;
  const m = BODY_NAMES.exec(caps);
  return m ? `${m[1]}\n${m[2]}` : caps;
}

/** The parts of the header and title that both layouts share. */
type HeaderParts = Pick<
  OfficialHeader,
  "variant" | "issuerParent" | "issuer" | "number" | "symbol" | "docType" | "subject"
>;

/**
 * Boxes 1–4: issuer | Quốc hiệu and Tiêu ngữ, then number | place and date on one row (T54).
 * A biên bản has no place and date line (T57), so `placeDate` is null and that cell stays empty.
 */
function headerTable(h: HeaderParts, placeDate: string | null): Table {
  const issuer = issuerLines(h.issuer, HEADER_LEFT);
  const parent = h.issuerParent ? issuerLines(h.issuerParent, HEADER_LEFT) : null;
  const party = h.variant === "party";
  const left = [
    ...(parent ? lines(parent, { size: pt(13) }) : []),
    ...lines(issuer, { size: pt(13), bold: true }),
    // A Party issuer has a star under its name (T58); a state one a short rule (T54).
    party
      ? line("*", { size: pt(13) })
      : rule(Math.round(0.4 * wrappedWidth(issuer, 13, HEADER_LEFT)), HEADER_LEFT),
  ];
  const right = party
    ? [
        line(PARTY_NAME, { size: pt(15), bold: true }),
        rule(boldWidth(PARTY_NAME, 15), HEADER_RIGHT),
      ]
    : [
        line(QUOC_HIEU, { size: pt(13), bold: true }),
        line(TIEU_NGU, { size: pt(14), bold: true }),
        rule(boldWidth(TIEU_NGU, 14), HEADER_RIGHT),
      ];
  const number = numberLine(h);
  return new Table({
    width: { size: HEADER_LEFT + HEADER_RIGHT, type: WidthType.DXA },
    columnWidths: [HEADER_LEFT, HEADER_RIGHT],
    indent: { size: -HEADER_OUTDENT, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: NONE,
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    rows: [
      new TableRow({ children: [cell(HEADER_LEFT, left), cell(HEADER_RIGHT, right)] }),
      new TableRow({
        children: [
          cell(HEADER_LEFT, [line(number ?? "", { size: pt(13) }, 160)]),
          cell(HEADER_RIGHT, [line(placeDate ?? "", { size: BODY, italics: true }, 160)]),
        ],
      }),
    ],
  });
}

/** Box 5a: type in caps, abstract in bold below it, a short rule under the abstract. */
function titleBlock(h: HeaderParts): Paragraph[] {
  const subject = h.subject.trim();
  return [
    line(h.docType.toLocaleUpperCase("vi"), { size: BODY, bold: true }, 480),
    ...lines(subject, { size: BODY, bold: true }),
    rule(Math.round(0.4 * wrappedWidth(subject, 14, TEXT_WIDTH)), TEXT_WIDTH),
    new Paragraph({ spacing: { before: 0, after: 120 } }),
  ];
}

function body(text: string, style: RunStyle = {}, keepNext = false): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: FIRST_LINE },
    keepNext,
    children: [run(text, style)],
  });
}

/** Ends each basis with ";" and the last with "." (Annex I, "Căn cứ"). */
export function basisLines(bases: readonly string[]): string[] {
  return bases.map(
    (b, i) => `${b.trim().replace(/[;.]+$/, "")}${i === bases.length - 1 ? "." : ";"}`,
  );
}

function cellParagraphs(text: string, bold: boolean, center: boolean): Paragraph[] {
  return text.split("\n").map(
    (t) =>
      new Paragraph({
        alignment: center ? AlignmentType.CENTER : AlignmentType.LEFT,
        spacing: { ...SINGLE, before: 40, after: 40 },
        children: [run(t, { bold, size: pt(12) })],
      }),
  );
}

/** Column widths in twips from proportions, summing exactly to the text width. */
export function columnWidths(count: number, weights?: readonly number[]): number[] {
  const w = weights && weights.length === count ? weights : Array.from({ length: count }, () => 1);
  const total = w.reduce((a, b) => a + b, 0);
  const widths = w.map((x) => Math.floor((x / total) * TEXT_WIDTH));
  widths[widths.length - 1]! += TEXT_WIDTH - widths.reduce((a, b) => a + b, 0);
  return widths;
}

function contentTable(b: Extract<Block, { kind: "table" }>): Table {
  const widths = columnWidths(b.head.length, b.widths);
  const tableCell = (text: string, i: number, bold: boolean, center: boolean) =>
    new TableCell({
      width: { size: widths[i] ?? 0, type: WidthType.DXA },
      verticalAlign: bold ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
      children: cellParagraphs(text, bold, center),
    });
  const head = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: b.head.map((h, i) => tableCell(h, i, true, true)),
  });
  const rows = b.rows.map((r) =>
    "span" in r
      ? new TableRow({
          cantSplit: true,
          children: [
            new TableCell({
              columnSpan: b.head.length,
              width: { size: TEXT_WIDTH, type: WidthType.DXA },
              children: cellParagraphs(r.span, true, false),
            }),
          ],
        })
      : new TableRow({
          cantSplit: true,
          children: b.head.map((_, i) =>
            tableCell(r[i] ?? "", i, false, b.align?.[i] === "center"),
          ),
        }),
  );
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: {
      top: THIN,
      bottom: THIN,
      left: THIN,
      right: THIN,
      insideHorizontal: THIN,
      insideVertical: THIN,
    },
    margins: { top: 0, bottom: 0, left: 80, right: 80 },
    rows: [head, ...rows],
  });
}

/** Mẫu 1.4: the body ends with "./." (a closing full stop becomes part of it). */
export const endMark = (text: string) =>
  text.trimEnd().endsWith("./.") ? text.trimEnd() : `${text.trimEnd().replace(/\.$/, "")}./.`;

function contentElements(content: readonly Block[]): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  content.forEach((b, i) => {
    const last = i === content.length - 1;
    switch (b.kind) {
      case "paragraph": {
        const text = last ? endMark(b.text) : b.text;
        out.push(body(text, { bold: b.bold, italics: b.italic }));
        return;
      }
      case "heading":
        out.push(body(b.text, { bold: true }, true));
        return;
      case "basis":
        for (const l of basisLines(b.lines)) out.push(body(l, { italics: true }));
        return;
      case "table":
        out.push(contentTable(b));
        if (last) out.push(body("./."));
        return;
    }
  });
  return out;
}

const FOOTER_LEFT = Math.round(TEXT_WIDTH * 0.45);
const FOOTER_RIGHT = TEXT_WIDTH - FOOTER_LEFT;

/** Box 9b (T56): "Nơi nhận:" at 12 pt bold italic, then the list at 11 pt. */
function recipientParagraphs(list: readonly string[]): Paragraph[] {
  const flush = (text: string, style: RunStyle) =>
    new Paragraph({ spacing: { ...SINGLE, before: 0, after: 0 }, children: [run(text, style)] });
  return [
    flush("Nơi nhận:", { bold: true, italics: true, size: pt(12) }),
    ...list.map((r) => flush(r, { size: pt(11) })),
  ];
}

/** Boxes 7a, 7b and 9b (T56): "Nơi nhận" on the left, level with the signer's authority. */
function footerTable(h: OfficialHeader): Table {
  // A Party committee files with its office, not a văn thư: "- Lưu: Văn phòng Đảng ủy.".
  const registry = h.variant === "party" ? null : "VT";
  const left = recipientParagraphs(recipientLines(h.recipients, h.filedWith, registry));
  const authority = authorityLine(h.signer);
  const right = [
    ...(authority ? [line(authority, { size: BODY, bold: true })] : []),
    line(h.signer.title.toLocaleUpperCase("vi"), { size: BODY, bold: true }),
    // Room for the signature and the seal (boxes 7c, 8).
    ...Array.from({ length: 4 }, () => line("", { size: BODY })),
    line(h.signer.name, { size: BODY, bold: true }),
  ];
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [FOOTER_LEFT, FOOTER_RIGHT],
    layout: TableLayoutType.FIXED,
    borders: NONE,
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    rows: [
      new TableRow({
        cantSplit: true,
        children: [cell(FOOTER_LEFT, left), cell(FOOTER_RIGHT, right)],
      }),
    ],
  });
}

/** Page numbers centred in the top margin, not on page 1 (Annex I). */
const pageNumberHeader = () =>
  new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: BODY })],
      }),
    ],
  });

/** Builds the whole document; the buffer is a .docx file. */
export function officialDocx(header: OfficialHeader, content: readonly Block[]): Promise<Buffer> {
  return pack(header, [
    headerTable(header, placeDateLine(header.place, header.date)),
    ...titleBlock(header),
    ...contentElements(content),
    new Paragraph({ spacing: { before: 0, after: 240 } }),
    footerTable(header),
  ]);
}

/** One signature of a document several people sign (T57; a community's decision, Art 20.2g). */
export interface SignatureBox {
  /** Role, set in caps: "Trưởng thôn", "Thư ký", "Đại diện hộ gia đình". */
  role: string;
  /** The signer's name in bold; "" leaves it to be written by hand. */
  name: string;
}

/** The header of a document signed by several people, such as a biên bản (NĐ 30 Mẫu 1.9). */
export interface MinutesHeader extends HeaderParts {
  /** The place and date line; null for a biên bản, whose header has none (T57). */
  placeDate: { place: string; date: string } | null;
  recipients: string[];
  /** The text after "- Lưu: " (a village has no clerical office, so no "VT"): "hồ sơ thôn Đông". */
  filedAs: string;
}

/** Under each role, as forms print it. */
export const SIGN_HINT = "(Ký, ghi rõ họ tên)";

/**
 * A row of signature boxes in equal columns, each: role (caps, bold), the hint (italic), room to
 * sign, the name (bold). A single box sits in the right half, where the chair signs (T57).
 */
function signatureRow(boxes: readonly SignatureBox[]): Table {
  const slots: (SignatureBox | null)[] = boxes.length === 1 ? [null, boxes[0]!] : [...boxes];
  const widths = columnWidths(slots.length);
  const box = (b: SignatureBox | null, width: number) =>
    cell(
      width,
      b === null
        ? [line("", { size: BODY })]
        : [
            ...lines(b.role.toLocaleUpperCase("vi"), { size: BODY, bold: true }),
            line(SIGN_HINT, { size: pt(13), italics: true }),
            ...Array.from({ length: 4 }, () => line("", { size: BODY })),
            line(b.name, { size: BODY, bold: true }),
          ],
    );
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: NONE,
    margins: { top: 0, bottom: 240, left: 60, right: 60 },
    rows: [
      new TableRow({
        cantSplit: true,
        children: slots.map((b, i) => box(b, widths[i] ?? 0)),
      }),
    ],
  });
}

/**
 * A document signed by several people in the layout of NĐ 30 Mẫu 1.9 (T57): the header (with no
 * place and date line when `placeDate` is null), type and abstract, the content ending "./.",
 * rows of signature boxes, then "Nơi nhận" below on the left ending "- Lưu: <filedAs>.".
 */
export function minutesDocx(
  header: MinutesHeader,
  content: readonly Block[],
  signatures: readonly (readonly SignatureBox[])[],
): Promise<Buffer> {
  const placeDate = header.placeDate
    ? placeDateLine(header.placeDate.place, header.placeDate.date)
    : null;
  return pack(header, [
    headerTable(header, placeDate),
    ...titleBlock(header),
    ...contentElements(content),
    new Paragraph({ spacing: { before: 0, after: 240 } }),
    ...signatures.filter((row) => row.length > 0).map(signatureRow),
    ...recipientParagraphs(recipientLines(header.recipients, header.filedAs, null)),
  ]);
}

function pack(header: HeaderParts, children: (Paragraph | Table)[]): Promise<Buffer> {
  const doc = new Document({
    creator: "Cơ Sở",
    title: `${header.docType} ${header.subject}`,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: BODY, language: { value: "vi-VN" } },
          paragraph: { spacing: { before: 0, after: 120, line: 276, lineRule: LineRuleType.AUTO } },
        },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: {
              top: PAGE.top,
              bottom: PAGE.bottom,
              left: PAGE.left,
              right: PAGE.right,
              header: mm(10),
              footer: mm(10),
            },
          },
        },
        headers: {
          default: pageNumberHeader(),
          first: new Header({ children: [new Paragraph({})] }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
