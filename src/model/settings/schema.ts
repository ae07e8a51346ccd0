import { describeCollection } from '../collection.ts';
import { date, email, line, list, object, optional, select, text, url } from '../fields.ts';

export const navigationItem = object({
  label: 'Menüpunkt',
  fields: {
    label: line({ label: 'Beschriftung', max: 40 }),
    href: line({ label: 'Adresse', hint: 'Eine Adresse dieser Website, zum Beispiel „/kommunen/“.', max: 200 }),
  },
});

/** How far the site meets the accessibility requirements, as the statement on /barrierefreiheit/ says it. */
export const ACCESSIBILITY_STATUS = [
  { value: 'vollstaendig', label: 'vollständig vereinbar' },
  { value: 'teilweise', label: 'teilweise vereinbar' },
  { value: 'nicht', label: 'nicht vereinbar' },
] as const;

/**
 * Who operates the site. Every operator field is optional in the schema, so a local build works without
 * them; a build for publication requires them (src/model/settings/publication-check.ts says which, and the
 * legal pages show them through <OperatorValue field="…" />). Never fill them with guesses.
 */
const operator = object({
  label: 'Anbieter der Website (Impressum)',
  hint: 'Pflichtangaben für das Impressum. Was hier fehlt, verhindert die Veröffentlichung.',
  fields: {
    postalAddress: optional(
      text({
        label: 'Postanschrift',
        hint: 'Straße und Hausnummer, Postleitzahl und Ort des Herausgebers, jede Angabe in einer eigenen Zeile (Impressum nach § 5 DDG, Kontakt, Datenschutzerklärung).',
        max: 300,
      }),
    ),
    representative: optional(
      line({
        label: 'Vertreten durch',
        hint: 'Name und Funktion der Person, die den Herausgeber vertritt (Impressum nach § 5 DDG).',
        max: 200,
      }),
    ),
    responsibleForContent: optional(
      text({
        label: 'Verantwortlich für den Inhalt',
        hint: 'Name und Anschrift der Person, die nach § 18 Abs. 2 Medienstaatsvertrag für die Inhalte verantwortlich ist.',
        max: 400,
      }),
    ),
    supervisoryAuthority: optional(
      text({
        label: 'Aufsichtsbehörde',
        hint: 'Die Behörde, die die Aufsicht über den Herausgeber führt, mit Anschrift (Impressum).',
        max: 400,
      }),
    ),
    phone: optional(line({ label: 'Telefon', hint: 'Nur eintragen, wenn die Nummer veröffentlicht werden soll.', max: 40 })),
    vatId: optional(
      line({ label: 'Umsatzsteuer-Identifikationsnummer', hint: 'Nur eintragen, wenn es eine gibt; sonst leer lassen.', max: 20 }),
    ),
  },
});

const privacy = object({
  label: 'Datenschutz',
  hint: 'Angaben für die Datenschutzerklärung (Art. 13 DSGVO). Was hier fehlt, verhindert die Veröffentlichung.',
  fields: {
    dataProtectionOfficer: optional(
      text({
        label: 'Datenschutzbeauftragte oder Datenschutzbeauftragter',
        hint: 'Wie man die oder den Datenschutzbeauftragten erreicht: Anschrift und E-Mail-Adresse.',
        max: 400,
      }),
    ),
    supervisoryAuthority: optional(
      text({
        label: 'Datenschutz-Aufsichtsbehörde',
        hint: 'Name, Anschrift und Internetadresse der zuständigen Aufsichtsbehörde für den Datenschutz.',
        max: 400,
      }),
    ),
    hosting: optional(
      text({
        label: 'Hosting-Dienstleister',
        hint: 'Name und Sitz des Unternehmens oder der Stelle, auf deren Servern die Website liegt.',
        max: 400,
      }),
    ),
    logRetention: optional(
      line({
        label: 'Speicherdauer der Protokolldaten',
        hint: 'Wie lange der Server die Daten eines Seitenaufrufs aufbewahrt, zum Beispiel „sieben Tage“.',
        max: 200,
      }),
    ),
    emailRetention: optional(
      line({
        label: 'Aufbewahrung von E-Mails',
        hint: 'Wie lange E-Mails an die Kontaktadresse aufbewahrt werden, zum Beispiel „bis die Anfrage erledigt ist“.',
        max: 200,
      }),
    ),
    editorLogin: optional(
      text({
        label: 'Anmeldedienst der Redaktion',
        hint: 'Name und Sitz des Dienstes, über den sich die Redaktion im Redaktionssystem anmeldet.',
        max: 300,
      }),
    ),
    date: optional(date({ label: 'Stand der Datenschutzerklärung', hint: 'Der Tag, an dem die Erklärung zuletzt geprüft wurde.' })),
  },
});

