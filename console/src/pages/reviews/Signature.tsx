import { fmtDateTime } from '../../i18n/format';
import { meaningLabel } from './labels';

interface SignatureLike {
  signedBy?: string;
  meaning?: string;
  meaningLabel?: string;
  signedAt?: string;
}

/** Who signed, what the signature means, and when. */
export function Signature({ signature }: { signature: SignatureLike | undefined }) {
  if (!signature) return null;
  return (
    <span class="signature" data-meaning={signature.meaning}>
      <strong>{signature.signedBy}</strong> · {signature.meaningLabel ?? meaningLabel(signature.meaning)} · {fmtDateTime(signature.signedAt)}
    </span>
  );
}
