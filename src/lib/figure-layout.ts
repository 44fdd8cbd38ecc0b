/**
 * Lays out the data-driven figures (flows, elements, spectrums) as boxes for inline SVG. SVG text
 * does not wrap, so lines are broken here from an estimate of glyph widths: a CJK character is one
 * em, Latin letters about half an em (src/lib/cjk.ts). The estimate errs wide, so text never
 * overflows its box.
 */
import { CJK_IDEOGRAPHIC, textWidth } from './cjk';

export interface FigureItem {
  label: string;
  detail?: string;
}

export interface LaidOutBox {
  x: number;
  y: number;
  width: number;
  height: number;
  label: string[];
  detail: string[];
}

export interface FigureLayout {
  width: number;
  height: number;
  boxes: LaidOutBox[];
  /** Between consecutive boxes: the point between them and the direction of travel. */
  joins: { x: number; y: number; direction: 'right' | 'down' }[];
}

export const LABEL_SIZE = 20;
export const DETAIL_SIZE = 16;
const PAD = 14;
const GAP = 44;
const LINE = 1.3;

const CLOSING = /^[，。、；：？！）》」』”’,.;:?!)\]]/;

// Tokens: a single ideograph with any closing punctuation after it (so no line starts with ，。）),
// a run of anything else but spaces (a Latin word, with the full-width forms next to it), or spaces.
// Only the ideographic class, not all wide characters: a line may break between two ideographs,
// not inside "（C029）".
const TOKEN = new RegExp(`[${CJK_IDEOGRAPHIC}][，。、；：？！）》」』”’]*|[^\\s${CJK_IDEOGRAPHIC}]+|\\s+`, 'g');

/** Breaks text into lines no wider than maxWidth: Latin at spaces, CJK between characters. */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const tokens = text.match(TOKEN) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    const candidate = line + token;
    if (line && textWidth(candidate.trimEnd(), fontSize) > maxWidth && !CLOSING.test(token)) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else {
      line = candidate;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

function boxHeight(label: string[], detail: string[]): number {
  return PAD * 2 + label.length * LABEL_SIZE * LINE + (detail.length ? 6 + detail.length * DETAIL_SIZE * LINE : 0);
}

/** Items side by side (wide screens, slides), joined left to right. */
export function layoutRow(items: FigureItem[], width = 960): FigureLayout {
  const boxWidth = (width - GAP * (items.length - 1)) / items.length;
  const inner = boxWidth - PAD * 2;
  const wrapped = items.map((it) => ({
    label: wrapText(it.label, inner, LABEL_SIZE),
    detail: it.detail ? wrapText(it.detail, inner, DETAIL_SIZE) : [],
  }));
  const height = Math.ceil(Math.max(...wrapped.map((w) => boxHeight(w.label, w.detail))));
  const boxes = wrapped.map((w, i) => ({ x: i * (boxWidth + GAP), y: 0, width: boxWidth, height, ...w }));
  const joins = boxes.slice(1).map((b) => ({ x: b.x - GAP / 2, y: height / 2, direction: 'right' as const }));
  return { width, height, boxes, joins };
}

/** Items stacked (phones), joined top to bottom. */
export function layoutColumn(items: FigureItem[], width = 360): FigureLayout {
  const inner = width - PAD * 2;
  let y = 0;
  const boxes: LaidOutBox[] = [];
  const joins: FigureLayout['joins'] = [];
  items.forEach((it, i) => {
    const label = wrapText(it.label, inner, LABEL_SIZE);
    const detail = it.detail ? wrapText(it.detail, inner, DETAIL_SIZE) : [];
    const height = Math.ceil(boxHeight(label, detail));
    if (i > 0) joins.push({ x: width / 2, y: y - GAP / 2, direction: 'down' });
    boxes.push({ x: 0, y, width, height, label, detail });
    y += height + GAP;
  });
  return { width, height: y - GAP, boxes, joins };
}

export const FIGURE_METRICS = { PAD, GAP, LINE, LABEL_SIZE, DETAIL_SIZE };
