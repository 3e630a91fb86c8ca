// The reasons behind every score and how the result was worked out: drawn when first opened (see detail-parts.ts).
export { Method } from './Method.tsx';
export { WhyList } from './WhyList.tsx';
export { styled } from './parts-styles.ts';
