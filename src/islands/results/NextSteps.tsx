import { useStore } from '../../stores/use-store.ts';
import { $editError, $fragment } from '../../stores/results.ts';
import { openInWizard } from './EditLink.tsx';
import { fill } from './fill.ts';
import type { ReportProps } from './report-props.ts';

/** The RFP draft, the guide to each recommended model, and the way back to the answers. */
export function NextSteps({ content, base, copy, result }: ReportProps) {
  const fragment = useStore($fragment);
  const error = useStore($editError);
  const models = content.models.filter((m) => result.recommendation.models.includes(m.id));
  const text = copy.next;
  return (
    <section>
      <h2>{text.title}</h2>
      <ul class="rs-next">
        {models.length > 0 ? (
          <li>
            <a href={`${base}rfp/#${fragment}`}>{text.rfp}</a>
            {fill(text.rfpText, { label: result.recommendation.label })}
          </li>
        ) : (
          <li>
            <a href={`${base}guides/`}>{text.guides}</a>
            {text.guidesText}
          </li>
        )}
        {models.map((model) => (
          <li key={model.id}>
            <a href={`${base}guides/${model.guide}/`}>{fill(text.guide, { model: model.name })}</a>
            {text.guideText}
          </li>
        ))}
      </ul>
      <p>
        <button type="button" class="button button--secondary" onClick={() => openInWizard(null, base, copy)}>
          {text.edit}
        </button>{' '}
        <span class="muted">{text.editText}</span>
      </p>
      {error && (
        <p class="rs-error" role="alert">
          {error === 'unavailable' ? copy.unavailable : `${error.title}. ${error.message} ${error.hint}`}
        </p>
      )}
    </section>
  );
}
