import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatReviewDate, parseSiteConfig } from '../../src/content-layer/site-config';

const base = 'organisation: null\ncontact: null\nlicence: null\ncontentReviewed: 2026-12\nicp: null\n';
const parse = (text: string) => parseSiteConfig(text, 'site.config.yaml');

describe('site configuration (publisher block)', () => {
  it('the committed defaults claim nothing: no organisation, no contact, no licence, no ICP line', () => {
    expect(parse(readFileSync('site.config.yaml', 'utf8'))).toEqual({ organisation: null, contact: null, licence: null, contentReviewed: '2026-12', icp: null });
  });
  it('takes a full mainland deployment', () => {
    const config = parse(readFileSync('tests/fixtures/site.config.mainland.yaml', 'utf8'));
    expect(config.icp).toBe('京ICP备12345678号-1');
    expect(config.organisation?.['zh-CN']).toBe('示例省培训中心');
    expect(config.contentReviewed).toBe('2026-12-01');
  });
  it('stops the build on a bad value, naming the file and the field', () => {
    expect(() => parse(base.replace('icp: null', 'icp: ICP12345678'))).toThrow(/site\.config\.yaml:[\s\S]*icp: an ICP filing number looks like/);
    expect(() => parse(base.replace('contact: null', 'contact: {}'))).toThrow(/contact: give an email, a url, or both/);
    expect(() => parse(base.replace('contact: null', 'contact: { url: "javascript:alert(1)" }'))).toThrow(/contact\.url/);
    expect(() => parse(base.replace('organisation: null', 'organisation: { en: Centre }'))).toThrow(/organisation\.zh-CN/);
    expect(() => parse(base.replace('contentReviewed: 2026-12', 'contentReviewed: December'))).toThrow(/contentReviewed: write the date/);
    expect(() => parse(base + 'address: somewhere\n')).toThrow(/address|Unrecognized/);
  });
  it('writes the review date in the page’s language, to the precision given', () => {
    expect(formatReviewDate('2026-12', 'en')).toBe('December 2026');
    expect(formatReviewDate('2026-12-01', 'en')).toBe('December 1, 2026');
    expect(formatReviewDate('2026-12', 'zh-CN')).toBe('2026年12月');
  });
});
