// Styles of the printable ballot forms (ballot-sheet.tsx), appended to the site stylesheet
// because the CSP forbids inline styles. Every class is prefixed ballot-.

/** Print styles for BallotSheets: one A4 page per household's ballot. */
export const BALLOT_CSS = `
.ballot-sheet {
  display: flex;
  flex-direction: column;
  gap: 0.6rem;
  font-family: "Times New Roman", Times, "Liberation Serif", "Noto Serif", serif;
  font-size: 13pt;
  line-height: 1.4;
  color: #000;
  background: #fff;
  max-width: 210mm;
  margin: 1rem auto;
  padding: 15mm 15mm 15mm 20mm;
  border: 1px solid #c9d1d9;
}
.ballot-sheet p {
  margin: 0;
}
.ballot-head {
  display: grid;
  grid-template-columns: 2fr 3fr;
  gap: 0.5rem;
  text-align: center;
}
.ballot-stamp {
  display: flex;
  align-items: center;
  justify-content: center;
  width: 32mm;
  height: 32mm;
  margin: 0 0 0.4rem;
  border: 1px dashed #000;
  border-radius: 50%;
  font-size: 9pt;
  text-align: center;
}
.ballot-issuer-parent {
  text-transform: uppercase;
}
.ballot-issuer-name,
.ballot-quoc-hieu,
.ballot-tieu-ngu {
  font-weight: bold;
}
.ballot-issuer-name {
  text-transform: uppercase;
}
.ballot-quoc-hieu {
  font-size: 12pt;
}
.ballot-tieu-ngu {
  display: inline-block;
  border-bottom: 1px solid #000;
}
.ballot-heading {
  margin: 0.8rem 0 0;
  font-size: 14pt;
  text-align: center;
}
.ballot-type,
.ballot-title {
  display: block;
}
.ballot-household {
  display: grid;
  grid-template-columns: max-content 1fr;
  gap: 0.1rem 0.75rem;
  margin: 0;
}
.ballot-household dt {
  font-weight: bold;
}
.ballot-household dd {
  margin: 0;
}
.ballot-question {
  font-weight: bold;
  text-align: justify;
}
.ballot-options {
  display: flex;
  flex-wrap: wrap;
  gap: 0.5rem 2.5rem;
  margin: 0;
  padding: 0;
  list-style: none;
}
.ballot-options li {
  display: flex;
  gap: 0.5rem;
  align-items: center;
}
.ballot-box {
  display: inline-block;
  width: 6mm;
  height: 6mm;
  border: 1.5px solid #000;
}
.ballot-lines span {
  display: block;
  height: 9mm;
  border-bottom: 1px dotted #000;
}
.ballot-instructions {
  font-style: italic;
  text-align: justify;
}
.ballot-deadline {
  font-weight: bold;
}
.ballot-signature {
  width: 50%;
  margin: auto 0 0 auto;
  padding-top: 0.8rem;
  text-align: center;
}
.ballot-sign-role,
.ballot-sign-name {
  font-weight: bold;
}
.ballot-sign-role {
  text-transform: uppercase;
}
.ballot-sign-hint {
  font-style: italic;
}
/* Room for the head's signature; beats ".ballot-sheet p". */
.ballot-signature .ballot-sign-name {
  margin-top: 22mm;
}
@media print {
  @page ballot {
    size: A4 portrait;
    margin: 15mm 15mm 15mm 20mm;
  }
  .ballot-sheet {
    page: ballot;
    min-height: 265mm;
    max-width: none;
    margin: 0;
    padding: 0;
    border: 0;
    break-after: page;
  }
  .ballot-sheet:last-child {
    break-after: auto;
  }
}
`;
