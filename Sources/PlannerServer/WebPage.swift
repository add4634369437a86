import Foundation
import Hummingbird

/// The web page at `/` and the files it loads, every route of the web page in one place:
/// - `/`: the page (`Public/index.html`), a Leaflet map of parks, units and parcels coloured
///   by clearance status as of a chosen day, the clearance-by-commune table, a parcel's
///   history and the form a board member records a status change with;
/// - `/static/…`: its scripts and style sheet (`Public/`, the module's resources);
/// - `/vendor/leaflet/…`: Leaflet from Debian's `libjs-leaflet`, served by the server itself.
///
/// Nothing is fetched from outside: no CDN, no tile server (the layers are the map).
public enum WebPage {
    /// Where Debian's `libjs-leaflet` installs Leaflet.
    public static let leafletFolder = "/usr/share/javascript/leaflet"

    /// The page's own files (HTML, CSS, JS), copied into the module's resource bundle.
    public static var publicFolder: String? {
        Bundle.module.url(forResource: "Public", withExtension: nil)?.path
    }

    /// Registers `GET /`, `/static/…` and `/vendor/leaflet/…` on `router`.
    public static func register(on router: Router<PlannerRequestContext>) {
        router.add(middleware: FileMiddleware(leafletFolder, urlBasePath: "/vendor/leaflet", searchForIndexHtml: false))
        guard let folder = publicFolder else {
            router.get("/") { _, _ in html(missing) }
            return
        }
        router.add(middleware: FileMiddleware(folder, urlBasePath: "/static", searchForIndexHtml: false))
        let page = (try? String(contentsOfFile: folder + "/index.html", encoding: .utf8)) ?? missing
        router.get("/") { _, _ in html(page) }
    }

    private static func html(_ text: String) -> Response {
        Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-cache"],
                 body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// Shown when the resource bundle was not installed beside the binary.
    static let missing = """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>ParkPlanner</title><link rel="icon" href="data:,"></head>
        <body><h1>ParkPlanner</h1><p>The web map's files (the PlannerServer resource bundle) are missing beside the
        binary. The API works: <a href="/openapi.json">/openapi.json</a>.</p></body></html>

        """
}
