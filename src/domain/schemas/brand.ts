import { z } from './zod.ts';

/** A colour as CSS writes it in six hex digits, e.g. "#1c559f". */
export const hexColourSchema = /* @__PURE__ */ z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour in six hex digits, e.g. "#1c559f"')
  .transform((hex) => hex.toLowerCase());

/** One line of plain text: no line breaks or control characters, no space at either end. */
function line(max: number) {
  return z
    .string()
    .min(1)
    .max(max)
    .regex(/^[^\p{Cc}]*$/u, 'must be one line of text, without line breaks or control characters')
    .refine((text) => text.trim() === text, 'must not start or end with a space');
}

/**
 * The logo: a path to an .svg or .png file, relative to the brand file. Only a file on disk: the
 * build copies it into the site and never fetches anything.
 */
export const logoPathSchema = /* @__PURE__ */ z
  .string()
  .min(1)
  .refine((path) => !/^[a-z][a-z0-9+.-]*:/i.test(path), {
    message:
      'must be a file beside the brand file or elsewhere in this repository (e.g. "logo.svg"), not a web address: the build copies the logo into the site and never downloads anything',
  })
  .refine((path) => /\.(svg|png)$/i.test(path), { message: 'must be an .svg or .png file' });

const shades = {
  accentStrong: hexColourSchema.optional().meta({ description: 'Links when hovered. Derived from accent when left out.' }),
  accentSoft: hexColourSchema
    .optional()
    .meta({ description: 'Pale background of selected options and notes. Derived from accent when left out.' }),
  headerMuted: hexColourSchema.optional().meta({ description: 'Quieter text in the header bar. Derived from headerText when left out.' }),
  headerMark: hexColourSchema
    .optional()
    .meta({ description: "Underline of the current page's link in the header. Derived from accent when left out." }),
};

/** The colours of the light theme; the stylesheets read them as CSS custom properties. */
export const brandColoursSchema = /* @__PURE__ */ z.strictObject({
  accent: hexColourSchema.meta({ description: 'Links, buttons and highlights.' }),
  accentText: hexColourSchema.meta({ description: 'Text on an accent-coloured button.' }),
  header: hexColourSchema.meta({ description: 'Background of the header bar.' }),
  headerText: hexColourSchema.meta({ description: 'Text in the header bar.' }),
  ...shades,
  dark: z
    .strictObject({
      accent: hexColourSchema.optional(),
      accentText: hexColourSchema.optional(),
      header: hexColourSchema.optional(),
      headerText: hexColourSchema.optional(),
      ...shades,
    })
    .optional()
    .meta({ description: 'The same colours for a dark screen; any left out are derived from the light ones.' }),
});
export type BrandColours = z.output<typeof brandColoursSchema>;

/** The file a consultancy edits to host the site under its own name (content/brand/brand.json by default). */
export const brandSchema = /* @__PURE__ */ z.strictObject({
  name: line(60).meta({ description: 'The name on every page, page title, printout and exported document.' }),
  shortName: line(24)
    .optional()
    .meta({ description: 'Shown in the header on phones instead of the name; the name is used when left out.' }),
  logo: logoPathSchema.meta({ description: 'An .svg or .png file, relative to this file. It becomes the header mark and the favicon.' }),
  colours: brandColoursSchema,
  contact: line(160)
    .optional()
    .meta({ description: 'One line printed with the name: a web address, e-mail or phone number. Left out, nothing is shown.' }),
  preparedBy: line(120)
    .optional()
    .meta({ description: 'Fills "Prepared by" on the results page and in the RFP when the answers do not name an author.' }),
});
export type Brand = z.output<typeof brandSchema>;

/** What documents (the RFP, the Markdown report) carry of the brand. */
export type DocumentBrand = Pick<Brand, 'name' | 'contact' | 'preparedBy'>;
