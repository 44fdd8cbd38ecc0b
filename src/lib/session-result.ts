import type { Answer, ScorableQuestion } from './quiz-score';
import { crc32Hex } from './session-codec';

/**
 * A trainee's result, as one line of text that fits a QR code, a file or a chat message:
 *
 *   FW1~<session id>~<pre answers>~<post answers>~<name>~<checksum>
 *
 * Answers are one token per item, in the session's item order, joined by "." — "-" for no answer,
 * "t"/"f" for true/false, the option's position in base 36 for single choice, a bit mask of the
 * chosen options in base 36 for multiple choice and cases, the items' positions for ordering.
 * Positions refer to the quiz's own order of options, which does not depend on the language.
 * The checksum (CRC-32 of everything before it) catches a result cut short or mistyped; it is not
 * a signature: anyone can make a valid line, which is why the facilitator signs records.
 */
export const RESULT_VERSION = 1;
const PREFIX = `FW${RESULT_VERSION}`;
export const NAME_MAX = 60;

export interface TraineeResult {
  sessionId: string;
  /** As typed, NFKC-normalised, spaces collapsed. */
  name: string;
  pre: (Answer | undefined)[];
  post: (Answer | undefined)[];
}

export type ResultProblem = 'format' | 'version' | 'checksum' | 'name' | 'answers';

export class ResultError extends Error {
  constructor(
    readonly problem: ResultProblem,
    detail: string,
  ) {
    super(`result: ${problem}: ${detail}`);
  }
}

/** The name as it is stored and shown: NFKC (full-width letters become ASCII, and so on), trimmed, one space between words. */
export function normaliseName(typed: string): string {
  return typed.normalize('NFKC').trim().replace(/\s+/g, ' ');
}

/** Two names are the same trainee when they match after normalising and ignoring case. */
export function nameKey(name: string): string {
  return normaliseName(name).toLocaleLowerCase('en');
}

export type NameProblem = 'empty' | 'too long' | 'forbidden character';

/** Undefined when the name can be used; otherwise what is wrong. */
export function nameProblem(typed: string): NameProblem | undefined {
  const name = normaliseName(typed);
  if (!name) return 'empty';
  if ([...name].length > NAME_MAX) return 'too long';
  // Control characters and the field separator cannot travel in the line.
  if (/[\p{Cc}\p{Cf}~]/u.test(name)) return 'forbidden character';
  return undefined;
}

export function answerToken(q: ScorableQuestion, a: Answer | undefined): string {
  if (!a) return '-';
  switch (q.type) {
    case 'truefalse':
      return a.type === 'truefalse' ? (a.value ? 't' : 'f') : '-';
    case 'single': {
      const i = a.type === 'single' ? q.options.findIndex((o) => o.id === a.optionId) : -1;
      return i < 0 ? '-' : i.toString(36);
    }
    case 'multiple':
    case 'case': {
      if (a.type !== 'multiple' && a.type !== 'case') return '-';
      let mask = 0;
      q.options.forEach((o, i) => {
        if (a.optionIds.includes(o.id)) mask |= 1 << i;
      });
      return mask ? mask.toString(36) : '-';
    }
    case 'order': {
      if (a.type !== 'order' || a.itemIds.length !== q.items.length) return '-';
      const positions = a.itemIds.map((id) => q.items.findIndex((item) => item.id === id));
      return positions.some((p) => p < 0) ? '-' : positions.map((p) => p.toString(36)).join('');
    }
  }
}

