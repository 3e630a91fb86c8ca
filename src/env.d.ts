interface ImportMetaEnv {
  /** The content/ folder, set by the validate-content integration for the pages' loader. */
  readonly ADVISOR_CONTENT_DIR: string;
  /** The brand file, set by the brand integration for the pages' loader. */
  readonly ADVISOR_BRAND_FILE: string;
}

/** The brand's colours and printed footer, generated from the brand file (src/integrations/brand.ts). */
declare module 'virtual:brand.css';
