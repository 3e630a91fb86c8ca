import { changeSentence } from '../../domain/report/change-words.ts';
import { EditLink } from './EditLink.tsx';
import { fill } from './fill.ts';
import type { ReportProps } from './report-props.ts';

/** The single answers whose change would change the recommended set, and to what. */
export function ChangeList({ content, base, copy, result }: ReportProps) {
  const kindOf = (id: string): 'number' | 'choice' => (content.questions.find((q) => q.id === id)?.kind === 'number' ? 'number' : 'choice');
  return (
    <section>
      <h2>{copy.changes.title}</h2>
      {result.changes.length === 0 ? (
        <p>{copy.changes.none}</p>
      ) : (
        <ul class="rs-changes">
          {result.changes.map((change) => (
            <li key={`${change.question}-${change.to}`}>
              {changeSentence(change, result.recommendation.models, kindOf(change.question))}{' '}
              <EditLink question={change.question} base={base} copy={copy}>
                {copy.change}
                <span class="visually-hidden">{fill(copy.changeFor, { question: change.short })}</span>
              </EditLink>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
