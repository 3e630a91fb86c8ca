import { useStore } from '../../stores/use-store.ts';
import { useEffect } from 'preact/hooks';
import { buildShareUrl } from '../../domain/share/share-url.ts';
import { SITE_BASE as base } from '../../lib/site-base.ts';
import { $fragment, $opened } from '../../stores/opened-answers.ts';
import { $rfpRecommendation, $tenderContent } from '../../stores/rfp.ts';
import { Notices, worded } from '../shared/Notices.tsx';
import { Problem } from '../shared/Problem.tsx';
import { $draft, $draftNotice, $rfpDocument } from '../../stores/rfp-draft.ts';
import { RFP_COPY as copy } from './copy.ts';
import { DocumentView } from './DocumentView.tsx';
import { ExportBar } from './ExportBar.tsx';
import { ModelChoice } from './ModelChoice.tsx';

/** The RFP draft for the answers in the link (or saved in this browser): edit it, print it, download it. */
export default function Rfp() {
  const content = useStore($tenderContent);
  const { phase, error, file, notices } = useStore($opened);
  const fragment = useStore($fragment);
  const recommendation = useStore($rfpRecommendation);
  const draft = useStore($draft);
  const notice = useStore($draftNotice);
  const doc = useStore($rfpDocument);
  // What reading the saved answers ran into (only ever set for a page opened without a link).
  const told = notices.length > 0 && <Notices notices={worded(notices, copy.savedNotices)} role="status" />;

  useEffect(() => {
    if (doc) document.title = `${doc.title} · Outsourcing Advisor`;
  }, [doc?.title]);

  if (!file || !recommendation || !doc || !draft) {
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
      <h1 class="rfp-title">{doc.title}</h1>
      <div class="rfp-intro no-print">
        <p>{copy.intro}</p>
        {told}
        {message && <Notices notices={[message]} role="status" />}
      </div>
      <ExportBar doc={doc} meta={file.meta} resultsHref={buildShareUrl(fragment, base)} copy={copy} />
      {recommendation.recommendation.models.length === 0 && (
        <ModelChoice content={content} recommendation={recommendation} chosen={draft.models ?? []} copy={copy.choice} />
      )}
      <DocumentView doc={doc} />
    </>
  );
}
