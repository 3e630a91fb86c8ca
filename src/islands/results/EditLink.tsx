import type { ComponentChildren } from 'preact';
import type { FriendlyError } from '../../domain/errors.ts';
import { questionHref, stepOfQuestion } from '../../domain/progress/wizard-target.ts';
import { $content } from '../../stores/content.ts';
import { $opened } from '../../stores/opened-answers.ts';
import { $editError } from '../../stores/results.ts';

/** The questionnaire's address: at one question (`wizard/#q-<id>`), or where it opens by default. */
function wizardHref(base: string, question: string | null): string {
  return question ? questionHref(base, question) : `${base}wizard/`;
}

/**
 * Opens the questionnaire with the answers on screen, at `question` when one is given; the code
 * that does it loads on the first click.
 */
export function openInWizard(question: string | null, base: string): void {
  const content = $content.get();
  const file = $opened.get().file;
  if (!content || !file) return;
  $editError.set(null);
  const request = {
    content,
    file,
    href: wizardHref(base, question),
    step: question ? stepOfQuestion(content, question) : null,
    base,
    onRefused: (error: FriendlyError) => $editError.set(error),
  };
  import('./edit-answers.tsx')
    .then(async (edit) => {
      await edit.styled;
      edit.editAnswers(request);
    })
    .catch(() => $editError.set('unavailable'));
}

interface Props {
  readonly question: string;
  readonly base: string;
  readonly children: ComponentChildren;
}

/** A link to one question in the questionnaire that takes the answers on screen with it (see openInWizard). */
export function EditLink({ question, base, children }: Props) {
  return (
    <a
      href={wizardHref(base, question)}
      onClick={(event) => {
        event.preventDefault();
        openInWizard(question, base);
      }}
    >
      {children}
    </a>
  );
}
