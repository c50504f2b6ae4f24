/**
 * A lesson quiz that needs no server: answers and feedback ship with the page, so it works offline.
 * Feedback appears when the learner checks an answer, not on every arrow-key move between options.
 * The options are uncontrolled and read when "check" is pressed, so a choice made before the island has
 * hydrated (it hydrates when scrolled into view) is kept.
 */
import { useState } from 'preact/hooks';
import type { Messages } from '../i18n/index.ts';
import { fill } from '../i18n/fill.ts';

export interface QuizItem {
  question: string;
  options: { text: string; correct: boolean; feedback: string }[];
}

interface Props {
  id: string;
  items: QuizItem[];
  strings: Messages['quiz'];
}

export default function Quiz({ id, items, strings }: Props) {
  const [checked, setChecked] = useState<(number | null)[]>(() => items.map(() => null));
  const [nudge, setNudge] = useState<number | null>(null);
  const answered = checked.filter((c) => c !== null).length;
  const right = checked.filter((c, i) => c !== null && items[i]!.options[c]!.correct).length;

  return (
    <div class="quiz">
      {items.map((item, q) => {
        const picked = checked[q];
        const result = picked === null || picked === undefined ? null : item.options[picked]!;
        return (
          <fieldset class="quiz-item" key={q}>
            <legend>
              <span class="visually-hidden">{fill(strings.question, { n: q + 1 })}: </span>
              {item.question}
            </legend>
            {item.options.map((option, o) => (
              <div class="check" key={o}>
                <input
                  type="radio"
                  id={`${id}-${q}-${o}`}
                  name={`${id}-${q}`}
                  value={o}
                />
                <label for={`${id}-${q}-${o}`}>{option.text}</label>
              </div>
            ))}
            <button
              type="button"
              class="secondary"
              onClick={(event) => {
                const selected = event.currentTarget.closest('fieldset')!.querySelector<HTMLInputElement>('input:checked');
                if (!selected) return setNudge(q);
                setNudge(null);
                setChecked((c) => c.map((v, i) => (i === q ? Number(selected.value) : v)));
              }}
            >
              {strings.check}
            </button>
            <div class="quiz-feedback" aria-live="polite">
              {nudge === q && <p>{strings.chooseFirst}</p>}
              {result && (
                <p class={result.correct ? 'right' : 'wrong'}>
                  <strong>{result.correct ? strings.correct : strings.incorrect}</strong> {result.feedback}
                </p>
              )}
            </div>
          </fieldset>
        );
      })}
      <p class="quiz-score" aria-live="polite">
        {answered === items.length ? fill(strings.score, { correct: right, total: items.length }) : ''}
      </p>
    </div>
  );
}
