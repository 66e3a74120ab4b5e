/**
 * Filling a script line: `{placeholder}` slots become the call's values, and a value the call does
 * not know yet becomes a visible blank — the agent never sees or reads out a raw `{token}`.
 */
import type { Locale } from '../../schemas/settings';
import { isPlaceholder, placeholderToken, type Placeholder } from './scriptTypes';

export type { Placeholder } from './scriptTypes';

export type ScriptPart = { kind: 'text'; text: string } | { kind: 'value'; name: Placeholder; text: string } | { kind: 'blank'; name: Placeholder };
export type PlaceholderValues = Partial<Record<Placeholder, string | null>>;

/** The line split into plain text, filled values and blanks, in order; adjacent text is merged. */
export function fillLine(text: string, values: PlaceholderValues): ScriptPart[] {
  const parts: ScriptPart[] = [];
  const pushText = (piece: string) => {
    if (!piece) return;
    const previous = parts[parts.length - 1];
    if (previous?.kind === 'text') previous.text += piece;
    else parts.push({ kind: 'text', text: piece });
  };
  let from = 0;
  for (const match of text.matchAll(placeholderToken)) {
    const name = match[1] ?? '';
    // An unknown token is not a slot; scriptSchema keeps such lines out of stored scripts.
    if (!isPlaceholder(name)) continue;
    pushText(text.slice(from, match.index));
    const value = values[name]?.trim();
    parts.push(value ? { kind: 'value', name, text: value } : { kind: 'blank', name });
    from = match.index + match[0].length;
  }
  pushText(text.slice(from));
  return parts;
}

/** The parts as plain text (for copying, reading out, a chat reply); each blank becomes `blank`. */
export function lineText(parts: readonly ScriptPart[], blank = '____'): string {
  return parts.map((part) => (part.kind === 'blank' ? blank : part.text)).join('');
}

/** The known placeholders a line asks for, each once, in order of first appearance. */
export function placeholdersIn(text: string): Placeholder[] {
  const found = new Set<Placeholder>();
  for (const match of text.matchAll(placeholderToken)) {
    const name = match[1] ?? '';
    if (isPlaceholder(name)) found.add(name);
  }
  return [...found];
}

const titles: Record<Locale, Record<'mr' | 'ms', string>> = {
  'zh-CN': { mr: '先生', ms: '女士' },
  en: { mr: 'Mr', ms: 'Ms' },
};

/**
 * How the agent addresses the customer: surname + title (王建国, ms → 王女士; in English Ms Wang).
 * Chinese names give their surname (compound ones such as 欧阳 included); Latin-script names their
 * last word (Anna Smith → Ms Smith / Smith女士). Without a known salutation ('mr' / 'ms'), or
 * when the name cannot be split, the full name is used. An empty name gives ''.
 */
export function salutationOf(name: string, salutation: string | null | undefined, locale: Locale): string {
  const full = name.trim().replace(/\s+/g, ' ');
  if (!full) return '';
  const key = salutation?.trim().toLowerCase();
  if (key !== 'mr' && key !== 'ms') return full;
  const title = titles[locale][key];
  const surname = surnameOf(full);
  if (locale === 'zh-CN') return `${surname?.han ?? surname?.latin ?? full}${title}`;
  return `${title} ${surname?.latin ?? surname?.han ?? full}`;
}

const compoundSurnames: Record<string, string> = {
  欧阳: 'Ouyang', 司马: 'Sima', 诸葛: 'Zhuge', 上官: 'Shangguan', 东方: 'Dongfang', 皇甫: 'Huangfu', 尉迟: 'Yuchi', 公孙: 'Gongsun',
  慕容: 'Murong', 长孙: 'Zhangsun', 宇文: 'Yuwen', 司徒: 'Situ', 司空: 'Sikong', 夏侯: 'Xiahou', 轩辕: 'Xuanyuan', 令狐: 'Linghu',
  端木: 'Duanmu', 西门: 'Ximen', 南宫: 'Nangong', 独孤: 'Dugu', 申屠: 'Shentu', 澹台: 'Tantai', 呼延: 'Huyan', 太史: 'Taishi',
  闻人: 'Wenren', 百里: 'Baili', 万俟: 'Moqi', 钟离: 'Zhongli', 宗政: 'Zongzheng', 濮阳: 'Puyang', 淳于: 'Chunyu', 赫连: 'Helian', 拓跋: 'Tuoba',
};

