import { useStore } from '../../stores/use-store.ts';
import type { RefObject } from 'preact';
import { joinWords } from '../../domain/answers/format-answer.ts';
import type { Section } from '../../domain/schemas/question.ts';
import { $visibility } from '../../stores/recommendation.ts';
import { QuestionField } from './QuestionField.tsx';

interface Props {
  readonly section: Section;
  readonly headingRef: RefObject<HTMLHeadingElement>;
  /** True once the user tried to move on: number fields show a mistake at once, without waiting for a pause in typing. */
  readonly showErrors: boolean;
}

/** One section of questions; questions whose conditions are not met are left out and said so. */
export function SectionStep({ section, headingRef, showErrors }: Props) {
  const visibility = useStore($visibility);
  const hidden = visibility?.hidden ?? [];
  const shown = section.questions.filter((q) => !hidden.includes(q.id));
  const skipped = section.questions.length - shown.length;
  const dropped = section.questions.filter((q) => visibility?.dropped.includes(q.id)).map((q) => q.short);
  return (
    <section class="wz-step" aria-labelledby="wz-step-title">
      <h2 id="wz-step-title" class="wz-step__title" tabIndex={-1} ref={headingRef}>
        {section.title}
      </h2>
      <p class="wz-step__intro">{section.intro}</p>
      {shown.map((question) => (
        <QuestionField key={question.id} question={question} showErrors={showErrors} />
      ))}
      <div role="status" class="wz-skipped">
        {skipped > 0 && (
          <p>
            {skipped === 1 ? 'One more question' : `${skipped} more questions`} in this step depend on your answers above: they are asked
            only when they apply.
            {dropped.length > 0 && ` Your earlier answers about ${joinWords(dropped)} are kept but not counted while they do not apply.`}
          </p>
        )}
      </div>
    </section>
  );
}
