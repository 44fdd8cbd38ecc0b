import fs from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { defineCollection } from 'astro:content';
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

// Authors work only in content/ (see content/AUTHORING.md); schemas live in src/content-layer/schemas/.
// Entries of the per-language collections have ids like "en/ilo-standards".

const modules = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: './content/modules' }),
  schema: ModuleFrontmatterSchema,
});

const booklets = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: './content/booklets' }),
  schema: BookletFrontmatterSchema,
});

const quizzes = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/quizzes' }),
  schema: QuizSchema,
});

// One file per topic, each a list of terms; the loader flattens them to one entry per term and
// names the file in any error (Astro's own messages would name only the entry).
const glossary = defineCollection({
  loader: loadGlossaryTerms,
  schema: GlossaryEntrySchema.extend({ file: z.string() }),
});

const contacts = defineCollection({
  loader: file('./content/contacts.yaml'),
  schema: ContactSchema,
});

const destinations = defineCollection({
  loader: file('./content/destinations.yaml'),
  schema: DestinationSchema,
});

// The file's order is the order a reader meets the signs in; Astro's file() loader does not keep it.
const warningSigns = defineCollection({
  loader: async () => (parseYaml(fs.readFileSync('./content/self-check.yaml', 'utf8')) as { id: string }[]).map((sign, position) => ({ ...sign, position })),
  schema: WarningSignSchema.extend({ position: z.number().int() }),
});

export const collections = { modules, booklets, quizzes, glossary, contacts, destinations, warningSigns };
