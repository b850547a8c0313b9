// Styles of the directive pages, appended to the site stylesheet (the CSP forbids inline styles).

export const REPORTING_CSS = `
.directive-meta { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; }
.directive-meta dt { font-weight: 600; }
.directive-meta dd { margin: 0; }
.directive-body { white-space: pre-wrap; margin: 0.5rem 0 1rem; }
.directive-task-text { display: block; font-size: 0.9em; white-space: pre-wrap; }
.directive-counts { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 1rem; font-weight: 600; }
.directive-task { margin: 0.75rem 0; }
.directive-reports li { margin-bottom: 0.75rem; }
@media print {
  main:has(.directive-meta) form { display: none; }
}
`;
