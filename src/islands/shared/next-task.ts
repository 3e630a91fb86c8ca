/**
 * Resolves in a later task: the browser paints and answers input in between. Splitting the start
 * of a page into a few short tasks keeps any one from freezing it on a slow phone.
 */
export function nextTask(): Promise<void> {
  return new Promise((done) => setTimeout(done));
}
