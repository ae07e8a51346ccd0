import { describe, expect, it } from 'vitest';
import { count, formatTable, kb, seconds } from './table.ts';

describe('formatTable', () => {
  it('pads the first column left-aligned and the others right-aligned, counting umlauts as one character', () => {
    expect(formatTable(['Größe', '100'], [['Build', '3,2 s'], ['Spitzen-Speicher', '410,0 MB']])).toBe(
      [
        '| Größe            |      100 |',
        '|------------------|---------:|',
        '| Build            |    3,2 s |',
        '| Spitzen-Speicher | 410,0 MB |',
      ].join('\n'),
    );
  });
});

describe('units', () => {
  it('formats German numbers', () => {
    expect(kb(14 * 1024)).toBe('14,0 KB');
    expect(seconds(1234.56)).toBe('1.234,6 s');
    expect(count(10000)).toBe('10.000');
  });
});
