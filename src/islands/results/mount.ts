import { h, render } from 'preact';
import Results from './Results.tsx';

// Everything on the results page depends on the answers, so the page drawn at build time holds only
// the title and "Working out the recommendation…" (or, without JavaScript, why nothing follows).
const root = document.getElementById('results');
if (root) {
  root.replaceChildren();
  render(h(Results, {}), root);
}
