/**
 * Writes the site's font files and their @font-face rules (src/styles/fonts/*.woff2, src/styles/fonts.css)
 * from the KERN design system's Fira Sans, as scripts/fonts/subsets.ts describes them.
 *
 *   npm run fonts
 */
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CUTS, fileName, fontsCss, SUBSETS, subsetFile } from './fonts/subsets.ts';

const styles = path.join(import.meta.dirname, '../src/styles');
const folder = path.join(styles, 'fonts');
const wanted = new Set(CUTS.flatMap((cut) => SUBSETS.map((subset) => fileName(cut, subset))));
for (const old of readdirSync(folder).filter((f) => f.endsWith('.woff2') && !wanted.has(f))) {
  rmSync(path.join(folder, old));
  console.log(`entfernt: ${old}`);
}
for (const cut of CUTS) {
  for (const subset of SUBSETS) {
    const file = await subsetFile(cut, subset);
    writeFileSync(path.join(folder, fileName(cut, subset)), file);
    console.log(`${fileName(cut, subset)}: ${file.length} B`);
  }
}
writeFileSync(path.join(styles, 'fonts.css'), fontsCss());
console.log('src/styles/fonts.css geschrieben');
