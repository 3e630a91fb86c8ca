import { h, render } from 'preact';
import { $listStatus, $savedRows } from '../../stores/saved-list.ts';
import { nextTask } from '../shared/next-task.ts';
import SavedList from './SavedList.tsx';

// The list lives in this browser's storage, so the page drawn at build time holds only its title,
// what it keeps private and "Reading…" (or, without JavaScript, why nothing follows). Reading and
// scoring the list and drawing it are two tasks.
async function start(root: HTMLElement): Promise<void> {
  $listStatus.get();
  $savedRows.get();
  await nextTask();
  root.replaceChildren();
  render(h(SavedList, {}), root);
}

const root = document.getElementById('saved');
if (root) void start(root);
