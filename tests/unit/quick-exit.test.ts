import { describe, expect, it } from 'vitest';
import { DEFAULT_QUICK_EXIT_URL, quickExitUrl } from '../../src/lib/quick-exit';

describe('where the quick exit leaves for (QUICK_EXIT_URL)', () => {
  it('defaults to a weather page on another site', () => {
    expect(quickExitUrl(undefined, 'https://fairwork.example/')).toBe(DEFAULT_QUICK_EXIT_URL);
    expect(quickExitUrl('  ', 'https://fairwork.example/')).toBe(DEFAULT_QUICK_EXIT_URL);
    expect(new URL(DEFAULT_QUICK_EXIT_URL).protocol).toBe('https:');
  });

  it('takes any http(s) address on another site', () => {
    expect(quickExitUrl('https://www.bbc.co.uk/weather', 'https://fairwork.example/')).toBe('https://www.bbc.co.uk/weather');
  });

  it("refuses a page on the site's own address, which would itself be a trace", () => {
    expect(() => quickExitUrl('https://fairwork.example/exit/', 'https://fairwork.example/')).toThrow(/own address/);
  });

  it('refuses what is not an absolute web address', () => {
    expect(() => quickExitUrl('/exit/', undefined)).toThrow(/absolute/);
    expect(() => quickExitUrl('javascript:alert(1)', undefined)).toThrow(/https:\/\//);
  });
});
