/**
 * npm run content:report — what to re-check before the next content review (see
 * src/lib/content-report.ts). `npm run content:report -- --mark-translated <file.mdx>…` records
 * that a translation now matches its English source (run it after bringing the translation up to date).
 * Bundled with esbuild before it runs (package.json), because the code it shares with the build
 * imports without file extensions, which Node alone does not resolve.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { loadCitationRegistry } from '../src/content-layer/pipeline/citations';
import { CONTENT_DIR, projectRelative } from '../src/content-layer/pipeline/paths';
import { citationChecks, formatReport, UNVERIFIED_MARKERS, type ContentReport } from '../src/lib/content-report';
import { LedgerFileSchema } from '../src/lib/review-ledger';
import { textRevision, translationState, withSourceRevision } from '../src/content-layer/translation-revision';
import { DEFAULT_LOCALE, LOCALES, localeByCode } from '../src/i18n/locales';

const KINDS = ['modules', 'booklets'];
const sourceFileOf = (file: string) => {
  const [kind, , name] = path.relative(CONTENT_DIR, file).split(path.sep);
  return path.join(CONTENT_DIR, kind!, localeByCode(DEFAULT_LOCALE).path, name!);
};
const frontmatterOf = (text: string) => (parseYaml(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') ?? {}) as Record<string, unknown>;

const args = process.argv.slice(2);
if (args[0] === '--mark-translated') {
  for (const file of args.slice(1)) {
    const full = path.resolve(file);
    const source = sourceFileOf(full);
    if (source === full) throw new Error(`${file} is an English source, not a translation`);
    fs.writeFileSync(full, withSourceRevision(fs.readFileSync(full, 'utf8'), textRevision(fs.readFileSync(source, 'utf8'))));
    console.log(`${projectRelative(full)}: matches ${projectRelative(source)} as it is now`);
  }
  process.exit(0);
}

const translations = KINDS.flatMap((kind) =>
  LOCALES.filter((l) => l.code !== DEFAULT_LOCALE).flatMap((l) => {
    const dir = path.join(CONTENT_DIR, kind, l.path);
    return fs.readdirSync(dir).filter((f) => f.endsWith('.mdx')).map((f) => {
      const file = path.join(dir, f);
      const source = sourceFileOf(file);
      const recorded = frontmatterOf(fs.readFileSync(file, 'utf8')).sourceRevision as string | undefined;
      return translationState(projectRelative(file), recorded, projectRelative(source), fs.readFileSync(source, 'utf8'));
    });
  }),
);

const unverified: ContentReport['unverified'] = [];
const scan = (file: string) =>
  fs.readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
    if (UNVERIFIED_MARKERS.test(line)) unverified.push({ where: `${projectRelative(file)}:${i + 1}`, what: line.trim().slice(0, 140) });
  });
for (const kind of KINDS) for (const l of LOCALES) for (const f of fs.readdirSync(path.join(CONTENT_DIR, kind, l.path))) scan(path.join(CONTENT_DIR, kind, l.path, f));
for (const f of fs.readdirSync(path.join(CONTENT_DIR, 'citations'))) scan(path.join(CONTENT_DIR, 'citations', f));
const contacts = parseYaml(fs.readFileSync(path.join(CONTENT_DIR, 'contacts.yaml'), 'utf8')) as { id: string; certainty: string; number: string }[];
for (const c of contacts) if (c.certainty !== 'verified') unverified.push({ where: 'content/contacts.yaml', what: `${c.id} (${c.number}) is only partly verified` });

const reviewsDir = path.join(CONTENT_DIR, 'reviews');
const openFindings = fs
  .readdirSync(reviewsDir)
  .filter((f) => f.endsWith('.yaml'))
  .flatMap((f) => {
    const ledger = LedgerFileSchema.parse(parseYaml(fs.readFileSync(path.join(reviewsDir, f), 'utf8')));
    return Object.entries(ledger.findings)
      .filter(([, e]) => e.status !== 'fixed')
      .map(([id, e]) => ({ review: ledger.review, id, status: e.status, reason: e.reason }));
  });

console.log(formatReport({ ...citationChecks(loadCitationRegistry(), new Date()), unverified, translations, openFindings }));
