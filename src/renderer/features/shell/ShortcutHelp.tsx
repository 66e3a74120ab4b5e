import { useTranslation } from 'react-i18next';
import { shortcutGroups } from './shortcuts';
import type { Workspace } from './workspaces';

/** The keyboard help overlay: every shortcut, by where it works (the workspaces this role is shown). Esc or the button closes it. */
export function ShortcutHelp({ workspaces, onClose }: { workspaces: readonly Workspace[]; onClose(): void }) {
  const { t } = useTranslation();
  const names = workspaces.map((w) => t(`shell.nav.${w}`)).join(' / ');
  return (
    <div className="modal-backdrop" onClick={(e) => e.target === e.currentTarget && onClose()}>
      <section role="dialog" aria-modal="true" aria-labelledby="shortcut-help-title" className="panel shortcut-help" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
        <header className="panel-header">
          <h2 id="shortcut-help-title">{t('shell.help.title')}</h2>
          <button type="button" className="link" onClick={onClose} autoFocus>
            {t('shell.help.close')}
          </button>
        </header>
        <div className="shortcut-groups">
          {Object.entries(shortcutGroups).map(([group, shortcuts]) => (
            <table key={group} aria-labelledby={`shortcuts-${group}`}>
              <caption id={`shortcuts-${group}`}>{t(`shell.help.groups.${group}`)}</caption>
              <tbody>
                {shortcuts.map(([keys, action]) => (
                  <tr key={action}>
                    <th scope="row">
                      <kbd>{action === 'workspaces' ? `Ctrl+1 … ${workspaces.length}` : keys}</kbd>
                    </th>
                    <td>{t(`shell.help.actions.${action}`, { names })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ))}
        </div>
      </section>
    </div>
  );
}
