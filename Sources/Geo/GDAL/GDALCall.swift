import CGDAL

/// The one place GDAL's errors become ``GeoError``s (kind `.gdal`).
///
/// GDAL reports errors through a process-wide handler and keeps the last one per
/// thread. On first use the drivers are registered and the handler is set to GDAL's
/// quiet one (nothing is printed to stderr); every call into GDAL that can fail goes
/// through ``run(_:_:)``, which resets the thread's last error, runs the call and turns a
/// failure (a `nil` result or an error of class `CE_Failure` or worse) into a thrown error
/// carrying GDAL's own message.
enum GDALCall {
    /// Registers the drivers and installs the quiet handler, once per process.
    static let ready: Void = {
        GDALAllRegister()
        CPLSetErrorHandler(CPLQuietErrorHandler)
    }()

    /// Runs `body`; throws `GeoError(.gdal, operation:, message:)` with GDAL's last message
    /// when it returns `nil` or raised a failure.
    static func run<T>(_ operation: String, _ body: () -> T?) throws -> T {
        _ = ready
        CPLErrorReset()
        let result = body()
        let failed = CPLGetLastErrorType().rawValue >= CE_Failure.rawValue
        if let result, !failed { return result }
        throw GeoError(.gdal, operation: operation, message: lastMessage ?? "GDAL returned no result")
    }

    /// GDAL's last error message on this thread, if any.
    static var lastMessage: String? {
        guard let m = CPLGetLastErrorMsg() else { return nil }
        let text = String(cString: m)
        return text.isEmpty ? nil : text
    }
}
