import { describe, expect, it } from 'vitest';
import type { HeaderRule } from './headers-file.ts';
import { nginxLocations } from './nginx.ts';

const rules: HeaderRule[] = [
  { path: '/*', headers: [['X-Frame-Options', 'DENY']] },
  { path: '/', headers: [['Content-Security-Policy', "default-src 'self'"]] },
  { path: '/suche/*', headers: [['Content-Security-Policy', "default-src 'self'; script-src 'self' \"x\""]] },
];

describe('nginxLocations', () => {
  const conf = nginxLocations(rules, ['erzeugt']);

  it('turns the catch-all into the fallback location and repeats the common headers in every block', () => {
    expect(conf).toContain('location / {\n    add_header X-Frame-Options "DENY" always;\n}');
    expect(conf).toContain(
      'location = / {\n    add_header X-Frame-Options "DENY" always;\n    add_header Content-Security-Policy "default-src \'self\'" always;\n}',
    );
  });

  it('makes folder rules prefix locations and escapes quotes', () => {
    expect(conf).toContain('location /suche/ {');
    expect(conf).toContain('add_header Content-Security-Policy "default-src \'self\'; script-src \'self\' \\"x\\"" always;');
  });

  it('gives the catch-all (only missing addresses reach it) the headers of the 404 page, CSP included', () => {
    const withNotFound: HeaderRule[] = [
      { path: '/*', headers: [['X-Frame-Options', 'DENY']] },
      { path: '/404.html', headers: [['Content-Security-Policy', "default-src 'self'"]] },
      { path: '/favicon.svg', headers: [['Content-Security-Policy', "default-src 'self'"]] },
    ];
    const out = nginxLocations(withNotFound);
    expect(out).toContain('location / {\n    add_header X-Frame-Options "DENY" always;\n    add_header Content-Security-Policy "default-src \'self\'" always;\n}');
    expect(out).toContain('location = /favicon.svg {');
  });

  it('starts with the comment and rejects patterns nginx locations cannot express', () => {
    expect(conf.startsWith('# erzeugt\n')).toBe(true);
    expect(() => nginxLocations([{ path: '/kommunen/:ort/', headers: [] }])).toThrow(/nicht unterstützt/);
  });
});
