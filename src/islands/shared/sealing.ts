/**
 * Protecting links and files with a passphrase, and opening them, for both islands: the sealing code
 * (src/persistence/sealed.ts, Web Crypto) is fetched only here, on the click that needs it.
 */
import type { Envelope, SealedProblem } from '../../persistence/sealed.ts';
import type { Translate } from '../../text/translate.ts';
import { importAgain, loadOnce } from './load-once.ts';

const sealedCode = loadOnce(importAgain(() => import('../../persistence/sealed.ts')));

/** The message for an envelope that did not open, in the site's words. */
export function sealedProblem(t: Translate, why: SealedProblem | 'unavailable'): string {
  return t(`msg.sealed.${why}`);
}

/** Seals a text with a passphrase; null when the code cannot be loaded. */
export async function sealText(text: string, passphrase: string): Promise<Envelope | null> {
  try {
    return await (await sealedCode()).seal(text, passphrase);
  } catch {
    return null;
  }
}

/** Opens an envelope: its text, or the message why not. Never throws. */
export async function openText(
  t: Translate,
  envelope: unknown,
  passphrase: string,
): Promise<{ ok: true; text: string } | { ok: false; message: string; why: SealedProblem | 'unavailable' }> {
  let code: Awaited<ReturnType<typeof sealedCode>>;
  try {
    code = await sealedCode();
  } catch {
    return { ok: false, message: sealedProblem(t, 'unavailable'), why: 'unavailable' };
  }
  const opened = await code.openSealed(envelope, passphrase);
  return opened.ok ? opened : { ok: false, message: sealedProblem(t, opened.why), why: opened.why };
}

/** A protected file's text for an envelope (sealed.ts), without loading the sealing code twice. */
export async function sealedFile(envelope: Envelope): Promise<string> {
  return (await sealedCode()).sealedFileText(envelope);
}
