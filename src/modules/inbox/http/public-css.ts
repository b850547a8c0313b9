// Styles of the inbox's pages, appended to the site stylesheet through the manifest (the CSP
// forbids inline styles). Plain, readable on a small phone, and printable on A4.

export const INBOX_PUBLIC_CSS = `
.inbox-kinds { list-style: none; padding: 0; display: grid; gap: 0.75rem; }
.inbox-kinds li { border: 1px solid var(--line); border-radius: 6px; padding: 0.75rem 1rem; }
.inbox-kinds p { margin: 0.25rem 0 0; }
.inbox-code { font-family: ui-monospace, monospace; font-size: 1.15em; letter-spacing: 0.05em; }
.inbox-answer, .inbox-content { white-space: pre-line; border-left: 4px solid var(--ok); padding: 0.5rem 0.75rem; background: var(--soft); }
.inbox-content { border-left-color: var(--line); }
.inbox-timeline { padding-left: 1.25rem; }
.inbox-timeline li { margin: 0.35rem 0; }
.inbox-timeline time { color: var(--muted); margin-right: 0.35rem; }
.inbox-published { list-style: none; padding: 0; }
.inbox-published li { border-bottom: 1px solid var(--line); padding: 0.75rem 0; }
.inbox-published h3 { margin: 0 0 0.25rem; font-size: 1.05rem; }
.field-check { display: flex; gap: 0.5rem; align-items: baseline; flex-wrap: wrap; }
.field-check .hint { flex-basis: 100%; margin: 0; }
.inline-form { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; margin: 0.75rem 0; }
.pager { display: flex; justify-content: space-between; margin: 1rem 0; }
.inbox-kinds .muted { font-size: 0.9em; }
.inbox-stats td { text-align: right; font-variant-numeric: tabular-nums; }
.inbox-stats th[scope="row"] { text-align: left; }
@media print {
  .inbox-how form, .inline-form, .pager, .inbox-step { display: none; }
  .inbox-stats { page-break-inside: avoid; font-size: 10pt; }
  .inbox-stats caption, h2 { page-break-after: avoid; }
  .inbox-published li { page-break-inside: avoid; }
}
`;
