import type { ResultsCopy } from './copy.ts';

interface Props {
  readonly title: string;
  readonly text: readonly string[];
  readonly base: string;
  readonly copy: ResultsCopy;
}

/** Nothing to show (a link that cannot be opened, or no answers yet): why, and the way to the questionnaire. */
export function Prompt({ title, text, base, copy }: Props) {
  return (
    <section class="rs-problem">
      <h2>{title}</h2>
      {text.map((line) => (
        <p key={line}>{line}</p>
      ))}
      <p class="actions">
        <a class="button" href={`${base}wizard/`}>
          {copy.start}
        </a>
      </p>
    </section>
  );
}
