/**
 * The deck's keyboard map, as data: the deck, the presenter window and the help overlay all read
 * it, so a key is changed in one place. Clickers send PageUp/PageDown (some send "." or "b" for a
 * black screen), so those are here too.
 */

export const DECK_COMMANDS = [
  'next',
  'prev',
  'first',
  'last',
  'overview',
  'fullscreen',
  'black',
  'presenter',
  'help',
  'language',
  'dual',
  'close',
] as const;
export type DeckCommand = (typeof DECK_COMMANDS)[number];

export interface KeyBinding {
  command: DeckCommand;
  /** KeyboardEvent.key values; letters are matched case-insensitively. */
  keys: readonly string[];
}

export const DECK_KEYMAP: readonly KeyBinding[] = [
  { command: 'next', keys: ['ArrowRight', 'ArrowDown', ' ', 'PageDown', 'n'] },
  { command: 'prev', keys: ['ArrowLeft', 'ArrowUp', 'PageUp', 'p'] },
  { command: 'first', keys: ['Home'] },
  { command: 'last', keys: ['End'] },
  { command: 'overview', keys: ['o'] },
  { command: 'fullscreen', keys: ['f'] },
  { command: 'black', keys: ['b', '.'] },
  { command: 'presenter', keys: ['s'] },
  { command: 'help', keys: ['?'] },
  { command: 'language', keys: ['l'] },
  { command: 'dual', keys: ['d'] },
  { command: 'close', keys: ['Escape'] },
];

/** What a key press means to the deck. Digits and Enter together jump to a slide number. */
export type KeyIntent = { kind: 'command'; command: DeckCommand } | { kind: 'digit'; digit: string } | { kind: 'commit' };

export interface KeyLike {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

/**
 * The intent of a key press, or undefined for keys the deck leaves alone. Presses with Ctrl, Meta
 * or Alt are never taken: they belong to the browser (Ctrl+P prints, Alt+← goes back).
 */
export function intentForKey(event: KeyLike): KeyIntent | undefined {
  if (event.ctrlKey || event.metaKey || event.altKey) return undefined;
  const { key } = event;
  if (/^[0-9]$/.test(key)) return { kind: 'digit', digit: key };
  if (key === 'Enter') return { kind: 'commit' };
  // Shift+Space goes back, as it scrolls back in a browser.
  if (key === ' ' && event.shiftKey) return { kind: 'command', command: 'prev' };
  const normal = key.length === 1 ? key.toLowerCase() : key;
  const binding = DECK_KEYMAP.find((b) => b.keys.includes(normal));
  return binding && { kind: 'command', command: binding.command };
}

const KEY_LABELS: Record<string, string> = {
  ArrowRight: '→',
  ArrowLeft: '←',
  ArrowDown: '↓',
  ArrowUp: '↑',
  ' ': 'Space',
  PageDown: 'PgDn',
  PageUp: 'PgUp',
  Escape: 'Esc',
};

/** How a key is written in the help overlay ("→", "Space", "O"). */
export function keyLabel(key: string): string {
  return KEY_LABELS[key] ?? (key.length === 1 ? key.toUpperCase() : key);
}

/** The help overlay's rows: each command with the labels of its keys. */
export function helpRows(): { command: DeckCommand; keys: string[] }[] {
  return DECK_KEYMAP.map((b) => ({ command: b.command, keys: b.keys.map(keyLabel) }));
}
