/** A Markdown table whose columns line up in a terminal too. */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const all = [header, ...rows];
  const widths = header.map((_, column) => Math.max(3, ...all.map((row) => [...(row[column] ?? '')].length)));
  const line = (row: readonly string[]) =>
    `| ${widths.map((width, column) => {
      const cell = row[column] ?? '';
      const pad = ' '.repeat(width - [...cell].length);
      return column === 0 ? cell + pad : pad + cell;
    }).join(' | ')} |`;
  const rule = `|${widths.map((width, column) => (column === 0 ? `-${'-'.repeat(width)}-` : `-${'-'.repeat(width)}:`)).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

const number = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
const integer = new Intl.NumberFormat('de-DE');

/** 14336 → "14,0 KB" (KiB, as budgets are given). */
export const kb = (bytes: number) => `${number.format(bytes / 1024)} KB`;
export const mb = (bytes: number) => `${number.format(bytes / 1024 / 1024)} MB`;
export const seconds = (s: number) => `${number.format(s)} s`;
export const count = (n: number) => integer.format(n);
