import { describe, expect, it } from 'vitest';
import { loadTimer, loadView, saveTimer, saveView, type SessionBackend } from '../../src/lib/seminar-session';

/** What a seminar window keeps for its tab: validated on the way back in, and never a reason to fail. */
function memory(): SessionBackend & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

describe('seminar session memory', () => {
  it('keeps the presenter timer and the deck view per deck', () => {
    const b = memory();
    saveTimer('ilo-standards', { started: 1000, slideSince: 5000, slide: 2 }, b);
    saveView('ilo-standards', { language: 'zh-CN', dual: true }, b);
    expect(loadTimer('ilo-standards', b)).toEqual({ started: 1000, slideSince: 5000, slide: 2 });
    expect(loadView('ilo-standards', b)).toEqual({ language: 'zh-CN', dual: true });
    expect(loadTimer('supply-chains', b)).toBeUndefined();
  });
  it('ignores what it cannot trust: damaged text, wrong shapes, unknown languages', () => {
    const b = memory();
    saveView('x', { language: 'zh-CN', dual: true }, b);
    const [key] = [...b.data.keys()];
    for (const raw of ['{', '{"language":"fr","dual":true}', '{"language":"en","dual":"yes"}', '{"language":"en","dual":true,"extra":1}']) {
      b.data.set(key!, raw);
      expect(loadView('x', b)).toBeUndefined();
    }
    saveTimer('x', { started: -5, slideSince: 0, slide: 0 }, b);
    expect(loadTimer('x', b)).toBeUndefined();
  });
  it('works on when storage throws (private mode, quota)', () => {
    const refusing: SessionBackend = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('quota'); } };
    expect(() => saveView('x', { language: 'en', dual: false }, refusing)).not.toThrow();
    expect(loadView('x', refusing)).toBeUndefined();
  });
});
