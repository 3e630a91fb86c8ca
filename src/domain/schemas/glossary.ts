import { z } from './zod.ts';

/** One entry of the glossary: a term, its expansion when it is an abbreviation, and a definition. */
export const glossaryTermSchema = z.strictObject({
  term: z.string().min(1).meta({ description: 'As readers meet it, e.g. "ATS" or "Full-cycle RPO".' }),
  expansion: z.string().min(1).optional().meta({ description: 'What an abbreviation stands for, e.g. "Applicant tracking system".' }),
  definition: z.string().min(20).meta({ description: 'One to three sentences in plain words.' }),
});
export type GlossaryTerm = z.output<typeof glossaryTermSchema>;

/** content/glossary/terms.json: every term once, in alphabetical order so the page reads as a glossary. */
export const glossaryFileSchema = z
  .strictObject({ terms: z.array(glossaryTermSchema).min(1) })
  .refine((file) => new Set(file.terms.map((t) => t.term.toLowerCase())).size === file.terms.length, {
    message: 'every term must appear once',
    path: ['terms'],
  })
  .refine((file) => file.terms.every((t, i) => i === 0 || compareTerms(file.terms[i - 1]!.term, t.term) < 0), {
    message: 'terms must be in alphabetical order',
    path: ['terms'],
  });
export type GlossaryFile = z.output<typeof glossaryFileSchema>;

/** Alphabetical, ignoring case, the same on every machine. */
export function compareTerms(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The anchor of a term on the glossary page: "Per employee per month (PEPM)" becomes "per-employee-per-month-pepm". */
export function termAnchor(term: string): string {
  return term
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
