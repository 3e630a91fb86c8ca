import { useStore } from '../../stores/use-store.ts';
import { buildShareUrl } from '../../domain/share/share-url.ts';
import { $fragment } from '../../stores/opened-answers.ts';
import { $editError } from '../../stores/results.ts';
import { openInWizard } from './EditLink.tsx';
import { fill } from './fill.ts';
import { KeepInList } from './KeepInList.tsx';
import type { ReportProps } from './report-props.ts';

/** What to do next, right under the summary: the RFP draft (or the guides), sharing, editing the answers, the full printout. */
export function NextSteps(props: ReportProps) {
  const { content, base, copy, result } = props;
  const fragment = useStore($fragment);
  const error = useStore($editError);
  const models = content.models.filter((m) => result.recommendation.models.includes(m.id));
  const text = copy.next;
  const shareUrl = new URL(buildShareUrl(fragment, base), window.location.href).href;
  return (
    <section class="rs-actions" aria-labelledby="rs-next-title">
      <h2 id="rs-next-title" class="visually-hidden">
        {text.title}
      </h2>
      <div class="rs-actions__bar">
        {models.length > 0 ? (
          <a class="button" href={`${base}rfp/#${fragment}`}>
            {text.rfp}
          </a>
        ) : (
          <a class="button" href={`${base}guides/`}>
            {text.guides}
          </a>
        )}
        <a
          class="button button--secondary"
          href="#rs-share-title"
          onClick={(e) => {
            // The fragment holds the answers, so the jump scrolls without changing it.
            e.preventDefault();
            document.getElementById('rs-url')?.focus();
          }}
        >
          {copy.actions.share}
        </a>
        <KeepInList {...props} />
        <button type="button" class="button button--secondary" onClick={() => openInWizard(null, base)}>
          {text.edit}
        </button>
        <button
          type="button"
          class="button button--secondary"
          onClick={() => void import('./open-parts.ts').then((parts) => parts.printFullReport()).catch(() => undefined)}
        >
          {copy.actions.printFull}
        </button>
      </div>
      <ul class="rs-next">
        {models.length > 0 ? <li>{fill(text.rfpText, { label: result.recommendation.label })}</li> : <li>{text.guidesText}</li>}
        {models.map((model) => (
          <li key={model.id}>
            <a href={`${base}guides/${model.guide}/`}>{fill(text.guide, { model: model.name })}</a>
            {text.guideText}
          </li>
        ))}
      </ul>
      <p class="rs-print-link">{fill(copy.printLink, { url: shareUrl })}</p>
      {error && (
        <p class="rs-error" role="alert">
          {error === 'unavailable' ? copy.unavailable : `${error.title}. ${error.message} ${error.hint}`}
        </p>
      )}
    </section>
  );
}
