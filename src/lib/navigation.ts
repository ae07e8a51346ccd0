/** Which main-navigation item belongs to the current page, and what the start page is called in links to it. */

/** The start page's name in breadcrumbs and lists of ways into the site. */
export const HOME_LABEL = 'Startseite';

/**
 * aria-current for a navigation item: "page" on the item's own page, "true" on pages inside its section
 * (an article below "Aktuelles"), nothing elsewhere. Both are site paths without the base.
 */
export function currentState(currentPath: string, itemPath: string): 'page' | 'true' | undefined {
  const norm = (p: string) => (p.endsWith('/') ? p : `${p}/`);
  const here = norm(currentPath);
  const item = norm(itemPath);
  if (here === item) return 'page';
  if (item !== '/' && here.startsWith(item)) return 'true';
  return undefined;
}
