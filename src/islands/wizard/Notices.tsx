import { useStore } from '../../stores/use-store.ts';
import { $storageNotices } from '../../stores/persistence.ts';

/** What happened to saved progress (unreadable, storage off or full), with what was kept. */
export function Notices() {
  const notices = useStore($storageNotices);
  return (
    <div class="wz-notices" role="alert">
      {notices.map((notice, i) => (
        <div key={`${notice.code}-${notice.field ?? i}`} class="wz-notice">
          <p class="wz-notice__title">{notice.title}</p>
          <p>
            {notice.message} {notice.hint}
          </p>
          <button type="button" class="wz-button wz-button--small" onClick={() => $storageNotices.set(notices.filter((n) => n !== notice))}>
            Dismiss<span class="visually-hidden"> this message</span>
          </button>
        </div>
      ))}
    </div>
  );
}
