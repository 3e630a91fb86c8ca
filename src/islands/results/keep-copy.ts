/** The words of "Add to my list": loaded with its dialog (KeepPanel.tsx), not with the summary. */
export const KEEP_COPY = {
  title: 'Add to my list',
  intro:
    'Keeps these answers and names in this browser only, under "My recommendations", where you can compare, duplicate or export them. Nothing is sent anywhere.',
  label: 'Label',
  labelHelp: 'Such as "today" or "after the acquisition", at most 60 characters.',
  keep: 'Keep it',
  cancel: 'Cancel',
  close: 'Close',
  kept: 'Kept in your list.',
  already: 'Already in your list, with this label.',
  list: 'Open My recommendations',
};
