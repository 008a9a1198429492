import { stringify } from "csv-stringify/sync";

// A spreadsheet runs a cell that starts with one of these as a formula (CSV injection).
const formulaStarts = ["=", "+", "-", "@", "\t", "\r"];

/** A cell a spreadsheet shows as text: a leading quote mark stops it being read as a formula. */
export function neutralisedCell(value: string): string {
  return formulaStarts.some((start) => value.startsWith(start)) ? `'${value}` : value;
}

/** Rows as CSV text (RFC 4180 quoting by csv-stringify), every cell neutralised. */
export function csvText(
  header: readonly string[],
  rows: readonly (readonly (string | number | boolean | null)[])[],
): string {
  const cells = rows.map((row) => row.map((cell) => neutralisedCell(cell === null ? "" : String(cell))));
  // quoted_match: a line break inside a cell is quoted too, not only the record delimiter.
  return stringify([header.map(neutralisedCell), ...cells], {
    eof: true,
    record_delimiter: "windows",
    quoted_match: /[\r\n]/,
  });
}
