import type { ComponentChildren } from 'preact';
import { $result } from '../../stores/result-details.ts';
import { useStore } from '../../stores/use-store.ts';
import { DETAIL_COPY as words } from './detail-copy.ts';

interface ItemsProps {
  /** The part's id: a link can open it (see domain/share/sections.ts). */
  readonly id: 'risks' | 'kpis' | 'scope-notes';
  readonly title: string;
  readonly items: readonly (readonly [string, ComponentChildren])[];
}

/** One list of "What to watch": a bold lead-in per item, then its text. */
function Items({ id, title, items }: ItemsProps) {
  if (items.length === 0) return null;
  return (
    <section id={id} tabIndex={-1} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      <ul class="rs-items">
        {items.map(([lead, text], i) => (
          <li key={i}>
            <strong>{lead}</strong> {text}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The risks that apply with their mitigations, the KPIs to put in the contract, and scope notes. */
export function WatchList() {
  const result = useStore($result);
  if (!result) return null;
  const { risks, kpis, notes } = result;
  const text = words.watch;
  return (
    <>
      {risks.length + kpis.length === 0 && <p>{text.nothing}</p>}
      <Items
        id="risks"
        title={text.risks}
        items={risks.map((risk) => [
          `${risk.model}: ${risk.title}.`,
          <>
            {risk.description}
            {risk.raisedBy.length > 0 && <span class="rs-strong">{text.raised}</span>}
            <br />
            <span class="rs-strong">{text.mitigation}</span> {risk.mitigation}
          </>,
        ])}
      />
      <Items
        id="kpis"
        title={text.kpis}
        items={kpis.map((kpi) => [
          `${kpi.model}: ${kpi.name}${kpi.emphasised ? text.priority : ''}.`,
          <>
            {kpi.definition} <span class="rs-strong">{text.measured}</span> {kpi.howMeasured}
          </>,
        ])}
      />
      <Items
        id="scope-notes"
        title={text.notes}
        items={notes.map((note) => [`${note.model ? `${note.model}: ` : ''}${note.title}.`, note.text])}
      />
    </>
  );
}
