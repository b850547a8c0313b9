// Styles of the printable notice (notice-view.tsx), appended to the site stylesheet because the
// CSP forbids inline styles. Every class is prefixed notice-.

/** Print styles for PrintableNotice, to append to the stylesheet. A4 with NĐ 30 margins (T53). */
export const NOTICE_CSS = `
.notice-sheet {
  font-family: "Times New Roman", Times, "Liberation Serif", "Noto Serif", serif;
  font-size: 13pt;
  line-height: 1.4;
  color: #000;
  background: #fff;
  max-width: 210mm;
  margin: 1rem auto;
  padding: 20mm 15mm 20mm 30mm;
  border: 1px solid #c9d1d9;
}
.notice-head {
  display: grid;
  grid-template-columns: 2fr 3fr;
  gap: 0.5rem;
  text-align: center;
}
.notice-head p {
  margin: 0;
}
.notice-issuer-parent {
  text-transform: uppercase;
}
.notice-issuer-name,
.notice-quoc-hieu,
.notice-tieu-ngu {
  font-weight: bold;
}
.notice-issuer-name {
  display: inline-block;
  text-transform: uppercase;
}
.notice-issuer-name::after {
  content: "";
  display: block;
  width: 40%;
  margin: 3pt auto 0;
  border-top: 1px solid #000;
}
.notice-quoc-hieu {
  font-size: 12pt;
  text-transform: uppercase;
}
.notice-tieu-ngu {
  display: inline-block;
  padding-bottom: 2pt;
  border-bottom: 1px solid #000;
}
.notice-heading {
  margin: 1.5rem 0 1rem;
  font-size: 14pt;
  text-align: center;
}
.notice-type,
.notice-kind,
.notice-title {
  display: block;
}
.notice-type {
  letter-spacing: 0.05em;
}
.notice-kind {
  font-size: 13pt;
}
.notice-title {
  margin-top: 0.35rem;
}
.notice-meta {
  display: grid;
  grid-template-columns: max-content 1fr;
  gap: 0.15rem 0.75rem;
  margin: 0 0 1rem;
}
.notice-meta dt {
  font-weight: bold;
}
.notice-meta dd {
  margin: 0;
}
.notice-content p {
  margin: 0 0 6pt;
  text-align: justify;
  text-indent: 1.27cm;
}
.notice-content .notice-summary {
  font-style: italic;
}
.notice-foot {
  display: flex;
  gap: 1rem;
  align-items: flex-end;
  justify-content: space-between;
  margin-top: 1.5rem;
  break-inside: avoid;
}
.notice-qr {
  display: flex;
  gap: 0.75rem;
  align-items: center;
  max-width: 62%;
  margin: 0;
}
.notice-qr svg {
  flex: none;
  width: 32mm;
  height: 32mm;
}
.notice-qr figcaption {
  font-size: 11pt;
  overflow-wrap: anywhere;
}
.notice-signoff {
  margin: 0;
  font-weight: bold;
  text-align: center;
  text-transform: uppercase;
}
@media print {
  @page notice {
    size: A4 portrait;
    margin: 20mm 15mm 20mm 30mm;
  }
  .notice-sheet {
    page: notice;
    max-width: none;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .notice-qr a {
    color: #000;
    text-decoration: none;
  }
}
`;
