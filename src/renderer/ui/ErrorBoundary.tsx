import { Component, useState, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgentDeskApi } from '../../shared/api';

/** The report's size limits (support:reportRendererCrash refuses more): cut here so a long stack is still reported. */
const LIMITS = { message: 2_000, stack: 16_000 } as const;

export function crashReportOf(error: unknown, componentStack: string | null | undefined) {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const stack = error instanceof Error ? error.stack : undefined;
  return {
    message: message.slice(0, LIMITS.message),
    ...(stack ? { stack: stack.slice(0, LIMITS.stack) } : {}),
    ...(componentStack ? { componentStack: componentStack.slice(0, LIMITS.stack) } : {}),
  };
}

interface Props {
  api: Pick<AgentDeskApi, 'reportRendererCrash'>;
  /** Reloads the page (location.reload in the app). */
  reload?: () => void;
  children: ReactNode;
}

interface State {
  failed: boolean;
  reported: boolean | null;
}

/**
 * Catches an error thrown while drawing the app, shows a translated message with a reload button
 * instead of a blank window, and reports the error to main (logged redacted, kept as a crash
 * record for diagnostics). Drafts are in SQLite, so reloading loses nothing saved.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false, reported: null };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    void this.props.api
      .reportRendererCrash(crashReportOf(error, info.componentStack))
      .then((reply) => this.setState({ reported: reply.ok }))
      .catch(() => this.setState({ reported: false }));
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return <CrashScreen reported={this.state.reported} reload={this.props.reload ?? (() => window.location.reload())} />;
  }
}

function CrashScreen({ reported, reload }: { reported: boolean | null; reload: () => void }) {
  const { t } = useTranslation();
  const [reloading, setReloading] = useState(false);
  return (
    <main className="crash-screen" role="alert">
      <section className="panel">
        <h1>{t('desktop.crash.title')}</h1>
        <p>{t('desktop.crash.body')}</p>
        {reported !== null && <p className="muted">{reported ? t('desktop.crash.reported') : t('desktop.crash.notReported')}</p>}
        <button
          type="button"
          disabled={reloading}
          onClick={() => {
            setReloading(true);
            reload();
          }}
        >
          {t('desktop.crash.reload')}
        </button>
      </section>
    </main>
  );
}
