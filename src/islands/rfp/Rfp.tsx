import { useStore } from '../../stores/use-store.ts';
import { useEffect } from 'preact/hooks';
import { buildShareUrl } from '../../domain/share/share-url.ts';
import { SITE_BASE as base } from '../../lib/site-base.ts';
import { $brand } from '../../stores/brand.ts';
import { $content } from '../../stores/content.ts';
import { $fragment, $opened } from '../../stores/opened-answers.ts';
import { $rfpOutline, $tenderSet } from '../../stores/rfp.ts';
import { $draft, $draftNotice } from '../../stores/rfp-draft.ts';
import { Notices, worded } from '../shared/Notices.tsx';
import { Problem } from '../shared/Problem.tsx';
import { RFP_COPY as copy } from './copy.ts';
import { $draftDrawn, $draftFailed, $draftParts, loadDraft } from './draft-parts.ts';
import { ExportBar } from './ExportBar.tsx';
import { ModelChoice } from './ModelChoice.tsx';

/**
 * The RFP draft for the answers in the link (or saved in this browser): edit it, print it, download
 * it. Its title, the buttons and (to keep it in-house) the choice of services show first; the
 * sections follow as soon as they have loaded.
 */
export default function Rfp() {
  const { phase, error, file, notices } = useStore($opened);
  const content = useStore($content);
  const fragment = useStore($fragment);
  const brand = useStore($brand);
  const set = useStore($tenderSet);
  const outline = useStore($rfpOutline);
  const draft = useStore($draft);
  const notice = useStore($draftNotice);
  const parts = useStore($draftParts);
  const failed = useStore($draftFailed);
  // What reading the saved answers ran into (only ever set for a page opened without a link).
  const told = notices.length > 0 && <Notices notices={worded(notices, copy.savedNotices)} role="status" />;

  useEffect(() => {
    if (outline && brand) document.title = `${outline.title} · ${brand.name}`;
  }, [outline?.title, brand?.name]);
  useEffect(() => {
    if (file) loadDraft().catch(() => undefined);
  }, [file]);

  if (!file || !set || !outline || !draft) {
    const problem = error ?? (phase === 'open' ? { title: copy.none.title, message: copy.none.text, hint: '' } : null);
    return (
      <>
        <h1>{copy.heading}</h1>
        {told}
        {problem ? (
          <Problem title={problem.title} text={[problem.message, problem.hint]} start={{ href: `${base}wizard/`, label: copy.start }} />
        ) : (
          <p class="loading" role="status">
            {phase === 'reading' ? copy.reading : copy.drafting}
          </p>
        )}
      </>
    );
  }

  const message = notice && copy.notices[notice];
  return (
    <>
      <h1 class="rfp-title">{outline.title}</h1>
      <div class="rfp-intro no-print">
        <p>{copy.intro}</p>
        {told}
        {message && <Notices notices={[message]} role="status" />}
      </div>
      <ExportBar meta={file.meta} resultsHref={buildShareUrl(fragment, base)} copy={copy} />
      {set.models.length === 0 && <ModelChoice content={content} scores={set.scores} chosen={draft.models ?? []} copy={copy.choice} />}
      {parts ? (
        <parts.Draft onDrawn={(all) => $draftDrawn.set(all)} />
      ) : failed ? (
        <p class="rfp-error">{copy.draftFailed}</p>
      ) : (
        <p class="loading" role="status">
          {copy.drafting}
        </p>
      )}
    </>
  );
}
