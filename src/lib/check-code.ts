/**
 * The check code on a completion record: a short code computed from the record's fields, so that a
 * facilitator who re-enters the fields on the progress page can spot a record that was edited. It
 * is a checksum, not a signature: anyone using this site can produce a record with a matching code,
 * for any content. It shows only that a printed record was not edited after it was printed. The
 * record and the facilitator check say so.
 */
import { isCalendarDate, normaliseName } from './progress-schema';

export interface RecordLine {
  /** Module number (its order). */
  module: number;
  score: number;
  /** YYYY-MM-DD. */
  date: string;
}

const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ'; // no 0/O, 1/I: read aloud and typed by hand

function fnv1a(text: string, seed: number): number {
  let h = seed >>> 0;
  for (const byte of new TextEncoder().encode(text)) h = Math.imul(h ^ byte, 16777619) >>> 0;
  return h;
}

export function canonicalRecord(name: string, lines: RecordLine[]): string {
  // Invisible and bidi characters are dropped first: what is printed is what the code covers.
  const who = normaliseName(name).toLowerCase();
  const what = [...lines].sort((a, b) => a.module - b.module).map((l) => `${l.module}:${l.score}:${l.date}`);
  return `${who}|${what.join(',')}`;
}

/** Eight characters, shown as XXXX-XXXX. */
export function checkCode(name: string, lines: RecordLine[]): string {
  const text = canonicalRecord(name, lines);
  let bits = (BigInt(fnv1a(text, 2166136261)) << 32n) | BigInt(fnv1a(text, 0x9747b28c));
  let code = '';
  for (let i = 0; i < 8; i++) {
    code += ALPHABET[Number(bits & 31n)];
    bits >>= 5n;
  }
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/**
 * Reads lines typed by a facilitator: "module, score, date" per line. Bad lines are reported, not
 * guessed; so are impossible ones: a module number the site does not have, a score above 100, a
 * date that does not exist.
 */
export function parseRecordLines(text: string, moduleCount = Infinity): { lines: RecordLine[]; bad: string[] } {
  const lines: RecordLine[] = [];
  const bad: string[] = [];
  for (const raw of text.split('\n').map((l) => l.trim()).filter(Boolean)) {
    const m = /^(\d{1,3})\s*[,，;；\s]\s*(\d{1,3})\s*%?\s*[,，;；\s]\s*(\d{4}-\d{2}-\d{2})$/.exec(raw);
    const line = m && { module: Number(m[1]), score: Number(m[2]), date: m[3]! };
    if (line && line.module >= 1 && line.module <= moduleCount && line.score <= 100 && isCalendarDate(line.date)) lines.push(line);
    else bad.push(raw);
  }
  return { lines, bad };
}

export function normaliseCode(code: string): string {
  return code.toUpperCase().replace(/[^0-9A-Z]/g, '').replace(/^(.{4})(.{4})$/, '$1-$2');
}
