import { h, render } from 'preact';
import Rfp from './Rfp.tsx';

// The draft depends on the answers, so the page drawn at build time holds only its title and
// "Drafting the request for proposal…" (or, without JavaScript, why nothing follows).
const root = document.getElementById('rfp');
if (root) {
  root.replaceChildren();
  render(h(Rfp, {}), root);
}
