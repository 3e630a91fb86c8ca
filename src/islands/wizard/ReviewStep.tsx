import { useStore } from '../../stores/use-store.ts';
import type { RefObject } from 'preact';
import { formatAnswer } from '../../domain/answers/format-answer.ts';
import type { ScoringContent } from '../../domain/content.ts';
import type { Question } from '../../domain/schemas/question.ts';
import { encodeLink } from '../../domain/share/link-encode.ts';
import { buildShareUrl } from '../../domain/share/share-url.ts';
import { $progress } from '../../stores/progress.ts';
import { $visibility } from '../../stores/recommendation.ts';

interface Props {
  readonly content: ScoringContent;
  readonly base: string;
  readonly headingRef: RefObject<HTMLHeadingElement>;
  readonly onEdit: (section: string, question: string) => void;
}

/** Every answer with a way to change it, then the way to the recommendation. */
export function ReviewStep({ content, base, headingRef, onEdit }: Props) {
  const { answers, drafts, meta } = useStore($progress);
  const visibility = useStore($visibility);
  const unreadable = content.questions.filter((q) => drafts[q.id] !== undefined && !visibility?.hidden.includes(q.id));

  function describe(question: Question): string {
    const value = answers[question.id];
    const draft = drafts[question.id];
    if (visibility?.hidden.includes(question.id))
      return `Not asked, so not counted${value === undefined ? '' : ` (your earlier answer, ${formatAnswer(question, value)}, is kept)`}.`;
    if (draft !== undefined) return `"${draft}" is not a number yet.`;
    const words = formatAnswer(question, value);
    return words.charAt(0).toUpperCase() + words.slice(1);
  }

  return (
    <section class="wz-step" aria-labelledby="wz-step-title">
      <h2 id="wz-step-title" class="wz-step__title" tabIndex={-1} ref={headingRef}>
        Check your answers
      </h2>
      <p class="wz-step__intro">
        Change any answer you like, then see your recommendation. "Not sure" is fine: it lowers how sure the recommendation is, never stops
        it.
      </p>
      {content.sections.map((section) => (
        <section key={section.id} class="wz-review" aria-labelledby={`wz-review-${section.id}`}>
          <h3 id={`wz-review-${section.id}`}>{section.title}</h3>
          <dl class="wz-review__list">
            {section.questions.map((question) => (
              <div key={question.id} class="wz-review__item">
                <dt>{question.prompt}</dt>
                <dd>
                  <span>{describe(question)}</span>
                  {!visibility?.hidden.includes(question.id) && (
                    <button type="button" class="wz-button wz-button--small" onClick={() => onEdit(section.id, question.id)}>
                      Edit<span class="visually-hidden"> your answer about {question.short}</span>
                    </button>
                  )}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      {unreadable.length > 0 ? (
        <p class="wz-error" role="alert">
          Fix the number you typed for {unreadable.map((q) => q.short).join(', ')} to see your recommendation.
        </p>
      ) : (
        <p class="wz-finish">
          <a class="wz-button wz-button--primary" href={buildShareUrl(encodeLink({ answers, meta }), base)}>
            See my recommendation
          </a>
        </p>
      )}
    </section>
  );
}
