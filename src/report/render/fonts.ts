/**
 * Font files for the PNG charts. resvg is given these files explicitly and never the system's
 * fonts (`loadSystemFonts: false`), so a chart renders identically on every machine that has
 * the same font packages: DejaVu Sans (Debian `fonts-dejavu-core`) for English, Noto Sans CJK
 * (Debian `fonts-noto-cjk`) for Chinese.
 */
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Lang } from '../i18n/messages.js';

/** Folders searched, after any in `POOLSIM_FONT_DIRS` (colon- or semicolon-separated). */
export const FONT_DIRS = [
  '/usr/share/fonts/truetype/dejavu',
  '/usr/share/fonts/opentype/noto',
  '/usr/share/fonts/dejavu',
  '/usr/share/fonts/dejavu-sans-fonts',
  '/usr/share/fonts/google-noto-cjk',
  '/usr/share/fonts/noto-cjk',
  '/usr/share/fonts/TTF',
  '/usr/share/fonts/OTF',
  '/Library/Fonts',
  join(homedir(), 'Library/Fonts'),
];

/** Files per family: regular and bold faces, the first existing name of each list wins. */
const FAMILY_FILES = {
  dejavu: [['DejaVuSans.ttf'], ['DejaVuSans-Bold.ttf']],
  notoCjk: [
    ['NotoSansCJK-Regular.ttc', 'NotoSansCJKsc-Regular.otf', 'NotoSansSC-Regular.otf'],
    ['NotoSansCJK-Bold.ttc', 'NotoSansCJKsc-Bold.otf', 'NotoSansSC-Bold.otf'],
  ],
} as const;

export interface ChartFonts {
  files: string[];
  defaultFamily: string;
}

function searchDirs(): string[] {
  const extra = (process.env.POOLSIM_FONT_DIRS ?? '').split(/[:;]/).filter((d) => d !== '');
  return [...extra, ...FONT_DIRS];
}

function find(names: readonly string[], dirs: readonly string[]): string | undefined {
  for (const dir of dirs) {
    for (const name of names) {
      const path = join(dir, name);
      if (existsSync(path)) return path;
    }
  }
  return undefined;
}

/**
 * Font files for the charts of one language, or null with the name of the missing family.
 *
 * @example
 * chartFonts('zh'); // { files: ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', …], defaultFamily: 'Noto Sans CJK SC' }
 */
export function chartFonts(lang: Lang): ChartFonts | { missing: string } {
  const dirs = searchDirs();
  const dejavu = FAMILY_FILES.dejavu.map((names) => find(names, dirs));
  if (dejavu[0] === undefined) return { missing: 'DejaVu Sans' };
  const files = dejavu.filter((f): f is string => f !== undefined);
  if (lang === 'en') return { files, defaultFamily: 'DejaVu Sans' };
  const cjk = FAMILY_FILES.notoCjk.map((names) => find(names, dirs));
  if (cjk[0] === undefined) return { missing: 'Noto Sans CJK' };
  return { files: [...files, ...cjk.filter((f): f is string => f !== undefined)], defaultFamily: 'Noto Sans CJK SC' };
}
