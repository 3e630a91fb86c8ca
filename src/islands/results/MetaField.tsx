import { useState } from 'preact/hooks';
import type { FriendlyError } from '../../domain/errors.ts';
import { setMetaText } from '../../stores/result-answers.ts';
import { SHARE_COPY } from './share-copy.ts';

interface Props {
  readonly field: 'client' | 'preparedBy';
  readonly label: string;
  readonly help: string;
  readonly value: string | undefined;
}

/** An optional name stored in the link; a name that cannot be stored is explained beside the field and left out. */
export function MetaField({ field, label, help, value }: Props) {
  const [error, setError] = useState<FriendlyError | null>(null);
  const id = `rs-${field}`;
  return (
    <div class="rs-field">
      <label class="rs-label" for={id}>
        {label} <span class="muted">{SHARE_COPY.optional}</span>
      </label>
      <p id={`${id}-help`} class="rs-help">
        {help}
        {SHARE_COPY.nameHelp}
      </p>
      <input
        id={id}
        class="rs-input"
        type="text"
        autoComplete="off"
        defaultValue={value ?? ''}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-error ${id}-help` : `${id}-help`}
        onInput={(event) => setError(setMetaText(field, event.currentTarget.value))}
      />
      <p id={`${id}-error`} class="rs-error" role="alert" hidden={!error}>
        {error?.message}
      </p>
    </div>
  );
}
