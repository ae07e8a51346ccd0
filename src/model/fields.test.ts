/** What an editor reads when a field of each kind is filled in wrongly (the content check puts the label first). */
import { describe, expect, it } from 'vitest';
import { date, email, line, options, partialDate, text, time, url, type Field } from './fields.ts';
import { testTools } from './schema-test-tools.ts';

function messages(field: Field, value: unknown): string[] {
  const result = field.build(testTools).safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => i.message);
}

describe('field kinds: the messages editors see', () => {
  it('line', () => {
    const f = line({ label: 'Titel', max: 10 });
    expect(messages(f, 'Heidenau')).toEqual([]);
    expect(messages(f, 42)).toEqual(['muss ein Text sein']);
    expect(messages(f, '   ')).toEqual(['darf nicht leer sein']);
    expect(messages(f, '12345678901')).toEqual(['ist zu lang (höchstens 10 Zeichen)']);
    expect(messages(f, 'a <b>c</b>')).toEqual(['enthält HTML-Code (zum Beispiel „<b>“). Bitte nur reinen Text eingeben.']);
    expect(messages(f, 'zwei\nZeile')).toEqual(['darf nur eine Zeile lang sein']);
    expect(messages(f, 'a \u202Efdp')).toEqual([
      'enthält unsichtbare Steuerzeichen, die die Schreibrichtung umkehren (etwa U+202E). Bitte den Text neu eintippen statt ihn einzufügen.',
    ]);
    expect(messages(f, 'ein \u2067 b')).toHaveLength(1);
  });

  it('text', () => {
    const f = text({ label: 'Anmerkung', max: 12 });
    expect(messages(f, 'Zwei\nZeilen.')).toEqual([]);
    expect(messages(f, 'Kinder < 6')).toEqual([]);
    expect(messages(f, '')).toEqual(['darf nicht leer sein']);
    expect(messages(f, '1234567890123')).toEqual(['ist zu lang (höchstens 12 Zeichen)']);
    expect(messages(f, 'x <br> y')).toEqual(['enthält HTML-Code (zum Beispiel „<b>“). Bitte nur reinen Text eingeben.']);
  });

  it('url', () => {
    const f = url({ label: 'Website' });
    expect(messages(f, 'https://www.heidenau.de/')).toEqual([]);
    expect(messages(f, 'http://www.heidenau.de/')).toEqual([
      'muss eine vollständige Internetadresse sein, die mit „https://“ beginnt',
    ]);
    expect(messages(f, true)).toEqual(['muss eine Internetadresse sein']);
  });

  it('email', () => {
    const f = email({ label: 'Kontakt-E-Mail' });
    expect(messages(f, 'lpr@smi.sachsen.de')).toEqual([]);
    expect(messages(f, 'lpr@smi')).toEqual(['ist keine gültige E-Mail-Adresse']);
    expect(messages(f, 1)).toEqual(['muss eine E-Mail-Adresse sein']);
  });

  it('date', () => {
    const f = date({ label: 'Datum' });
    expect(messages(f, '2023-08-09')).toEqual([]);
    expect(f.build(testTools).parse(new Date('2023-08-09T00:00:00Z'))).toBe('2023-08-09');
    expect(messages(f, '9.8.2023')).toEqual(['muss ein Datum im Format JJJJ-MM-TT sein, zum Beispiel 2023-08-09']);
    expect(messages(f, '2023-02-30')).toEqual(['ist kein Datum, das es im Kalender gibt']);
    expect(messages(f, true)).toEqual(['muss ein Datum sein (JJJJ-MM-TT, zum Beispiel 2023-08-09)']);
  });

  it('partialDate', () => {
    const f = partialDate({ label: 'Datum' });
    for (const ok of ['2023', '2023-08', '2023-08-09']) expect(messages(f, ok)).toEqual([]);
    expect(f.build(testTools).parse(2023)).toBe('2023');
    expect(messages(f, '2023-8')).toEqual([
      'muss ein Datum sein: JJJJ-MM-TT, JJJJ-MM oder JJJJ (zum Beispiel 2023-08-09, 2023-08 oder 2023)',
    ]);
    expect(messages(f, '2023-13')).toEqual(['ist kein Datum, das es im Kalender gibt']);
    expect(messages(f, '2023-02-29')).toEqual(['ist kein Datum, das es im Kalender gibt']);
    expect(messages(f, false)).toEqual(['muss ein Datum sein (JJJJ-MM-TT, JJJJ-MM oder JJJJ)']);
  });

  it('time', () => {
    const f = time({ label: 'Beginn' });
    expect(messages(f, '00:00')).toEqual([]);
    expect(messages(f, '23:59')).toEqual([]);
    expect(messages(f, '24:00')).toEqual(['muss eine Uhrzeit zwischen 00:00 und 23:59 sein (SS:MM)']);
    expect(messages(f, '9:30')).toEqual(['muss eine Uhrzeit zwischen 00:00 und 23:59 sein (SS:MM)']);
    expect(messages(f, 930)).toEqual(['muss eine Uhrzeit sein (SS:MM, zum Beispiel 14:30)']);
  });
});

describe('options', () => {
  it('writes a value once where it is its own label, and keeps [value, label] where they differ', () => {
    expect(options('Stadt', ['Verbund', 'Verbund mehrerer Kommunen'])).toEqual([
      { value: 'Stadt', label: 'Stadt' },
      { value: 'Verbund', label: 'Verbund mehrerer Kommunen' },
    ]);
  });
});
