/** /apple-touch-icon.png, made at build time from the ASSKomm mark (src/lib/images/icons.ts). */
import type { APIRoute } from 'astro';
import { iconResponse } from '../lib/images/icons.ts';

export const GET: APIRoute = () => iconResponse('apple-touch-icon.png');
