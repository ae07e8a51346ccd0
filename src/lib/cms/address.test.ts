import { describe, expect, it } from 'vitest';
import { ADDRESS_KEY, germanAddress } from './address.ts';
import { buildCmsConfig, buildEntryRules } from './config.ts';
import { parseEntryFile, stringifyEntryFile } from './file-format.ts';
import { planSave } from './pre-save.ts';

describe('the address of a new entry', () => {
  it('transliterates the German way: ä → ae, ö → oe, ü → ue, ß → ss', () => {
    expect(germanAddress('Prävention für 14-Jährige')).toBe('praevention-fuer-14-jaehrige');
    expect(germanAddress('Glänzen statt Schwänzen')).toBe('glaenzen-statt-schwaenzen');
    expect(germanAddress('Görlitz')).toBe('goerlitz');
    expect(germanAddress('Straße der Sicherheit: ÄÖÜ!')).toBe('strasse-der-sicherheit-aeoeue');
    expect(germanAddress('Café „Zentrum“ – <jetzt>')).toBe('cafe-zentrum-jetzt');
  });

  it('is what the pre-save hook hands Decap for a new article, and only for a new one', () => {
    const rules = buildEntryRules().articles!;
    const data = { title: 'Prävention für Jährige', body: 'Text' };
    expect(planSave(data, rules, true).edits).toContainEqual({ op: 'set', path: [ADDRESS_KEY], value: 'praevention-fuer-jaehrige' });
    expect(planSave(data, rules, false).edits.some((e) => e.path[0] === ADDRESS_KEY)).toBe(false);
    expect(buildEntryRules().settings?.addressFrom).toBeUndefined();
  });

  it('is read by every folder collection\'s slug template and never written into the file', () => {
    const config = buildCmsConfig({ backend: { name: 'proxy', proxy_url: 'http://localhost:8081/api/v1', branch: 'main' } });
    for (const c of config.collections.filter((x) => 'folder' in x)) expect(c.slug, c.name).toBe(`{{fields.${ADDRESS_KEY}}}`);
    const rules = buildEntryRules().articles!;
    const file = stringifyEntryFile({ title: 'Prävention', [ADDRESS_KEY]: 'praevention', body: 'Text\n' }, rules.fields, 'mdx');
    expect(file).not.toContain(ADDRESS_KEY);
    expect(parseEntryFile(file, 'mdx')).toEqual({ title: 'Prävention', body: 'Text\n' });
  });
});
