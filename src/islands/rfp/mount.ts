import { h, render } from 'preact';
import documentBrand from '../../lib/document-brand.ts';
import { $brand } from '../../stores/brand.ts';
import { $opened } from '../../stores/opened-answers.ts';
import { $rfpOutline } from '../../stores/rfp.ts';
import { nextTask } from '../shared/next-task.ts';
import Rfp from './Rfp.tsx';

// The draft depends on the answers, so the page drawn at build time holds only its title and
// "Drafting the request for proposal…" (or, without JavaScript, why nothing follows). The link is
// read, the draft's outline worked out and the page drawn in three tasks; the sections follow.
async function start(root: HTMLElement): Promise<void> {
  // The brand heads every export and names the tab.
  $brand.set(documentBrand);
  $opened.get();
  await nextTask();
  $rfpOutline.get();
  await nextTask();
  root.replaceChildren();
  render(h(Rfp, {}), root);
}

const root = document.getElementById('rfp');
if (root) void start(root);
