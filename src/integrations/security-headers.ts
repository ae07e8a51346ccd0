/**
 * Writes `_headers` (security headers for Netlify and Cloudflare Pages) into the build output, after the
 * pages exist, with the Content-Security-Policy of each page's area (src/lib/security/policy.ts).
 *
 * The CSP never trusts content: the only inline scripts and styles it allows by hash are the site's own,
 * known before the build (src/lib/security/own-inline.ts). A built page with any other inline script,
 * <style>, style="" attribute, on…="" handler or javascript: URL stops the build with a German message
 * naming the page — it never gets a hash. JSON-LD and other data blocks are not executed and need none.
 *
 * The file is generated, never kept in public/: a hand-written copy would drift from the build.
 *
 * CSP_META=1 (for hosts that cannot send headers, GitHub Pages) also writes each page's policy into the page as
 * <meta http-equiv>, with the hashes of that page only; frame-ancestors cannot work there and is left out.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cmsSetupFromEnv } from '../lib/cms/backend.ts';
import { adminSources } from '../lib/security/admin-sources.ts';
import { formatHeadersFile } from '../lib/security/headers-file.ts';
import { insertMetaCsp } from '../lib/security/inline.ts';
import { checkPageInlineCode, foreignInlineCodeMessage } from '../lib/security/own-inline.ts';
import { ALWAYS_PRESENT_SECTIONS, areaOf, headerRules, metaContentSecurityPolicy, NOT_FOUND_PAGE, sectionOf, type InlineHashes } from '../lib/security/policy.ts';

export const HEADERS_FILE = '_headers';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.split(path.sep).join('/'))
    .sort();
}

export function securityHeaders(): AstroIntegration {
  let base = '/';
  let root = '';
  return {
    name: 'sicherheits-header',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir, logger }) => {
        if (existsSync(path.join(root, 'public', HEADERS_FILE))) {
          throw new Error(`public/${HEADERS_FILE} bitte löschen: die Datei wird beim Build aus src/lib/security/policy.ts erzeugt.`);
        }
        const outDir = fileURLToPath(dir);
        const found = new Map<string, { scripts: Set<string>; styles: Set<string> }>();
        const pages = htmlFiles(outDir);
        const meta = process.env.CSP_META === '1';
        // The CMS talks to the backend the build configured it for (the same environment variables).
        const setup = cmsSetupFromEnv(process.env);
        const admin = adminSources(setup.ready ? setup.options.backend : undefined);
        // First every page is checked; a page with foreign inline code stops the build before anything is written.
        const checked = pages.map((file) => {
          const html = readFileSync(path.join(outDir, file), 'utf8');
          return { file, html, ...checkPageInlineCode(html) };
        });
        const foreign = new Map(checked.filter((page) => page.foreign.length > 0).map((page) => [page.file, page.foreign] as const));
        if (foreign.size > 0) throw new Error(foreignInlineCodeMessage(foreign));
        for (const { file, html, hashes: own } of checked) {
          const section = found.get(sectionOf(file)) ?? { scripts: new Set(), styles: new Set() };
          found.set(sectionOf(file), section);
          for (const hash of own.scripts) section.scripts.add(hash);
          for (const hash of own.styles) section.styles.add(hash);
          if (file === NOT_FOUND_PAGE) found.set(NOT_FOUND_PAGE, { scripts: new Set(own.scripts), styles: new Set(own.styles) });
          // The 404 page answers every missing address, also outside any folder where `_headers` has no CSP
          // rule: so it always carries its policy as <meta> as well.
          if (meta || file === NOT_FOUND_PAGE) writeFileSync(path.join(outDir, file), insertMetaCsp(html, metaContentSecurityPolicy(areaOf(file), own, admin)));
        }
        const hashes: Record<string, InlineHashes> = Object.fromEntries(
          [...found].map(([section, sets]) => [section, { scripts: [...sets.scripts], styles: [...sets.styles] }]),
        );
        const entries = readdirSync(outDir, { withFileTypes: true });
        const rules = headerRules(
          {
            base,
            sections: [...entries.filter((e) => e.isDirectory()).map((e) => e.name), ...ALWAYS_PRESENT_SECTIONS],
            // Every top-level file (favicon.svg, site.webmanifest …), not only the pages: each gets the CSP.
            rootPages: entries.filter((e) => e.isFile() && e.name !== HEADERS_FILE).map((e) => e.name),
          },
          hashes,
          admin,
        );
        writeFileSync(
          path.join(outDir, HEADERS_FILE),
          formatHeadersFile(rules, [
            'Erzeugt beim Build von src/integrations/security-headers.ts aus src/lib/security/policy.ts – nicht von Hand ändern.',
            'Gelesen von Netlify und Cloudflare Pages; für nginx: npm run headers:nginx (siehe docs/deploy/README.md).',
          ]),
        );
        const total = (kind: 'scripts' | 'styles') => new Set(Object.values(hashes).flatMap((h) => h[kind])).size;
        logger.info(`${HEADERS_FILE} geschrieben: ${rules.length} Regeln für ${pages.length} Seiten; ${total('scripts')} Skript- und ${total('styles')} Stil-Hashes.`);
        if (meta) logger.info(`CSP_META=1: die Richtlinie steht zusätzlich als <meta> in allen ${pages.length} Seiten.`);
      },
    },
  };
}

export default securityHeaders;
