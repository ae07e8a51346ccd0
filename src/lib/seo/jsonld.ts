/**
 * Structured data (schema.org as JSON-LD) built from the content. Pure functions: the layout serialises
 * the objects with serializeJsonLd() into <script type="application/ld+json">.
 */

export type JsonLd = Record<string, unknown>;

export interface Crumb {
  name: string;
  /** Absolute URL. */
  url: string;
}

export function breadcrumbList(crumbs: Crumb[]): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => ({ '@type': 'ListItem', position: i + 1, name: c.name, item: c.url })),
  };
}

export interface OrganizationInput {
  name: string;
  /** Absolute URL of the site's start page. */
  url: string;
  email?: string;
}

export function organization(o: OrganizationInput): JsonLd {
  return {
    '@type': 'GovernmentOrganization',
    name: o.name,
    url: o.url,
    ...(o.email ? { email: o.email } : {}),
  };
}

export interface WebSiteInput {
  name: string;
  alternateName: string;
  url: string;
  publisher: OrganizationInput;
  /** Absolute URL of the search page, to which "?q=" is appended. */
  searchUrl?: string;
}

export function webSite(w: WebSiteInput): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: w.name,
    alternateName: w.alternateName,
    url: w.url,
    inLanguage: 'de-DE',
    publisher: organization(w.publisher),
    ...(w.searchUrl
      ? {
          potentialAction: {
            '@type': 'SearchAction',
            target: { '@type': 'EntryPoint', urlTemplate: `${w.searchUrl}?q={search_term_string}` },
            'query-input': 'required name=search_term_string',
          },
        }
      : {}),
  };
}

export interface NewsArticleInput {
  headline: string;
  description: string;
  /** YYYY-MM-DD, the publication day. */
  datePublished: string;
  /** Absolute URL of the article page. */
  url: string;
  /** The article's images: absolute URLs, or ImageObjects with caption and credit (photos). */
  images?: (string | object)[];
  /** Left out while the settings name no publisher (a local build only). */
  publisher?: OrganizationInput | undefined;
  /** Names of the places (towns) the article is about. */
  places?: string[];
  keywords?: string[];
}

export function newsArticle(a: NewsArticleInput): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: a.headline,
    description: a.description,
    datePublished: a.datePublished,
    inLanguage: 'de-DE',
    url: a.url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': a.url },
    ...(a.images && a.images.length > 0 ? { image: a.images } : {}),
    ...(a.publisher ? { author: organization(a.publisher), publisher: organization(a.publisher) } : {}),
    ...(a.places && a.places.length > 0
      ? { contentLocation: a.places.map((name) => ({ '@type': 'Place', name })) }
      : {}),
    ...(a.keywords && a.keywords.length > 0 ? { keywords: a.keywords.join(', ') } : {}),
  };
}

/**
 * JSON for a <script> element: "<" is escaped so no text from the content (a title containing
 * "</script>") can end the element early. U+2028/2029 are escaped for old parsers.
 */
export function serializeJsonLd(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
