import type { FriendlyError } from '../../domain/errors.ts';
import type { ResultsCopy } from './copy.ts';

interface Props {
  readonly notices: readonly FriendlyError[];
  readonly copy: ResultsCopy;
}

/** What reading this browser's saved answers ran into: progress damaged, answers dropped (each named), storage blocked. */
export function SavedNotices({ notices, copy }: Props) {
  if (notices.length === 0) return null;
  const wording: Readonly<Record<string, { readonly title: string; readonly message: string }>> = copy.savedNotices;
  return (
    <div class="rs-notices" role="status">
      {notices.map((notice, i) => {
        const text = wording[notice.code] ?? notice;
        return (
          <p key={`${notice.code}-${notice.field ?? i}`}>
            <strong>{text.title}.</strong> {text.message}
          </p>
        );
      })}
    </div>
  );
}
