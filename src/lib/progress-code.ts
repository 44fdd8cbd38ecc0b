import type { ModuleProgress, ProgressData } from './progress-model';
import { PROGRESS_VERSION } from './progress-model';
import type { ModuleRules } from './progress-schema';
import { own } from './progress-schema';
import { EXPORT_FORMAT, checkImport, type ImportResult } from './progress-transfer';
import { base32, base32ToBytes, bytesToBase32, crc32 } from './session-codec';

/**
 * Progress as a short code, to move it from one device to another without a file: shown as a QR
 * code on one device and read by the other's camera, or copied as text. What the code holds is
 * rebuilt into an export envelope and checked by `checkImport`, exactly like an imported file.
 *
 *   FWP1 <base32 of the bytes below> <CRC-32 of everything before it, 7 base32 characters>
 *
 * What it carries: what completion and the progress page need (per module the sections read,
 * attempts, best and last score, when it was started, last worked on and completed), the learner's
 * name and where to continue. What it leaves out: the answers of the current quiz attempt. They
 * are nearly all of the data (a full progress, 9 modules with every question answered, is a 22 KB
 * file, 4.7 KB with deflate-raw: a dozen QR codes at a density a camera reads), they do not count
 * towards completion (the best score does), and every question id would have to travel as text.
 * The file still carries them. Without them the same progress is 236 bytes, 389 characters, one
 * QR code of version 12 (tests/unit/progress-code.test.ts measures it); deflate would save
 * about 50 bytes, not worth making the code asynchronous (CompressionStream is).
 *
 * Upper-case base32 (Crockford's alphabet: no I, L, O, U) so that the QR code uses its compact
 * alphanumeric mode and a code typed by hand can be read back: spaces and dashes are ignored,
 * I and L read as 1, O as 0. The CRC catches any mistyped or missing stretch of up to 32 bits (six
 * characters). It is not a signature: like a file, a code can be made by hand, which is why what
 * it holds goes through the same checks.
 *
 * Bytes: the CRC-32 of the site's module list (modules travel as their position in that list),
 * the code's creation time (ms since 1970), the name (UTF-8, length first), where to continue, and
 * per module: its position, which optional fields follow, the attempts, the scores, the dates (ms
 * before the creation time, zigzag-coded since clocks differ) and the sections read as a bit mask.
 * Numbers are unsigned LEB128 varints.
 */

export const CODE_VERSION = 1;
const CODE_TAG = 'FWP';
const PREFIX = `${CODE_TAG}${CODE_VERSION}`;
const CRC_CHARS = 7;
/** Optional fields of a module, one bit each, in the order they follow. */
const HAS_BEST = 1;
const HAS_LAST = 2;
const HAS_STARTED = 4;
const HAS_UPDATED = 8;
const HAS_COMPLETED = 16;

export type CodeProblem = 'mistyped' | 'other-site-version';
export type CodeResult = ImportResult | { ok: false; reason: CodeProblem };

/** The modules a code can name, in one order both devices share: the slugs of the site's rules, sorted. */
export const codeModules = (rules: ModuleRules): string[] => Object.keys(rules).sort();

class DamagedCode extends Error {}

class ByteWriter {
  readonly bytes: number[] = [];
  uint(n: number): void {
    if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`${n} is not a count`);
    while (n >= 128) {
      this.bytes.push((n % 128) + 128);
      n = Math.floor(n / 128);
    }
    this.bytes.push(n);
  }
  /** A signed number: 0, -1, 1, -2 … as 0, 1, 2, 3 … */
  int(n: number): void {
    this.uint(n < 0 ? -2 * n - 1 : 2 * n);
  }
  raw(bytes: Uint8Array | number[]): void {
    this.uint(bytes.length);
    this.bytes.push(...bytes);
  }
}

class ByteReader {
  private at = 0;
  private readonly bytes: Uint8Array;
  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
  }
  uint(): number {
    let value = 0;
    for (let shift = 0; shift < 8; shift++) {
      const byte = this.bytes[this.at++];
      if (byte === undefined) throw new DamagedCode('cut short');
      value += (byte & 127) * 2 ** (7 * shift);
      if (byte < 128) {
        if (!Number.isSafeInteger(value)) break;
        return value;
      }
    }
    throw new DamagedCode('number too large');
  }
  int(): number {
    const n = this.uint();
    return n % 2 ? -(n + 1) / 2 : n / 2;
  }
  raw(): Uint8Array {
    const length = this.uint();
    if (this.at + length > this.bytes.length) throw new DamagedCode('cut short');
    return this.bytes.slice(this.at, (this.at += length));
  }
  done(): boolean {
    return this.at === this.bytes.length;
  }
}

const listId = (modules: readonly string[]) => crc32(modules.join(','));
const checksum = (text: string) => base32(crc32(text), CRC_CHARS).toUpperCase();

/** Sections read as a bit mask, least significant bit first: [0, 2, 3] is 0b1101. */
function sectionMask(sections: readonly number[]): number[] {
  const mask: number[] = [];
  for (const s of sections) {
    while (mask.length <= s >> 3) mask.push(0);
    mask[s >> 3]! |= 1 << (s & 7);
  }
  return mask;
}

function sectionsOf(mask: Uint8Array): number[] {
  const sections: number[] = [];
  mask.forEach((byte, i) => {
    for (let bit = 0; bit < 8; bit++) if (byte & (1 << bit)) sections.push(i * 8 + bit);
  });
  return sections;
}

/**
 * The code for this progress. `modules` is the site's module list (`codeModules`); progress of a
 * module the site no longer has is not carried (the file carries it).
 */
