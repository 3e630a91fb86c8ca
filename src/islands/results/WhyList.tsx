import { MODEL_IDS } from '../../domain/model-ids.ts';
import { EditLink } from './EditLink.tsx';
import { fill } from './fill.ts';
import type { ReportProps } from './report-props.ts';
import { DETAIL_COPY as words } from './detail-copy.ts';

function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}

/** The reasons behind each score, strongest first, each naming its answer and linking to its question. */
export function WhyList({ content, base, result }: ReportProps) {
  const shortOf = (id: string): string => content.questions.find((q) => q.id === id)?.short ?? id;
  return (
    <>
      <p>{words.why.intro}</p>
      {MODEL_IDS.map((model) => {
        const reasons = result.reasons[model];
        return (
          <section key={model} id={`why-${model.toLowerCase()}`} class="rs-why" tabIndex={-1} aria-labelledby={`rs-why-${model}`}>
            <h3 id={`rs-why-${model}`}>{fill(words.why.model, { model, score: result.scores[model] })}</h3>
            {reasons.length === 0 ? (
              <p>{words.why.none}</p>
            ) : (
              <ol class="rs-reasons">
                {reasons.map((reason) => (
                  <li key={reason.rule} class="rs-reason">
                    <span class={reason.points < 0 ? 'rs-points is-minus' : 'rs-points'}>
                      {signed(reason.points)}
                      <span class="visually-hidden">{words.why.points}</span>
                      {reason.points !== reason.rulePoints && (
                        <span class="rs-capped">{fill(words.why.capped, { points: signed(reason.rulePoints) })}</span>
                      )}
                    </span>
                    <span>
                      {reason.text}
                      <span class="rs-reason__answer">
                        {fill(words.why.answer, { question: shortOf(reason.question), answer: reason.answer })}{' '}
                        <EditLink question={reason.question} base={base}>
                          {words.change}
                          <span class="visually-hidden">{fill(words.changeFor, { question: shortOf(reason.question) })}</span>
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
