import { describe, expect, it } from 'vitest';
import { adminSources } from './admin-sources.ts';

describe('adminSources', () => {
  it('allows GitHub’s API and avatars for the GitHub backend, not the OAuth helper (a popup)', () => {
    expect(adminSources({ name: 'github', repo: 'lpr/asskomm', branch: 'main', base_url: 'https://oauth.example' })).toEqual({
      connectSrc: ['https://api.github.com'],
      imgSrc: ['https://avatars.githubusercontent.com'],
    });
  });

  it('allows a self-hosted GitLab’s origin for API and token', () => {
    expect(
      adminSources({ name: 'gitlab', repo: 'lpr/asskomm', branch: 'main', auth_type: 'pkce', app_id: 'x', base_url: 'https://git.sachsen.example', api_root: 'https://git.sachsen.example/api/v4' }),
    ).toEqual({ connectSrc: ['https://git.sachsen.example'], imgSrc: ['https://git.sachsen.example', 'https://secure.gravatar.com'] });
    expect(adminSources({ name: 'gitlab', repo: 'a/b', branch: 'main', auth_type: 'pkce', app_id: 'x' }).connectSrc).toEqual(['https://gitlab.com']);
  });

  it('allows the local decap-server only when the build is made for local editing', () => {
    expect(adminSources({ name: 'proxy', proxy_url: 'http://localhost:8081/api/v1', branch: 'main' })).toEqual({ connectSrc: ['http://localhost:8081'], imgSrc: [] });
  });

  it('allows nothing foreign when no CMS is set up', () => {
    expect(adminSources(undefined)).toEqual({ connectSrc: [], imgSrc: [] });
  });
});
