/**
 * The facilitator's signing key, kept in this browser's IndexedDB.
 *
 * Where the browser has Ed25519 in WebCrypto (Chrome and Edge 137+, Firefox 129+, Safari 17+), the
 * private key is a non-extractable CryptoKey: the browser signs with it but will not hand its bytes
 * to any script, this site's included. Elsewhere the key is made by @noble/ed25519 (loaded only
 * then); its 32 secret bytes are stored encrypted with a non-extractable AES-GCM key, decrypted
 * only for the moment of signing, and never shown, exported or sent.
 */
import { publicKeyText, keyFingerprint } from '../../../lib/signed-record';

type Stored =
  | { kind: 'webcrypto'; privateKey: CryptoKey; publicRaw: Uint8Array; createdAt: string }
  | { kind: 'noble'; wrapKey: CryptoKey; iv: Uint8Array; wrapped: ArrayBuffer; publicRaw: Uint8Array; createdAt: string };

export interface SigningKey {
  kind: Stored['kind'];
  publicKey: string;
  fingerprint: string;
  createdAt: string;
  sign(message: Uint8Array): Promise<Uint8Array>;
}

const DB = 'fwg-signing';
const STORE = 'keys';
const ID = 'facilitator';

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

async function db(): Promise<IDBDatabase> {
  const open = indexedDB.open(DB, 1);
  open.onupgradeneeded = () => open.result.createObjectStore(STORE);
  return request(open);
}

async function withStore<T>(mode: IDBTransactionMode, fn: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const d = await db();
  try {
    return await request(fn(d.transaction(STORE, mode).objectStore(STORE)));
  } finally {
    d.close();
  }
}

const noble = () => import('@noble/ed25519');

async function toKey(s: Stored): Promise<SigningKey> {
  const sign =
    s.kind === 'webcrypto'
      ? async (m: Uint8Array) => new Uint8Array(await crypto.subtle.sign('Ed25519', s.privateKey, m as BufferSource))
      : async (m: Uint8Array) => {
          const secret = new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: s.iv as BufferSource }, s.wrapKey, s.wrapped));
          try {
            return await (await noble()).signAsync(m, secret);
          } finally {
            secret.fill(0);
          }
        };
  return { kind: s.kind, publicKey: publicKeyText(s.publicRaw), fingerprint: await keyFingerprint(s.publicRaw), createdAt: s.createdAt, sign };
}

export async function loadSigningKey(): Promise<SigningKey | undefined> {
  const stored = await withStore<Stored | undefined>('readonly', (s) => s.get(ID) as IDBRequest<Stored | undefined>);
  return stored ? toKey(stored) : undefined;
}

export async function createSigningKey(): Promise<SigningKey> {
  const createdAt = new Date().toISOString();
  let stored: Stored;
  try {
    const pair = (await crypto.subtle.generateKey('Ed25519', false, ['sign', 'verify'])) as CryptoKeyPair;
    const publicRaw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
    stored = { kind: 'webcrypto', privateKey: pair.privateKey, publicRaw, createdAt };
  } catch {
    const ed = await noble();
    const secret = ed.utils.randomSecretKey();
    const publicRaw = await ed.getPublicKeyAsync(secret);
    const wrapKey = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const wrapped = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, wrapKey, secret as BufferSource);
    secret.fill(0);
    stored = { kind: 'noble', wrapKey, iv, wrapped, publicRaw, createdAt };
  }
  await withStore('readwrite', (s) => s.put(stored, ID));
  return toKey(stored);
}

export async function deleteSigningKey(): Promise<void> {
  await withStore('readwrite', (s) => s.delete(ID));
}

/** Ed25519 verification: WebCrypto where the browser has it, else @noble/ed25519. */
export async function verifyEd25519(signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): Promise<boolean> {
  let key: CryptoKey | undefined;
  try {
    key = await crypto.subtle.importKey('raw', publicKey as BufferSource, 'Ed25519', false, ['verify']);
  } catch {
    key = undefined;
  }
  if (key) return crypto.subtle.verify('Ed25519', key, signature as BufferSource, message as BufferSource);
  return (await noble()).verifyAsync(signature, message, publicKey);
}
