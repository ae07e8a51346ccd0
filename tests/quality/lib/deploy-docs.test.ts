/**
 * docs/deploy/ is followed by operators step by step, so what it says is held against the code: the commands
 * exist, the nginx snippet is made without npm's banner, the admin CSP it describes is the one
 * src/lib/security/admin-sources.ts derives. (tests/deploy-verify.test.ts runs nginx.conf itself.)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { adminSources } from '../../../src/lib/security/admin-sources.ts';
import { COMMON_HEADERS } from '../../../src/lib/security/policy.ts';
import { projectRoot } from '../../support/project.ts';

const readme = readFileSync(path.join(projectRoot, 'docs/deploy/README.md'), 'utf8');
const nginxConf = readFileSync(path.join(projectRoot, 'docs/deploy/nginx.conf'), 'utf8');
const scripts = (JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

describe('docs/deploy', () => {
  it('names only npm scripts that exist', () => {
    const named = [...`${readme}\n${nginxConf}`.matchAll(/npm run (?:--silent )?([\w:-]+)/g)].map((m) => m[1]!);
    expect(named.length).toBeGreaterThan(3);
    expect(named.filter((name) => !(name in scripts))).toEqual([]);
  });

  it('writes the nginx snippet with --silent wherever its output goes into a file', () => {
    const redirected = [...`${readme}\n${nginxConf}`.matchAll(/npm run[^\n>]*headers:nginx[^\n]*>/g)].map((m) => m[0]);
    expect(redirected.length).toBeGreaterThan(0);
    expect(redirected.filter((line) => !line.includes('--silent'))).toEqual([]);
  });

  it('uses the listen form nginx 1.22 understands, and allows only TLS 1.2 and 1.3', () => {
    expect(nginxConf).not.toMatch(/^\s*http2 on;/m);
    expect(nginxConf).toMatch(/^\s*listen 443 ssl http2;/m);
    expect(nginxConf).toMatch(/^\s*ssl_protocols TLSv1\.2 TLSv1\.3;/m);
  });

  it('describes the admin CSP as the CMS_* variables make it', () => {
    expect(readme).not.toContain('GITHUB_ADMIN');
    const row = (backend: string) => readme.split('\n').find((line) => line.startsWith(`  | \`CMS_BACKEND=${backend}\``)) ?? '';
    const github = adminSources({ name: 'github', repo: 'a/b', branch: 'main', base_url: 'https://oauth.example' });
    for (const origin of [...github.connectSrc, ...github.imgSrc]) expect(row('github')).toContain(origin);
    const gitlab = adminSources({ name: 'gitlab', repo: 'a/b', branch: 'main', auth_type: 'pkce', app_id: 'x' });
    for (const origin of gitlab.imgSrc.filter((o) => !o.includes('gitlab.com'))) expect(row('gitlab')).toContain(origin);
    expect(adminSources(undefined)).toEqual({ connectSrc: [], imgSrc: [] });
    expect(readme).toMatch(/\| keinen `CMS_\*`-Variablen \| – \(nur `'self'`\)/);
  });

  it('lists every header each response gets with the value policy.ts sends (HSTS with subdomains, CORP)', () => {
    for (const [name, value] of COMMON_HEADERS) {
      if (name === 'Permissions-Policy') continue; // shown shortened in the table
      expect(readme, name).toContain(`| \`${name}\` | \`${value}\` |`);
    }
  });

  it('says the build stops on inline code that is not the site’s own, and that the local CMS backend is never published', () => {
    expect(readme).toContain('src/lib/security/own-inline.ts');
    expect(readme).toMatch(/bricht der\s+Build ab/);
    expect(readme).toMatch(/CMS_LOCAL_BACKEND[\s\S]{0,300}Build für die Veröffentlichung/);
  });

  it('offers only the TLS suites and curves of BSI TR-02102-2 (ECDHE with AES-GCM or AES-CBC/SHA-2; TLS 1.3 AES suites)', () => {
    const value = (directive: string) => new RegExp(`^\\s*${directive}\\s+([^;]+);`, 'm').exec(nginxConf)?.[1]?.trim() ?? '';
    const tls12 = value('ssl_ciphers').split(':');
    expect(tls12.length).toBeGreaterThan(0);
    for (const suite of tls12) expect(suite).toMatch(/^ECDHE-(?:ECDSA|RSA)-AES(?:128|256)-(?:GCM-SHA256|GCM-SHA384|SHA256|SHA384)$/);
    const tls13 = value('ssl_conf_command Ciphersuites').split(':');
    for (const suite of tls13) expect(['TLS_AES_128_GCM_SHA256', 'TLS_AES_256_GCM_SHA384', 'TLS_AES_128_CCM_SHA256']).toContain(suite);
    for (const curve of value('ssl_ecdh_curve').split(':')) expect(['secp256r1', 'prime256v1', 'secp384r1', 'secp521r1', 'brainpoolP256r1', 'brainpoolP384r1', 'brainpoolP512r1']).toContain(curve);
    expect(value('ssl_session_tickets')).toBe('off');
  });
});
