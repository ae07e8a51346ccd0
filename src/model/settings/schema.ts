import { describeCollection } from '../collection.ts';
import { email, line, list, object } from '../fields.ts';

export const navigationItem = object({
  label: 'Menüpunkt',
  fields: {
    label: line({ label: 'Beschriftung', max: 40 }),
    href: line({ label: 'Adresse', hint: 'Eine Adresse dieser Website, zum Beispiel „/kommunen/“.', max: 200 }),
  },
});

export const settings = describeCollection({
  name: 'settings',
  label: 'Einstellungen',
  labelSingular: 'Einstellungen',
  singleton: { id: 'site', label: 'Einstellungen der Website' },
  format: 'yaml',
  hint: 'Name der Website, Kontaktadresse und Hauptmenü.',
  summaryField: 'siteName',
  fields: {
    siteName: line({ label: 'Name der Website', max: 120 }),
    shortName: line({ label: 'Kurzname', max: 20 }),
    publisher: line({ label: 'Herausgeber', max: 200 }),
    contactEmail: email({ label: 'Kontakt-E-Mail' }),
    navigation: list({ label: 'Hauptmenü', item: navigationItem, min: 1 }),
  },
  checks(data, report) {
    data.navigation.forEach((item, i) => {
      if (!/^\/[^\s]*$/.test(item.href)) {
        report(['navigation', i, 'href'], `„${item.href}“ muss mit „/“ beginnen (eine Adresse dieser Website).`);
      }
    });
  },
});
