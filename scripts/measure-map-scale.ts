/**
 * The map page's weight at the benchmark's sizes without the benchmark's long builds: the map page shows
 * towns only (their steps come from the towns' own milestones, not from articles or events), so each size's
 * synthetic towns are written into an isolated project copy without the synthetic articles and events, the
 * copy is built, and /karte/ is measured as scripts/measure-map.ts does.
 *
 *   npx node scripts/measure-map-scale.ts [sizes, default 100,1000,10000]
 *
 * KEEP_MAP_HTML=<folder> keeps each size's /karte/ page there (karte-<size>.html) for a closer look.
 */
import { copyFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { mkdtempSync } from 'node:fs';
import { isolatedCopy, npmRun } from '../tests/support/project.ts';
import { municipalities, writeSyntheticContent } from './bench/synthetic-content.ts';
import { MAP_PAGE_BUDGET, measurePage } from './measure-map.ts';

const sizes = (process.argv[2] ?? '100,1000,10000').split(',').map(Number);
for (const size of sizes) {
  const dir = isolatedCopy('asskomm-mapscale-');
  const out = mkdtempSync(path.join(os.tmpdir(), 'asskomm-mapscale-out-'));
  try {
    const written = writeSyntheticContent(dir, size, municipalities(dir));
    for (const id of [...written.articleIds]) rmSync(path.join(dir, 'content/articles', `${id}.mdx`), { force: true });
    for (const id of written.eventIds) rmSync(path.join(dir, 'content/events', `${id}.yaml`), { force: true });
    const run = npmRun(dir, 'build', { OUT_DIR: out });
    if (run.status !== 0) throw new Error(`Build für ${size} Artikel fehlgeschlagen:\n${run.stdout}\n${run.stderr}`);
    if (process.env.KEEP_MAP_HTML) copyFileSync(path.join(out, 'karte/index.html'), path.join(process.env.KEEP_MAP_HTML, `karte-${size}.html`));
    for (const w of await measurePage(out)) {
      const verdict = w.total <= MAP_PAGE_BUDGET ? 'im Rahmen' : 'ÜBER DEM BUDGET';
      console.log(`${size} Artikel (${written.townIds.length} synthetische Kommunen), ${w.width} px: ${w.total} B brotli, ${verdict}`);
      for (const r of w.resources) console.log(`  ${String(r.brotli).padStart(7)} B  ${r.path}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  }
}
