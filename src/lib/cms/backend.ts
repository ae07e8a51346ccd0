/**
 * Where the CMS reads and writes, chosen by environment variables when the site is built
 * (see docs/cms-setup.md):
 *
 *   CMS_LOCAL_BACKEND=http://localhost:8081/api/v1   decap-server on this computer (set by `npm run cms`)
 *   CMS_BACKEND=github  CMS_REPO=owner/name  CMS_BASE_URL=https://oauth.example  [CMS_AUTH_ENDPOINT] [CMS_BRANCH]
 *   CMS_BACKEND=gitlab  CMS_REPO=group/name  CMS_APP_ID=…  [CMS_BASE_URL [CMS_API_ROOT]] [CMS_BRANCH]
 *
 * Without any of them /admin/ explains that the CMS is not set up yet. A variable that is set but wrong
 * stops the build with a German message instead of shipping a CMS that cannot log in.
 */
import { isPublicationBuild } from '../deploy/publication.ts';
import type { CmsOptions } from './config.ts';
import type { CmsBackend } from './types.ts';

export type Env = Record<string, string | undefined>;

export type CmsSetup = { ready: true; options: CmsOptions } | { ready: false; reason: string };

export class CmsSetupError extends Error {
  constructor(message: string) {
    super(`Einrichtung des CMS: ${message} (siehe docs/cms-setup.md)`);
    this.name = 'CmsSetupError';
  }
}

const REPO = /^[\w.-]+(\/[\w.-]+)+$/;

function httpsUrl(env: Env, key: string): string | undefined {
  const v = env[key]?.trim();
  if (!v) return undefined;
  if (!/^https:\/\/[^\s/]+/.test(v)) throw new CmsSetupError(`${key} muss eine Adresse sein, die mit „https://“ beginnt, nicht „${v}“.`);
  return v.replace(/\/+$/, '');
}

function need(env: Env, key: string, what: string): string {
  const v = env[key]?.trim();
  if (!v) throw new CmsSetupError(`${key} fehlt (${what}).`);
  return v;
}

function repo(env: Env): string {
  const v = need(env, 'CMS_REPO', 'das Repository, zum Beispiel „lpr-sachsen/asskomm-website“');
  if (!REPO.test(v)) throw new CmsSetupError(`CMS_REPO „${v}“ hat nicht die Form „besitzer/name“.`);
  return v;
}

function gitBackend(env: Env, name: string): CmsBackend {
  const branch = env.CMS_BRANCH?.trim() || 'main';
  if (name === 'github') {
    const baseUrl = httpsUrl(env, 'CMS_BASE_URL');
    if (!baseUrl) throw new CmsSetupError('CMS_BASE_URL fehlt (die Adresse des OAuth-Vermittlers für GitHub).');
    // Decap accepts the login message only from exactly this origin, so a path here would fail silently.
    if (new URL(baseUrl).origin !== baseUrl) {
      throw new CmsSetupError(`CMS_BASE_URL „${baseUrl}“ darf keinen Pfad enthalten; der Pfad gehört in CMS_AUTH_ENDPOINT.`);
    }
    const authEndpoint = env.CMS_AUTH_ENDPOINT?.trim();
    return { name: 'github', repo: repo(env), branch, base_url: baseUrl, ...(authEndpoint ? { auth_endpoint: authEndpoint } : {}) };
  }
  if (name === 'gitlab') {
    const baseUrl = httpsUrl(env, 'CMS_BASE_URL');
    // Decap's GitLab API default is gitlab.com's, whatever the base URL: an own instance needs both.
    const apiRoot = httpsUrl(env, 'CMS_API_ROOT') ?? (baseUrl ? `${baseUrl}/api/v4` : undefined);
    return {
      name: 'gitlab',
      repo: repo(env),
      branch,
      auth_type: 'pkce',
      app_id: need(env, 'CMS_APP_ID', 'die Application ID der OAuth-Anwendung in GitLab'),
      ...(baseUrl ? { base_url: baseUrl } : {}),
      ...(apiRoot ? { api_root: apiRoot } : {}),
    };
  }
  throw new CmsSetupError(`CMS_BACKEND „${name}“ kennt das Projekt nicht. Erlaubt sind „github“ und „gitlab“.`);
}

export function cmsSetupFromEnv(env: Env): CmsSetup {
  const siteUrl = env.SITE_URL?.trim() || undefined;
  const site = siteUrl ? { siteUrl } : {};
  const local = env.CMS_LOCAL_BACKEND?.trim();
  if (local) {
    // The local backend writes straight into the files of one computer; a public site must never point to it.
    if (env.CMS_BACKEND?.trim()) {
      throw new CmsSetupError(
        `CMS_LOCAL_BACKEND und CMS_BACKEND sind beide gesetzt. Für „npm run cms“ nur CMS_LOCAL_BACKEND, für die Veröffentlichung nur CMS_BACKEND setzen.`,
      );
    }
    if (isPublicationBuild(env)) {
      throw new CmsSetupError(
        `CMS_LOCAL_BACKEND ist in einem Build für die Veröffentlichung (SITE_URL „${siteUrl}“) nicht erlaubt: das CMS der öffentlichen Seite würde auf einen Dienst auf dem Rechner der Besucher zeigen. Die Variable entfernen und CMS_BACKEND einrichten.`,
      );
    }
    if (!/^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?\//.test(local)) {
      throw new CmsSetupError(`CMS_LOCAL_BACKEND muss auf diesen Rechner zeigen (http://localhost:…), nicht „${local}“.`);
    }
    return {
      ready: true,
      options: { backend: { name: 'proxy', proxy_url: local, branch: 'main' }, localBackendUrl: local, ...site },
    };
  }
  const name = env.CMS_BACKEND?.trim();
  if (!name) {
    return {
      ready: false,
      reason:
        'Für diese Installation ist noch nicht festgelegt, wo das CMS speichert. Die Einrichtung beschreibt docs/cms-setup.md; zum Bearbeiten auf dem eigenen Rechner dient „npm run cms“.',
    };
  }
  return { ready: true, options: { backend: gitBackend(env, name), ...site } };
}
