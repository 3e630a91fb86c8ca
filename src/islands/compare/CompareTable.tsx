import type { ComponentChildren } from 'preact';
import type { Comparison } from '../../domain/compare/compare.ts';
import type { CompareContent } from '../../stores/compare.ts';
import { MODEL_IDS } from '../../domain/model-ids.ts';
import { encodeLink } from '../../domain/share/link-encode.ts';
import { buildShareUrl } from '../../domain/share/share-url.ts';
import { formatMoneyRange } from '../../domain/cost/money.ts';
import { fill } from '../results/fill.ts';
import type { CompareCopy } from './copy.ts';

interface Props {
  readonly content: CompareContent;
  readonly base: string;
  readonly copy: CompareCopy;
  readonly comparison: Comparison;
}

/** More rows of differing answers and reasons than fit one printed page with every sentence. */
const COMPACT_PRINT_ROWS = 16;

/** A cell that differs from the first scenario's: highlighted, and said in words for screen readers. */
function Cell({
  differs,
  copy,
  children,
}: {
  readonly differs: boolean;
  readonly copy: CompareCopy;
  readonly children: ComponentChildren;
}) {
  return (
    <td class={differs ? 'cp-diff' : undefined}>
      {children}
      {differs && <span class="visually-hidden">{copy.differs}</span>}
    </td>
  );
}

/** A group of rows (scores, answers, reasons) under a heading row. */
function Group({ span, title, children }: { readonly span: number; readonly title: string; readonly children: ComponentChildren }) {
  return (
    <tbody>
      <tr class="cp-group">
        <th scope="rowgroup" colSpan={span}>
          {title}
        </th>
      </tr>
      {children}
    </tbody>
  );
}

/**
 * The scenarios as columns: who each is for, the verdict and confidence, every score with its
 * range, then only the answers and reasons that differ, each cell that differs from the first
 * scenario highlighted.
 */
export function CompareTable({ content, base, copy, comparison }: Props) {
  const { scenarios, results, answers, reasons, scoresDiffer, costs } = comparison;
  const span = scenarios.length + 1;
  const first = results[0];
  const names = scenarios.map((s, i) => s.label || s.file.meta.client || fill(copy.scenario, { n: i + 1 }).join(''));
  const line = content.settings.recommendAt;
  // A long comparison prints each differing reason's points without its sentence, to keep to one landscape page.
  const compact = answers.length + reasons.length > COMPACT_PRINT_ROWS;
  return (
    <div class="cp-scroll" role="region" aria-label={copy.scroll} tabIndex={0}>
      <table class={`cp-table cp-table--${scenarios.length}${compact ? ' cp-table--compact' : ''}`}>
        <caption class="visually-hidden">{copy.table}</caption>
        <thead>
          <tr>
            <td />
            {scenarios.map((s, i) => (
              <th key={i} scope="col">
                <span class="cp-name">{names[i]}</span>
                <span class="cp-who">
                  {s.label ? s.file.meta.client || copy.noClient : ''}
                  {s.file.meta.preparedBy ? ` ${fill(copy.preparedBy, { name: s.file.meta.preparedBy }).join('')}` : ''}
                </span>
                <a class="cp-open" href={buildShareUrl(encodeLink(s.file), base)}>
                  {copy.open}
                  <span class="visually-hidden">{fill(copy.openFor, { name: names[i] ?? '' })}</span>
                </a>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{copy.verdict}</th>
            {results.map((r, i) => (
              <Cell key={i} differs={i > 0 && r.recommendation.label !== first?.recommendation.label} copy={copy}>
                <strong>{copy.verdicts[r.recommendation.verdict]}</strong>
                <span class="cp-set">{r.recommendation.label}</span>
              </Cell>
            ))}
          </tr>
          <tr>
            <th scope="row">{copy.confidence}</th>
            {results.map((r, i) => (
              <Cell key={i} differs={i > 0 && r.confidence.level !== first?.confidence.level} copy={copy}>
                {copy.confidences[r.confidence.level]}
              </Cell>
            ))}
          </tr>
        </tbody>
        <Group span={span} title={fill(copy.scores, { line }).join('')}>
          {MODEL_IDS.map((model) => (
            <tr key={model}>
              <th scope="row">{model}</th>
              {results.map((r, i) => {
                const { low, high } = r.ranges[model];
                const firstRange = first?.ranges[model];
                const differs =
                  i > 0 &&
                  scoresDiffer[model] &&
                  (r.scores[model] !== first?.scores[model] || low !== firstRange?.low || high !== firstRange?.high);
                return (
                  <Cell key={i} differs={differs} copy={copy}>
                    <strong>{r.scores[model]}</strong>
                    {r.standings[model] === 'recommended' && <span class="cp-in"> {copy.recommended}</span>}
                    {low !== high && <span class="cp-range">{fill(copy.range, { low, high })}</span>}
                  </Cell>
                );
              })}
            </tr>
          ))}
        </Group>
        <Group span={span} title={copy.answers}>
          {answers.length === 0 && (
            <tr>
              <td colSpan={span}>{copy.sameAnswers}</td>
            </tr>
          )}
          {answers.map((a) => (
            <tr key={a.question}>
              <th scope="row">{a.short.charAt(0).toUpperCase() + a.short.slice(1)}</th>
              {a.values.map((value, i) => (
                <Cell key={i} differs={a.differs[i] ?? false} copy={copy}>
                  {value}
                </Cell>
              ))}
            </tr>
          ))}
        </Group>
        <Group span={span} title={copy.reasons}>
          {reasons.length === 0 && (
            <tr>
              <td colSpan={span}>{copy.sameReasons}</td>
            </tr>
          )}
          {reasons.map((r) => (
            <tr key={`${r.model}-${r.question}`}>
              <th scope="row">
                {r.model}: {r.short}
              </th>
              {r.cells.map((cell, i) => (
                <Cell key={i} differs={r.differs[i] ?? false} copy={copy}>
                  {cell ? (
                    <>
                      <strong>
                        {cell.points > 0 ? '+' : ''}
                        {cell.points}
                      </strong>{' '}
                      <span class="cp-reason">{cell.text}</span>
                    </>
                  ) : (
                    <span class="muted">{copy.noPoints}</span>
                  )}
                </Cell>
              ))}
            </tr>
          ))}
        </Group>
        {costs.length > 0 && (
          <Group span={span} title={copy.costs}>
            {costs.map((c) => (
              <tr key={`cost-${c.model}`}>
                <th scope="row">{c.model}</th>
                {c.cells.map((cell, i) => (
                  <Cell key={i} differs={c.differs[i] ?? false} copy={copy}>
                    {cell.total ? (
                      fill(copy.costCell, { amount: formatMoneyRange(cell.total, cell.currency), years: cell.years })
                    ) : (
                      <span class="muted">{fill(copy.costMissing, { count: cell.missing })}</span>
                    )}
                  </Cell>
                ))}
              </tr>
            ))}
          </Group>
        )}
      </table>
    </div>
  );
}
