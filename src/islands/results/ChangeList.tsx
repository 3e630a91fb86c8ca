import type { ComponentType } from 'preact';
import { useState } from 'preact/hooks';
import { changeSentence } from '../../domain/report/change-words.ts';
import { $preview } from '../../stores/results.ts';
import { useStore } from '../../stores/use-store.ts';
import { EditLink } from './EditLink.tsx';
import { fill } from './fill.ts';
import type { ReportProps } from './report-props.ts';

// The comparison view loads when a preview is first asked for: the summary never waits for it.
let whatIf: Promise<ComponentType<ReportProps>> | null = null;
const loadWhatIf = (): Promise<ComponentType<ReportProps>> => (whatIf ??= import('./WhatIf.tsx').then((m) => m.WhatIf));

/** The single answers whose change would change the recommended set, in plain sentences, each with a preview. */
export function ChangeList(props: ReportProps) {
  const { content, base, copy, result } = props;
  const previewing = useStore($preview);
  const [View, setView] = useState<ComponentType<ReportProps> | null>(null);
  const kindOf = (id: string): 'number' | 'choice' => (content.questions.find((q) => q.id === id)?.kind === 'number' ? 'number' : 'choice');
  if (result.changes.length === 0) return <p>{copy.changes.none}</p>;
  return (
    <>
      {previewing && View && <View {...props} />}
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
                onClick={() => {
                  void loadWhatIf().then((loaded) => {
                    setView(() => loaded);
                    $preview.set(change);
                  });
                }}
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
