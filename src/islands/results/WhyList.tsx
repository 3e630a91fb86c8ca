import { MODEL_IDS } from '../../domain/model-ids.ts';
import { EditLink } from './EditLink.tsx';
import { fill } from './fill.ts';
import type { ReportProps } from './report-props.ts';

function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}

/** The reasons behind each score, strongest first, each naming its answer and linking to its question. */
export function WhyList({ content, base, copy, result }: ReportProps) {
  const shortOf = (id: string): string => content.questions.find((q) => q.id === id)?.short ?? id;
  return (
    <>
      <p>{copy.why.intro}</p>
      {MODEL_IDS.map((model) => {
        const reasons = result.reasons[model];
        return (
          <section key={model} id={`why-${model.toLowerCase()}`} class="rs-why" tabIndex={-1} aria-labelledby={`rs-why-${model}`}>
            <h3 id={`rs-why-${model}`}>{fill(copy.why.model, { model, score: result.scores[model] })}</h3>
            {reasons.length === 0 ? (
              <p>{copy.why.none}</p>
            ) : (
              <ol class="rs-reasons">
                {reasons.map((reason) => (
                  <li key={reason.rule} class="rs-reason">
                    <span class={reason.points < 0 ? 'rs-points is-minus' : 'rs-points'}>
                      {signed(reason.points)}
                      <span class="visually-hidden">{copy.why.points}</span>
                      {reason.points !== reason.rulePoints && (
                        <span class="rs-capped">{fill(copy.why.capped, { points: signed(reason.rulePoints) })}</span>
                      )}
                    </span>
                    <span>
                      {reason.text}
                      <span class="rs-reason__answer">
                        {fill(copy.why.answer, { question: shortOf(reason.question), answer: reason.answer })}{' '}
                        <EditLink question={reason.question} base={base} copy={copy}>
                          {copy.change}
                          <span class="visually-hidden">{fill(copy.changeFor, { question: shortOf(reason.question) })}</span>
                        </EditLink>
                      </span>
                    </span>
                  </li>
                ))}
              </ol>
            )}
          </section>
        );
      })}
    </>
  );
}
