import { useStore } from '../../stores/use-store.ts';
import { useEffect, useState } from 'preact/hooks';
import { formatWholeNumber } from '../../domain/answers/format-answer.ts';
import { parseNumberInput } from '../../domain/answers/parse-number-input.ts';
import type { Question } from '../../domain/schemas/question.ts';
import { $progress, setNumberText } from '../../stores/progress.ts';
import { QuestionHelp } from './QuestionHelp.tsx';

/** How long typing must pause before a mistake in the field is explained. */
const PAUSE_MS = 600;

interface Props {
  readonly question: Question & { kind: 'number' };
  readonly showErrors: boolean;
}

/**
 * A whole number typed as people type it ("1,200", " 1200 "). Text that is not a number is kept
 * as typed and explained, never turned into 0; an empty field means "not sure".
 */
export function NumberField({ question, showErrors }: Props) {
  const progress = useStore($progress);
  const value = progress.answers[question.id];
  const draft = progress.drafts[question.id];
  const stored = draft ?? (typeof value === 'number' ? formatWholeNumber(value) : '');
  const [text, setText] = useState(stored);
  const read = parseNumberInput(text, question);

  // Follows changes made elsewhere (another tab, "Start over") unless the text already says the same.
  useEffect(() => {
    const same = draft !== undefined ? text === draft : read.status === 'valid' ? read.value === value : value === undefined;
    if (!same) setText(stored);
  }, [value, draft]);

  // The text as it stood when the user last paused typing: a mistake is explained then, not at every keystroke
  // (the alert would interrupt, and "1,2" is on its way to "1,200"); moving on shows it at once.
  const [paused, setPaused] = useState(text);
  useEffect(() => {
    const timer = setTimeout(() => setPaused(text), PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  const id = `q-${question.id}`;
  const error = read.status === 'invalid' && (showErrors || paused === text) ? read.message : null;
  return (
    <div class="wz-q">
      <label class="wz-q__prompt" for={id}>
        {question.prompt}
      </label>
      <QuestionHelp id={id} question={question} unsure="Not sure? Leave it empty." />
      <div class="wz-number">
        <input
          id={id}
          class="wz-number__input"
          type="text"
          inputMode="numeric"
          autoComplete="off"
          spellcheck={false}
          placeholder={question.placeholder}
          value={text}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? `${id}-error ${id}-help` : `${id}-help`}
          onInput={(event) => {
            setText(event.currentTarget.value);
            setNumberText(question, event.currentTarget.value);
          }}
        />
        <span class="wz-number__unit">{question.unit}</span>
      </div>
      <p id={`${id}-error`} class="wz-error" role="alert" hidden={!error}>
        {error}
      </p>
    </div>
  );
}
