import Hummingbird
import Logging
import PlannerApp

/// Builds the server for `settings` (apart from the command that runs it, as Hummingbird's
/// template does): opens the store once (WAL, a pool of readers and one writer), registers
/// every route, binds the address. `onRunning` is told the port bound (the one picked when
/// `settings.port` is 0). Run it with `runService()`: SIGTERM or SIGINT stops accepting,
/// lets the requests in flight finish, then closes the store.
/// - Throws: the store's errors when it cannot be opened.
public func buildApplication(_ settings: ServerSettings, logger: Logger = Logger(label: "parkplan.server"),
                             onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) throws -> some ApplicationProtocol {
    BodyLimit.bytes = settings.maxBodyBytes
    let store = try PlanningStores.openShared(at: settings.storePath)
    let signIn = SignIn(store: store, limiter: SignInLimiter())
    let router = Router(context: PlannerRequestContext.self)
    router.add(middleware: RequestLog(logger: logger))
    router.get("health") { _, _ in Response.json("{\"status\":\"ok\"}\n") }
    router.get("openapi.json") { _, _ in try OpenAPIDocument.response() }
    QueryRoutes(store: store).register(on: router)
    FeatureRoutes(store: store).register(on: router)
    ParcelRoutes(store: store, signIn: signIn).register(on: router)
    AuditRoute(store: store, signIn: signIn).register(on: router)
    WebPage.register(on: router)
    return Application(router: router,
                       configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: "parkplan"),
                       services: [StoreClosing(store: store, logger: logger),
                                  KeptTotalsWarmup(store: store, groupings: settings.keptGroupings, logger: logger)],
                       onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? settings.port) },
                       logger: logger)
}
