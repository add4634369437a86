import ArgumentParser
import Geo
import Planner
import PlannerApp
import PlannerPostGIS
import PlannerPresentation
import PlannerStore

/// Runs a command body, printing domain failures to stderr in full and exiting non-zero.
func reportingFailures(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let failure as ImportFailure {
        Terminal.error("import refused, nothing was written: \(failure.issues.count) problem(s)")
        for line in failure.summaryLines { Terminal.error("  \(line)") }
        throw ExitCode.failure
    } catch let e as StoreError {
        Terminal.error("error: \(e)")
        throw ExitCode.failure
    } catch let e as GeoError {
        Terminal.error("error: \(e)")
        throw ExitCode.failure
    } catch let e as ExportSinkError {
        Terminal.error("error: \(e)")
        throw ExitCode.failure
    } catch let e as ClearanceRefusal {
        Terminal.error("error: \(e)")
        throw ExitCode.failure
    } catch let e as OptionRefusal {
        // A usage error (exit 64), named as the option is typed.
        Terminal.error("error: \(e.option): \(e.reason)")
        throw ExitCode.validationFailure
    } catch let e as any UseCaseRefusal {
        Terminal.error("error: \(e)")
        throw ExitCode.failure
    } catch let e as PostGISError {
        Terminal.error("error: \(e)")
        throw ExitCode.failure
    } catch let e as CLIError {
        Terminal.error("error: \(e)")
        throw ExitCode.failure
    }
}
