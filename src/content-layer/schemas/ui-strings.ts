import { z } from 'zod';

/**
 * UI strings: one flat JSON object per language, keys `area.item`, values non-empty strings.
 * `{{name}}` placeholders are i18next interpolations and must match across languages.
 */
export const UiStringsSchema = z
  .record(z.string().regex(/^[a-z][a-zA-Z0-9]*(\.[a-z][a-zA-Z0-9_-]*)+$/, 'keys are dotted, like "nav.modules"'), z.string())
  .superRefine((table, ctx) => {
    // Only a separator may be empty (Chinese needs none between （…）（…)); anything else empty is a
    // missing translation.
    for (const [key, value] of Object.entries(table))
      if (value === '' && !key.endsWith('.separator')) ctx.addIssue({ code: 'custom', path: [key], message: 'must not be empty' });
  });
export type UiStrings = z.infer<typeof UiStringsSchema>;
