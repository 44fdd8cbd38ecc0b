import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { builtPages, distFile } from '../../tools/lib/built-pages.ts';

/** Every built page is valid HTML under html-validate's recommended rules (.htmlvalidate.json). */
const validator = new HtmlValidate(new FileSystemConfigLoader());

for (const page of builtPages()) {
  test(`valid HTML ${page}`, async () => {
    const file = distFile(page);
    const report = await validator.validateString(fs.readFileSync(file, 'utf8'), file);
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    expect(messages, `${page}\n${messages.join('\n')}`).toEqual([]);
  });
}
