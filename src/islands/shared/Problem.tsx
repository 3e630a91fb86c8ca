interface Props {
  readonly title: string;
  readonly text: readonly string[];
  /** The questionnaire's address, and the words of the link to it. */
  readonly start: { readonly href: string; readonly label: string };
}

/** Why a page has nothing to show (a link that cannot be opened, no answers yet), and the way to the questionnaire. */
export function Problem({ title, text, start }: Props) {
  return (
    <section class="problem" aria-labelledby="problem-title">
      <h2 id="problem-title">{title}</h2>
      {text.flatMap((line) => (line ? [<p key={line}>{line}</p>] : []))}
      <p class="actions">
        <a class="button" href={start.href}>
          {start.label}
        </a>
      </p>
    </section>
  );
}
