import CGDAL

/// The one place GDAL's errors become ``GeoError``s (kind `.gdal`).
///
/// libgdal is loaded on first use (see `Sources/CGDAL/shim.h`: linking it slowed every
/// command's start); when it cannot be, every GDAL operation throws, naming why. Then the
/// drivers are registered and the error handler is set to GDAL's quiet one (nothing is
/// printed to stderr). GDAL reports errors through that process-wide handler and keeps the
/// last one per thread: every call into GDAL that can fail goes through ``run(_:_:)``,
/// which resets the thread's last error, runs the call and turns a failure (a `nil` result
/// or an error of class `CE_Failure` or worse) into a thrown error carrying GDAL's own
/// message. Every GDAL object is made inside ``run(_:_:)``, so the functions are loaded
/// before any other call.
enum GDALCall {
    /// libgdal loaded, the drivers registered and the quiet handler installed, once per
    /// process; or why libgdal could not be loaded.
    static let ready: Result<Void, GeoError> = {
        let table = UnsafeMutablePointer<ParkPlannerGDAL>.allocate(capacity: 1)  // kept for the process's life
        if let failure = parkplanner_gdal_load(table) {
            return .failure(GeoError(.gdal, operation: "load GDAL",
                                     message: "libgdal could not be loaded (\(String(cString: failure))); install libgdal-dev"))
        }
        functions = UnsafePointer(table)
        gdal.GDALAllRegister()
        gdal.CPLSetErrorHandler(gdal.CPLQuietErrorHandler)
        return .success(())
    }()

    /// The loaded functions (set once by ``ready``, before anything reads them).
    nonisolated(unsafe) fileprivate static var functions: UnsafePointer<ParkPlannerGDAL>?

    /// Runs `body`; throws `GeoError(.gdal, operation:, message:)` with GDAL's last message
    /// when it returns `nil` or raised a failure, or when libgdal could not be loaded.
    static func run<T>(_ operation: String, _ body: () -> T?) throws -> T {
        try ready.get()
        gdal.CPLErrorReset()
        let result = body()
        let failed = gdal.CPLGetLastErrorType().rawValue >= CE_Failure.rawValue
        if let result, !failed { return result }
        throw GeoError(.gdal, operation: operation, message: lastMessage ?? "GDAL returned no result")
    }

    /// A C string GDAL returns (a name, a message), as text; `""` for NULL.
    static func text(_ string: UnsafePointer<CChar>?) -> String {
        string.map { String(cString: $0) } ?? ""
    }

    /// GDAL's last error message on this thread, if any.
    static var lastMessage: String? {
        guard let m = gdal.CPLGetLastErrorMsg() else { return nil }
        let text = String(cString: m)
        return text.isEmpty ? nil : text
    }
}

/// GDAL's C functions, by their C names (`gdal.GDALOpenEx(…)`). Valid once
/// ``GDALCall/ready`` has succeeded, which ``GDALCall/run(_:_:)`` ensures: every GDAL
/// object comes from a call made through it.
var gdal: ParkPlannerGDAL {
    guard let functions = GDALCall.functions else { preconditionFailure("GDAL used before GDALCall.run loaded it") }
    return functions.pointee
}
