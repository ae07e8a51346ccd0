import { municipalityByAgs } from '../../lib/geo/municipalities.ts';
import { optionLabel } from '../../lib/format/text.ts';
import { describeCollection } from '../collection.ts';
import { source } from '../common.ts';
import { boolean, line, list, object, optional, options, partialDate, references, select, text, url } from '../fields.ts';

export const TOWN_KINDS = options('Stadt', 'Gemeinde', 'Verwaltungsgemeinschaft', 'Städtebund', ['Verbund', 'Verbund mehrerer Kommunen']);

/** Kinds that are one municipality and so have their own AGS. */
export const SINGLE_MUNICIPALITY_KINDS: readonly string[] = ['Stadt', 'Gemeinde'];

/**
 * The milestones of a town, in the order a town takes them. Each is also a step of the town's status (map
 * layers, status lists, open data; src/model/towns/status.ts), named `statusLabel` there when it differs.
 */
export const MILESTONE_KINDS = [
  { value: 'kontaktiert', label: 'Kontakt aufgenommen' },
  { value: 'modellkommune', label: 'Modellkommune' },
  { value: 'praeventionsrat', label: 'Kommunaler Präventionsrat gegründet', statusLabel: 'Kommunaler Präventionsrat' },
  { value: 'coaching', label: 'Coaching' },
  { value: 'sicherheitsanalyse', label: 'Sicherheitsanalyse' },
] as const;

export const milestone = object({
  label: 'Meilenstein',
  fields: {
    kind: select({ label: 'Art', options: MILESTONE_KINDS }),
    date: optional(partialDate({ label: 'Datum', hint: 'Leer lassen, wenn es unbekannt ist.' })),
    dateUncertain: boolean({ label: 'Datum nicht gesichert', default: false }),
    note: optional(text({ label: 'Anmerkung', max: 500 })),
  },
});

export const towns = describeCollection({
  name: 'towns',
  label: 'Kommunen',
  labelSingular: 'Kommune',
  site: { segment: 'kommunen', search: { order: 2 }, shareCard: true },
  format: 'yaml',
  hint: 'Städte, Gemeinden und Verbünde, die bei ASSKomm mitmachen. Der Landkreis ergibt sich aus dem Gemeindeschlüssel.',
  summaryField: 'name',
  fields: {
    name: line({ label: 'Name', hint: 'Amtlicher Name, zum Beispiel „Heidenau“.', max: 120 }),
    kind: select({ label: 'Art', options: TOWN_KINDS }),
    ags: optional(
      line({
        label: 'Amtlicher Gemeindeschlüssel (AGS)',
        hint: '8 Ziffern, zum Beispiel 14628160 für Heidenau. Nur bei Städten und Gemeinden.',
        max: 8,
      }),
    ),
    members: references({
      label: 'Mitgliedskommunen',
      hint: 'Nur bei Verwaltungsgemeinschaften, Städtebünden und Verbünden.',
      collection: 'towns',
    }),
    website: optional(url({ label: 'Website' })),
    milestones: list({ label: 'ASSKomm-Meilensteine', item: milestone }),
    note: optional(text({ label: 'Anmerkung', hint: 'Zum Beispiel, wenn Quellen sich widersprechen.', max: 1000 })),
    sources: list({ label: 'Quellen', item: source }),
  },
  checks(data, report) {
    const single = SINGLE_MUNICIPALITY_KINDS.includes(data.kind);
    if (single && !data.ags) {
      report(['ags'], `fehlt. Eine ${data.kind} braucht ihren Amtlichen Gemeindeschlüssel (8 Ziffern).`);
    }
    if (data.ags !== undefined && !/^\d{8}$/.test(data.ags)) {
      report(['ags'], `„${data.ags}“ ist kein Gemeindeschlüssel: Er besteht aus genau 8 Ziffern.`);
    } else if (data.ags !== undefined && !municipalityByAgs(data.ags)) {
      report(['ags'], `Den Gemeindeschlüssel ${data.ags} gibt es in den Geodaten für Sachsen nicht. Bitte mit dem amtlichen Verzeichnis vergleichen.`);
    } else if (data.ags !== undefined) {
      const m = municipalityByAgs(data.ags);
      if (m && m.name !== data.name && !data.name.startsWith(m.name)) {
        report(['name'], `„${data.name}“ passt nicht zum Gemeindeschlüssel ${data.ags}, der zu „${m.name}“ gehört.`);
      }
    }
    if (!single && data.members.length < 2) {
      report(['members'], `Ein Zusammenschluss (${optionLabel(TOWN_KINDS, data.kind)}) braucht mindestens zwei Mitgliedskommunen.`);
    }
    if (!single && data.ags) {
      report(['ags'], `Ein Zusammenschluss (${optionLabel(TOWN_KINDS, data.kind)}) hat keinen eigenen Gemeindeschlüssel; tragen Sie die Mitgliedskommunen ein.`);
    }
  },
  crossChecks(entries, report) {
    const byAgs = new Map<string, string>();
    const byId = new Map(entries.map((e) => [e.id, e]));
    for (const e of entries) {
      const ags = e.data.ags;
      if (ags) {
        const twin = byAgs.get(ags);
        if (twin) {
          report(e, ['ags'], `Diese Kommune gibt es schon: ${twin} hat denselben Gemeindeschlüssel ${ags}. Bitte nur einen Eintrag je Kommune anlegen.`);
        } else byAgs.set(ags, e.file);
      }
      e.data.members.forEach((m, i) => {
        if (m.id === e.id) report(e, ['members', i], 'Eine Kommune kann nicht ihr eigenes Mitglied sein.');
        else if (byId.get(m.id) && !byId.get(m.id)!.data.ags) {
          report(e, ['members', i], `„${m.id}“ ist selbst ein Verbund. Mitglieder müssen einzelne Städte oder Gemeinden sein.`);
        }
      });
    }
  },
});
