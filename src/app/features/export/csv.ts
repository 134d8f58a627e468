/**
 * Tables as CSV (RFC 4180) for spreadsheets: UTF-8 with a byte-order mark (so Excel reads
 * Bengali and Hindi as UTF-8), CRLF line ends, fields quoted when they hold a quote, comma or
 * line break. Pure.
 *
 * The citation goes in a last column, `citation`, repeated on every row, rather than in a line
 * above or below the table: RFC 4180 wants the same number of fields on every line, and an extra
 * line breaks the header row of pandas, R and Excel's "Format as table"; a column survives
 * sorting and filtering, and stays with any row copied elsewhere.
 */

export type Cell = string | number | boolean | null;
export type Row = Record<string, Cell>;

/**
 * A text cell a spreadsheet would run as a formula (= + - @, or tab/CR that some strip first)
 * gets a leading apostrophe (OWASP "CSV injection"). Numbers stay numbers, so -12.5 is kept.
 */
export function guardFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function csvField(value: Cell): string {
  if (value === null) return '';
  const text = typeof value === 'string' ? guardFormula(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(columns: readonly string[], rows: readonly Row[], citation: string): string {
  const header = [...columns, 'citation'].map(csvField).join(',');
  const lines = rows.map((r) => [...columns.map((c) => r[c] ?? null), citation].map(csvField).join(','));
  return `\uFEFF${[header, ...lines].join('\r\n')}\r\n`;
}
