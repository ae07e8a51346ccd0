/**
 * CSV as RFC 4180 says: comma-separated, CRLF line ends, fields with a comma, quote or line break in double
 * quotes (quotes doubled). Prefixed with a UTF-8 byte order mark so Excel opens umlauts correctly.
 */
export const BOM = '\uFEFF';

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function toCsv(header: string[], rows: string[][]): string {
  for (const [i, r] of rows.entries()) {
    if (r.length !== header.length) throw new Error(`CSV-Zeile ${i + 1} hat ${r.length} statt ${header.length} Felder`);
  }
  return BOM + [header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
