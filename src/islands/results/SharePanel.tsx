import { useStore } from '../../stores/use-store.ts';
import { useEffect, useRef, useState } from 'preact/hooks';
import { buildShareUrl } from '../../domain/share/share-url.ts';
import { $fragment } from '../../stores/opened-answers.ts';
import { MetaField } from './MetaField.tsx';
import type { ReportProps } from './report-props.ts';
import { SHARE_COPY } from './share-copy.ts';

/** The link that reproduces this page, a way to copy it, and the optional names it carries. */
export function SharePanel({ base, copy, file }: ReportProps) {
  const fragment = useStore($fragment);
  const url = new URL(buildShareUrl(fragment, base), window.location.href).href;
  const field = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState('');
  const text = SHARE_COPY;
  useEffect(() => setStatus(''), [url]);

  async function copyLink(): Promise<void> {
    try {
      await navigator.clipboard.writeText(url);
      setStatus(text.copied);
    } catch {
      // Clipboard refused (permissions, an old browser, a page not served over HTTPS): select the link to copy by hand.
      field.current?.focus();
      field.current?.select();
      setStatus(text.select);
    }
  }

  return (
    <section class="rs-share" aria-labelledby="rs-share-title">
      <h2 id="rs-share-title">{text.title}</h2>
      <p>{text.intro}</p>
      <MetaField field="client" label={copy.preparedFor} help={text.clientHelp} value={file.meta.client} />
      <MetaField field="preparedBy" label={copy.preparedBy} help={text.preparedByHelp} value={file.meta.preparedBy} />
      <label class="rs-label" for="rs-url">
        {text.link}
      </label>
      <div class="rs-copy">
        <input id="rs-url" class="rs-input" type="text" readOnly value={url} ref={field} onFocus={(e) => e.currentTarget.select()} />
        <button type="button" class="button" onClick={copyLink}>
          {text.copy}
        </button>
      </div>
      <p class="rs-status" role="status">
        {status}
      </p>
    </section>
  );
}

export { styled } from './parts-styles.ts';
