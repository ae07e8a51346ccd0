/**
 * An entry's id is its file name without the extension, exactly as Decap CMS stores it in relation fields
 * (`{{slug}}`). Astro's glob loader is told to use the same rule, so references always match.
 */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function entryId(fileName: string): string {
  const base = fileName.split('/').pop() ?? fileName;
  return base.replace(/\.[^.]+$/, '');
}
