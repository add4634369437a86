import Hummingbird
import NIOCore

/// What a request carries through the routes: Hummingbird's core context, the client's
/// address (for the audit and the rate limit) and the body size limit.
public struct PlannerRequestContext: RequestContext, RemoteAddressRequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The connected client's address (the reverse proxy's, behind one).
    public let remoteAddress: SocketAddress?
    /// The largest body accepted, in bytes (``ServerSettings/maxBodyBytes``).
    public var maxUploadSize: Int { BodyLimit.bytes }

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
    }

    /// The client's address as text ("127.0.0.1"), "-" when unknown.
    public var remoteText: String { remoteAddress?.ipAddress ?? "-" }
}

/// The body size limit, set once from ``ServerSettings`` before the server starts.
enum BodyLimit {
    nonisolated(unsafe) static var bytes = 64 * 1024
}
