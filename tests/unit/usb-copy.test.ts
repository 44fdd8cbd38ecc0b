import { describe, expect, it } from 'vitest';
import { relativeUrl, relativiseHtml } from '../../tools/make-usb-copy.ts';

const exists = (p: string) => ['/en/modules/x/presenter/index.html', '/index.html'].includes(p);

describe('USB copy URLs', () => {
  it('makes site-absolute URLs relative, pointing folders at their index.html', () => {
    expect(relativeUrl('/en/modules/x/presenter/#/3', '/en/modules/x/slides', exists)).toBe('../presenter/index.html#/3');
    expect(relativeUrl('/_astro/a.css', '/en/modules/x/slides', exists)).toBe('../../../../_astro/a.css');
    expect(relativeUrl('/', '/en', exists)).toBe('../index.html');
  });
  it('leaves other-origin and protocol-relative URLs alone', () => {
    const html = '<a href="https://www.ilo.org/x">x</a><a href="//cdn.example/y">y</a><link href="/_astro/s.css"><div data-other-url="/zh-cn/">';
    expect(relativiseHtml(html, '/en', exists)).toBe('<a href="https://www.ilo.org/x">x</a><a href="//cdn.example/y">y</a><link href="../_astro/s.css"><div data-other-url="../zh-cn">');
  });
});
