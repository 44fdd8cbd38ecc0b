/**
 * Small building blocks shared by the session link and the trainee's result: UTF-8 base64url, a
 * CRC-32 checksum (catches every burst error up to 32 bits, such as a truncated or mistyped
 * stretch of text), and short base32 codes. Pure functions, no framework, usable on the server
 * and in the browser.
 */

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(text: string): number {
  let crc = 0xffffffff;
  for (const byte of new TextEncoder().encode(text)) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** The checksum as eight lower-case hex digits. */
export function crc32Hex(text: string): string {
  return crc32(text).toString(16).padStart(8, '0');
}

export function fnv1a32(text: string, seed = 2166136261): number {
  let h = seed >>> 0;
  for (const byte of new TextEncoder().encode(text)) h = Math.imul(h ^ byte, 16777619) >>> 0;
  return h;
}

/** Crockford-style alphabet: no I, L, O, U, so a code read aloud or typed by hand stays unambiguous. */
const BASE32 = '0123456789abcdefghjkmnpqrstvwxyz';

/** `length` base32 characters (5 bits each) of a number of at most 53 bits. */
export function base32(value: number, length: number): string {
  let out = '';
  let v = value;
  for (let i = 0; i < length; i++) {
    out = BASE32[v % 32]! + out;
    v = Math.floor(v / 32);
  }
  return out;
}

export function isBase32(text: string): boolean {
  return [...text].every((ch) => BASE32.includes(ch));
}

export function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Throws on anything that is not base64url of valid UTF-8. */
export function fromBase64Url(text: string): string {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('not base64url');
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/** Bytes as base32 (the alphabet above, 5 bits a character, the last one padded with zero bits). */
export function bytesToBase32(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = ((buffer << 8) | byte) & 0xfff;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += BASE32[(buffer >> bits) & 31]!;
    }
  }
  if (bits) out += BASE32[(buffer << (5 - bits)) & 31]!;
  return out;
}

/** The bytes of a base32 text, or undefined when it has a character outside the alphabet or padding that is not zero. */
export function base32ToBytes(text: string): Uint8Array | undefined {
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const ch of text) {
    const value = BASE32.indexOf(ch);
    if (value < 0) return undefined;
    buffer = ((buffer << 5) | value) & 0xfff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
    }
  }
  // What is left is the padding of the last character: fewer than 5 bits, all zero.
  if (bits >= 5 || buffer & ((1 << bits) - 1)) return undefined;
  return Uint8Array.from(bytes);
}
