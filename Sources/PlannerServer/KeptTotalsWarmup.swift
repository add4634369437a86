import Logging
import Planner
import PlannerApp
import PlannerPresentation
import ServiceLifecycle

/// Builds the kept clearance totals (``PlannerApp/KeptClearanceTotals``) of the groupings
/// asked for (`parkplan serve --keep-clearance-by district`) in the background as the
/// server starts, so that the first question of the day does not wait for every parcel to
/// be read; a question asked meanwhile waits for the build, as it would have built it.
/// Logs how long each build took. Runs before ``StoreClosing`` is told to stop (services
/// stop in reverse order), so the store is never closed under a build.
struct KeptTotalsWarmup: Service {
    let store: SharedStore
    let groupings: [ClearanceGrouping]
    let logger: Logger

    func run() async throws {
        for grouping in groupings {
            let started = ContinuousClock.now
            let store = self.store
            do {
                try await Blocking.run {
                    let today = LocalDate.today
                    _ = try store.clearanceTotals.answer(ClearanceProgressReport(asOf: today, grouping: grouping), today: today,
                                                         store: store.reading(asRecorded: nil))
                }
                logger.info("kept clearance totals by \(grouping.label) built in \(started.duration(to: .now))")
            } catch {
                logger.warning("kept clearance totals by \(grouping.label) not built: \(error)")
            }
        }
        try? await gracefulShutdown()
    }
}
