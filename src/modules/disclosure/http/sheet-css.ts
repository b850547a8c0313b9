// Styles of the printable plan and register pages (admin-plans.tsx, admin-register.tsx), appended
// to the site stylesheet through the manifest. Every class is prefixed sheet-.

export const SHEET_CSS = `
.sheet-table td,
.sheet-table th {
  border: 1px solid var(--line);
}
.sheet-table .sheet-group {
  background: var(--soft);
  font-weight: 600;
}
.sheet-issuer {
  margin: 0;
  font-weight: 600;
  text-transform: uppercase;
}
@media print {
  body:has(.sheet) .crumbs {
    display: none;
  }
  .sheet .table-wrap {
    overflow: visible;
  }
  .sheet h1 {
    font-size: 14pt;
    text-align: center;
  }
  .sheet-table {
    font-size: 10pt;
  }
  .sheet-table td,
  .sheet-table th {
    border: 1px solid #000;
    padding: 0.15rem 0.3rem;
  }
  .sheet-table thead {
    display: table-header-group;
  }
}
`;
