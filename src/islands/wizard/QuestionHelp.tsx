import type { Question } from '../../domain/schemas/question.ts';
import { useStore } from '../../stores/use-store.ts';
import { $whyPart, loadWhy } from './why-part.ts';

interface Props {
  /** The question's control id; the help line gets `${id}-help`, which the controls name in aria-describedby. */
  readonly id: string;
  readonly question: Question;
  /** What "not sure" means for this kind of question, after the help line. */
  readonly unsure?: string | undefined;
}

/**
 * One line of help, always shown; the longer "why we ask" behind a native disclosure, its words
 * loaded when first opened (see why-part.ts). Until they have loaded, every question has the
 * disclosure; once they have, a question without one loses it.
 */
export function QuestionHelp({ id, question, unsure }: Props) {
  const part = useStore($whyPart);
  const why = part?.why[question.id];
  return (
    <>
      <p id={`${id}-help`} class="wz-q__help">
        {question.help}
        {unsure && ` ${unsure}`}
      </p>
      {(!part || why) && (
        <details class="wz-why" onToggle={(event) => event.currentTarget.open && void loadWhy()}>
          <summary>
            Why we ask<span class="visually-hidden"> about {question.short}</span>
          </summary>
          <p>{why ?? 'Loading…'}</p>
        </details>
      )}
    </>
  );
}
