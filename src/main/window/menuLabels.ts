import type { Locale } from '../../shared/schemas/settings';

/** The words of the application and right-click menus and of main's own dialogs, in the interface language. */
export interface MenuLabels {
  file: string;
  lockScreen: string;
  exportDiagnostics: string;
  quit: string;
  edit: string;
  undo: string;
  redo: string;
  cut: string;
  copy: string;
  paste: string;
  selectAll: string;
  view: string;
  reload: string;
  devTools: string;
  resetZoom: string;
  zoomIn: string;
  zoomOut: string;
  fullScreen: string;
  window: string;
  minimize: string;
  close: string;
  help: string;
  about: string;
  /** Main's own dialogs. */
  windowFailing: string;
  reloadWindow: string;
  quitApp: string;
  diagnosticsSaved: string;
}

const zhCN: MenuLabels = {
  file: '文件',
  lockScreen: '锁定屏幕',
  exportDiagnostics: '导出诊断信息…',
  quit: '退出 AgentDesk',
  edit: '编辑',
  undo: '撤销',
  redo: '重做',
  cut: '剪切',
  copy: '复制',
  paste: '粘贴',
  selectAll: '全选',
  view: '视图',
  reload: '重新加载',
  devTools: '开发者工具',
  resetZoom: '实际大小',
  zoomIn: '放大',
  zoomOut: '缩小',
  fullScreen: '全屏',
  window: '窗口',
  minimize: '最小化',
  close: '关闭窗口',
  help: '帮助',
  about: '关于 AgentDesk',
  windowFailing: '窗口接连出错，已停止自动重新加载。可以再试一次重新加载；如仍出错，请退出并通过“文件 > 导出诊断信息”把记录交给技术支持。',
  reloadWindow: '重新加载',
  quitApp: '退出',
  diagnosticsSaved: '诊断信息已保存到：',
};

const en: MenuLabels = {
  file: 'File',
  lockScreen: 'Lock Screen',
  exportDiagnostics: 'Export Diagnostics…',
  quit: 'Quit AgentDesk',
  edit: 'Edit',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select All',
  view: 'View',
  reload: 'Reload',
  devTools: 'Developer Tools',
  resetZoom: 'Actual Size',
  zoomIn: 'Zoom In',
  zoomOut: 'Zoom Out',
  fullScreen: 'Full Screen',
  window: 'Window',
  minimize: 'Minimize',
  close: 'Close Window',
  help: 'Help',
  about: 'About AgentDesk',
  windowFailing: 'The window failed several times in a row, so it is no longer reloaded by itself. You can try reloading once more; if it fails again, quit and send support the file from File > Export Diagnostics.',
  reloadWindow: 'Reload',
  quitApp: 'Quit',
  diagnosticsSaved: 'Diagnostics saved to:',
};

export function menuLabels(locale: Locale): MenuLabels {
  return locale === 'en' ? en : zhCN;
}
