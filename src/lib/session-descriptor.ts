import { base32, crc32Hex, fnv1a32, fromBase64Url, isBase32, toBase64Url } from './session-codec';

/**
 * A seminar session, carried whole in the link's fragment (`#s1.…`), so a trainee's phone needs
 * only the static site and nothing about the session reaches a server (browsers do not send the
 * fragment). It names the modules and, per module, the fixed items of the pre- and post-test.
 *
 * Items travel as 4-character codes derived from the question ids (20 bits of a hash), not as the
 * ids themselves: nine modules of six ids would make a link too long for a projected QR code.
 * Codes are resolved against the module's quiz, so adding or reordering questions never changes
 * what a code means; a unit test checks that codes are unique within every quiz.
 */
export const SESSION_LINK_VERSION = 1;
export const ITEMS_PER_MODULE = 6;
export const MAX_SESSION_MODULES = 12;
const PREFIX = `s${SESSION_LINK_VERSION}.`;

export interface SessionModule {
  slug: string;
  /** Question ids, in the order the tests show them. */
  items: string[];
}

export interface SessionDescriptor {
  title: string;
  /** YYYY-MM-DD. */
  date: string;
  place: string;
  modules: SessionModule[];
}

/** Why a link could not be read; the UI turns each into a sentence. */
export type SessionLinkProblem = 'empty' | 'format' | 'version' | 'checksum' | 'fields' | 'unknown-module' | 'unknown-item';

export class SessionLinkError extends Error {
  constructor(
    readonly problem: SessionLinkProblem,
    detail: string,
  ) {
    super(`session link: ${problem}: ${detail}`);
  }
}

/** The short code of a question id. */
export function itemCode(questionId: string): string {
  return base32(fnv1a32(questionId) >>> 12, 4);
}

/**
 * The fixed items of a module's session tests, drawn from its quiz: the ids ordered by a hash of
 * each id, the first `count` taken. The same quiz always gives the same items, whatever the order
 * of its questions, so every facilitator's session of a module asks the same questions.
 */
export function drawSessionItems(questionIds: string[], count = ITEMS_PER_MODULE): string[] {
  const byHash = [...questionIds].sort((a, b) => fnv1a32(a, 0x811c9dc5 ^ 0x5e55) - fnv1a32(b, 0x811c9dc5 ^ 0x5e55) || (a < b ? -1 : 1));
  return byHash.slice(0, count);
}

const TEXT_MAX = 120;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Field checks shared by setup (before a link is made) and reading a link. Returns the first problem. */
export function descriptorProblem(d: SessionDescriptor): string | undefined {
  if (!d.title.trim()) return 'title is empty';
  if ([...d.title].length > TEXT_MAX) return `title is longer than ${TEXT_MAX} characters`;
  if ([...d.place].length > TEXT_MAX) return `place is longer than ${TEXT_MAX} characters`;
  // Title and place are printed on signed records, one line each.
  if (/[\p{Cc}\p{Zl}\p{Zp}]/u.test(d.title + d.place)) return 'title or place contains a line break or control character';
  if (!isIsoDate(d.date)) return `date "${d.date}" is not a calendar date (YYYY-MM-DD)`;
  if (d.modules.length < 1) return 'no module';
  if (d.modules.length > MAX_SESSION_MODULES) return `more than ${MAX_SESSION_MODULES} modules`;
  const slugs = new Set<string>();
  for (const m of d.modules) {
    if (!SLUG.test(m.slug)) return `module "${m.slug}" is not a slug`;
    if (slugs.has(m.slug)) return `module "${m.slug}" appears twice`;
    slugs.add(m.slug);
    if (m.items.length < ITEMS_PER_MODULE) return `module "${m.slug}" has ${m.items.length} items, fewer than ${ITEMS_PER_MODULE}`;
    if (new Set(m.items.map(itemCode)).size !== m.items.length) return `module "${m.slug}" repeats an item`;
  }
  return undefined;
}

function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === text;
}

/** What the link carries: [title, date, place, [[slug, codes], …]]; codes are 4 characters each. */
type Wire = [string, string, string, [string, string][]];

