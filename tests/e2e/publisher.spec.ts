import { expect, test } from '@playwright/test';
import { formatReviewDate, loadSiteConfig } from '../../src/content-layer/site-config.ts';

/**
 * Who stands behind the site: the footer of every kind of page and the about page show the
 * publisher block from the build's site configuration (site.config.yaml, or SITE_CONFIG), with
 * the ICP filing number exactly when the configuration sets one. Run it against the default build
 * and against `SITE_CONFIG=tests/fixtures/site.config.mainland.yaml npm run build`.
 */
const config = loadSiteConfig();
const labels = {
  en: { organisation: 'Published by: ', contact: 'Contact: ', licence: 'Content licence: ', reviewed: 'Content reviewed: ' },
  'zh-CN': { organisation: '发布者：', contact: '联系方式：', licence: '内容许可：', reviewed: '内容审校：' },
};
const expected = {
  en: {
    organisation: config.organisation?.en ?? 'an independent open-source project',
    contact: config.contact ? [config.contact.email, config.contact.url].filter(Boolean).join(' · ') : 'none given',
    licence: config.licence?.name ?? 'not yet chosen',
    reviewed: formatReviewDate(config.contentReviewed, 'en'),
  },
  'zh-CN': {
    organisation: config.organisation?.['zh-CN'] ?? '独立开源项目',
    contact: config.contact ? [config.contact.email, config.contact.url].filter(Boolean).join(' · ') : '未提供',
    licence: config.licence?.name ?? '尚未确定',
    reviewed: formatReviewDate(config.contentReviewed, 'zh-CN'),
  },
};

for (const [lang, path] of [['en', 'en'], ['zh-CN', 'zh-cn']] as const) {
  test(`the footer and the about page say who stands behind the site (${lang})`, async ({ page }) => {
    for (const route of ['', 'modules/ilo-standards/', 'help/', 'booklets/', 'about/']) {
      await page.goto(`/${path}/${route}`);
      const footer = page.locator('.site-footer [data-publisher]');
      await expect(footer, route).toBeVisible();
      for (const [field, text] of Object.entries(expected[lang])) await expect(footer, `${route} ${field}`).toContainText(labels[lang][field as 'contact'] + text);
      const icp = page.locator('.site-footer [data-icp]');
      if (config.icp) {
        await expect(icp, route).toHaveText(config.icp);
        await expect(icp.locator('a')).toHaveAttribute('href', 'https://beian.miit.gov.cn/');
      } else await expect(icp, route).toHaveCount(0);
    }
    // The about page lists the same, under its own heading.
    await page.goto(`/${path}/about/`);
    const about = page.locator('main [data-publisher]');
    for (const [field, text] of Object.entries(expected[lang])) await expect(about.locator(`[data-field="${field}"] dd`)).toContainText(text);
    await expect(about.locator('[data-field="icp"]')).toHaveCount(config.icp ? 1 : 0);
  });
}

test('the help card says once when its numbers were checked, instead of under each number', async ({ page }) => {
  for (const [path, label] of [['/zh-cn/help/', '资料核对日期'], ['/en/help/', 'Sources checked on']] as const) {
    await page.goto(path);
    await expect(page.locator('.contacts__checked-all')).toContainText(label);
    const sources = await page.locator('.contacts .contact__source').allTextContents();
    expect(sources.length).toBeGreaterThan(3);
    for (const s of sources) expect(s, path).not.toContain(label);
  }
});
