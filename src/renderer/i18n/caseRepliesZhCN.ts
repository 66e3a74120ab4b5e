/** Replies on a saved chat or email case (zh-CN). */
export const caseRepliesZhCN = {
  caseReplies: {
    title: { chat: '在线回复', email: '邮件往来' },
    none: '还没有记录过回复。',
    sentBy: '{{at}} · {{agent}}',
    unknownAgent: '未署名',
    text: { chat: '下一条回复', email: '下一封回复邮件' },
    seam: '在公司的邮件或在线客服工具里发出后，点“记为已发送”留存记录；第一条回复会停止首次响应计时。',
    copy: '复制内容',
    record: '记为已发送',
    copied: '已复制，可以粘贴发送了',
    copyFailed: '复制失败，请手动选中文字复制',
    recorded: '已记录这条回复',
  },
};
