import fs from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { defineCollection } from 'astro:content';
import { glob, file } from 'astro/loaders';
import { z } from 'zod';
import { ModuleFrontmatterSchema } from './schemas/module';
import { BookletFrontmatterSchema } from './schemas/booklet';
import { QuizSchema } from './schemas/quiz';
import { GlossaryEntrySchema } from './schemas/glossary';
import { loadGlossaryTerms } from './content-pipeline/glossary';
import { ContactSchema } from './schemas/contact';
import { DestinationSchema } from './schemas/destination';
import { WarningSignSchema } from './schemas/self-check';

// Authors work only in content/ (see content/AUTHORING.md); schemas live in src/schemas/.
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
