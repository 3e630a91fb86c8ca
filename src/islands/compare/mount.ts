import { h, render } from 'preact';
import { nextTask } from '../shared/next-task.ts';

// Everything on the compare page depends on the scenarios in its link, so the page drawn at build
// time holds only the title and "Working out the recommendations…" (or, without JavaScript, why
// nothing follows). The engine, the content it reads and the table load right after, in files
// loaded on demand; working out every recommendation and drawing them are two tasks.
async function start(root: HTMLElement): Promise<void> {
  const [{ default: Compare }, { $comparison }] = await Promise.all([import('./Compare.tsx'), import('../../stores/compare.ts')]);
  $comparison.get();
  await nextTask();
  root.replaceChildren();
  render(h(Compare, {}), root);
}

const root = document.getElementById('compare');
if (root)
  start(root).catch(() => {
    const loading = root.querySelector('.loading');
    if (loading) loading.textContent = root.dataset['failed'] ?? '';
  });
