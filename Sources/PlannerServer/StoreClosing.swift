import Logging
import PlannerApp
import ServiceLifecycle

/// Closes the served store once the HTTP server has stopped (the application's service
/// group shuts services down in reverse order, so this runs after every request in flight,
/// writes included, has finished) and hands the file back to the other commands.
struct StoreClosing: Service {
    let store: SharedStore
    let logger: Logger

    func run() async throws {
        try? await gracefulShutdown()
        do {
            try store.close()
            logger.info("store \(store.path) closed")
        } catch {
            logger.error("closing \(store.path): \(error)")
        }
    }
}
