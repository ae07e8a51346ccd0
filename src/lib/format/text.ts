/** Small text helpers shared by every content type: the label of a select value, a list of distinct parts. */

interface Option {
  value: string;
  label: string;
}

/** The German label of a select value; the value itself if it is not among the options. */
export function optionLabel(options: readonly Option[], value: string): string {
  return options.find((o) => o.value === value)?.label ?? value;
}

/**
 * Joins the parts that say something new: "Bürgermeister", "Bürgermeister der Stadt Heidenau" and
 * "Stadt Heidenau" become "Bürgermeister der Stadt Heidenau". Empty parts are dropped.
 */
export function distinctParts(parts: (string | undefined)[]): string {
  const list = parts.filter((p): p is string => !!p && p.trim() !== '');
  const lower = list.map((p) => p.toLocaleLowerCase('de'));
  return list
    .filter((_, i) => !lower.some((q, j) => j !== i && q.includes(lower[i]!) && (q !== lower[i] || j < i)))
    .join(', ');
}
