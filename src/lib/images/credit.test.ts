import { describe } from 'vitest';
import { itMaps } from '../../../tests/support/cases.ts';
import { creditLine, creditName } from './credit.ts';

describe('creditLine', () => {
  itMaps('puts "Foto:" before a bare credit', creditLine, [
    ['© SMI', 'Foto: © SMI'],
    ['  Stadt Heidenau ', 'Foto: Stadt Heidenau'],
  ]);
  itMaps('keeps a credit that already names its kind', creditLine, [
    ['Foto: Max Muster', 'Foto: Max Muster'],
    ['Grafik: LPR Sachsen', 'Grafik: LPR Sachsen'],
    ['bild: © LPR', 'bild: © LPR'],
  ]);
});

describe('creditName', () => {
  itMaps('drops label and copyright sign', creditName, [
    ['© SMI', 'SMI'],
    ['Foto: © Stadt Heidenau', 'Stadt Heidenau'],
    ['(c) Max Muster', 'Max Muster'],
    ['Copyright LPR Sachsen', 'LPR Sachsen'],
  ]);
  itMaps('keeps a plain name', creditName, [['Polizeidirektion Dresden', 'Polizeidirektion Dresden']]);
});
