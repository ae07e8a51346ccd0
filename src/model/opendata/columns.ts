/** What the open data sets of all content types share: how a partial date is explained, absolute addresses. */
import { absoluteUrl } from '../../lib/seo/meta.ts';
import { href } from '../../lib/url.ts';

export const DATE_NOTE = 'als Jahr-Monat-Tag wie 2023-08-09, als Jahr-Monat wie 2023-08 oder nur als Jahr, je nachdem, wie genau es bekannt ist; leer, wenn unbekannt';

/** A site path as the absolute address a record links to (root-relative when the site has no address). */
export const recordUrl = (path: string, site: URL | undefined) => absoluteUrl(href(path), site) ?? href(path);
