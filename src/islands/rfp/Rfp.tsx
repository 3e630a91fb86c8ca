import { useStore } from '../../stores/use-store.ts';
import { useEffect, useState } from 'preact/hooks';
import type { AdvisorContent } from '../../domain/content.ts';
import { buildShareUrl } from '../../domain/share/share-url.ts';
import type { DocumentBrand } from '../../domain/schemas/brand.ts';
import { $brand } from '../../stores/brand.ts';
import { $content } from '../../stores/content.ts';
import { $rfpAnswers, $rfpRecommendation, $rfpSavedNotices, openRfp } from '../../stores/rfp.ts';
import { SavedNotices } from '../shared/SavedNotices.tsx';
import { $draft, $draftNotice, $rfpDocument, connectDraft } from '../../stores/rfp-draft.ts';
import type { RfpCopy } from './copy.ts';
import { DocumentView } from './DocumentView.tsx';
import { ExportBar } from './ExportBar.tsx';
import { ModelChoice } from './ModelChoice.tsx';

interface Props {
  readonly content: AdvisorContent;
  /** import.meta.env.BASE_URL, for links to the questionnaire and the results. */
  readonly base: string;
  readonly copy: RfpCopy;
  /** The brand: the letterhead of every export, the tab's title, and the default "Prepared by". */
  readonly brand: DocumentBrand;
}

/** The RFP draft for the answers in the link (or saved in this browser): edit it, print it, download it. */
export default function Rfp({ content, base, copy, brand }: Props) {
  useState(() => {
    $content.set(content);
    $brand.set(brand);
  });
  useEffect(() => {
    const stopDraft = connectDraft();
    // A link pasted into the address bar opens at once.
    const open = (): void => void openRfp(content, window);
    open();
    addEventListener('hashchange', open);
    return () => {
      removeEventListener('hashchange', open);
      stopDraft();
    };
  }, [content]);

  const { reading, error: linkError, file, fragment } = useStore($rfpAnswers);
  const recommendation = useStore($rfpRecommendation);
  const draft = useStore($draft);
  const notice = useStore($draftNotice);
  const doc = useStore($rfpDocument);
  const savedNotices = useStore($rfpSavedNotices);
  // What reading the saved answers ran into (only ever set for a page opened without a link).
  const told = <SavedNotices notices={savedNotices} wording={copy.savedNotices} className="rfp-notice" />;

  useEffect(() => {
    if (doc) document.title = `${doc.title} · ${brand.name}`;
  }, [doc?.title, brand.name]);

  if (!file || !recommendation || !doc || !draft) {
    const problem = linkError ?? (reading ? null : { title: copy.none.title, message: copy.none.text, hint: '' });
    return (
      <>
        <h1>{copy.heading}</h1>
        {told}
        {problem ? (
          <section class="rfp-problem" aria-labelledby="rfp-problem">
            <h2 id="rfp-problem">{problem.title}</h2>
            <p>{problem.message}</p>
            {problem.hint && <p>{problem.hint}</p>}
            <p class="actions">
              <a class="button" href={`${base}wizard/`}>
                {copy.start}
              </a>
            </p>
          </section>
        ) : (
          <p role="status">{copy.reading}</p>
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
        {message && (
          <div class="rfp-notice" role="status">
            <p>
              <strong>{message.title}</strong> {message.message}
            </p>
            <p>{message.hint}</p>
          </div>
        )}
      </div>
      <ExportBar doc={doc} meta={file.meta} resultsHref={buildShareUrl(fragment, base)} copy={copy} />
      {recommendation.recommendation.models.length === 0 && (
        <ModelChoice content={content} recommendation={recommendation} chosen={draft.models ?? []} copy={copy.choice} />
      )}
      <DocumentView doc={doc} />
    </>
  );
}
