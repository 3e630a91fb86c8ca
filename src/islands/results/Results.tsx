import { useStore } from '../../stores/use-store.ts';
import { useState } from 'preact/hooks';
import type { AdvisorContent } from '../../domain/content.ts';
import { $content } from '../../stores/content.ts';
import { $opened } from '../../stores/opened-answers.ts';
import { $result } from '../../stores/results.ts';
import type { ResultsCopy } from './copy.ts';
import { Report } from './Report.tsx';
import { Notices, worded } from '../shared/Notices.tsx';
import { Problem } from '../shared/Problem.tsx';

interface Props {
  readonly content: AdvisorContent;
  /** import.meta.env.BASE_URL, for links to the questionnaire, guides and RFP. */
  readonly base: string;
  readonly copy: ResultsCopy;
}

/** The results page: the recommendation a link (or this browser's saved progress) holds, or why there is none. */
export default function Results({ content, base, copy }: Props) {
  useState(() => $content.set(content));
  const { phase, source, error, file, notices, opening } = useStore($opened);
  const result = useStore($result);
  const start = { href: `${base}wizard/`, label: copy.start };
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
      <Report key={opening} content={content} base={base} copy={copy} result={result} file={file} source={source} />
    </>
  );
}
