import { describeCollection } from '../collection.ts';
import { line, optional, options, reference, select, url } from '../fields.ts';

export const ORGANISATION_KINDS = options(
  'Kommune', 'Landkreis', 'Polizeidirektion', 'Polizeirevier', 'Ministerium', ['LPR', 'Landespräventionsrat'],
  'Landtag', 'Träger', 'Verein', 'Hochschule', 'Sonstige',
);

export const organisations = describeCollection({
  name: 'organisations',
  label: 'Organisationen',
  labelSingular: 'Organisation',
  format: 'yaml',
  hint: 'Behörden, Polizeidienststellen, Ministerien, Träger und Vereine.',
  summaryField: 'name',
  fields: {
    name: line({ label: 'Name', max: 200 }),
    shortName: optional(line({ label: 'Kurzname', hint: 'Zum Beispiel „SMI“ oder „PD Dresden“.', max: 40 })),
    kind: select({ label: 'Art', options: ORGANISATION_KINDS }),
    parent: optional(
      reference({ label: 'Übergeordnete Organisation', hint: 'Zum Beispiel die Polizeidirektion eines Reviers.', collection: 'organisations' }),
    ),
    town: optional(reference({ label: 'Kommune', hint: 'Nur bei Stadt- und Gemeindeverwaltungen.', collection: 'towns' })),
    website: optional(url({ label: 'Website' })),
  },
});
