import { h, render } from 'preact';
import { $opened } from '../../stores/opened-answers.ts';
import { $summary } from '../../stores/results.ts';
import { nextTask } from '../shared/next-task.ts';
import Results from './Results.tsx';

// Everything on the results page depends on the answers, so the page drawn at build time holds only
// the title and "Working out the recommendation…" (or, without JavaScript, why nothing follows).
// The link is read, the recommendation worked out and the page drawn in three tasks.
async function start(root: HTMLElement): Promise<void> {
  $opened.get();
  await nextTask();
  $summary.get();
  await nextTask();
  root.replaceChildren();
  render(h(Results, {}), root);
}

const root = document.getElementById('results');
if (root) void start(root);
