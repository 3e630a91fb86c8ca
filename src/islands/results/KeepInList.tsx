import type { ComponentType } from 'preact';
import { useState } from 'preact/hooks';
import type { ReportProps } from './report-props.ts';

type Panel = ComponentType<ReportProps & { readonly onClose: () => void }>;

// The form and the list's code load on the first press: a shared link never needs them.
let panel: Promise<Panel> | null = null;
const loadPanel = (): Promise<Panel> =>
  (panel ??= import('./KeepPanel.tsx').then(async (m) => {
    await m.styled;
    return m.KeepPanel;
  }));

/** "Add to my list": keeps the recommendation on screen in this browser's list, with a label. */
export function KeepInList(props: ReportProps) {
  const [Open, setOpen] = useState<Panel | null>(null);
  return (
    <>
      <button type="button" class="button button--secondary" onClick={() => void loadPanel().then((p) => setOpen(() => p))}>
        {props.copy.keep.button}
      </button>
      {Open && <Open {...props} onClose={() => setOpen(null)} />}
    </>
  );
}
