/**
 * The one share-card template (Open Graph image, 1200×630): what the page is (eyebrow), its title in up to
 * three lines, date or place, and the ASSKomm band with wordmark, full name and mark. Colours and typeface
 * are the site's (KERN green and neutrals, Fira Sans).
 *
 * Bump TEMPLATE_VERSION with every visible change: it is part of the cache key (src/lib/og/render.ts).
 */
import { MARK_SVG } from '../images/icons.ts';
import { loadFont } from './fonts.ts';
import { wrapText } from './wrap.ts';

export const TEMPLATE_VERSION = 1;
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export interface ShareCardContent {
  /** What kind of page this is: "Aktuelles", "Termin", "Kampagne", "Stadt" … */
  eyebrow: string;
  title: string;
  /** Date or place, one line. */
  meta?: string | undefined;
  brand: { shortName: string; siteName: string };
}

/** Colours (sRGB of the KERN tokens in src/styles/tokens.css). */
const C = {
  background: '#ffffff',
  text: '#131525', // neutral-950
  muted: '#51577a', // neutral-650
  accent: '#005916', // green-700
  band: '#00400a', // green-800
  bandText: '#ffffff',
  bandMuted: '#cfe7d2', // green-100
};

const MARGIN = 80;
const TEXT_WIDTH = CARD_WIDTH - 2 * MARGIN;
const STRIPE = 12;
const BAND = 108;
const BAND_TOP = CARD_HEIGHT - BAND;

/** Title sizes tried in turn: the largest that fits in three lines wins. */
const TITLE_SIZES = [66, 58, 52] as const;
const TITLE_LINES = 3;
const EYEBROW_SIZE = 28;
const META_SIZE = 32;

function titleLayout(title: string) {
  const font = loadFont('semibold');
  for (const size of TITLE_SIZES) {
    const wrapped = wrapText(title, { maxWidth: TEXT_WIDTH, maxLines: TITLE_LINES, measure: (t) => font.measure(t, size) });
    if (!wrapped.truncated || size === TITLE_SIZES[TITLE_SIZES.length - 1]) return { size, ...wrapped };
  }
  throw new Error('unreachable');
}

function oneLine(text: string, weight: 'regular' | 'semibold', size: number, maxWidth = TEXT_WIDTH): string {
  const font = loadFont(weight);
  return wrapText(text, { maxWidth, maxLines: 1, measure: (t) => font.measure(t, size) }).lines[0] ?? '';
}

/** The mark, nested as its own SVG (viewBox 0 0 512 512). */
function mark(x: number, y: number, size: number): string {
  const inner = MARK_SVG.replace(/^[\s\S]*?<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');
  return `<svg x="${x}" y="${y}" width="${size}" height="${size}" viewBox="0 0 512 512">${inner}</svg>`;
}

export function shareCardSvg(card: ShareCardContent): string {
  const regular = loadFont('regular');
  const semibold = loadFont('semibold');
  const bold = loadFont('bold');

  const title = titleLayout(card.title);
  const lineHeight = Math.round(title.size * 1.18);
  const eyebrow = oneLine(card.eyebrow, 'semibold', EYEBROW_SIZE);
  const meta = card.meta ? oneLine(card.meta, 'regular', META_SIZE) : '';

  // Baselines relative to the top of the text block, then the block is centred between stripe and band.
  const eyebrowBase = semibold.capHeight(EYEBROW_SIZE);
  const firstTitleBase = eyebrowBase + 30 + semibold.capHeight(title.size);
  const lastTitleBase = firstTitleBase + (title.lines.length - 1) * lineHeight;
  const metaBase = lastTitleBase + Math.round(title.size * 0.28) + 30 + regular.capHeight(META_SIZE);
  const blockHeight = (meta ? metaBase : lastTitleBase) + 10;
  const top = Math.round(STRIPE + (BAND_TOP - STRIPE - blockHeight) / 2);

  const paths: string[] = [
    `<path fill="${C.accent}" d="${semibold.path(eyebrow, MARGIN, top + eyebrowBase, EYEBROW_SIZE)}"/>`,
    ...title.lines.map(
      (l, i) => `<path fill="${C.text}" d="${semibold.path(l, MARGIN, top + firstTitleBase + i * lineHeight, title.size)}"/>`,
    ),
  ];
  if (meta) paths.push(`<path fill="${C.muted}" d="${regular.path(meta, MARGIN, top + metaBase, META_SIZE)}"/>`);

  // The band: wordmark "ASSKomm", the full name, the mark on the right.
  const markSize = 64;
  const bandBase = BAND_TOP + BAND / 2 + bold.capHeight(40) / 2;
  const wordmarkWidth = bold.measure(card.brand.shortName, 40);
  const nameX = MARGIN + wordmarkWidth + 28;
  const name = oneLine(card.brand.siteName, 'regular', 28, CARD_WIDTH - MARGIN - markSize - 32 - nameX);
  paths.push(
    `<path fill="${C.bandText}" d="${bold.path(card.brand.shortName, MARGIN, bandBase, 40)}"/>`,
    `<path fill="${C.bandMuted}" d="${regular.path(name, nameX, bandBase, 28)}"/>`,
  );

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">`,
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${C.background}"/>`,
    `<rect width="${CARD_WIDTH}" height="${STRIPE}" fill="${C.accent}"/>`,
    `<rect y="${BAND_TOP}" width="${CARD_WIDTH}" height="${BAND}" fill="${C.band}"/>`,
    ...paths,
    mark(CARD_WIDTH - MARGIN - markSize, BAND_TOP + (BAND - markSize) / 2, markSize),
    '</svg>',
  ].join('');
}
