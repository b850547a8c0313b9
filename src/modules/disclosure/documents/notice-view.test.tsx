import { describe, expect, it } from "vitest";
import { QUOC_HIEU, TIEU_NGU } from "../../../core/documents/index.ts";
import {
  isSafeSvg,
  NOTICE_CSS,
  PrintableNotice,
  type PrintableNoticeProps,
  paragraphs,
} from "./notice-view.tsx";
import { qrSvg } from "./qr.ts";

const URL = "https://coso.example/don-vi/xa-thanh-binh/cong-khai/42";

const props = async (over: Partial<PrintableNoticeProps> = {}): Promise<PrintableNoticeProps> => ({
  unitFullName: "Ủy ban nhân dân xã Thanh Bình",
  issuerHeaderLines: ["ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP", "ỦY BAN NHÂN DÂN XÃ THANH BÌNH"],
  title: "Dự toán ngân sách xã năm 2026",
  categoryTitle: "Dự toán, tình hình thực hiện dự toán ngân sách",
  summary: "Dự toán thu, chi ngân sách xã năm 2026.",
  body: "Tổng thu: 12 tỷ đồng.\nTổng chi: 12 tỷ đồng.\n\n  \n\nChi tiết <b>kèm theo</b> & phụ lục.",
  basisRef: "Nghị quyết số 25/NQ-HĐND ngày 20/12/2025",
  publishedOn: "2026-01-05",
  postedUntil: "2026-02-04",
  url: URL,
  qrSvgMarkup: await qrSvg(URL),
  lang: "vi",
  ...over,
});

const render = async (p: PrintableNoticeProps) =>
  String(await (<PrintableNotice {...p} />).toString());

describe("paragraphs", () => {
  it("splits on blank lines, keeps single line breaks, drops empty ones", () => {
    expect(paragraphs("a\nb\n\n \n\nc\r\n\r\nd  ")).toEqual([["a", "b"], ["c"], ["d"]]);
    expect(paragraphs("  \n\n")).toEqual([]);
  });
});

describe("PrintableNotice (Art 13.2 posting; issue #3 item 6)", () => {
  it("has the national header, the notice heading and the issuer", async () => {
    const html = await render(await props());
    expect(html).toContain(`<p class="notice-quoc-hieu">${QUOC_HIEU}</p>`);
    expect(html).toContain(`<p class="notice-tieu-ngu">${TIEU_NGU}</p>`);
    expect(html).toContain('<p class="notice-issuer-parent">ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP</p>');
    expect(html).toContain('<p class="notice-issuer-name">ỦY BAN NHÂN DÂN XÃ THANH BÌNH</p>');
    expect(html).toContain(
      '<h1 class="notice-heading"><span class="notice-type">THÔNG BÁO</span>' +
        '<span class="notice-kind">Công khai thông tin</span>' +
        '<span class="notice-title">Dự toán ngân sách xã năm 2026</span></h1>',
    );
  });

  it("lists area, basis, publication and posting dates as dd/mm/yyyy", async () => {
    const html = await render(await props());
    expect(html).toContain(
      "<dt>Lĩnh vực</dt><dd>Dự toán, tình hình thực hiện dự toán ngân sách</dd>",
    );
    expect(html).toContain("<dt>Căn cứ</dt><dd>Nghị quyết số 25/NQ-HĐND ngày 20/12/2025</dd>");
    expect(html).toContain("<dt>Ngày công khai</dt><dd>05/01/2026</dd>");
    expect(html).toContain("<dt>Niêm yết đến hết ngày</dt><dd>04/02/2026</dd>");
    expect(await render(await props({ postedUntil: null }))).not.toContain("Niêm yết đến");
  });

  it("renders the body as escaped paragraphs", async () => {
    const html = await render(await props());
    expect(html).toContain('<p class="notice-summary">Dự toán thu, chi ngân sách xã năm 2026.</p>');
    expect(html).toContain("<p>Tổng thu: 12 tỷ đồng.<br/>Tổng chi: 12 tỷ đồng.</p>");
    expect(html).toContain("<p>Chi tiết &lt;b&gt;kèm theo&lt;/b&gt; &amp; phụ lục.</p>");
    expect(html).not.toContain("<b>");
  });

  it("inlines the QR code with the text pointing to the online page", async () => {
    const p = await props();
    const html = await render(p);
    expect(html).toContain(p.qrSvgMarkup);
    expect(html).toContain(
      `<figcaption>Quét mã để xem bản trực tuyến và các phiên bản: <a href="${URL}">${URL}</a></figcaption>`,
    );
  });

  it("refuses to inline anything but a plain SVG", async () => {
    expect(isSafeSvg(await qrSvg(URL))).toBe(true);
    expect(isSafeSvg('<svg onload="alert(1)"></svg>')).toBe(false);
    expect(isSafeSvg("<svg><script>alert(1)</script></svg>")).toBe(false);
    expect(isSafeSvg("<img src=x>")).toBe(false);
    const html = await render(await props({ qrSvgMarkup: "<svg><script>alert(1)</script></svg>" }));
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<svg");
  });

  it("in English: English labels, the Vietnamese content marked lang=vi", async () => {
    const html = await render(await props({ lang: "en" }));
    expect(html).toContain('<header class="notice-head" lang="vi">');
    expect(html).toContain('<span class="notice-type">NOTICE</span>');
    expect(html).toContain("<dt>Published on</dt><dd>2026-01-05</dd>");
    expect(html).toContain('<div class="notice-content" lang="vi">');
  });

  it("every class is prefixed notice- and styled by NOTICE_CSS", async () => {
    const html = await render(await props());
    const classes = new Set(
      [...html.matchAll(/class="([^"]+)"/g)].flatMap((m) => m[1]!.split(" ")),
    );
    const own = [...classes].filter((c) => c !== "notice-qr-code"); // set by qrSvg, styled via svg
    expect(own.every((c) => c.startsWith("notice-"))).toBe(true);
    const unstyled = own.filter((c) => !new RegExp(`\\.${c}(?![\\w-])`).test(NOTICE_CSS));
    expect(unstyled.sort()).toEqual(["notice-issuer", "notice-nation"]); // grid cells only
  });
});

describe("NOTICE_CSS", () => {
  it("T53: prints on A4 portrait with NĐ 30 margins (top 20, right 15, bottom 20, left 30 mm)", () => {
    expect(NOTICE_CSS).toContain(
      "@page notice {\n    size: A4 portrait;\n    margin: 20mm 15mm 20mm 30mm;",
    );
    expect(NOTICE_CSS).toContain("page: notice;");
    expect(NOTICE_CSS).toContain('font-family: "Times New Roman"');
  });

  it("uses only notice- classes", () => {
    const selectors = [...NOTICE_CSS.matchAll(/\.([a-z][\w-]*)/g)].map((m) => m[1]);
    expect(selectors.length).toBeGreaterThan(10);
    expect(selectors.filter((s) => !s?.startsWith("notice-"))).toEqual([]);
  });
});
