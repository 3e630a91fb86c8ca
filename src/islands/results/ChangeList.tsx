import { changeSentence } from '../../domain/report/change-words.ts';
import { $result } from '../../stores/result-details.ts';
import { $preview } from '../../stores/results.ts';
import { useStore } from '../../stores/use-store.ts';
import { EditLink } from './EditLink.tsx';
import { fill } from './fill.ts';
import type { ReportProps } from './report-props.ts';
import { WhatIf } from './WhatIf.tsx';

/** The single answers whose change would change the recommended set, in plain sentences, each with a preview. */
export function ChangeList(props: ReportProps) {
  const { content, base, copy } = props;
  const result = useStore($result);
  const previewing = useStore($preview);
  const kindOf = (id: string): 'number' | 'choice' => (content.questions.find((q) => q.id === id)?.kind === 'number' ? 'number' : 'choice');
  if (!result) return null;
  if (result.changes.length === 0) return <p>{copy.changes.none}</p>;
  return (
    <>
      {previewing && <WhatIf {...props} />}
      <ul class="rs-changes">
        {result.changes.map((change) => {
          const sentence = changeSentence(change, result.recommendation.models, kindOf(change.question));
          return (
            <li key={`${change.question}-${change.to}`}>
              {sentence}{' '}
              <button
                type="button"
                class="link-button"
                aria-pressed={previewing === change ? 'true' : 'false'}
                onClick={() => $preview.set(change)}
              >
                {copy.whatIf.preview}
                <span class="visually-hidden">{copy.whatIf.previewFor}</span>
              </button>{' '}
              <EditLink question={change.question} base={base} copy={copy}>
                {copy.change}
                <span class="visually-hidden">{fill(copy.changeFor, { question: change.short })}</span>
              </EditLink>
            </li>
          );
        })}
      </ul>
    </>
  );
}
