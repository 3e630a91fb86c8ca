import { EditLink } from './EditLink.tsx';
import { fill } from './fill.ts';
import type { ReportProps } from './Report.tsx';

/** The single answers whose change would change the recommended set, and to what. */
export function ChangeList({ base, copy, result }: ReportProps) {
  return (
    <section>
      <h2>{copy.changes.title}</h2>
      {result.changes.length === 0 ? (
        <p>{copy.changes.none}</p>
      ) : (
        <ul class="rs-changes">
          {result.changes.map((change) => (
            <li key={`${change.question}-${change.to}`}>
              {fill(copy.changes.item, {
                question: change.short,
                to: <strong>{change.to}</strong>,
                from: change.from,
                label: <strong>{change.label}</strong>,
              })}{' '}
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
