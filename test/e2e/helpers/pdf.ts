/**
 * The number of pages of a PDF such as Chromium's `page.pdf` writes: its page objects (`/Type /Page`),
 * checked against the page count its page tree declares, so a file this cannot read fails instead of
 * counting wrong.
 */
export function pdfPageCount(pdf: Buffer): number {
  const text = pdf.toString('latin1');
  const pages = text.match(/\/Type\s*\/Page(?![A-Za-z])/g)?.length ?? 0;
  const declared = [...text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)/g)].map((m) => Number(m[1]));
  const root = Math.max(0, ...declared);
  if (pages === 0 || root !== pages) {
    throw new Error(`Cannot count the pages of this PDF: ${pages} page objects, page tree says ${root}`);
  }
  return pages;
}
