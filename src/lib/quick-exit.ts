/**
 * Where the quick exit leaves for, decided when the site is built.
 *
 * Set QUICK_EXIT_URL to any http(s) address on another site. The default is the home page of
 * 中国天气网 (www.weather.com.cn), the weather service of the China Meteorological Administration:
 * one of the most visited sites in mainland China, open without an account and reachable from
 * abroad, and a weather page is the last thing that makes anyone looking over a reader's shoulder
 * curious (GOV.UK's "Exit this page" leaves for a weather page for the same reason). A page on this
 * site's own address would itself be a trace, so the build refuses one.
 */
export const DEFAULT_QUICK_EXIT_URL = 'https://www.weather.com.cn/';

export function quickExitUrl(configured: string | undefined, site: URL | string | undefined): string {
  const value = configured?.trim() || DEFAULT_QUICK_EXIT_URL;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`QUICK_EXIT_URL: "${value}" is not an absolute address (for example https://www.weather.com.cn/)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`QUICK_EXIT_URL: "${value}" must start with https:// or http://`);
  if (site && url.origin === new URL(site).origin)
    throw new Error(`QUICK_EXIT_URL: "${value}" is on this site's own address; the quick exit must leave for another site`);
  return url.href;
}
