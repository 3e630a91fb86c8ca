interface ImportMetaEnv {
  /** The content/ folder, set by the validate-content integration for the pages' loader. */
  readonly ADVISOR_CONTENT_DIR: string;
}
