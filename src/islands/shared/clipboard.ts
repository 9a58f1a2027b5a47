/** A link offered for sharing, and whether it reached the clipboard. */
export interface CopiedLink {
  url: string;
  copied: boolean;
}

/** Copies a link to the clipboard; without a clipboard (permissions, older browser) the island shows it to copy by hand. */
export async function copyLink(url: string): Promise<CopiedLink> {
  try {
    await navigator.clipboard.writeText(url);
    return { url, copied: true };
  } catch {
    return { url, copied: false };
  }
}
