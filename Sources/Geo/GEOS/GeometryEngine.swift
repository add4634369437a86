import CGEOS

/// A GEOS context handle and the error messages it reports: the entry point to every
/// GEOS operation. One engine per thread; it is deliberately not `Sendable`.
///
/// Use ``GeometryEngine/current`` for the calling thread's engine, or create one for a
/// worker thread that does bulk work. Every GEOS call goes through ``check(_:_:)`` or
/// ``checkBool(_:_:)``, which turn GEOS's sentinels (NULL, 0, 2) into a ``GeoError``
/// carrying the message GEOS gave.
public final class GeometryEngine {
    let handle: GEOSContextHandle_t
    private let errors: ErrorBuffer

    /// Collects the last message GEOS reported on this context.
    final class ErrorBuffer {
        var last: String?
    }

    private static let slot = ThreadLocalSlot<GeometryEngine>()

    /// The calling thread's engine, created on first use and freed when the thread exits.
    /// Use it only on the thread that obtained it.
    public static var current: GeometryEngine { slot.value { GeometryEngine() } }

    /// A new GEOS context with its own error handler.
    public init() {
        guard let handle = GEOS_init_r() else { fatalError("GEOS_init_r returned NULL (out of memory)") }
        self.handle = handle
        self.errors = ErrorBuffer()
        let userdata = Unmanaged.passUnretained(errors).toOpaque()
        GEOSContext_setErrorMessageHandler_r(handle, { message, userdata in
            guard let userdata, let message else { return }
            Unmanaged<GeometryEngine.ErrorBuffer>.fromOpaque(userdata).takeUnretainedValue().last =
                String(cString: message)
        }, userdata)
    }

    deinit {
        GEOS_finish_r(handle)
    }

    /// The GEOS library version, e.g. "3.11.1-CAPI-1.17.1".
    public static var geosVersion: String { String(cString: GEOSversion()) }

    /// The error for a failed call, with the message GEOS reported (and clears it).
    func failure(_ operation: String) -> GeoError {
        let message = errors.last ?? "GEOS reported a failure without a message"
        errors.last = nil
        return GeoError(.geos, operation: operation, message: message)
    }

    /// Unwraps a pointer result; NULL means GEOS raised an exception.
    func check<T>(_ operation: String, _ result: T?) throws -> T {
        guard let result else { throw failure(operation) }
        return result
    }

    /// Reads a GEOS boolean: 1 is true, 0 false, 2 an exception.
    func checkBool(_ operation: String, _ result: CChar) throws -> Bool {
        switch result {
        case 1: return true
        case 0: return false
        default: throw failure(operation)
        }
    }

    /// Checks an `int` status where 0 means an exception (GEOSArea_r, GEOSLength_r, …).
    func checkStatus(_ operation: String, _ result: Int32) throws {
        if result == 0 { throw failure(operation) }
    }
}
