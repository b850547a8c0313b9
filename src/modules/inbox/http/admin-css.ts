// Styles of the officials' inbox pages (see public-css.ts for the shared ones).

export const INBOX_ADMIN_CSS = `
.inbox-counts { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 1rem; font-weight: 600; }
.inbox-step { border: 1px solid var(--line); border-radius: 6px; margin: 0.5rem 0; padding: 0.25rem 0.75rem; }
.inbox-step summary { cursor: pointer; font-weight: 600; padding: 0.35rem 0; }
.inbox-step[open] { background: var(--soft); }
.inbox-identity { border: 2px solid var(--warn); border-radius: 6px; padding: 0.5rem 1rem; margin: 1rem 0; }
.inbox-clock { display: block; font-size: 0.9em; }
label.block { display: block; margin: 0.25rem 0; }
tr.total th, tr.total td { font-weight: 700; border-top: 2px solid var(--ink); }
@media print {
  .inbox-identity form, p.actions { display: none; }
  .inbox-clock { font-size: 9pt; }
}
`;
