import { z } from './zod.ts';

// The engine imports MODEL_IDS from here and runs in the browser: the annotations let bundlers drop the
// unused schemas, and with them zod, from client code.

/** The four outsourcing models, in the order the answer contract lists them. */
export const MODEL_IDS = ['HRO', 'RPO', 'BPO', 'KPO'] as const;
export const modelIdSchema = /* @__PURE__ */ z.enum(MODEL_IDS);
export type ModelId = z.output<typeof modelIdSchema>;

/** Lower-case words joined by hyphens: rule, risk, KPI and combination ids. */
export const slugSchema = /* @__PURE__ */ z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case words joined by hyphens, e.g. "rpo-high-volume"');

/** Question and option ids follow the answer contract: lower-case words joined by underscores. */
export const answerIdSchema = /* @__PURE__ */ z
  .string()
  .regex(/^[a-z0-9]+(?:_[a-z0-9]+)*$/, 'use lower-case words joined by underscores, e.g. "company_size"');

export function isModelId(value: unknown): value is ModelId {
  return typeof value === 'string' && (MODEL_IDS as readonly string[]).includes(value);
}
