/** zh-CN messages under `shell.*` (en: shellEn.ts, same keys). */
export const shellZhCN = {
  shell: {
    nav: { cases: '工单', followUps: '回访', kb: '知识库', team: '团队看板', reports: '班次报表', quality: '质检' },
    status: { label: '坐席状态', available: '空闲', break: '小休', onCall: '通话中', afterCallWork: '话后处理' },
    theme: { label: '主题', system: '跟随系统', light: '浅色', dark: '深色' },
    help: {
      button: '快捷键 ?',
      title: '键盘快捷键',
      close: '关闭（Esc）',
      groups: { everywhere: '任何界面', call: '通话中', lists: '列表中' },
      actions: {
        search: '搜索工单、客户和知识库',
        workspaces: '切换到工单 / 回访 / 知识库 / 团队看板 / 班次报表',
        newCall: '接听新来电',
        newCase: '新建工单',
        syncNow: '立即同步',
        lock: '锁定屏幕',
        help: '打开这份快捷键说明',
        close: '关闭弹窗或详情',
        stage: '跳到第 1–5 个通话阶段',
        completeStage: '完成当前阶段',
        back: '回到上一阶段',
        escalate: '升级或转交',
        endTalk: '结束通话，进入话后处理',
        kb: '搜索知识库',
        saveCall: '保存通话记录',
        moveRow: '上下移动',
        openRow: '打开所选项',
        selectRow: '勾选或取消勾选',
      },
    },
  },
};
