/**
 * Offers a file made in the browser as a download, through a temporary link: nothing is uploaded.
 * Returns the file's name.
 */
export function offerDownload(blob: Blob, name: string): string {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser reads the blob after click() returns; release it once the download has surely started.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return name;
}
