import { existsSync } from 'node:fs';
import { AppError } from '../../../shared/result';

export interface FontFace {
  path: string;
  /** The face inside a font collection (.ttc): its PostScript name. */
  family?: string;
}

/**
 * Fonts with Chinese glyphs for PDFs drawn in Node (the app itself prints through Electron, which
 * uses the system's fonts). Debian/Ubuntu `fonts-noto-cjk` first — what CI installs — then other
 * Linux packagings, Windows and macOS. AGENTDESK_PDF_FONT (and _FAMILY for a .ttc) overrides.
 */
const candidates: readonly FontFace[] = [
  { path: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', family: 'NotoSansCJKsc-Regular' },
  { path: '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc', family: 'NotoSansCJKsc-Regular' },
  { path: '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc', family: 'NotoSansCJKsc-Regular' },
  { path: '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', family: 'WenQuanYiMicroHei' },
  { path: 'C:\\Windows\\Fonts\\msyh.ttc', family: 'MicrosoftYaHei' },
  { path: 'C:\\Windows\\Fonts\\simsun.ttc', family: 'SimSun' },
  { path: '/System/Library/Fonts/PingFang.ttc', family: 'PingFangSC-Regular' },
  { path: '/System/Library/Fonts/STHeiti Light.ttc', family: 'STHeitiSC-Light' },
];

export function findCjkFont(env: Record<string, string | undefined> = process.env): FontFace {
  const override = env.AGENTDESK_PDF_FONT;
  if (override) return env.AGENTDESK_PDF_FONT_FAMILY ? { path: override, family: env.AGENTDESK_PDF_FONT_FAMILY } : { path: override };
  const found = candidates.find((font) => existsSync(font.path));
  if (!found) throw new AppError('internal', 'no font with Chinese characters found for the PDF (install fonts-noto-cjk, or set AGENTDESK_PDF_FONT)');
  return found;
}