export function encodeProgressCode(data: ProgressData, modules: readonly string[], now = new Date()): string {
  const out = new ByteWriter();
  const created = now.getTime();
  const before = (iso: string) => out.int(created - Date.parse(iso));
  out.uint(listId(modules));
  out.uint(created);
  out.raw(new TextEncoder().encode(data.learnerName));
  const visited = data.lastVisited && modules.indexOf(data.lastVisited.slug);
  if (data.lastVisited && visited !== undefined && visited >= 0) {
    out.uint(visited + 1);
    out.uint(data.lastVisited.section);
    before(data.lastVisited.at);
  } else out.uint(0);
  const carried = modules.map((slug, index) => [index, own(data.modules, slug)] as const).filter((entry): entry is [number, ModuleProgress] => !!entry[1]);
  out.uint(carried.length);
  for (const [index, m] of carried) {
    out.uint(index);
    out.uint((m.bestScore !== undefined ? HAS_BEST : 0) | (m.lastScore !== undefined ? HAS_LAST : 0) | (m.startedAt ? HAS_STARTED : 0) | (m.updatedAt ? HAS_UPDATED : 0) | (m.completedAt ? HAS_COMPLETED : 0));
    out.uint(m.attempts);
    if (m.bestScore !== undefined) out.uint(m.bestScore);
    if (m.lastScore !== undefined) out.uint(m.lastScore);
    for (const date of [m.startedAt, m.updatedAt, m.completedAt]) if (date) before(date);
    out.raw(sectionMask(m.sectionsRead));
  }
  const body = PREFIX + bytesToBase32(Uint8Array.from(out.bytes)).toUpperCase();
  return body + checksum(body);
}

/** The code in groups of four characters, easier to read out, compare and type. */
export function groupCode(code: string): string {
  return code.replace(/(.{4})(?=.)/g, '$1 ');
}

/** The code as typed or pasted: no spaces, dashes or line breaks, upper case, I and L as 1, O as 0. */
export function normaliseCode(text: string): string {
  return text
    .replace(/[\s\-‐-―－]+/g, '')
    .toUpperCase()
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0');
}

/** Rebuilds the export envelope the code stands for; throws DamagedCode when its bytes cannot be one. */
function envelopeOf(bytes: Uint8Array, modules: readonly string[]): { format: string; version: number; exportedAt: string; data: unknown } | 'other-site-version' {
  const input = new ByteReader(bytes);
  if (input.uint() !== listId(modules)) return 'other-site-version';
  const created = input.uint();
  const iso = (ms: number) => {
    const date = new Date(ms);
    if (Number.isNaN(date.getTime())) throw new DamagedCode('not a date');
    return date.toISOString();
  };
  const before = () => iso(created - input.int());
  const slugAt = (index: number) => {
    const slug = modules[index];
    if (slug === undefined) throw new DamagedCode('no such module');
    return slug;
  };
  const learnerName = new TextDecoder('utf-8', { fatal: true }).decode(input.raw());
  const data: { modules: Record<string, unknown>; learnerName: string; lastVisited?: unknown } = { modules: {}, learnerName };
  const visited = input.uint();
  if (visited) {
    const slug = slugAt(visited - 1);
    const section = input.uint();
    data.lastVisited = { slug, section, at: before() };
  }
  const count = input.uint();
  if (count > modules.length) throw new DamagedCode('too many modules');
  for (let i = 0; i < count; i++) {
    const slug = slugAt(input.uint());
    if (Object.hasOwn(data.modules, slug)) throw new DamagedCode('a module twice');
    const fields = input.uint();
    if (fields > 31) throw new DamagedCode('unknown fields');
    const m: Record<string, unknown> = { answers: {}, attempts: input.uint() };
    if (fields & HAS_BEST) m.bestScore = input.uint();
    if (fields & HAS_LAST) m.lastScore = input.uint();
    if (fields & HAS_STARTED) m.startedAt = before();
    if (fields & HAS_UPDATED) m.updatedAt = before();
    if (fields & HAS_COMPLETED) m.completedAt = before();
    m.sectionsRead = sectionsOf(input.raw());
    data.modules[slug] = m;
  }
  if (!input.done()) throw new DamagedCode('bytes left over');
  return { format: EXPORT_FORMAT, version: PROGRESS_VERSION, exportedAt: iso(created), data };
}

/**
 * Reads a code typed, pasted or scanned. Never throws. A code with a wrong checksum was mistyped
 * or cut short; one that passes goes through the same checks as an imported file (`checkImport`),
 * with the same reasons when it fails.
 */
export function readProgressCode(text: string, modules: readonly string[], context: { rules?: ModuleRules; now?: Date } = {}): CodeResult {
  const code = normaliseCode(text);
  if (!code.startsWith(CODE_TAG)) return { ok: false, reason: 'not-ours' };
  const version = code.charAt(CODE_TAG.length);
  if (/^[2-9]$/.test(version)) return { ok: false, reason: 'newer' };
  if (!code.startsWith(PREFIX) || code.length <= PREFIX.length + CRC_CHARS) return { ok: false, reason: 'mistyped' };
  const body = code.slice(0, -CRC_CHARS);
  if (checksum(body) !== code.slice(-CRC_CHARS)) return { ok: false, reason: 'mistyped' };
  const bytes = base32ToBytes(body.slice(PREFIX.length).toLowerCase());
  if (!bytes) return { ok: false, reason: 'damaged' };
  try {
    const envelope = envelopeOf(bytes, modules);
    if (envelope === 'other-site-version') return { ok: false, reason: envelope };
    return checkImport(envelope, context);
  } catch {
    return { ok: false, reason: 'damaged' };
  }
}