const accessibility = object({
  label: 'Erklärung zur Barrierefreiheit',
  hint: 'Angaben für die Erklärung zur Barrierefreiheit. Was hier fehlt, verhindert die Veröffentlichung.',
  fields: {
    status: optional(
      select({
        label: 'Stand der Vereinbarkeit',
        hint: 'Das Ergebnis der Prüfung: Wie weit erfüllt die Website die Anforderungen?',
        options: ACCESSIBILITY_STATUS,
      }),
    ),
    date: optional(date({ label: 'Datum der Erklärung', hint: 'Der Tag, an dem die Erklärung erstellt oder zuletzt überprüft wurde.' })),
    method: optional(
      line({
        label: 'Methode der Bewertung',
        hint: 'Zum Beispiel „Selbstbewertung“ oder „Prüfung durch …“ mit dem Namen der prüfenden Stelle.',
        max: 300,
      }),
    ),
    nonAccessible: optional(
      text({
        label: 'Nicht barrierefreie Inhalte',
        hint: 'Welche Inhalte nicht barrierefrei sind und warum. Nur leer lassen, wenn die Website vollständig vereinbar ist.',
        max: 2000,
      }),
    ),
    enforcement: optional(
      text({
        label: 'Durchsetzungsverfahren',
        hint: 'Bezeichnung, Anschrift und Kontaktdaten der Stelle, an die sich Menschen in Sachsen wenden können, wenn ihre Rückmeldung zur Barrierefreiheit nicht beantwortet wurde.',
        max: 600,
      }),
    ),
  },
});

const openData = object({
  label: 'Offene Daten',
  hint: 'Die Lizenz der Datensätze auf der Seite „Offene Daten“. Ohne sie wird die Website nicht veröffentlicht.',
  fields: {
    licence: optional(
      line({
        label: 'Lizenz',
        hint: 'Der Name der Lizenz, zum Beispiel „Datenlizenz Deutschland – Namensnennung – Version 2.0“.',
        max: 200,
      }),
    ),
    licenceUrl: optional(url({ label: 'Adresse des Lizenztextes', hint: 'Wo der Text der Lizenz steht.' })),
  },
});

export const settings = describeCollection({
  name: 'settings',
  label: 'Einstellungen',
  labelSingular: 'Einstellungen',
  singleton: { id: 'site', label: 'Einstellungen der Website' },
  format: 'yaml',
  hint: 'Name der Website, Hauptmenü und die Angaben zum Anbieter, die Impressum, Datenschutzerklärung, Erklärung zur Barrierefreiheit und offene Daten brauchen.',
  summaryField: 'siteName',
  fields: {
    siteName: line({ label: 'Name der Website', max: 120 }),
    shortName: line({ label: 'Kurzname', max: 20 }),
    publisher: optional(
      line({
        label: 'Herausgeber',
        hint: 'Die Stelle, die die Website herausgibt (Impressum, Datenschutzerklärung, offene Daten).',
        max: 200,
      }),
    ),
    contactEmail: optional(
      email({ label: 'Kontakt-E-Mail', hint: 'Die Adresse für Fragen und Hinweise; sie steht auf jeder Seite unten.' }),
    ),
    operator: optional(operator),
    privacy: optional(privacy),
    accessibility: optional(accessibility),
    openData: optional(openData),
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
