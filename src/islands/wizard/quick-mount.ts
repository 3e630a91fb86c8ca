import { h, render } from 'preact';
import { SITE_BASE } from '../../lib/site-base.ts';
import { $content } from '../../stores/content.ts';
import { $progress } from '../../stores/progress.ts';
import { $recommendation } from '../../stores/recommendation.ts';
import { nextTask } from '../shared/next-task.ts';
import { QUICK_CHECK_INTRO } from './quick-copy.ts';
import QuickCheck from './QuickCheck.tsx';
import { loadWhy } from './why-part.ts';

// The page holds the quick check's title, its length and, for the script, the ids of its questions
// (chosen at build time with the engine over the casebook). Reading the saved progress, scoring it
// for the live panel and drawing the questions are three tasks.
async function start(root: HTMLElement): Promise<void> {
  const questions = (root.dataset['questions'] ?? '').split(' ').filter((id) => id !== '');
  $progress.get();
  await nextTask();
  $recommendation.get();
  await nextTask();
  root.replaceChildren();
  render(h(QuickCheck, { content: $content.get(), base: SITE_BASE, questions, intro: QUICK_CHECK_INTRO }), root);
  await nextTask();
  void loadWhy();
}

const root = document.getElementById('quick-check');
if (root) void start(root);
