/**
 * The printable notice ("Aushang") of an event: its QR code, computed at build time by the qrcode library
 * and drawn as one SVG path (no script, no image request), and the time line a notice board shows.
 */
import QRCode from 'qrcode';
import type { EventEntry } from '../store.ts';
import { eventTimeText } from './text.ts';

export interface QrPath {
  /** Side length in modules, quiet zone included. */
  size: number;
  /** SVG path data: one unit square per dark module. */
  d: string;
}

/** The QR code of `text` (error correction M, 4 modules quiet zone) as path data for a square viewBox. */
export function qrPath(text: string, quiet = 4): QrPath {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const parts: string[] = [];
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col)) parts.push(`M${col + quiet} ${row + quiet}h1v1h-1z`);
    }
  }
  return { size: modules.size + 2 * quiet, d: parts.join('') };
}

/** "10:00 bis 12:00 Uhr"; without a time "Uhrzeit folgt", or once the day is over "Uhrzeit nicht bekannt". */
export function noticeTimeText(e: Pick<EventEntry['data'], 'startTime' | 'endTime'>, past: boolean): string {
  return e.startTime || past ? eventTimeText(e, past) : 'Uhrzeit folgt';
}
