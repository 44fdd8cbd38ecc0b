/**
 * A seminar record signed by the facilitator: plain text that reads the same in any language,
 * fits a QR code, and survives being copied, printed and retyped line by line.
 *
 *   Fair Work Guide seminar record v1
 *   session: 0m9gwhnvtg
 *   title: Labour inspectors, second course
 *   date: 2026-12-02
 *   place: Kunming, room 3
 *   modules: ilo-standards, forced-labour-indicators
 *   name: Li Ming
 *   before: 1/12
 *   after: 12/12
 *   key: 3f2a 9c1d 0b7e 55a4
 *   signature: <Ed25519 signature, base64url>
 *
 * The signature covers every line above it, the key's fingerprint included, as UTF-8 with "\n"
 * line ends. What a valid signature proves: the holder of that private key issued a record with
 * exactly these contents. It does not prove who sat the test, nor that the facilitator checked it.
 */
export const RECORD_HEADER = 'Fair Work Guide seminar record v1';
export const PUBLIC_KEY_PREFIX = 'FWKEY1:';
const FIELDS = ['session', 'title', 'date', 'place', 'modules', 'name', 'before', 'after', 'key'] as const;

export interface RecordFields {
  session: string;
  title: string;
  date: string;
  place: string;
  modules: string[];
  name: string;
  before: { correct: number; total: number };
  after: { correct: number; total: number };
  /** The fingerprint of the signing key. */
  key: string;
}

export type RecordProblem = 'format' | 'key-format' | 'other-key' | 'signature';

export class RecordError extends Error {
  constructor(
    readonly problem: RecordProblem,
    detail: string,
  ) {
    super(`record: ${problem}: ${detail}`);
  }
}

const oneLine = (value: string) => value.replace(/[\p{Cc}\p{Zl}\p{Zp}]+/gu, ' ').trim();

/** The text that is signed: the header and the fields, one per line. */
export function recordBody(f: RecordFields): string {
  const values: Record<(typeof FIELDS)[number], string> = {
    session: f.session,
    title: oneLine(f.title),
    date: f.date,
    place: oneLine(f.place),
    modules: f.modules.join(', '),
    name: oneLine(f.name),
    before: `${f.before.correct}/${f.before.total}`,
    after: `${f.after.correct}/${f.after.total}`,
    key: f.key,
  };
  return [RECORD_HEADER, ...FIELDS.map((k) => `${k}: ${values[k]}`)].join('\n');
}

export function signedRecordText(f: RecordFields, signature: Uint8Array): string {
  return `${recordBody(f)}\nsignature: ${bytesToBase64Url(signature)}`;
}

/** Reads a record back (spaces around lines and Windows line ends, as printing and retyping leave them, are forgiven). */
export function parseRecord(text: string): { fields: RecordFields; body: string; signature: Uint8Array } {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trim()).filter(Boolean);
  if (lines[0] !== RECORD_HEADER) throw new RecordError('format', 'not a Fair Work Guide seminar record');
  const names = [...FIELDS, 'signature'];
  if (lines.length !== names.length + 1) throw new RecordError('format', `expected ${names.length + 1} lines, found ${lines.length}`);
  const values: Record<string, string> = {};
  names.forEach((name, i) => {
    const line = lines[i + 1]!;
    if (!line.startsWith(`${name}:`)) throw new RecordError('format', `line ${i + 2} should start with "${name}:"`);
    values[name] = line.slice(name.length + 1).trim();
  });
  const score = (s: string) => {
    const m = /^(\d{1,4})\/(\d{1,4})$/.exec(s);
    if (!m) throw new RecordError('format', `"${s}" is not a score`);
    return { correct: Number(m[1]), total: Number(m[2]) };
  };
  const fields: RecordFields = {
    session: values.session!,
    title: values.title!,
    date: values.date!,
    place: values.place!,
    modules: values.modules!.split(',').map((m) => m.trim()).filter(Boolean),
    name: values.name!,
    before: score(values.before!),
    after: score(values.after!),
    key: values.key!,
  };
  let signature: Uint8Array;
  try {
    signature = base64UrlToBytes(values.signature!);
  } catch {
    throw new RecordError('format', 'the signature is not base64url');
  }
  if (signature.length !== 64) throw new RecordError('format', 'an Ed25519 signature has 64 bytes');
  return { fields, body: recordBody(fields), signature };
}

/** The public key as text to share: "FWKEY1:" and the 32 raw bytes in base64url. */
export function publicKeyText(raw: Uint8Array): string {
  return PUBLIC_KEY_PREFIX + bytesToBase64Url(raw);
}

export function parsePublicKey(text: string): Uint8Array {
  const t = text.replace(/\s+/g, '');
  if (!t.startsWith(PUBLIC_KEY_PREFIX)) throw new RecordError('key-format', `a public key starts with ${PUBLIC_KEY_PREFIX}`);
  let raw: Uint8Array;
  try {
    raw = base64UrlToBytes(t.slice(PUBLIC_KEY_PREFIX.length));
  } catch {
    throw new RecordError('key-format', 'the key is not base64url');
  }
  if (raw.length !== 32) throw new RecordError('key-format', 'an Ed25519 public key has 32 bytes');
  return raw;
}

/** First 8 bytes of SHA-256 of the raw public key, as four groups of four hex digits: short enough to read aloud and compare. */
export async function keyFingerprint(raw: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', raw as BufferSource));
  const hex = [...digest.slice(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return hex.match(/.{4}/g)!.join(' ');
}

export type VerifyFn = (signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array) => Promise<boolean>;

/**
 * Checks a record against a public key: the record must name this key's fingerprint and carry a
 * valid signature over its contents. Throws RecordError saying which check failed.
 */
export async function verifyRecord(recordText: string, publicKey: string, verify: VerifyFn): Promise<RecordFields> {
  const { fields, body, signature } = parseRecord(recordText);
  const raw = parsePublicKey(publicKey);
  const fingerprint = await keyFingerprint(raw);
  if (fields.key !== fingerprint) throw new RecordError('other-key', `the record names key ${fields.key}; this key is ${fingerprint}`);
  const ok = await verify(signature, new TextEncoder().encode(body), raw);
  if (!ok) throw new RecordError('signature', 'the signature does not match the contents');
  return fields;
}

export function bytesToBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function base64UrlToBytes(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('not base64url');
  return Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (ch) => ch.charCodeAt(0));
}

