/** Issue 18: the administrator's forbidden-phrase list (the phrases policy). */
export const phrasePolicyZhCN = {
  phrasePolicy: {
    intro: '坐席在备注、回复和通话记录中写到这些说法时会被提示，并看到建议的替代说法。发布后同步到所有坐席，从生效时间起保存的内容按新清单检查。',
    language: '用语语言',
    languages: { 'zh-CN': '简体中文', en: 'English' },
    rule: '规则 {{id}}',
    reasonOf: '规则 {{id}} 的类别',
    phrases: '不当说法（每行一个；* 表示同一句中间隔几个字）',
    alternatives: '建议的替代说法（每行一句）',
    allowed: '不用提示的说法（包含不当说法但意思正常，每行一个）',
    remove: '删除此规则',
    restore: '恢复此规则',
    add: '新增规则',
    listHint: '也可以用顿号或逗号分隔多个说法。替代说法要写成完整的一句话，坐席选用后会替换整个分句。',
    trial: '试一试',
    trialPlaceholder: '输入一句话，看看按上面的清单会不会被提示',
    changes: '用语清单的修改：{{count}} 处',
    noChanges: '还没有修改。',
    summary: '将发布：新增 {{added}} 条，删除 {{removed}} 条，修改 {{changed}} 条。',
    publish: '发布新版用语清单',
  },
};
