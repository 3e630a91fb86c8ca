import { useStore } from '../../stores/use-store.ts';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ScoringContent } from '../../domain/content.ts';
import { REVIEW_STEP, type StepId } from '../../domain/progress/progress.ts';
import { $storageNotices } from '../../stores/persistence.ts';
import { $progress, finishStep, goToStep } from '../../stores/progress.ts';
import { $visibility } from '../../stores/recommendation.ts';
import { $currentStep, $steps } from '../../stores/steps.ts';
import { LivePanel } from './LivePanel.tsx';
import { Notices } from '../shared/Notices.tsx';
import { ProgressNav } from './ProgressNav.tsx';
import { $reviewPart, loadReview } from './review-part.ts';
import { SectionStep } from './SectionStep.tsx';
import { StartOver } from './StartOver.tsx';
import { useAddressTarget } from './use-address-target.ts';

interface Props {
  readonly content: ScoringContent;
  /** import.meta.env.BASE_URL, for the link to the results. */
  readonly base: string;
}

/** The questionnaire: one section a step, a review, and the live result beside it. */
export default function Wizard({ content, base }: Props) {
  useAddressTarget();

  const notices = useStore($storageNotices);
  const progress = useStore($progress);
  const steps = useStore($steps);
  const step = useStore($currentStep);
  const visibility = useStore($visibility);
  const [attempted, setAttempted] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const shownStep = useRef(step);
  // The question to focus after the step changes, when the user chose to edit one answer.
  const focusTarget = useRef<string | null>(null);

  useEffect(() => {
    if (shownStep.current === step) return;
    shownStep.current = step;
    setAttempted(false);
    const id = focusTarget.current;
    focusTarget.current = null;
    const control = id ? document.querySelector<HTMLElement>(`#${id} input, input#${id}`) : null;
    (control ?? heading.current)?.focus();
  }, [step]);

  const index = steps.indexOf(step);
  const section = content.sections.find((s) => s.id === step);
  const invalid = section?.questions.filter((q) => progress.drafts[q.id] !== undefined && !visibility?.hidden.includes(q.id)) ?? [];

  /** Moves to another step; going forward waits until every typed number on this step can be read. */
  function go(target: StepId): void {
    if (steps.indexOf(target) > index && invalid.length > 0) {
      setAttempted(true);
      document.getElementById(`q-${invalid[0]?.id}`)?.focus();
      return;
    }
    const next = steps[index + 1];
    if (section && target === next)
      finishStep(
        section.id,
        target,
        content.sections.map((s) => s.id),
      );
    else goToStep(target);
  }

  const review = useStore($reviewPart);
  useEffect(() => {
    if (!section) void loadReview();
  }, [section]);
  const Review = review?.ReviewStep ?? ReviewPending;

  const previous = steps[index - 1];
  const following = steps[index + 1];
  return (
    <div class="wz">
      <Notices notices={notices} role="alert" onDismiss={(notice) => $storageNotices.set(notices.filter((n) => n !== notice))} />
      <ProgressNav content={content} steps={steps} step={step} done={progress.done} onGo={go} />
      <div class="wz__layout">
        <div class="wz__main">
          {section ? (
            <SectionStep section={section} headingRef={heading} showErrors={attempted} />
          ) : (
            <Review
              content={content}
              base={base}
              headingRef={heading}
              onEdit={(target, question) => {
                focusTarget.current = `q-${question}`;
                goToStep(target);
              }}
            />
          )}
          <div class="wz__nav">
            {previous !== undefined && (
              <button type="button" class="wz-button" onClick={() => go(previous)}>
                Back
              </button>
            )}
            {following !== undefined && (
              <button type="button" class="wz-button wz-button--primary" onClick={() => go(following)}>
                {following === REVIEW_STEP ? 'Next: check your answers' : 'Next'}
              </button>
            )}
          </div>
          <StartOver content={content} heading={heading} />
        </div>
        <LivePanel content={content} />
      </div>
    </div>
  );
}

/** The review step until its code has loaded (a moment, the first time it is shown). */
function ReviewPending() {
  return (
    <p class="loading" role="status">
      Loading your answers…
    </p>
  );
}