function wireOf(d: SessionDescriptor): Wire {
  return [d.title.trim(), d.date, d.place.trim(), d.modules.map((m) => [m.slug, m.items.map(itemCode).join('')])];
}

/** The fragment (without `#`) for a session. Throws when a field is invalid: check with descriptorProblem first. */
export function encodeSessionFragment(d: SessionDescriptor): string {
  const problem = descriptorProblem(d);
  if (problem) throw new SessionLinkError('fields', problem);
  const body = toBase64Url(JSON.stringify(wireOf(d)));
  return `${PREFIX}${body}.${crc32Hex(body)}`;
}

/**
 * The session's id: a hash of exactly what the link carries, so every phone that opened the same
 * link computes the same id, and a result from another session (or an edited link) is told apart.
 */
export function sessionId(d: SessionDescriptor): string {
  const wire = JSON.stringify(wireOf(d));
  return base32(fnv1a32(wire) >>> 7, 5) + base32(fnv1a32(wire, 0x9747b28c) >>> 7, 5);
}

/** The quiz question ids of each module, to resolve item codes against. */
export type QuizIndex = Record<string, string[]>;

/**
 * Reads a fragment (with or without `#`) back into a session. Every way it can be wrong gives a
 * SessionLinkError naming the problem: cut short, edited, from a newer version of the site, or
 * naming a module or question this version of the site does not have.
 */
export function decodeSessionFragment(fragment: string, quizzes: QuizIndex): SessionDescriptor {
  const text = fragment.replace(/^#/, '').trim();
  if (!text) throw new SessionLinkError('empty', 'no session in the link');
  const m = /^s(\d+)\.([A-Za-z0-9_-]+)\.([0-9a-f]{8})$/.exec(text);
  if (!m) throw new SessionLinkError('format', 'not a session link');
  if (Number(m[1]) !== SESSION_LINK_VERSION) throw new SessionLinkError('version', `version ${m[1]}; this site reads version ${SESSION_LINK_VERSION}`);
  const [, , body, check] = m as unknown as [string, string, string, string];
  if (crc32Hex(body) !== check) throw new SessionLinkError('checksum', 'the link was changed or cut short');
  let wire: unknown;
  try {
    wire = JSON.parse(fromBase64Url(body));
  } catch {
    throw new SessionLinkError('format', 'the session data cannot be read');
  }
  if (!isWire(wire)) throw new SessionLinkError('fields', 'the session data has the wrong shape');
  const [title, date, place, mods] = wire;
  const modules = mods.map(([slug, codes]): SessionModule => {
    const ids = quizzes[slug];
    if (!ids) throw new SessionLinkError('unknown-module', `no module "${slug}" on this site`);
    if (codes.length % 4 !== 0 || !isBase32(codes)) throw new SessionLinkError('fields', `items of "${slug}" are not item codes`);
    const byCode = new Map(ids.map((id) => [itemCode(id), id]));
    const items = (codes.match(/.{4}/g) ?? []).map((code) => {
      const id = byCode.get(code);
      if (!id) throw new SessionLinkError('unknown-item', `module "${slug}" has no question with code ${code}`);
      return id;
    });
    return { slug, items };
  });
  const d: SessionDescriptor = { title, date, place, modules };
  const problem = descriptorProblem(d);
  if (problem) throw new SessionLinkError('fields', problem);
  return d;
}

function isWire(v: unknown): v is Wire {
  return (
    Array.isArray(v) &&
    v.length === 4 &&
    typeof v[0] === 'string' &&
    typeof v[1] === 'string' &&
    typeof v[2] === 'string' &&
    Array.isArray(v[3]) &&
    v[3].every((m: unknown) => Array.isArray(m) && m.length === 2 && typeof m[0] === 'string' && typeof m[1] === 'string')
  );
}

/** Every item of a session in test order, with its module: the order answers are encoded in. */
export function sessionItemList(d: SessionDescriptor): { module: string; id: string }[] {
  return d.modules.flatMap((m) => m.items.map((id) => ({ module: m.slug, id })));
}
