#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One object per thread, created on first use and released when the thread exits.
///
/// GEOS contexts and PROJ contexts must not be shared between threads; this slot gives
/// each thread its own without locks. The value must only be used on the thread that
/// obtained it (never stored in something that crosses threads).
struct ThreadLocalSlot<Value: AnyObject>: Sendable {
    private let key: pthread_key_t

    init() {
        var key = pthread_key_t()
        // The destructor runs at thread exit and balances the retain taken in `value`.
        let rc = pthread_key_create(&key) { raw in
            if let raw { Unmanaged<AnyObject>.fromOpaque(raw).release() }
        }
        precondition(rc == 0, "pthread_key_create failed: \(rc)")
        self.key = key
    }

    /// This thread's value, made by `make` the first time.
    func value(_ make: () -> Value) -> Value {
        if let raw = pthread_getspecific(key) {
            return Unmanaged<AnyObject>.fromOpaque(raw).takeUnretainedValue() as! Value
        }
        let value = make()
        pthread_setspecific(key, Unmanaged<AnyObject>.passRetained(value as AnyObject).toOpaque())
        return value
    }
}
