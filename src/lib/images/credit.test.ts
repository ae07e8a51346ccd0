import { describe, expect, it } from 'vitest';
import { creditLine, creditName } from './credit.ts';

describe('creditLine', () => {
  it('puts "Foto:" before a bare credit', () => {
    expect(creditLine('© SMI')).toBe('Foto: © SMI');
    expect(creditLine('  Stadt Heidenau ')).toBe('Foto: Stadt Heidenau');
  });
  it('keeps a credit that already names its kind', () => {
    expect(creditLine('Foto: Max Muster')).toBe('Foto: Max Muster');
    expect(creditLine('Grafik: LPR Sachsen')).toBe('Grafik: LPR Sachsen');
    expect(creditLine('bild: © LPR')).toBe('bild: © LPR');
  });
});

describe('creditName', () => {
  it('drops label and copyright sign', () => {
    expect(creditName('© SMI')).toBe('SMI');
    expect(creditName('Foto: © Stadt Heidenau')).toBe('Stadt Heidenau');
    expect(creditName('(c) Max Muster')).toBe('Max Muster');
    expect(creditName('Copyright LPR Sachsen')).toBe('LPR Sachsen');
  });
  it('keeps a plain name', () => {
    expect(creditName('Polizeidirektion Dresden')).toBe('Polizeidirektion Dresden');
  });
});
