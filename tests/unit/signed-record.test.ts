import { describe, expect, it } from 'vitest';
import * as noble from '@noble/ed25519';
import { keyFingerprint, parsePublicKey, parseRecord, publicKeyText, recordBody, RecordError, signedRecordText, verifyRecord, type RecordFields, type VerifyFn } from '../../src/lib/signed-record';

const webcryptoVerify: VerifyFn = async (sig, msg, pub) =>
  crypto.subtle.verify('Ed25519', await crypto.subtle.importKey('raw', pub as BufferSource, 'Ed25519', false, ['verify']), sig as BufferSource, msg as BufferSource);
const nobleVerify: VerifyFn = (sig, msg, pub) => noble.verifyAsync(sig, msg, pub);

async function facilitator() {
  const pair = (await crypto.subtle.generateKey('Ed25519', false, ['sign', 'verify'])) as CryptoKeyPair;
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  return { raw, text: publicKeyText(raw), fingerprint: await keyFingerprint(raw), sign: async (m: Uint8Array) => new Uint8Array(await crypto.subtle.sign('Ed25519', pair.privateKey, m as BufferSource)) };
}

async function signedRecord(f: Awaited<ReturnType<typeof facilitator>>, over: Partial<RecordFields> = {}) {
  const fields: RecordFields = {
    session: '0m9gwhnvtg',
    title: '劳动保障监察员培训班（第二期）',
    date: '2026-12-02',
    place: 'Kunming, room 3',
    modules: ['ilo-standards', 'forced-labour-indicators'],
    name: 'Li Ming',
    before: { correct: 1, total: 12 },
    after: { correct: 12, total: 12 },
    key: f.fingerprint,
    ...over,
  };
  return { fields, text: signedRecordText(fields, await f.sign(new TextEncoder().encode(recordBody(fields)))) };
}

const problemOf = async (p: Promise<unknown>) => {
  try {
    await p;
    return 'valid';
  } catch (e) {
    return (e as RecordError).problem;
  }
};

describe('signed seminar records', () => {
  it('a record verifies against its key, with WebCrypto and with @noble/ed25519 alike', async () => {
    const f = await facilitator();
    const { fields, text } = await signedRecord(f);
    expect(await verifyRecord(text, f.text, webcryptoVerify)).toEqual(fields);
    expect(await verifyRecord(text, f.text, nobleVerify)).toEqual(fields);
    expect(f.fingerprint).toMatch(/^[0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4}$/);
  });

  it('survives printing and retyping: Windows line ends, spaces around lines, blank lines', async () => {
    const f = await facilitator();
    const { text } = await signedRecord(f);
    const retyped = `\n${text.split('\n').map((l) => `  ${l} `).join('\r\n\r\n')}\n`;
    expect(await problemOf(verifyRecord(retyped, `  ${f.text.slice(0, 20)}\n${f.text.slice(20)}`, webcryptoVerify))).toBe('valid');
  });

  it('any change to the contents breaks the signature', async () => {
    const f = await facilitator();
    const { text } = await signedRecord(f);
    for (const [from, to] of [
      ['name: Li Ming', 'name: Li Minh'],
      ['after: 12/12', 'after: 12/13'],
      ['before: 1/12', 'before: 7/12'],
      ['date: 2026-12-02', 'date: 2026-12-03'],
      ['forced-labour-indicators', 'forced-criminality'],
    ]) {
      expect(await problemOf(verifyRecord(text.replace(from!, to!), f.text, webcryptoVerify)), to).toBe('signature');
    }
    // A signature bit flipped.
    const sig = text.match(/signature: (.+)$/m)![1]!;
    const flipped = (sig[5] === 'A' ? 'B' : 'A');
    expect(await problemOf(verifyRecord(text.replace(sig, sig.slice(0, 5) + flipped + sig.slice(6)), f.text, webcryptoVerify))).toBe('signature');
  });

  it('a record signed with another key is named as such, even when the forger writes in the right fingerprint', async () => {
    const real = await facilitator();
    const forger = await facilitator();
    const { text } = await signedRecord(forger);
    expect(await problemOf(verifyRecord(text, real.text, webcryptoVerify))).toBe('other-key');
    const { text: forged } = await signedRecord(forger, { key: real.fingerprint });
    expect(await problemOf(verifyRecord(forged, real.text, webcryptoVerify))).toBe('signature');
  });

  it('text that is not a record or not a key gets a clear problem', async () => {
    const f = await facilitator();
    const { text } = await signedRecord(f);
    expect(await problemOf(verifyRecord('hello', f.text, webcryptoVerify))).toBe('format');
    expect(await problemOf(verifyRecord(text.replace(/^name: .*$/m, ''), f.text, webcryptoVerify))).toBe('format');
    expect(await problemOf(verifyRecord(text, 'FWKEY1:abc', webcryptoVerify))).toBe('key-format');
    expect(await problemOf(verifyRecord(text, 'ssh-ed25519 AAAA', webcryptoVerify))).toBe('key-format');
    expect(() => parsePublicKey(f.text)).not.toThrow();
    expect(() => parseRecord(text.replace(/signature: .+$/m, 'signature: ???'))).toThrow(RecordError);
  });

  it('a line break typed into a field cannot add or hide a line', async () => {
    const f = await facilitator();
    const { text } = await signedRecord(f, { name: 'Li Ming\nafter: 12/12' });
    expect(parseRecord(text).fields.name).toBe('Li Ming after: 12/12');
    expect(await problemOf(verifyRecord(text, f.text, webcryptoVerify))).toBe('valid');
  });
});
