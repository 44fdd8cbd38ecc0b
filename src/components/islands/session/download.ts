/** Offers text as a file to save, made in the browser: nothing is uploaded. */
export function downloadText(text: string, fileName: string, type = 'text/plain'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file name made safe for every system from a trainee's name or a session title. */
export function fileNamePart(text: string): string {
  return text.replace(/[\\/:*?"<>|\p{Cc}\s]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'result';
}
