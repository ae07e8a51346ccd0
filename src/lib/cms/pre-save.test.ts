import { describe, expect, it } from 'vitest';
import { collectionDescriptions } from '../../model/registry.ts';
import { buildEntryRules } from './config.ts';
import { checkTools } from './entry-check.ts';
import { asSaved, planSave } from './pre-save.ts';

const rules = buildEntryRules();

const tools = checkTools;

/** An event as Decap writes it when the editor touched and emptied a few optional fields. */
const eventFromCms = {
  title: 'Informationstag Schulabsentismus',
  kind: 'Informationstag',
  summary: '',
  date: '2026-05-12',
  startTime: '14:00',
  endTime: '',
  venue: { name: '', street: 'Hauptstraße 1', postcode: '', city: 'Heidenau' },
  audience: [],
  town: 'heidenau',
  campaign: '',
  registrationUrl: '',
  sources: [{ title: 'Aushang im Rathaus', url: '', date: '' }],
};

describe('planSave', () => {
  it('leaves out emptied optional fields, so the file passes the content schema', () => {
    const before = collectionDescriptions.events.schema(tools).safeParse(eventFromCms);
    expect(before.success).toBe(false);
    expect(planSave(eventFromCms, rules.events!).problems).toEqual([]);
    const saved = asSaved(eventFromCms, rules.events!);
    expect(saved).toEqual({
      title: 'Informationstag Schulabsentismus',
      kind: 'Informationstag',
      date: '2026-05-12',
      startTime: '14:00',
      venue: { street: 'Hauptstraße 1', city: 'Heidenau' },
      audience: [],
      town: 'heidenau',
      sources: [{ title: 'Aushang im Rathaus' }],
    });
    expect(collectionDescriptions.events.schema(tools).safeParse(saved).success).toBe(true);
  });

  it('never removes a required field, even when empty (Decap refuses those before saving)', () => {
    const plan = planSave({ ...eventFromCms, title: '' }, rules.events!);
    expect(plan.edits).not.toContainEqual({ op: 'delete', path: ['title'] });
  });

  /** An article as Decap hands it over, with the title image as given. */
  const articleWith = (hero: Record<string, string>) => ({ title: 'Titel', date: '2026-01-02', lead: 'Vorspann.', hero, body: 'Text' });

  it('leaves out an optional group that was left completely empty', () => {
    const article = { ...articleWith({ src: '', alt: '', caption: '', credit: '' }), topics: [], draft: false };
    const plan = planSave(article, rules.articles!);
    expect(plan).toEqual({ edits: [{ op: 'delete', path: ['hero'] }], problems: [] });
  });

  it('refuses a half-filled optional group and names the missing fields in German', () => {
    const plan = planSave(articleWith({ src: '../media/bild.jpg', alt: '', caption: '', credit: '' }), rules.articles!);
    expect(plan.problems).toEqual([
      '„Titelbild“ ist nur teilweise ausgefüllt: Bitte auch „Alternativtext“, „Bildunterschrift“ und „Bildnachweis“ ausfüllen – oder alle Felder von „Titelbild“ leeren.',
    ]);
  });

  it('makes the MDX body safe, and only for MDX collections', () => {
    const plan = planSave({ title: 'T', body: 'Kinder < 6 Jahre {ca. 5 €}' }, rules.articles!);
    expect(plan.edits).toContainEqual({ op: 'set', path: ['body'], value: 'Kinder \\< 6 Jahre \\{ca. 5 €\\}' });
    expect(planSave({ name: 'x', body: '{' }, rules.towns!).edits).toEqual([]);
  });

  it('changes nothing in a valid entry', () => {
    const agreement = {
      title: 'Kooperationsvereinbarung Beispielstadt',
      kind: 'Kooperationsvereinbarung',
      towns: ['beispielstadt'],
      date: '2023-08',
      dateUncertain: false,
      signedBy: [{ person: 'erika-muster', role: 'Bürgermeisterin' }],
      present: [],
      sources: [{ title: 'Pressemitteilung', url: 'https://example.org/a', date: '2023-08-09' }],
    };
    expect(planSave(agreement, rules.agreements!)).toEqual({ edits: [], problems: [] });
  });
});
