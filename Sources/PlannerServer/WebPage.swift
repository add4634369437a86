import Hummingbird

/// The web page at `/` and the files it loads: Leaflet from Debian's `libjs-leaflet`,
/// served by the server itself under `/vendor/leaflet/` (nothing fetched from outside).
/// Every route of the web page is registered here.
public enum WebPage {
    /// Where Debian's `libjs-leaflet` installs Leaflet.
    public static let leafletFolder = "/usr/share/javascript/leaflet"

    /// Registers `GET /` and `/vendor/leaflet/…` on `router`.
    public static func register(on router: Router<PlannerRequestContext>) {
        router.add(middleware: FileMiddleware(leafletFolder, urlBasePath: "/vendor/leaflet", searchForIndexHtml: false))
        router.get("/") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"],
                     body: .init(byteBuffer: ByteBuffer(string: placeholder)))
        }
    }

    static let placeholder = """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>ParkPlanner</title><link rel="stylesheet" href="/vendor/leaflet/leaflet.css"></head>
        <body><h1>ParkPlanner</h1><p>The map comes here. The API: <a href="/openapi.json">/openapi.json</a>.</p></body></html>

        """
}
