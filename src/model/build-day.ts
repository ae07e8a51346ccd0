import { berlinToday } from '../lib/format/dates.ts';

/**
 * The build day in Berlin (YYYY-MM-DD): what "upcoming", "past" and "published" are measured against.
 * BUILD_DATE=YYYY-MM-DD pins it (for reproducible builds and tests).
 */
export function buildDay(): string {
  return process.env.BUILD_DATE || berlinToday();
}
