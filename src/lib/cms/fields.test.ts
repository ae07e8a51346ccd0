import { describe, expect, it } from 'vitest';
import { date, email, image, line, list, optional, partialDate, text, time, url, type Field, type SchemaTools } from '../../model/fields.ts';
import { cmsField } from './fields.ts';

const noTools = {} as SchemaTools;

/** Decap checks the pattern while the editor types; it must agree with the content check at build time. */
function agrees(field: Field, samples: string[]): void {
  const cms = cmsField('x', field.spec);
  const regex = new RegExp(cms.pattern![0]);
  const schema = field.build(noTools);
  for (const s of samples) {
    expect(regex.test(s), `${field.spec.kind}: ${JSON.stringify(s)}`).toBe(schema.safeParse(s).success);
  }
}

describe('cmsField patterns agree with the content schema', () => {
  it('url', () => {
    agrees(url({ label: 'Website' }), [
      'https://www.heidenau.de/',
      'https://a.b/c?d=e#f',
      'http://www.heidenau.de/',
      'www.heidenau.de',
      'https:// leer.de',
      'https://.de',
    ]);
  });

  it('email', () => {
    agrees(email({ label: 'E-Mail' }), ['lpr@smi.sachsen.de', 'lpr@smi', 'lpr smi@sachsen.de', '@sachsen.de']);
  });

  it('line: length and one line (HTML is the check before saving\'s, entry-check.ts)', () => {
    agrees(line({ label: 'Titel', max: 10 }), ['Heidenau', '1234567890', '12345678901', 'a < b', 'zwei\nZeilen']);
    const cms = cmsField('x', line({ label: 'Titel', max: 10 }).spec);
    expect(cms.pattern).toEqual(['^[^\\r\\n]{0,10}$', 'höchstens 10 Zeichen in einer Zeile']);
  });

  it('text: length, line breaks allowed (HTML is the check before saving\'s)', () => {
    agrees(text({ label: 'Text', max: 12 }), ['Zwei\nZeilen.', '1234567890123', 'Kinder < 6']);
    expect(cmsField('x', text({ label: 'Text', max: 12 }).spec).pattern![1]).toBe('höchstens 12 Zeichen');
  });

  it('partialDate keeps the schema pattern and explains the three forms', () => {
    const f = cmsField('date', optional(partialDate({ label: 'Datum' })).spec);
    expect(f).toMatchObject({ widget: 'string', required: false });
    expect(f.hint).toContain('JJJJ-MM-TT, JJJJ-MM oder JJJJ');
    agrees(partialDate({ label: 'Datum' }), ['2023', '2023-08', '2023-08-09', '23-08', '2023-8']);
  });
});

describe('cmsField patterns of dates and times', () => {
  it('date: the pattern the schema checks, with the format as its message', () => {
    const f = cmsField('date', date({ label: 'Datum' }).spec);
    expect(f).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', pattern: ['^\\d{4}-\\d{2}-\\d{2}$', 'Format: JJJJ-MM-TT, zum Beispiel 2023-08-09'] });
    agrees(date({ label: 'Datum' }), ['2023-08-09', '2023-8-9', '09.08.2023', '2023-08']);
  });

  it('time: the pattern the schema checks, with the format as its message', () => {
    const f = cmsField('startTime', time({ label: 'Beginn' }).spec);
    expect(f).toMatchObject({ widget: 'datetime', format: 'HH:mm', pattern: ['^([01]\\d|2[0-3]):[0-5]\\d$', 'Format: SS:MM, zum Beispiel 14:30'] });
    agrees(time({ label: 'Beginn' }), ['00:00', '14:30', '23:59', '24:00', '9:30', '14.30']);
  });
});

describe('cmsField groups and lists', () => {
  it('inside an optional group, required fields are optional for Decap and say when they are needed', () => {
    const hero = cmsField('hero', optional(image({ label: 'Titelbild' })).spec);
    expect(hero.widget === 'object' && hero.fields.map((f) => [f.name, f.required])).toEqual([
      ['src', false],
      ['alt', false],
      ['caption', false],
      ['credit', false],
    ]);
    expect(hero.widget === 'object' && hero.fields[1]!.hint).toContain('Pflichtfeld, sobald „Titelbild“ ausgefüllt wird.');
  });

  it('inside a required group, required fields stay required', () => {
    const hero = cmsField('hero', image({ label: 'Titelbild' }).spec);
    expect(hero.widget === 'object' && hero.fields.every((f) => f.required)).toBe(true);
  });

  it('a list of single values uses one field per item', () => {
    const f = cmsField('links', list({ label: 'Links', item: url({ label: 'Link' }) }).spec);
    expect(f).toMatchObject({ widget: 'list', label_singular: 'Link', default: [], field: { name: 'item', widget: 'string' } });
  });
});
