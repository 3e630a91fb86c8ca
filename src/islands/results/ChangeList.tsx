import { changeSentence } from '../../domain/report/change-words.ts';
import { $result } from '../../stores/result-details.ts';
import { $preview } from '../../stores/results.ts';
import { useStore } from '../../stores/use-store.ts';
import { EditLink } from './EditLink.tsx';
import { fill } from './fill.ts';
import type { ReportProps } from './report-props.ts';
import { WhatIf } from './WhatIf.tsx';
import { DETAIL_COPY as words } from './detail-copy.ts';

/** The single answers whose change would change the recommended set, in plain sentences, each with a preview. */
export function ChangeList(props: ReportProps) {
  const { content, base } = props;
  const result = useStore($result);
  const previewing = useStore($preview);
  const kindOf = (id: string): 'number' | 'choice' => (content.questions.find((q) => q.id === id)?.kind === 'number' ? 'number' : 'choice');
  if (!result) return null;
  if (result.changes.length === 0) return <p>{words.changes.none}</p>;
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
                {words.whatIf.preview}
                <span class="visually-hidden">{words.whatIf.previewFor}</span>
              </button>{' '}
              <EditLink question={change.question} base={base}>
                {words.change}
                <span class="visually-hidden">{fill(words.changeFor, { question: change.short })}</span>
              </EditLink>
            </li>
          );
        })}
      </ul>
    </>
  );
}
