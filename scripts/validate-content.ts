// Checks all content without building the site: `npm run validate`.
import { formatProblems, validateContent } from '../src/lib/content/validate.ts';

const problems = await validateContent(process.cwd());
if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exit(1);
}
console.log('Inhalt geprüft: keine Probleme.');
