import type { ScoringContent } from '../../domain/content.ts';
import { REVIEW_STEP, type StepId } from '../../domain/progress/progress.ts';

interface Props {
  readonly content: ScoringContent;
  readonly steps: readonly StepId[];
  readonly step: StepId;
  readonly done: readonly string[];
  readonly onGo: (step: StepId) => void;
}

/** "Step N of M", which sections are done, and a way back to any finished one. */
export function ProgressNav({ content, steps, step, done, onGo }: Props) {
  const titleOf = (id: StepId): string => content.sections.find((s) => s.id === id)?.title ?? 'Check your answers';
  const allDone = steps.every((id) => id === REVIEW_STEP || done.includes(id));
  return (
    <nav class="wz-progress" aria-label="Questionnaire steps">
      <p class="wz-progress__count">
        Step {steps.indexOf(step) + 1} of {steps.length}
        <span class="wz-progress__of">: {titleOf(step)}</span>
      </p>
      <ol class="wz-progress__list">
        {steps.map((id) => {
          const finished = done.includes(id);
          const reachable = finished || (id === REVIEW_STEP && allDone);
          const state = finished ? ' (done)' : '';
          return (
            <li key={id} class={`wz-progress__item${finished ? ' is-done' : ''}${id === step ? ' is-current' : ''}`}>
              {id === step ? (
                <span aria-current="step">
                  {titleOf(id)}
                  <span class="visually-hidden">{state} (this step)</span>
                </span>
              ) : reachable ? (
                <button type="button" class="wz-progress__jump" onClick={() => onGo(id)}>
                  {titleOf(id)}
                  <span class="visually-hidden">{state}</span>
                </button>
              ) : (
                <span>
                  {titleOf(id)}
                  <span class="visually-hidden"> (not yet)</span>
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