/** Common single-character surnames in pinyin, as written in English (passport spelling; 吕 → Lyu). */
const surnamePinyin: Record<string, string> = {
  王: 'Wang', 李: 'Li', 张: 'Zhang', 刘: 'Liu', 陈: 'Chen', 杨: 'Yang', 黄: 'Huang', 赵: 'Zhao', 吴: 'Wu', 周: 'Zhou',
  徐: 'Xu', 孙: 'Sun', 马: 'Ma', 朱: 'Zhu', 胡: 'Hu', 郭: 'Guo', 何: 'He', 林: 'Lin', 高: 'Gao', 罗: 'Luo',
  郑: 'Zheng', 梁: 'Liang', 谢: 'Xie', 宋: 'Song', 唐: 'Tang', 许: 'Xu', 邓: 'Deng', 韩: 'Han', 冯: 'Feng', 曹: 'Cao',
  彭: 'Peng', 曾: 'Zeng', 肖: 'Xiao', 萧: 'Xiao', 田: 'Tian', 董: 'Dong', 潘: 'Pan', 袁: 'Yuan', 蔡: 'Cai', 蒋: 'Jiang',
  余: 'Yu', 于: 'Yu', 杜: 'Du', 叶: 'Ye', 程: 'Cheng', 魏: 'Wei', 苏: 'Su', 吕: 'Lyu', 丁: 'Ding', 任: 'Ren',
  卢: 'Lu', 姚: 'Yao', 沈: 'Shen', 钟: 'Zhong', 姜: 'Jiang', 崔: 'Cui', 谭: 'Tan', 陆: 'Lu', 范: 'Fan', 汪: 'Wang',
  廖: 'Liao', 石: 'Shi', 金: 'Jin', 韦: 'Wei', 贾: 'Jia', 夏: 'Xia', 付: 'Fu', 傅: 'Fu', 方: 'Fang', 邹: 'Zou',
  熊: 'Xiong', 白: 'Bai', 孟: 'Meng', 秦: 'Qin', 邱: 'Qiu', 侯: 'Hou', 江: 'Jiang', 尹: 'Yin', 薛: 'Xue', 闫: 'Yan',
  阎: 'Yan', 段: 'Duan', 雷: 'Lei', 龙: 'Long', 黎: 'Li', 史: 'Shi', 陶: 'Tao', 贺: 'He', 毛: 'Mao', 郝: 'Hao',
  顾: 'Gu', 龚: 'Gong', 邵: 'Shao', 万: 'Wan', 覃: 'Qin', 武: 'Wu', 钱: 'Qian', 戴: 'Dai', 严: 'Yan', 莫: 'Mo',
  孔: 'Kong', 向: 'Xiang', 常: 'Chang', 汤: 'Tang', 康: 'Kang', 易: 'Yi', 乔: 'Qiao', 赖: 'Lai', 文: 'Wen', 施: 'Shi',
  洪: 'Hong', 辛: 'Xin', 柯: 'Ke', 庄: 'Zhuang', 樊: 'Fan', 殷: 'Yin', 兰: 'Lan', 牛: 'Niu', 葛: 'Ge', 章: 'Zhang',
  鲁: 'Lu', 申: 'Shen', 包: 'Bao', 岳: 'Yue', 乐: 'Yue', 单: 'Shan', 区: 'Ou', 解: 'Xie', 查: 'Zha', 仇: 'Qiu',
  朴: 'Piao', 曲: 'Qu', 纪: 'Ji', 宁: 'Ning', 温: 'Wen', 俞: 'Yu', 柳: 'Liu', 齐: 'Qi', 季: 'Ji', 欧: 'Ou',
  关: 'Guan', 苗: 'Miao', 祝: 'Zhu', 褚: 'Chu', 项: 'Xiang', 霍: 'Huo', 左: 'Zuo', 安: 'An', 倪: 'Ni', 焦: 'Jiao',
  管: 'Guan', 穆: 'Mu', 卫: 'Wei', 甘: 'Gan', 骆: 'Luo', 房: 'Fang', 滕: 'Teng', 蓝: 'Lan', 路: 'Lu', 游: 'You',
  聂: 'Nie', 凌: 'Ling', 翟: 'Zhai', 盛: 'Sheng', 童: 'Tong', 储: 'Chu', 柏: 'Bai', 华: 'Hua', 应: 'Ying', 邢: 'Xing',
  裴: 'Pei', 丛: 'Cong', 戚: 'Qi', 吉: 'Ji', 全: 'Quan', 花: 'Hua', 车: 'Che', 谷: 'Gu', 时: 'Shi', 饶: 'Rao',
  宫: 'Gong', 蒲: 'Pu', 尚: 'Shang', 毕: 'Bi', 冉: 'Ran', 商: 'Shang', 杭: 'Hang', 代: 'Dai', 艾: 'Ai', 柴: 'Chai',
  鲍: 'Bao', 梅: 'Mei', 阮: 'Ruan', 蒙: 'Meng', 尤: 'You', 符: 'Fu', 涂: 'Tu',
};

/** The surname of a full name, in Han characters and/or Latin script; undefined when it cannot be told. */
function surnameOf(full: string): { han?: string; latin?: string } | undefined {
  if (/^\p{Script=Han}+$/u.test(full)) {
    const chars = Array.from(full);
    const two = chars.slice(0, 2).join('');
    const han = chars.length >= 3 && compoundSurnames[two] ? two : (chars[0] ?? '');
    return { han, latin: compoundSurnames[han] ?? surnamePinyin[han] };
  }
  if (/^[\p{Script=Latin}'’.\- ]+$/u.test(full)) return { latin: full.split(' ').pop() ?? full };
  return undefined;
}
