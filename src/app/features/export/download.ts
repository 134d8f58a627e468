/** Saves a Blob under a file name through a temporary link (no server involved). */
export function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // The browser has taken the file once the click returns; a delay keeps slow disks safe.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
