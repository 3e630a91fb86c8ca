import { computed } from 'nanostores';
import { REVIEW_STEP, stepIds, type StepId } from '../domain/progress/progress.ts';
import { $content } from './content.ts';
import { $progress } from './progress.ts';
import { $visibility } from './recommendation.ts';

/** The steps to walk through: every section with a question to show, then the review. */
export const $steps = computed([$content, $visibility], (content, visibility): StepId[] => {
  const hidden = content.sections.filter((section) => section.questions.every((q) => visibility.hidden.includes(q.id)));
  return stepIds(content).filter((id) => !hidden.some((section) => section.id === id));
});

/** The step on screen: the saved step, or the next shown step when answers have hidden it. */
export const $currentStep = computed([$content, $progress, $steps], (content, progress, steps): StepId => {
  if (steps.includes(progress.step)) return progress.step;
  const all = stepIds(content);
  const from = all.indexOf(progress.step);
  return all.slice(Math.max(from, 0)).find((id) => steps.includes(id)) ?? REVIEW_STEP;
});
