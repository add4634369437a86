import Hummingbird
import PlannerApp

/// `GET /api/v1/features/LAYER?bbox=minlon,minlat,maxlon,maxlat&zoom=Z[&as_of=D]`: a layer's
/// features in a window as RFC 7946 GeoJSON, as `parkplan export LAYER` writes them,
/// simplified for the zoom (``FeatureWindow``).
struct FeatureRoutes {
    let store: SharedStore

    func register(on router: Router<PlannerRequestContext>) {
        router.get("api/v1/features/:layer") { request, context in
            let parameters = QueryParameters(request.uri.queryParameters.map { (name: String($0.key), value: String($0.value)) })
            let window = try FeatureWindow(layer: context.parameters.get("layer") ?? "", parameters: parameters)
            let source = store.window
            let bytes = try await Blocking.run { try window.geoJSON(source) }
            return Response(status: .ok, headers: [.contentType: "application/geo+json"], body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
        }
    }
}
