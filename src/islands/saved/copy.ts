/**
 * The wording of "My recommendations" (/saved/). The page passes it to the island as a prop, so the
 * words travel in the HTML instead of the JavaScript budget. "{name}" marks a value filled in by fill().
 */
export const SAVED_COPY = {
  reading: 'Reading the list kept in this browser…',
  empty: {
    title: 'Nothing kept yet',
    text: 'Open a recommendation and press "Add to my list" under its scores, or import a list exported from another computer.',
  },
  start: 'Start the questionnaire',
  toolbar: 'The whole list',
  compare: 'Compare the ticked ones',
  compareHelp: 'Tick two to four recommendations to see them side by side; the first you tick is the one the others are compared with.',
  compareCount: '{count} ticked',
  export: 'Export the list',
  import: 'Import a list',
  pick: 'Compare',
  pickFor: ' {name}',
  noClient: 'No client named',
  verdict: {
    outsource: 'Outsource',
    in_house: 'Keep it in-house for now',
    undetermined: 'Not enough to go on yet',
  },
  confidence: { high: 'high confidence', medium: 'medium confidence', low: 'low confidence' },
  preparedBy: 'Prepared by',
  kept: 'Kept',
  open: 'Open',
  rename: 'Rename',
  duplicate: 'Duplicate',
  delete: 'Delete',
  actionFor: ' {name}',
  copyLabel: '{label} (copy)',
  copyLabelNone: 'copy',
  label: 'Label',
  labelHelp: 'Such as "after growth" or "today". Leave it empty for none.',
  save: 'Save',
  cancel: 'Cancel',
  unreadable: 'Entry {n} cannot be read',
  deleted: 'Deleted {name}.',
  undo: 'Undo',
  duplicated: 'Duplicated {name}: the copy is under it.',
  renamed: 'Renamed.',
  exported: 'Exported the list as {file}. Import it here or on another computer to get the same list.',
  imported: {
    added: 'Added {count} from {file}.',
    none: 'Nothing new in {file}.',
    already: '{count} already in your list, not added again.',
    unreadable: 'Entry {n} of the file could not be read: {problem}',
    overLimit: '{count} not added: the list holds at most 500.',
  },
  downloadStored: 'Download it as it is',
  startNew: 'Start a new list',
  startNewConfirm: 'Delete the list that cannot be read and start a new one? Download it first if you want to keep a copy.',
  privacy: {
    title: 'Kept in this browser only',
    text: "The list is kept in this browser's storage on this computer, and nothing in it is sent anywhere. To move it to another computer, export it and import the file there. Clearing the site's data in this browser deletes it.",
  },
};

export type SavedCopy = typeof SAVED_COPY;
