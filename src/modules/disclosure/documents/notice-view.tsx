// A printable A4 notice for the notice boards (niêm yết, Art 13.2), with a QR code to its online
// page and versions (issue #3 item 6). Styles are in NOTICE_CSS: the CSP forbids inline styles.
import { raw } from "hono/html";
import { QUOC_HIEU, TIEU_NGU } from "../../../core/documents/index.ts";
import { type Lang, showDate } from "../../../core/i18n/lang.ts";

export { NOTICE_CSS } from "./notice-css.ts";

export interface PrintableNoticeProps {
  unitFullName: string;
  /** Issuer lines in caps, parent first: ["ỦY BAN NHÂN DÂN TỈNH …", "ỦY BAN NHÂN DÂN XÃ …"]. */
  issuerHeaderLines: string[];
  title: string;
  categoryTitle: string;
  summary: string;
  /** Plain text; a blank line starts a new paragraph. */
  body: string;
  basisRef: string;
  publishedOn: string;
  postedUntil?: string | null;
  url: string;
  /** Output of qrSvg() and nothing else: it is inlined unescaped. */
  qrSvgMarkup: string;
  lang: Lang;
}

const TEXT = {
  vi: {
    type: "THÔNG BÁO",
    kind: "Công khai thông tin",
    category: "Lĩnh vực",
    basis: "Căn cứ",
    published: "Ngày công khai",
    postedUntil: "Niêm yết đến hết ngày",
    scan: "Quét mã để xem bản trực tuyến và các phiên bản:",
  },
  en: {
    type: "NOTICE",
    kind: "Public disclosure",
    category: "Area",
    basis: "Legal basis",
    published: "Published on",
    postedUntil: "Posted until",
    scan: "Scan the code for the online version and its versions:",
  },
};

/** Paragraphs split on blank lines; single line breaks kept. */
export function paragraphs(text: string): string[][] {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*\n/)
    .map((p) =>
      p
        .split("\n")
        .map((l) => l.trim())
        .filter((l) => l !== ""),
    )
    .filter((lines) => lines.length > 0);
}

/** Only an <svg> without scripts or event handlers is inlined (defence in depth). */
export const isSafeSvg = (svg: string) =>
  /^<svg[\s>]/.test(svg.trim()) && !/<script|<foreignObject|\son[a-z]+\s*=|javascript:/i.test(svg);

export function PrintableNotice(p: PrintableNoticeProps) {
  const t = TEXT[p.lang];
  // The content is Vietnamese whatever the page language; say so to screen readers.
  const vi = p.lang === "en" ? "vi" : undefined;
  const last = p.issuerHeaderLines.length - 1;
  return (
    <article class="notice-sheet">
      <header class="notice-head" lang={vi}>
        <div class="notice-issuer">
          {p.issuerHeaderLines.map((l, i) => (
            <p class={i === last ? "notice-issuer-name" : "notice-issuer-parent"}>{l}</p>
          ))}
        </div>
        <div class="notice-nation">
          <p class="notice-quoc-hieu">{QUOC_HIEU}</p>
          <p class="notice-tieu-ngu">{TIEU_NGU}</p>
        </div>
      </header>
      <h1 class="notice-heading">
        <span class="notice-type">{t.type}</span>
        <span class="notice-kind">{t.kind}</span>
        <span class="notice-title" lang={vi}>
          {p.title}
        </span>
      </h1>
      <dl class="notice-meta">
        <dt>{t.category}</dt>
        <dd lang={vi}>{p.categoryTitle}</dd>
        <dt>{t.basis}</dt>
        <dd lang={vi}>{p.basisRef}</dd>
        <dt>{t.published}</dt>
        <dd>{showDate(p.lang, p.publishedOn)}</dd>
        {p.postedUntil ? (
          <>
            <dt>{t.postedUntil}</dt>
            <dd>{showDate(p.lang, p.postedUntil)}</dd>
          </>
        ) : null}
      </dl>
      <div class="notice-content" lang={vi}>
        {p.summary.trim() ? <p class="notice-summary">{p.summary.trim()}</p> : null}
        {paragraphs(p.body).map((lines) => (
          <p>
            {lines.map((l, i) => (
              <>
                {i > 0 ? <br /> : null}
                {l}
              </>
            ))}
          </p>
        ))}
      </div>
      <footer class="notice-foot">
        <figure class="notice-qr">
          {isSafeSvg(p.qrSvgMarkup) ? raw(p.qrSvgMarkup) : null}
          <figcaption>
            {t.scan} <a href={p.url}>{p.url}</a>
          </figcaption>
        </figure>
        <p class="notice-signoff" lang={vi}>
          {p.unitFullName}
        </p>
      </footer>
    </article>
  );
}
