import type { ComponentChildren } from 'preact';
import type { ReportProps } from './report-props.ts';

/** One list of "What to watch": a bold lead-in per item, then its text. */
function Items({ title, items }: { readonly title: string; readonly items: readonly (readonly [string, ComponentChildren])[] }) {
  if (items.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul class="rs-items">
        {items.map(([lead, text], i) => (
          <li key={i}>
            <strong>{lead}</strong> {text}
          </li>
        ))}
      </ul>
    </>
  );
}

/** The risks that apply with their mitigations, the KPIs to put in the contract, and scope notes. */
export function WatchList({ copy, result }: ReportProps) {
  const { risks, kpis, notes } = result;
  const text = copy.watch;
  return (
    <>
      {risks.length + kpis.length === 0 && <p>{text.nothing}</p>}
      <Items
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
        title={text.kpis}
        items={kpis.map((kpi) => [
          `${kpi.model}: ${kpi.name}${kpi.emphasised ? text.priority : ''}.`,
          <>
            {kpi.definition} <span class="rs-strong">{text.measured}</span> {kpi.howMeasured}
          </>,
        ])}
      />
      <Items title={text.notes} items={notes.map((note) => [`${note.model ? `${note.model}: ` : ''}${note.title}.`, note.text])} />
    </>
  );
}
