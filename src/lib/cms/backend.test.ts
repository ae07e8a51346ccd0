import { describe, expect, it } from 'vitest';
import { cmsSetupFromEnv } from './backend.ts';

describe('cmsSetupFromEnv', () => {
  it('without settings, the CMS is not ready and says where the set-up is described', () => {
    const setup = cmsSetupFromEnv({});
    expect(setup.ready).toBe(false);
    expect(!setup.ready && setup.reason).toContain('docs/cms-setup.md');
  });

  it('local editing talks to decap-server and nothing else', () => {
    const url = 'http://localhost:8081/api/v1';
    expect(cmsSetupFromEnv({ CMS_LOCAL_BACKEND: url, SITE_URL: 'http://localhost:4321' })).toEqual({
      ready: true,
      options: { backend: { name: 'proxy', proxy_url: url, branch: 'main' }, localBackendUrl: url, siteUrl: 'http://localhost:4321' },
    });
    expect(() => cmsSetupFromEnv({ CMS_LOCAL_BACKEND: 'https://cms.example.org/api/v1' })).toThrow(/auf diesen Rechner/);
  });

  it('refuses the local backend in a build for publication and next to CMS_BACKEND', () => {
    const url = 'http://127.0.0.1:8081/api/v1';
    expect(() => cmsSetupFromEnv({ CMS_LOCAL_BACKEND: url, SITE_URL: 'https://lpr-sachsen.github.io/asskomm/' })).toThrow(
      /CMS_LOCAL_BACKEND ist in einem Build für die Veröffentlichung .*nicht erlaubt/,
    );
    expect(() =>
      cmsSetupFromEnv({ CMS_LOCAL_BACKEND: url, CMS_BACKEND: 'github', CMS_REPO: 'a/b', CMS_BASE_URL: 'https://o.example' }),
    ).toThrow(/CMS_LOCAL_BACKEND und CMS_BACKEND sind beide gesetzt/);
  });

  it('GitHub: repository, branch and the OAuth proxy', () => {
    const env = {
      CMS_BACKEND: 'github',
      CMS_REPO: 'lpr-sachsen/asskomm-website',
      CMS_BRANCH: 'live',
      CMS_BASE_URL: 'https://oauth.example.org/',
      CMS_AUTH_ENDPOINT: 'auth',
      SITE_URL: 'https://asskomm.example',
    };
    expect(cmsSetupFromEnv(env)).toEqual({
      ready: true,
      options: {
        backend: { name: 'github', repo: 'lpr-sachsen/asskomm-website', branch: 'live', base_url: 'https://oauth.example.org', auth_endpoint: 'auth' },
        siteUrl: 'https://asskomm.example',
      },
    });
  });

  it('GitLab: PKCE with the application id, optionally a self-hosted instance', () => {
    const env = { CMS_BACKEND: 'gitlab', CMS_REPO: 'lpr/asskomm', CMS_APP_ID: 'abc123', CMS_BASE_URL: 'https://git.sachsen.example' };
    expect(cmsSetupFromEnv(env)).toMatchObject({
      ready: true,
      options: {
        backend: {
          name: 'gitlab',
          repo: 'lpr/asskomm',
          branch: 'main',
          auth_type: 'pkce',
          app_id: 'abc123',
          base_url: 'https://git.sachsen.example',
          api_root: 'https://git.sachsen.example/api/v4',
        },
      },
    });
    const gitlabCom = cmsSetupFromEnv({ CMS_BACKEND: 'gitlab', CMS_REPO: 'lpr/asskomm', CMS_APP_ID: 'abc123' });
    expect(gitlabCom.ready && gitlabCom.options.backend).toEqual({ name: 'gitlab', repo: 'lpr/asskomm', branch: 'main', auth_type: 'pkce', app_id: 'abc123' });
  });

  it('stops the build with a German message when a setting is missing or wrong', () => {
    expect(() => cmsSetupFromEnv({ CMS_BACKEND: 'github', CMS_REPO: 'a/b' })).toThrow(/CMS_BASE_URL fehlt/);
    expect(() => cmsSetupFromEnv({ CMS_BACKEND: 'github', CMS_BASE_URL: 'https://o.example' })).toThrow(/CMS_REPO fehlt/);
    expect(() => cmsSetupFromEnv({ CMS_BACKEND: 'gitlab', CMS_REPO: 'a/b' })).toThrow(/CMS_APP_ID fehlt/);
    expect(() => cmsSetupFromEnv({ CMS_BACKEND: 'github', CMS_REPO: 'nur-name', CMS_BASE_URL: 'https://o.example' })).toThrow(/besitzer\/name/);
    expect(() => cmsSetupFromEnv({ CMS_BACKEND: 'github', CMS_REPO: 'a/b', CMS_BASE_URL: 'http://o.example' })).toThrow(/https:\/\//);
    expect(() => cmsSetupFromEnv({ CMS_BACKEND: 'netlify' })).toThrow(/„github“ und „gitlab“/);
    expect(() => cmsSetupFromEnv({ CMS_BACKEND: 'github', CMS_REPO: 'a/b', CMS_BASE_URL: 'https://o.example/oauth' })).toThrow(/CMS_AUTH_ENDPOINT/);
  });
});
