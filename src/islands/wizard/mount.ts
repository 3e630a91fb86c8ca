import { h, hydrate, render } from 'preact';
import { SITE_BASE } from '../../lib/site-base.ts';
import { $content } from '../../stores/content.ts';
import { $storageNotices, isUntouched } from '../../stores/persistence.ts';
import { $progress } from '../../stores/progress.ts';
import { $recommendation } from '../../stores/recommendation.ts';
import { nextTask } from '../shared/next-task.ts';
import { loadReview } from './review-part.ts';
import { loadWhy } from './why-part.ts';
import Wizard from './Wizard.tsx';

// The page holds the questionnaire's first step as drawn at build time, so a first visit reads it
// before any script runs; the script takes it over. A returning visitor's saved progress (read by
// the first look at $progress) is drawn afresh instead. Reading the progress, scoring it for the
// live panel and taking over the page are three tasks.
async function start(root: HTMLElement): Promise<void> {
  const content = $content.get();
  const progress = $progress.get();
  await nextTask();
  $recommendation.get();
  await nextTask();
  const vnode = h(Wizard, { content, base: SITE_BASE });
  if (isUntouched(content, progress) && $storageNotices.get().length === 0) hydrate(vnode, root);
  else {
    root.replaceChildren();
    render(vnode, root);
  }
  await nextTask();
  void loadReview();
  void loadWhy();
}

const root = document.getElementById('wizard');
if (root) void start(root);
