import type { MenuItemConstructorOptions } from 'electron';
import type { Locale } from '../../shared/schemas/settings';
import { menuLabels } from './menuLabels';

export interface MenuContext {
  locale: Locale;
  /** An installed build: no reload and no developer tools in the menu. */
  packaged: boolean;
  platform: NodeJS.Platform;
}

/** What the menu's own items do (index.ts wires them to the window and the services). */
export interface MenuActions {
  lockScreen(): void;
  exportDiagnostics(): void;
  about(): void;
}

/**
 * The application menu in the interface language, as a plain template (Menu.buildFromTemplate in
 * index.ts): File (lock, export diagnostics, quit), Edit (undo … select all, so the usual
 * shortcuts work in every field), View (zoom, full screen; reload and developer tools only in
 * development), Window and Help. On macOS the first menu is the app's own.
 */
export function menuTemplate(context: MenuContext, actions: MenuActions): MenuItemConstructorOptions[] {
  const l = menuLabels(context.locale);
  const mac = context.platform === 'darwin';
  const development: MenuItemConstructorOptions[] = context.packaged
    ? []
    : [{ role: 'reload', label: l.reload }, { role: 'toggleDevTools', label: l.devTools }, { type: 'separator' }];
  const about: MenuItemConstructorOptions = { id: 'about', label: l.about, click: () => actions.about() };
  const quit: MenuItemConstructorOptions = { role: 'quit', label: l.quit };
  return [
    ...(mac ? [{ label: 'AgentDesk', submenu: [about, { type: 'separator' }, quit] } satisfies MenuItemConstructorOptions] : []),
    {
      label: l.file,
      submenu: [
        { id: 'lockScreen', label: l.lockScreen, accelerator: 'CmdOrCtrl+L', click: () => actions.lockScreen() },
        { id: 'exportDiagnostics', label: l.exportDiagnostics, click: () => actions.exportDiagnostics() },
        ...(mac ? [] : [{ type: 'separator' } satisfies MenuItemConstructorOptions, quit]),
      ],
    },
    {
      label: l.edit,
      submenu: [
        { role: 'undo', label: l.undo },
        { role: 'redo', label: l.redo },
        { type: 'separator' },
        { role: 'cut', label: l.cut },
        { role: 'copy', label: l.copy },
        { role: 'paste', label: l.paste },
        { role: 'selectAll', label: l.selectAll },
      ],
    },
    {
      label: l.view,
      submenu: [
        ...development,
        { role: 'resetZoom', label: l.resetZoom },
        { role: 'zoomIn', label: l.zoomIn },
        { role: 'zoomOut', label: l.zoomOut },
        { type: 'separator' },
        { role: 'togglefullscreen', label: l.fullScreen },
      ],
    },
    { label: l.window, submenu: [{ role: 'minimize', label: l.minimize }, { role: 'close', label: l.close }] },
    { label: l.help, submenu: mac ? [{ id: 'exportDiagnosticsHelp', label: l.exportDiagnostics, click: () => actions.exportDiagnostics() }] : [about] },
  ];
}

/** What the right-click menu needs to know about where the agent clicked (Electron's context-menu params). */
export interface ContextMenuParams {
  isEditable: boolean;
  selectionText: string;
  editFlags: { canCut: boolean; canCopy: boolean; canPaste: boolean; canSelectAll: boolean };
}

/**
 * The right-click menu: cut, copy, paste and select all in a text field (each enabled only when
 * it can act), copy on selected text elsewhere, nothing otherwise (`[]`: no menu is shown).
 */
export function contextMenuTemplate(params: ContextMenuParams, locale: Locale): MenuItemConstructorOptions[] {
  const l = menuLabels(locale);
  if (params.isEditable) {
    return [
      { role: 'cut', label: l.cut, enabled: params.editFlags.canCut },
      { role: 'copy', label: l.copy, enabled: params.editFlags.canCopy },
      { role: 'paste', label: l.paste, enabled: params.editFlags.canPaste },
      { type: 'separator' },
      { role: 'selectAll', label: l.selectAll, enabled: params.editFlags.canSelectAll },
    ];
  }
  if (params.selectionText.trim() !== '') return [{ role: 'copy', label: l.copy, enabled: params.editFlags.canCopy }];
  return [];
}
