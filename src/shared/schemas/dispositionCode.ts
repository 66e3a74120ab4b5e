import { z } from 'zod';

/**
 * A disposition code as stored with a call (issue 18): a stable id from the dispositions policy —
 * a letter, then up to 39 letters, digits, `_` or `-`. Today's seven built-in codes fit it.
 */
export const DISPOSITION_CODE_PATTERN = /^[a-zA-Z][a-zA-Z0-9_-]{0,39}$/;

export const dispositionCode = z.string().regex(DISPOSITION_CODE_PATTERN, 'dispositionCodeFormat');
