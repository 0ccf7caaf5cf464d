// Handing a fetched document (PDF, CSV, the printable page) to the person: saved as a file, or shown in a new window.

export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Opens the window at once (inside the click, so pop-up blockers allow it) and points it at the document when it
 * has arrived; false when the browser refused the window.
 */
export function openWindow(): Window | null {
  return window.open('about:blank', '_blank');
}

export function showInWindow(win: Window, blob: Blob): void {
  const url = URL.createObjectURL(new Blob([blob], { type: 'text/html' }));
  win.location.href = url;
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
