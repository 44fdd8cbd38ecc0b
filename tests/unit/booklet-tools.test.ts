import { describe, expect, it } from 'vitest';
import { pickLocalVoice } from '../../src/lib/reading-aids';
import { createDoublePress } from '../../src/lib/double-press';
import { formatDownloadSize } from '../../src/lib/offline-precache';

describe('choosing a voice to read aloud', () => {
  const voices = [
    { name: 'online zh', lang: 'zh-CN', localService: false },
    { name: 'cantonese', lang: 'zh-HK', localService: true },
    { name: 'taiwan', lang: 'zh_TW', localService: true },
    { name: 'english', lang: 'en-GB', localService: true },
    { name: 'us default', lang: 'en-US', localService: true, default: true },
  ];
  it('never picks an online voice', () => {
    expect(pickLocalVoice(voices.filter((v) => v.name === 'online zh'), 'zh-CN')).toBeUndefined();
  });
  it('prefers the exact language, then the same language, but not Cantonese for Mandarin text', () => {
    expect(pickLocalVoice(voices, 'zh-CN')?.name).toBe('taiwan');
    expect(pickLocalVoice(voices.filter((v) => v.name !== 'taiwan'), 'zh-CN')).toBeUndefined();
    expect(pickLocalVoice([...voices, { name: 'mainland', lang: 'zh-CN', localService: true }], 'zh-CN')?.name).toBe('mainland');
  });
  it('takes the default voice among equals', () => {
    expect(pickLocalVoice(voices, 'en')?.name).toBe('us default');
  });
});

describe('Escape pressed twice', () => {
  it('fires on the second press within the window only', () => {
    const twice = createDoublePress('Escape', 1000);
    expect(twice({ key: 'Escape', timeStamp: 0 })).toBe(false);
    expect(twice({ key: 'Escape', timeStamp: 500 })).toBe(true);
    expect(twice({ key: 'Escape', timeStamp: 600 })).toBe(false);
    expect(twice({ key: 'Escape', timeStamp: 2000 })).toBe(false);
  });
  it('starts over after another key or a held-down key', () => {
    const twice = createDoublePress('Escape', 1000);
    twice({ key: 'Escape', timeStamp: 0 });
    expect(twice({ key: 'a', timeStamp: 100 })).toBe(false);
    expect(twice({ key: 'Escape', timeStamp: 200 })).toBe(false);
    expect(twice({ key: 'Escape', timeStamp: 300, repeat: true })).toBe(false);
    expect(twice({ key: 'Escape', timeStamp: 400 })).toBe(false);
    expect(twice({ key: 'Escape', timeStamp: 500 })).toBe(true);
  });
});

describe('offline copy helpers', () => {
  it('formats sizes as readers read them', () => {
    expect(formatDownloadSize(300)).toBe('1 KB');
    expect(formatDownloadSize(150 * 1024)).toBe('150 KB');
    expect(formatDownloadSize(1.5 * 1024 * 1024)).toBe('1.5 MB');
  });
});
