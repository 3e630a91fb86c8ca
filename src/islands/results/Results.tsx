import { useStore } from '../../stores/use-store.ts';
import { useEffect, useState } from 'preact/hooks';
import type { AdvisorContent } from '../../domain/content.ts';
import { $linkError, $openCount, $reading, $result, $resultFile, $savedNotices, $source, connectResults } from '../../stores/results.ts';
import type { ResultsCopy } from './copy.ts';
import { Prompt } from './Prompt.tsx';
import { Report } from './Report.tsx';
import { SavedNotices } from '../shared/SavedNotices.tsx';

interface Props {
  readonly content: AdvisorContent;
  /** import.meta.env.BASE_URL, for links to the questionnaire, guides and RFP. */
  readonly base: string;
  readonly copy: ResultsCopy;
  /** The brand's name (the tab's title) and its default "Prepared by". */
  readonly brand: { readonly name: string; readonly preparedBy?: string | undefined };
}

/** The results page: the recommendation a link (or this browser's saved progress) holds, or why there is none. */
export default function Results({ content, base, copy, brand }: Props) {
  // A link is opened before the first render, so it never flashes the empty state.
  const [disconnect] = useState(() =>
    connectResults(content, window, undefined, { words: copy.title, site: brand.name, defaultAuthor: brand.preparedBy }),
  );
  useEffect(() => disconnect, [disconnect]);
  const error = useStore($linkError);
  const result = useStore($result);
  const file = useStore($resultFile);
  const source = useStore($source);
  const opened = useStore($openCount);
  const reading = useStore($reading);
  const notices = useStore($savedNotices);
  if (reading) return <p class="rs-loading">{copy.reading}</p>;
  if (error) return <Prompt title={error.title} text={[error.message, error.hint]} base={base} copy={copy} />;
  const told = source !== 'link' && <SavedNotices notices={notices} wording={copy.savedNotices} className="rs-notices" />;
  if (!result || !file)
    return (
      <>
        {told}
        <Prompt title={copy.empty.title} text={[copy.empty.text]} base={base} copy={copy} />
      </>
    );
  return (
    <>
      {told}
      <Report key={opened} content={content} base={base} copy={copy} result={result} file={file} source={source} />
    </>
  );
}
