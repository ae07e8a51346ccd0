/** Where an internal link points: path on our site and fragment, or null for other sites and schemes. */

export interface LinkTarget {
  /** Decoded path, "/kommunen/pirna/". */
  path: string;
  /** Decoded fragment without "#", or null when the link has none. */
  fragment: string | null;
}

const ORIGIN = 'http://site.invalid';

export function resolveLink(href: string, pagePath: string): LinkTarget | null {
  let url: URL;
  try {
    url = new URL(href, new URL(pagePath, ORIGIN));
  } catch {
    return null;
  }
  if (url.origin !== ORIGIN) return null;
  const fragment = url.hash ? safeDecode(url.hash.slice(1)) : href.endsWith('#') ? '' : null;
  return { path: safeDecode(url.pathname), fragment };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Whether a fragment finds its place in a page with these ids (and <a name>s). Per the HTML standard an
 * empty fragment and "top" scroll to the top without any element; text fragments (":~:") are not ids.
 */
export function fragmentResolves(fragment: string, ids: ReadonlySet<string>): boolean {
  if (fragment === '' || fragment.toLowerCase() === 'top' || fragment.startsWith(':~:')) return true;
  return ids.has(fragment);
}
