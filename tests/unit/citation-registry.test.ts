import { describe, expect, it } from 'vitest';
import { citationLabel, mergeCitationFiles, resolveCitation, sortInstrumentIds } from '../../src/lib/citation-registry';
import type { CitationFile, Instrument } from '../../src/content-layer/schemas/citation';

const instrument = (kind: Instrument['kind'], year: number, en: string, zh: string): Instrument => ({
  title: { en: `${en} title`, 'zh-CN': `${zh}标题` },
  short: { en, 'zh-CN': zh },
  kind,
  year,
});

describe('citation registry', () => {
  const files: { file: string; data: CitationFile }[] = [
    { file: 'a.yaml', data: { instruments: { c029: instrument('ilo-convention', 1930, 'C029', '第29号公约') } } },
    {
      file: 'b.yaml',
      data: {
        instruments: { 'cn-criminal-law': instrument('china-law', 1997, 'Criminal Law', '《刑法》') },
        citations: { 'c029-art2-1': { instrument: 'c029', pinpoint: { en: 'Art. 2(1)', 'zh-CN': '第2条第1款' } } },
      },
    },
  ];

  it('resolves pinpoints and whole instruments, and labels them per language', () => {
    const { registry, problems } = mergeCitationFiles(files);
    expect(problems).toEqual([]);
    const pin = resolveCitation(registry, 'c029-art2-1')!;
    expect(pin.instrumentId).toBe('c029');
    const join = (s: string, p: string) => `${s}|${p}`;
    expect(citationLabel(pin, 'zh-CN', join)).toBe('第29号公约|第2条第1款');
    expect(citationLabel(resolveCitation(registry, 'cn-criminal-law')!, 'en', join)).toBe('Criminal Law');
    expect(resolveCitation(registry, 'nope')).toBeUndefined();
  });

  it('reports an id defined twice, naming both files, and a pinpoint without its instrument', () => {
    const { problems } = mergeCitationFiles([
      ...files,
      { file: 'c.yaml', data: { citations: { 'c029-art2-1': { instrument: 'c029', pinpoint: { en: 'x', 'zh-CN': 'x' } }, orphan: { instrument: 'c999', pinpoint: { en: 'x', 'zh-CN': 'x' } } } } },
    ]);
    expect(problems).toEqual([
      'c.yaml: id "c029-art2-1" is already defined in b.yaml',
      'c.yaml: citation "orphan" names instrument "c999", which is not defined',
    ]);
  });

  it('lists international standards before Chinese law in a source list', () => {
    const { registry } = mergeCitationFiles(files);
    expect(sortInstrumentIds(registry, ['cn-criminal-law', 'c029', 'c029'])).toEqual(['c029', 'cn-criminal-law']);
  });
});
