/**
 * The origins the CMS on /admin/ talks to, from the same backend setting that configures the CMS
 * (src/lib/cms/backend.ts, chosen by environment variables at build time): the admin CSP allows exactly those.
 * Signing in happens in a popup (navigation, not fetch) and needs no entry.
 */
import type { CmsBackend } from '../cms/types.ts';
import type { AdminOptions } from './policy.ts';

const origin = (url: string) => new URL(url).origin;

export function adminSources(backend: CmsBackend | undefined): AdminOptions {
  if (!backend) return { connectSrc: [], imgSrc: [] };
  switch (backend.name) {
    case 'proxy':
      // decap-server on the editor's own computer (npm run cms).
      return { connectSrc: [origin(backend.proxy_url)], imgSrc: [] };
    case 'github':
      return { connectSrc: ['https://api.github.com'], imgSrc: ['https://avatars.githubusercontent.com'] };
    case 'gitlab': {
      const api = origin(backend.api_root ?? 'https://gitlab.com/api/v4');
      // PKCE: the token is fetched from the GitLab instance itself.
      const auth = origin(backend.base_url ?? 'https://gitlab.com');
      return { connectSrc: [...new Set([api, auth])], imgSrc: [...new Set([api, auth, 'https://secure.gravatar.com'])] };
    }
  }
}
