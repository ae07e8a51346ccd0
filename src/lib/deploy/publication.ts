/**
 * Which build is a build for publication. One rule, used by everything that must behave differently when
 * the result goes public (operator data must be complete, no placeholder, no local CMS backend):
 * SITE_URL names a public https address, i.e. neither missing, nor the stand-in `asskomm.example` used by
 * local builds and tests, nor a loopback address. The deploy workflow sets SITE_URL to the Pages address.
 */
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);
export const STAND_IN_SITE = 'https://asskomm.example';

export function isPublicationBuild(env: Record<string, string | undefined> = process.env): boolean {
  const raw = env.SITE_URL?.trim();
  if (!raw) return false;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:') return false;
  if (LOCAL_HOSTS.has(url.hostname) || url.hostname.endsWith('.localhost')) return false;
  return url.hostname !== new URL(STAND_IN_SITE).hostname;
}
