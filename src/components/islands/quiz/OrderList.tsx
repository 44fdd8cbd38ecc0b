import { useState } from 'react';
import type { LiteTranslate } from '../../../i18n/translate-lite';

/**
 * An ordering question's items, put in order by keyboard or touch: each item has buttons to move
 * it up or down, no dragging needed, and each move is announced to screen readers. Used by the
 * module quiz and by the seminar session's tests.
 */
export default function OrderList({ items, ids, onChange, t }: { items: readonly { id: string; text: string }[]; ids: string[]; onChange: (ids: string[]) => void; t: LiteTranslate }) {
  const [announcement, setAnnouncement] = useState('');
  const text = (id: string) => items.find((i) => i.id === id)?.text ?? id;
  const move = (from: number, to: number) => {
    if (to < 0 || to >= ids.length) return;
    const next = [...ids];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item!);
    onChange(next);
    setAnnouncement(t('quiz.moved', { item: text(item!), position: to + 1, total: ids.length }));
  };
  return (
    <>
      <ol className="quiz-order">
        {ids.map((id, i) => (
          <li key={id} className="quiz-order__item">
            <span className="quiz-order__text">{text(id)}</span>
            <span className="quiz-order__buttons">
              <button type="button" className="button button--quiet" onClick={() => move(i, i - 1)} disabled={i === 0} aria-label={t('quiz.moveUp', { item: text(id) })}>
                ↑
              </button>
              <button type="button" className="button button--quiet" onClick={() => move(i, i + 1)} disabled={i === ids.length - 1} aria-label={t('quiz.moveDown', { item: text(id) })}>
                ↓
              </button>
            </span>
          </li>
        ))}
      </ol>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </>
  );
}
