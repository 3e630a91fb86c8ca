import { useRef, useState } from 'preact/hooks';
import { SITE_BASE as base } from '../../lib/site-base.ts';
import { $compareContent, $compareError, $comparison } from '../../stores/compare.ts';
import { useStore } from '../../stores/use-store.ts';
import { CompareActions, CompareLink } from './CompareShare.tsx';
import { CompareTable } from './CompareTable.tsx';
import { COMPARE_COPY as copy } from './copy.ts';

/** Two to four recommendations side by side, from the scenarios in the address bar; or why they cannot be shown. */
export default function Compare() {
  const content = useStore($compareContent);
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
