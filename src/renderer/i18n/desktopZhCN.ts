/** zh-CN messages under `desktop.*`: notices from main and the error screen (en: desktopEn.ts, same keys). */
export const desktopZhCN = {
  desktop: {
    notices: {
      label: '系统提示',
      settingsReset: '设置文件已损坏，已改用默认设置。原文件已另存为 {{detail}}，如需恢复请联系技术支持。',
      settingsResetNoCopy: '设置文件已损坏且无法另存，已改用默认设置。',
      serviceFailed: '后台功能“{{service}}”未能启动，其余功能照常可用。详情已写入诊断信息。',
      windowRecovered: '窗口刚才出错并已重新加载。通话草稿保存在本机，已自动恢复。',
      dismiss: '知道了',
      services: { autoUpdate: '自动更新', sync: '同步', telephony: '电话软交换' },
    },
    crash: {
      title: '界面出错了',
      body: '这部分界面遇到意外错误，已记录下来供技术支持排查。已保存的工单和通话草稿都在本机，不会丢失。',
      reload: '重新加载界面',
      reported: '错误已记录。',
      notReported: '错误未能记录，请导出诊断信息后联系技术支持。',
    },
  },
};
