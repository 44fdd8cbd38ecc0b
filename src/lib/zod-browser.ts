/**
 * Import first, for its effect, in any module that builds zod schemas in the browser. zod compiles
 * fast parsers with `new Function` unless told not to; the site's CSP forbids eval, and even zod's
 * guarded probe for it is reported as a CSP violation. zod and zod/mini share this setting.
 */
import { config } from 'zod/v4/core';

config({ jitless: true });
