import type { Question } from '../../domain/schemas/question.ts';

interface Props {
  /** The question's control id; the help line gets `${id}-help`, which the controls name in aria-describedby. */
  readonly id: string;
  readonly question: Question;
  /** What "not sure" means for this kind of question, after the help line. */
  readonly unsure?: string | undefined;
}

/** One line of help, always shown; the longer "why we ask" behind a native disclosure, opened on demand. */
export function QuestionHelp({ id, question, unsure }: Props) {
  return (
    <>
      <p id={`${id}-help`} class="wz-q__help">
        {question.help}
        {unsure && ` ${unsure}`}
      </p>
      {question.why && (
        <details class="wz-why">
          <summary>
            Why we ask<span class="visually-hidden"> about {question.short}</span>
          </summary>
          <p>{question.why}</p>
        </details>
      )}
    </>
  );
}
