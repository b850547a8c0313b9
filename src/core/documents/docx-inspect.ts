// Reading back the WordprocessingML we write, for tests: paragraphs with their text, and tables
// as rows of cell texts. Regex-based: it relies on docx writing <w:p>, <w:tr>, <w:tc> plainly.
import type { IssuerHeader } from "./official-header.ts";
import { zipText } from "./read-zip.ts";

export interface WordParagraph {
  text: string;
  xml: string;
}

const decodeXml = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

const textOf = (xml: string) =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decodeXml(m[1] ?? "")).join("");

export function documentXml(docx: Buffer): string {
  return zipText(docx, "word/document.xml");
}

export function wordParagraphs(xml: string): WordParagraph[] {
  return [...xml.matchAll(/<w:p(?:>|\s[^>]*>)[\s\S]*?<\/w:p>/g)].map((m) => ({
    text: textOf(m[0]),
    xml: m[0],
  }));
}

/** Every table as rows of cells; a cell's paragraphs are joined with "\n". */
export function wordTables(xml: string): string[][][] {
  return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((t) =>
    [...t[0].matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((r) =>
      [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) =>
        wordParagraphs(c[0])
          .map((p) => p.text)
          .join("\n"),
      ),
    ),
  );
}

/** The paragraph whose text is exactly `text`; throws when absent, so assertions stay honest. */
export function paragraph(xml: string, text: string): WordParagraph {
  const p = wordParagraphs(xml).find((x) => x.text === text);
  if (!p) throw new Error(`No paragraph "${text}"`);
  return p;
}

/** A commune People's Committee header, for tests; override what a test is about. */
export function testHeader(over: Partial<IssuerHeader> = {}): IssuerHeader {
  return {
    issuerParent: "ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP",
    issuer: "ỦY BAN NHÂN DÂN XÃ THANH BÌNH",
    number: "15/KH-UBND",
    place: "Thanh Bình",
    date: "2026-01-05",
    signer: { prefix: "TM.", body: "ỦY BAN NHÂN DÂN", title: "CHỦ TỊCH", name: "Nguyễn Văn An" },
    recipients: ["Thường trực HĐND xã", "UBMTTQ Việt Nam xã"],
    filedWith: "VP",
    ...over,
  };
}
