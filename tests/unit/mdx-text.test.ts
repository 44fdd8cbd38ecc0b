import { describe, expect, it } from 'vitest';
import { textBlocks } from '../../src/content-layer/pipeline/mdx-text';

const body = `Intro line one.
Intro line two.

## 危险信号

- 工资很高<Cite ref="x" />。
- 要你交**押金**。

## Next

- not this one

<Callout kind="warning">
真正的好工作，
不怕你查。
</Callout>

<HelpContacts />
`;

describe('reading the text of MDX', () => {
  it('gives the blocks a reader reads, without citation markers or components that are not prose', () => {
    expect(textBlocks(body)).toEqual([
      { kind: 'paragraph', text: 'Intro line one. Intro line two.' },
      { kind: 'heading', text: '危险信号' },
      { kind: 'listItem', text: '工资很高。' },
      { kind: 'listItem', text: '要你交押金。' },
      { kind: 'heading', text: 'Next' },
      { kind: 'listItem', text: 'not this one' },
      { kind: 'paragraph', text: '真正的好工作，不怕你查。' },
    ]);
  });
});

describe('punctuation as on the page', () => {
  it('turns straight quotes and apostrophes into typographic ones, as Astro does', () => {
    expect(textBlocks('- Someone offers to "look after" the company\'s passports.')).toEqual([
      { kind: 'listItem', text: 'Someone offers to “look after” the company’s passports.' },
    ]);
  });
});
