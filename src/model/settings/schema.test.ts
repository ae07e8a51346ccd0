import { describe, expect, it } from 'vitest';
import { problems } from '../schema-test-tools.ts';
import { settings } from './schema.ts';

const valid = {
  siteName: 'ASSKomm – Allianz Sichere Sächsische Kommunen',
  shortName: 'ASSKomm',
  publisher: 'Landespräventionsrat Sachsen',
  contactEmail: 'lpr@smi.sachsen.de',
  navigation: [
    { label: 'Kommunen', href: '/kommunen/' },
    { label: 'Termine', href: '/termine/' },
  ],
};

describe('settings: rules across fields', () => {
  it('accepts a menu of addresses on this site', () => {
    expect(problems(settings, valid)).toEqual([]);
  });

  it('refuses a menu item whose address does not start with "/"', () => {
    const navigation = [valid.navigation[0], { label: 'Sachsen', href: 'https://www.sachsen.de/' }];
    expect(problems(settings, { ...valid, navigation })).toEqual([
      { path: ['navigation', 1, 'href'], message: '„https://www.sachsen.de/“ muss mit „/“ beginnen (eine Adresse dieser Website).' },
    ]);
  });

  it('refuses a menu item address with a space', () => {
    const navigation = [{ label: 'Kommunen', href: '/kommunen /' }];
    expect(problems(settings, { ...valid, navigation })).toEqual([
      { path: ['navigation', 0, 'href'], message: '„/kommunen /“ muss mit „/“ beginnen (eine Adresse dieser Website).' },
    ]);
  });
});
