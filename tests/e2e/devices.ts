import type { BrowserContext, Page } from '@playwright/test';

/**
 * Helpers for tests that play several devices at once (a seminar session, moving progress between
 * a phone and a desktop).
 */

/** Records what a device's pages do that they must not: console errors, page errors, CSP violations, requests to another origin. */
export function watch(context: BrowserContext, origin: string) {
  const problems: string[] = [];
  context.on('page', (page) => {
    page.on('console', (msg) => msg.type() === 'error' && problems.push(`console error: ${msg.text()}`));
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  });
  context.on('request', (req) => {
    const url = new URL(req.url());
    if (url.protocol.startsWith('http') && url.origin !== origin) problems.push(`request to another origin: ${req.url()}`);
  });
  void context.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)));
  return problems;
}

/** Replaces the camera with a video stream painted from a PNG (a QR code rendered on another device). */
export async function fakeCamera(page: Page, png: string) {
  await page.evaluate(async (src) => {
    const img = new Image();
    img.src = src;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = 640;
    canvas.height = 480;
    const ctx = canvas.getContext('2d')!;
    const paint = () => {
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, 640, 480);
      const side = Math.min(440, img.width);
      ctx.drawImage(img, (640 - side) / 2, 20, side, side);
    };
    paint();
    setInterval(paint, 100);
    navigator.mediaDevices.getUserMedia = async () => canvas.captureStream(10);
  }, png);
}
