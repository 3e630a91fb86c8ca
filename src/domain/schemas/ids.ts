import { z } from './zod.ts';

import { MODEL_IDS } from '../model-ids.ts';

export { isModelId, MODEL_IDS, type ModelId } from '../model-ids.ts';

// Browser code imports the ids from ../model-ids.ts; the annotations are a second guard that keeps
// zod out of client bundles if a schema module is ever imported there by mistake.
export const modelIdSchema = /* @__PURE__ */ z.enum(MODEL_IDS);

/** Lower-case words joined by hyphens: rule, risk, KPI and combination ids. */
export const slugSchema = /* @__PURE__ */ z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case words joined by hyphens, e.g. "rpo-high-volume"');

/** Question and option ids follow the answer contract: lower-case words joined by underscores. */
export const answerIdSchema = /* @__PURE__ */ z
  .string()
  .regex(/^[a-z0-9]+(?:_[a-z0-9]+)*$/, 'use lower-case words joined by underscores, e.g. "company_size"');
