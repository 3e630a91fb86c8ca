import { h, render } from 'preact';
import documentBrand from '../../lib/document-brand.ts';
import { $brand } from '../../stores/brand.ts';
import { $defaultAuthor, $opened } from '../../stores/opened-answers.ts';
import { $summary } from '../../stores/results.ts';
import { nextTask } from '../shared/next-task.ts';
import Results from './Results.tsx';

// Everything on the results page depends on the answers, so the page drawn at build time holds only
// the title and "Working out the recommendation…" (or, without JavaScript, why nothing follows).
// The link is read, the recommendation worked out and the page drawn in three tasks.
async function start(root: HTMLElement): Promise<void> {
  // The brand names the tab; its "Prepared by" fills in answers that name no author.
  $brand.set(documentBrand);
  $defaultAuthor.set(documentBrand.preparedBy);
  $opened.get();
  await nextTask();
  $summary.get();
  await nextTask();
  root.replaceChildren();
  render(h(Results, {}), root);
}

const root = document.getElementById('results');
if (root) void start(root);
