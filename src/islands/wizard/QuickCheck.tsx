import { useStore } from '../../stores/use-store.ts';
import { useRef } from 'preact/hooks';
import type { ScoringContent } from '../../domain/content.ts';
import { REVIEW_STEP } from '../../domain/progress/progress.ts';
import { questionHref, stepOfQuestion } from '../../domain/progress/wizard-target.ts';
import type { Question } from '../../domain/schemas/question.ts';
import { encodeLink } from '../../domain/share/link-encode.ts';
import { buildShareUrl } from '../../domain/share/share-url.ts';
import { $storageNotices } from '../../stores/persistence.ts';
import { $progress, goToStep } from '../../stores/progress.ts';
import { $recommendation, $visibility } from '../../stores/recommendation.ts';
import { LivePanel } from './LivePanel.tsx';
import { Notices } from '../shared/Notices.tsx';
import { QuestionField } from './QuestionField.tsx';
import { StartOver } from './StartOver.tsx';

interface Props {
  readonly content: ScoringContent;
  /** import.meta.env.BASE_URL, for the links to the results and the questionnaire. */
  readonly base: string;
  /** The quick check's questions, in questionnaire order (chosen at build time, see quick-check.ts). */
  readonly questions: readonly string[];
  /** The words under the heading: measured with the questions for "about N minutes". */
  readonly intro: string;
}

/**
 * The quick check (the page's script mounts it, see quick-mount.ts): the few questions that move the result most on one page, the live result beside
 * them, then the same results page and link as the questionnaire. Answers are the questionnaire's
 * saved progress, so refining goes on in the questionnaire with every quick answer filled in.
 */
export default function QuickCheck({ content, base, questions, intro }: Props) {
  const { answers, drafts, meta } = useStore($progress);
  const visibility = useStore($visibility);
  const notices = useStore($storageNotices);
  const heading = useRef<HTMLHeadingElement>(null);
  const hidden = visibility?.hidden ?? [];
  const shown = questions.flatMap((id): Question[] => {
    const question = content.questions.find((q) => q.id === id);
    return question && !hidden.includes(id) ? [question] : [];
  });
  const skipped = questions.length - shown.length;
  const unreadable = shown.filter((q) => drafts[q.id] !== undefined);
  // The questions still open (unanswered, shown or possibly shown), in questionnaire order.
  const open = useStore($recommendation)?.confidence.unanswered ?? [];

  /** Saves, as the questionnaire's current step, the step of the first open question: where refining goes on. */
  function continueAtOpen(): void {
    const first = open[0];
    goToStep(first === undefined ? REVIEW_STEP : (stepOfQuestion(content, first) ?? REVIEW_STEP));
  }

  function refine(): void {
    const first = open[0];
    if (first === undefined) return;
    continueAtOpen();
    window.location.assign(questionHref(base, first));
  }

  return (
    <div class="wz">
      <Notices notices={notices} role="alert" onDismiss={(notice) => $storageNotices.set(notices.filter((n) => n !== notice))} />
      <div class="wz__layout">
        <div class="wz__main">
          <section class="wz-step" aria-labelledby="wz-step-title">
            <h2 id="wz-step-title" class="wz-step__title" tabIndex={-1} ref={heading}>
              The questions that decide most
            </h2>
            <p class="wz-step__intro">{intro}</p>
            {shown.map((question) => (
              <QuestionField key={question.id} question={question} showErrors={false} />
            ))}
            <div role="status" class="wz-skipped">
              {skipped > 0 && (
                <p>
                  {skipped === 1
                    ? 'One more question depends on your answers above: it is asked only when it applies.'
                    : `${skipped} more questions depend on your answers above: they are asked only when they apply.`}
                </p>
              )}
            </div>
          </section>
          {unreadable.length > 0 ? (
            <p class="wz-error" role="alert">
              Fix the number you typed for {unreadable.map((q) => q.short).join(', ')} to see your result.
            </p>
          ) : (
            <p class="wz-finish">
              <a class="wz-button wz-button--primary" href={buildShareUrl(encodeLink({ answers, meta }), base)} onClick={continueAtOpen}>
                See my result
              </a>
            </p>
          )}
          {open.length > 0 && (
            <p class="wz-refine">
              Want a surer result? The full questionnaire asks the {open.length === 1 ? 'one question' : `${open.length} questions`} still
              open, with your answers here already filled in.{' '}
              <button type="button" class="wz-button wz-button--small" onClick={refine}>
                Refine with the remaining questions
              </button>
            </p>
          )}
          <StartOver content={content} heading={heading} />
        </div>
        <LivePanel content={content} />
      </div>
    </div>
  );
}
