import type { z } from 'zod';

/**
 * An error in a content file. Its message starts with the file (relative to the project) so that
 * an author sees at once what to open; the build stops on it.
 */
export class ContentError extends Error {
  readonly file: string;
  readonly problems: string[];

  constructor(file: string, problems: string[]) {
    super(`${file}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ContentError';
    this.file = file;
    this.problems = problems;
  }
}

/** Zod issues as "field.path: message" lines. */
export function describeZodIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const where = issue.path.length ? issue.path.join('.') : '(top level)';
    return `${where}: ${issue.message}`;
  });
}

/** Parses `data` with `schema`, or throws a ContentError naming `file` and each failing field. */
export function parseContent<S extends z.ZodType>(schema: S, data: unknown, file: string): z.infer<S> {
  const result = schema.safeParse(data);
  if (!result.success) throw new ContentError(file, describeZodIssues(result.error));
  return result.data;
}
