import fs from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { defineCollection } from 'astro:content';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { glob, file } from 'astro/loaders';
import { z } from 'zod';
import { ModuleFrontmatterSchema } from './content-layer/schemas/module';
import { BookletFrontmatterSchema } from './content-layer/schemas/booklet';
import { QuizSchema } from './content-layer/schemas/quiz';
import { GlossaryEntrySchema } from './content-layer/schemas/glossary';
import { loadGlossaryTerms } from './content-layer/pipeline/glossary';
import { ContactSchema } from './content-layer/schemas/contact';
import { DestinationSchema } from './content-layer/schemas/destination';
import { WarningSignSchema } from './content-layer/schemas/self-check';
import { CONTENT_DIR } from './content-layer/pipeline/paths';

// Authors work only in content/ (see content/AUTHORING.md); schemas live in src/content-layer/schemas/.
// CONTENT_DIR is content/ unless the CONTENT_DIR variable names another folder (src/content-layer/pipeline/paths.ts);
// loaders take it as a file URL, which is absolute on every platform.
const inContent = (name: string) => pathToFileURL(path.join(CONTENT_DIR, name));
// Entries of the per-language collections have ids like "en/ilo-standards".

const modules = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: inContent('modules') }),
  schema: ModuleFrontmatterSchema,
});

const booklets = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: inContent('booklets') }),
  schema: BookletFrontmatterSchema,
});

const quizzes = defineCollection({
  loader: glob({ pattern: '*.yaml', base: inContent('quizzes') }),
  schema: QuizSchema,
});

// One file per topic, each a list of terms; the loader flattens them to one entry per term and
// names the file in any error (Astro's own messages would name only the entry).
const glossary = defineCollection({
  loader: loadGlossaryTerms,
  schema: GlossaryEntrySchema.extend({ file: z.string() }),
});

const contacts = defineCollection({
  loader: file(inContent('contacts.yaml').href),
  schema: ContactSchema,
});

const destinations = defineCollection({
  loader: file(inContent('destinations.yaml').href),
  schema: DestinationSchema,
});

// The file's order is the order a reader meets the signs in; Astro's file() loader does not keep it.
const warningSigns = defineCollection({
  loader: async () => (parseYaml(fs.readFileSync(inContent('self-check.yaml'), 'utf8')) as { id: string }[]).map((sign, position) => ({ ...sign, position })),
  schema: WarningSignSchema.extend({ position: z.number().int() }),
});

export const collections = { modules, booklets, quizzes, glossary, contacts, destinations, warningSigns };
