import { useRef, useState } from 'preact/hooks';
import type { AdvisorContent } from '../../domain/content.ts';
import { $compareError, $comparison } from '../../stores/compare.ts';
import { $content } from '../../stores/content.ts';
import { useStore } from '../../stores/use-store.ts';
import { CompareActions, CompareLink } from './CompareShare.tsx';
import { CompareTable } from './CompareTable.tsx';
import type { CompareCopy } from './copy.ts';

interface Props {
  readonly content: AdvisorContent;
  /** import.meta.env.BASE_URL, for links to the results, list and questionnaire pages. */
  readonly base: string;
  readonly copy: CompareCopy;
}

/** Two to four recommendations side by side, from the scenarios in the address bar; or why they cannot be shown. */
export default function Compare({ content, base, copy }: Props) {
  useState(() => $content.set(content));
  const comparison = useStore($comparison);
  const error = useStore($compareError);
  const field = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState('');
  if (!comparison) {
    const title = error ? error.title : copy.empty.title;
    const text = error ? [error.message, error.hint] : [copy.empty.text];
    return (
      <section class="cp-problem">
        <h2>{title}</h2>
        {text.map((line) => (
          <p key={line}>{line}</p>
        ))}
        <p class="actions">
          <a class="button" href={`${base}saved/`}>
            {copy.list}
          </a>
          <a class="button button--secondary" href={`${base}wizard/`}>
            {copy.start}
          </a>
        </p>
      </section>
    );
  }
  return (
    <div class="cp">
      <CompareActions copy={copy} field={field} status={status} onStatus={setStatus} />
      <CompareTable content={content} base={base} copy={copy} comparison={comparison} />
      <CompareLink copy={copy} field={field} status={status} onStatus={setStatus} />
    </div>
  );
}
