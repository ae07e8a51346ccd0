import { describe } from 'vitest';
import { itMaps } from '../../../tests/support/cases.ts';
import { searchTerms } from './terms.ts';

describe('searchTerms', () => {
  itMaps('leaves out German function words, so each remaining word is one index lookup', searchTerms, [
    ['Glänzen statt schwänzen', 'Glänzen schwänzen'],
    ['Prävention an der Schule', 'Prävention Schule'],
    ['  Sicherheit und Ordnung ', 'Sicherheit Ordnung'],
  ]);

  itMaps('compares without case and surrounding punctuation', searchTerms, [['Fachtag, Für DIE Eltern!', 'Fachtag, Eltern!']]);

  itMaps('keeps content words that general stop-word lists drop', searchTerms, [['Recht Ordnung Menschen Jahr neue', 'Recht Ordnung Menschen Jahr neue']]);

  itMaps('keeps a query of function words only, and quoted phrases, as typed', searchTerms, [
    ['für die', 'für die'],
    ['"Glänzen statt schwänzen"', '"Glänzen statt schwänzen"'],
    ['Heidenau', 'Heidenau'],
  ]);
});
