/** A strict RFC 4180 reader for tests: it fails on anything a spreadsheet would misread. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  const end = () => {
    row.push(field);
    field = '';
  };
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') {
        quoted = false;
        i += 1;
        if (i < text.length && !/[,\r]/.test(text[i]!)) throw new Error(`Zeichen nach schließendem Anführungszeichen an Stelle ${i}`);
        continue;
      }
      field += c;
      i += 1;
      continue;
    }
    if (c === '"') {
      if (field !== '') throw new Error(`Anführungszeichen mitten im Feld an Stelle ${i}`);
      quoted = true;
    } else if (c === ',') end();
    else if (c === '\r') {
      if (text[i + 1] !== '\n') throw new Error(`CR ohne LF an Stelle ${i}`);
      end();
      rows.push(row);
      row = [];
      i += 1;
    } else if (c === '\n') throw new Error(`LF ohne CR an Stelle ${i}`);
    else field += c;
    i += 1;
  }
  if (quoted) throw new Error('Anführungszeichen nicht geschlossen');
  if (field !== '' || row.length > 0) end(), rows.push(row);
  return rows;
}
