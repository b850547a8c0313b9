// Styles of the decision pages, appended to the site stylesheet through the manifest (the CSP
// forbids inline styles). The printed ballot forms carry nothing of the page around them.

export const DECISION_CSS = `
@media print {
  body:has(.ballot-sheet) .crumbs {
    display: none;
  }
}
`;
