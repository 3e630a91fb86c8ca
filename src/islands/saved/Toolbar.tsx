import type { ComponentChildren } from 'preact';
import type { ScoringContent } from '../../domain/content.ts';
import { MAX_SCENARIOS, MIN_SCENARIOS } from '../../domain/compare/scenario.ts';
import { compareUrl } from '../../domain/share/compare-encode.ts';
import { $savedList, exportText, importList } from '../../stores/saved-list.ts';
import { fill } from '../results/fill.ts';
import { offerDownload } from '../shared/download.ts';
import type { SavedCopy } from './copy.ts';
import type { Said } from './said.ts';

interface Props {
  readonly content: ScoringContent;
  readonly base: string;
  readonly copy: SavedCopy;
  /** The entries ticked for comparison, by position, in the order they were ticked. */
  readonly picked: readonly number[];
  readonly count: number;
  readonly onDone: (said: Said | null) => void;
  /** The status line, under the buttons. */
  readonly children: ComponentChildren;
}

/** What applies to the whole list: compare the ticked entries, export it, import one. */
export function Toolbar({ content, base, copy, picked, count, onDone, children }: Props) {
  function compare(): void {
    const entries = $savedList.get();
    // In the order they were ticked: the first is what the others are compared with.
    const scenarios = picked.flatMap((i) => {
      const entry = entries[i];
      return entry?.kind === 'saved' ? [{ label: entry.label, file: entry.file }] : [];
    });
    if (scenarios.length < MIN_SCENARIOS || scenarios.length > MAX_SCENARIOS) onDone({ text: copy.compareHelp });
    else window.location.href = compareUrl(scenarios, base);
  }

  function exportList(): void {
    const name = offerDownload(
      new Blob([exportText()], { type: 'application/json' }),
      `my-recommendations-${new Date().toISOString().slice(0, 10)}.json`,
    );
    onDone({ text: fill(copy.exported, { file: name }).join('') });
  }

  async function importFile(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const report = importList(content, await file.text(), file.name);
    if ('code' in report) return onDone({ text: `${report.title}. ${report.message} ${report.hint}` });
    const words = copy.imported;
    const parts = [fill(report.added > 0 ? words.added : words.none, { count: report.added, file: file.name }).join('')];
    if (report.already > 0) parts.push(fill(words.already, { count: report.already }).join(''));
    for (const { position, entry } of report.unreadable)
      parts.push(fill(words.unreadable, { n: position, problem: entry.problem.message }).join(''));
    if (report.overLimit > 0) parts.push(fill(words.overLimit, { count: report.overLimit }).join(''));
    onDone({ text: parts.join(' ') });
  }

  return (
    <section class="sv-toolbar" aria-label={copy.toolbar}>
      <div class="sv-toolbar__bar">
        {count > 1 && (
          <button type="button" class="button" onClick={compare}>
            {copy.compare} <span class="sv-toolbar__count">({fill(copy.compareCount, { count: picked.length })})</span>
          </button>
        )}
        {count > 0 && (
          <button type="button" class="button button--secondary" onClick={exportList}>
            {copy.export}
          </button>
        )}
        <label class="button button--secondary sv-import">
          {copy.import}
          <input type="file" accept=".json,application/json" class="visually-hidden" onChange={(e) => void importFile(e.currentTarget)} />
        </label>
      </div>
      {count > 1 && <p class="sv-help">{copy.compareHelp}</p>}
      {children}
    </section>
  );
}
