/** What the open data sets of all content types share: how a partial date is explained, absolute addresses. */
import { absoluteUrl } from '../../lib/seo/meta.ts';
import { href } from '../../lib/url.ts';

export const DATE_NOTE = 'JJJJ-MM-TT, JJJJ-MM oder JJJJ, je nachdem, wie genau es bekannt ist; leer, wenn unbekannt';

/** A site path as the absolute address a record links to (root-relative when the site has no address). */
export const recordUrl = (path: string, site: URL | undefined) => absoluteUrl(href(path), site) ?? href(path);
