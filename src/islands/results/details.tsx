// The parts of the results report that read the whole recommendation (see detail-parts.ts).
export { ChangeList } from './ChangeList.tsx';
export { WatchList } from './WatchList.tsx';
export { styled } from './parts-styles.ts';
