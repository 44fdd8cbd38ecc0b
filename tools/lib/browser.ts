/**
 * Which Chromium to drive. Debian's /usr/bin/chromium where present (this project's machines and
 * CI), else a browser Playwright installed itself; without either, stop with how to get one.
 * Shared by the Playwright config, the benchmark and the screenshot script.
 */
import fs from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export function chromiumExecutable(): string | undefined {
  const system = SYSTEM_CHROMIUM.find((p) => fs.existsSync(p));
  if (system) return system;
  const bundled = chromium.executablePath();
  if (bundled && fs.existsSync(bundled)) return undefined; // Playwright finds its own
  throw new Error(
    'No Chromium found. Install one of:\n' +
      '  Debian/Ubuntu: sudo apt-get install chromium fonts-noto-cjk\n' +
      '  elsewhere:     npx playwright install chromium',
  );
}

/**
 * Launch flags. --no-sandbox only when running as root (containers, CI), where Chromium refuses
 * to start otherwise; the background-networking flags stop Chromium's own calls home, which a
 * closed network refuses and which would otherwise show up as requests to other origins.
 */
export const CHROMIUM_ARGS = [
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
