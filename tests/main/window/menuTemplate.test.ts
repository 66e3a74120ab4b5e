import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { contextMenuTemplate, menuTemplate, type ContextMenuParams, type MenuContext } from '../../../src/main/window/menuTemplate';

const actions = () => ({ lockScreen: vi.fn(), exportDiagnostics: vi.fn(), about: vi.fn() });

/** Every item, nested menus flattened. */
function flat(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flat(item.submenu) : [])]);
}
const labels = (items: MenuItemConstructorOptions[]) => items.map((item) => item.label);
const roles = (items: MenuItemConstructorOptions[]) => flat(items).flatMap((item) => (item.role ? [item.role] : []));

const windows = (overrides: Partial<MenuContext> = {}): MenuContext => ({ locale: 'zh-CN', packaged: true, platform: 'win32', ...overrides });

describe('the application menu', () => {
  it('is in Chinese by default and in English when the interface is English', () => {
    expect(labels(menuTemplate(windows(), actions()))).toEqual(['文件', '编辑', '视图', '窗口', '帮助']);
    expect(labels(menuTemplate(windows({ locale: 'en' }), actions()))).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    expect(labels(flat(menuTemplate(windows(), actions())).filter((i) => i.role === 'paste' || i.role === 'quit'))).toEqual(['退出 AgentDesk', '粘贴']);
  });

  it('has no reload and no developer tools in an installed build, both in development', () => {
    const installed = roles(menuTemplate(windows(), actions()));
    expect(installed).not.toContain('reload');
    expect(installed).not.toContain('forceReload');
    expect(installed).not.toContain('toggleDevTools');
    expect(roles(menuTemplate(windows({ packaged: false }), actions()))).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('gives the edit shortcuts to every field: undo, redo, cut, copy, paste, select all', () => {
    expect(roles(menuTemplate(windows(), actions()))).toEqual(expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']));
  });

  it('locks the screen and exports diagnostics from the File menu', () => {
    const wired = actions();
    const items = flat(menuTemplate(windows(), wired));
    const lock = items.find((i) => i.id === 'lockScreen')!;
    expect(lock).toMatchObject({ label: '锁定屏幕', accelerator: 'CmdOrCtrl+L' });
    (lock.click as () => void)();
    (items.find((i) => i.id === 'exportDiagnostics')!.click as () => void)();
    expect(wired.lockScreen).toHaveBeenCalledOnce();
    expect(wired.exportDiagnostics).toHaveBeenCalledOnce();
  });

  it('on macOS starts with the app menu and keeps Quit there only', () => {
    const mac = menuTemplate(windows({ platform: 'darwin', locale: 'en' }), actions());
    expect(labels(mac)).toEqual(['AgentDesk', 'File', 'Edit', 'View', 'Window', 'Help']);
    expect(flat(mac).filter((i) => i.role === 'quit')).toHaveLength(1);
    expect(Array.isArray(mac[0]!.submenu) && mac[0]!.submenu.some((i) => i.role === 'quit')).toBe(true);
  });
});

const params = (overrides: Partial<ContextMenuParams> = {}): ContextMenuParams => ({
  isEditable: true,
  selectionText: '',
  editFlags: { canCut: false, canCopy: false, canPaste: true, canSelectAll: true },
  ...overrides,
});

describe('the right-click menu', () => {
  it('in a text field: cut, copy, paste and select all, each enabled only when it can act', () => {
    const menu = contextMenuTemplate(params(), 'zh-CN').filter((i) => i.type !== 'separator');
    expect(menu.map((i) => [i.role, i.label, i.enabled])).toEqual([
      ['cut', '剪切', false],
      ['copy', '复制', false],
      ['paste', '粘贴', true],
      ['selectAll', '全选', true],
    ]);
    const selected = contextMenuTemplate(params({ selectionText: '退货', editFlags: { canCut: true, canCopy: true, canPaste: true, canSelectAll: true } }), 'en');
    expect(selected.filter((i) => i.enabled).map((i) => i.label)).toEqual(['Cut', 'Copy', 'Paste', 'Select All']);
  });

  it('on selected text outside a field: copy only; elsewhere: no menu', () => {
    const text = contextMenuTemplate(params({ isEditable: false, selectionText: '工单 SH01', editFlags: { canCut: false, canCopy: true, canPaste: false, canSelectAll: true } }), 'zh-CN');
    expect(text.map((i) => [i.role, i.enabled])).toEqual([['copy', true]]);
    expect(contextMenuTemplate(params({ isEditable: false, selectionText: ' ' }), 'zh-CN')).toEqual([]);
  });
});
