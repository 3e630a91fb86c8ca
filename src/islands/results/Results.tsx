import { useStore } from '../../stores/use-store.ts';
import { SITE_BASE } from '../../lib/site-base.ts';
import { $explainContent } from '../../stores/explain-content.ts';
import { $opened } from '../../stores/opened-answers.ts';
import { $summary } from '../../stores/results.ts';
import { RESULTS_COPY as copy } from './copy.ts';
import { Report } from './Report.tsx';
import { Notices, worded } from '../shared/Notices.tsx';
import { Problem } from '../shared/Problem.tsx';

/** The results page: the recommendation a link (or this browser's saved progress) holds, or why there is none. */
export default function Results() {
  const { phase, source, error, file, notices, opening } = useStore($opened);
  const content = useStore($explainContent);
  const result = useStore($summary);
  const start = { href: `${SITE_BASE}wizard/`, label: copy.start };
  if (phase === 'waiting') return <p class="loading">{copy.working}</p>;
  if (phase === 'reading') return <p class="loading">{copy.reading}</p>;
  if (error) return <Problem title={error.title} text={[error.message, error.hint]} start={start} />;
  const told = notices.length > 0 && <Notices notices={worded(notices, copy.savedNotices)} role="status" />;
  if (!result || !file)
    return (
      <>
        {told}
        <Problem title={copy.empty.title} text={[copy.empty.text]} start={start} />
      </>
    );
  return (
    <>
      {told}
      <Report key={opening} content={content} base={SITE_BASE} copy={copy} result={result} file={file} source={source} />
    </>
  );
}