/** The answer a token stands for; throws ResultError('answers') for a token that cannot be one. */
export function tokenAnswer(q: ScorableQuestion, token: string): Answer | undefined {
  if (token === '-') return undefined;
  const bad = () => new ResultError('answers', `"${token}" is not an answer to ${q.id}`);
  switch (q.type) {
    case 'truefalse':
      if (token !== 't' && token !== 'f') throw bad();
      return { type: 'truefalse', value: token === 't' };
    case 'single': {
      const option = /^[0-9a-z]$/.test(token) ? q.options[parseInt(token, 36)] : undefined;
      if (!option) throw bad();
      return { type: 'single', optionId: option.id };
    }
    case 'multiple':
    case 'case': {
      const mask = /^[0-9a-z]{1,4}$/.test(token) ? parseInt(token, 36) : 0;
      if (!mask || mask >= 1 << q.options.length) throw bad();
      return { type: q.type, optionIds: q.options.filter((_, i) => mask & (1 << i)).map((o) => o.id) };
    }
    case 'order': {
      const positions = [...token].map((ch) => parseInt(ch, 36));
      const valid = positions.length === q.items.length && new Set(positions).size === positions.length && positions.every((p) => p >= 0 && p < q.items.length);
      if (!valid) throw bad();
      return { type: 'order', itemIds: positions.map((p) => q.items[p]!.id) };
    }
  }
}

/** The line for a result. `items` are the session's questions in its item order. */
export function encodeResult(r: TraineeResult, items: ScorableQuestion[]): string {
  const problem = nameProblem(r.name);
  if (problem) throw new ResultError('name', problem);
  const tokens = (answers: (Answer | undefined)[]) => items.map((q, i) => answerToken(q, answers[i])).join('.');
  const body = [PREFIX, r.sessionId, tokens(r.pre), tokens(r.post), normaliseName(r.name)].join('~');
  return `${body}~${crc32Hex(body)}`;
}

/** A line read but not yet matched to a session: the session id is known before the answers are decoded. */
export interface ResultEnvelope {
  sessionId: string;
  name: string;
  preTokens: string[];
  postTokens: string[];
}

/** Reads the line's frame and checksum. Whitespace around it, or line breaks a chat app added, are ignored. */
export function readResultEnvelope(text: string): ResultEnvelope {
  const line = text.replace(/[\r\n]+/g, '').trim();
  const parts = line.split('~');
  if (parts.length < 6 || !/^FW\d+$/.test(parts[0]!)) throw new ResultError('format', 'not a Fair Work Guide result');
  if (parts[0] !== PREFIX) throw new ResultError('version', `${parts[0]}; this site reads ${PREFIX}`);
  const check = parts[parts.length - 1]!;
  const body = parts.slice(0, -1).join('~');
  if (crc32Hex(body) !== check) throw new ResultError('checksum', 'the result was changed or cut short');
  const [, sessionId, pre, post] = parts as [string, string, string, string];
  const name = parts.slice(4, -1).join('~');
  if (nameProblem(name) || normaliseName(name) !== name) throw new ResultError('name', 'the name cannot be used');
  if (!/^[0-9a-z]{10}$/.test(sessionId)) throw new ResultError('format', 'no session id');
  return { sessionId, name, preTokens: pre.split('.'), postTokens: post.split('.') };
}

/** The answers of an envelope, checked against the session's items (count and every token). */
export function resultFromEnvelope(e: ResultEnvelope, items: ScorableQuestion[]): TraineeResult {
  const decode = (tokens: string[]) => {
    if (tokens.length !== items.length) throw new ResultError('answers', `${tokens.length} answers for ${items.length} items`);
    return tokens.map((token, i) => tokenAnswer(items[i]!, token));
  };
  return { sessionId: e.sessionId, name: e.name, pre: decode(e.preTokens), post: decode(e.postTokens) };
}

export function decodeResult(text: string, items: ScorableQuestion[]): TraineeResult {
  return resultFromEnvelope(readResultEnvelope(text), items);
}

/**
 * Pasted text or a file may hold several results, words around them, and line breaks a messaging
 * app added: line breaks are dropped, each result starts at "FW<version>~" and ends after its
 * checksum. A piece that does not look whole is returned as it is, to be refused with its reason.
 */
export function splitResults(text: string): string[] {
  const joined = text.replace(/[\r\n]+/g, '');
  const starts = [...joined.matchAll(/FW\d+~/g)].map((m) => m.index);
  if (!starts.length) return joined.trim() ? [joined.trim()] : [];
  return starts.map((start, i) => {
    const piece = joined.slice(start, starts[i + 1]);
    return (/^FW\d+~[^~]*~[^~]*~[^~]*~[^~]*~[0-9a-f]{8}/.exec(piece)?.[0] ?? piece).trim();
  });
}
