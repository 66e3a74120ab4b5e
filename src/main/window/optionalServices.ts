/**
 * Optional services (auto-update, sync, screen pop from the start command, telephony) start after
 * every handler is registered and the window is open. Each runs on its own: one that throws or
 * rejects is logged and reported (`onFailure`: a notice for the agent, a crash record for
 * diagnostics) and the others still start. Never fatal.
 */
export interface OptionalService {
  name: string;
  /** Whether its settings turn it on. */
  enabled: boolean;
  start(): void | Promise<void>;
}

export interface OptionalServiceReport {
  started: string[];
  skipped: string[];
  failed: { name: string; error: unknown }[];
}

export async function startOptionalServices(services: readonly OptionalService[], onFailure: (name: string, error: unknown) => void): Promise<OptionalServiceReport> {
  const report: OptionalServiceReport = { started: [], skipped: [], failed: [] };
  await Promise.all(
    services.map(async (service) => {
      if (!service.enabled) {
        report.skipped.push(service.name);
        return;
      }
      try {
        await service.start();
        report.started.push(service.name);
      } catch (error) {
        report.failed.push({ name: service.name, error });
        try {
          onFailure(service.name, error);
        } catch {
          // reporting must not turn a failed optional service into a fatal one
        }
      }
    }),
  );
  return report;
}
