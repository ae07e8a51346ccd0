/**
 * What Pagefind is asked to find for a query: the query without German function words ("statt", "und",
 * "für", "der" …). Pagefind has no stop words of its own: it looks up every word of a query, and all of
 * them must occur. A word like "statt" adds nothing to "Glänzen statt schwänzen" but costs a whole index
 * chunk to load (with 10,000 articles about 60 KB, most of the 300 KB budget of a first query).
 *
 * The list is ours on purpose: the ready-made German lists (e.g. the npm package `stopword`) also drop
 * content words that matter on this site, such as "Ordnung", "Recht", "Menschen", "Jahr" or "neue".
 * Only articles, pronouns, prepositions, conjunctions and auxiliary verbs are listed here.
 */
const FUNCTION_WORDS = new Set(
  (
    'der die das des dem den ein eine einer eines einem einen ' +
    'und oder aber sondern sowie denn doch als wie ob dass daß weil wenn ' +
    'in im ins an am ans auf aus bei beim mit nach von vom vor zu zum zur über unter um durch für gegen ohne ' +
    'bis seit statt anstatt während wegen trotz zwischen neben hinter ab ' +
    'ich du er sie es wir ihr man sich mich dich uns euch ihm ihn ihnen ' +
    'ist sind war waren wird werden wurde wurden hat haben hatte hatten sein sei ' +
    'auch noch nur schon sehr so nicht kein keine'
  ).split(' '),
);

/** A word without the punctuation around it, lower-cased (as it is compared with the list). */
const bare = (word: string) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').toLocaleLowerCase('de');

/**
 * The query as Pagefind gets it. Quoted phrases stay as typed (every word counts there), and a query of
 * function words only ("und", "für die") is kept whole rather than becoming empty.
 */
export function searchTerms(query: string): string {
  const q = query.trim();
  if (q.includes('"')) return q;
  const words = q.split(/\s+/).filter(Boolean);
  const kept = words.filter((w) => !FUNCTION_WORDS.has(bare(w)));
  return kept.length > 0 ? kept.join(' ') : q;
}
