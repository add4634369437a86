import Foundation
import Hummingbird
import Planner
import PlannerApp
import PlannerPresentation

/// A parcel's ledger and the writes to it:
/// - `GET /api/v1/parcels/ID`: the ledger, as `parkplan clearance history ID --format json`
///   prints it, its version (``ClearanceLedger/version``) in `ETag`;
/// - `POST /api/v1/parcels/ID/events` `{"status","date","note","reason"}` with
///   `If-Match`: a status change recorded as the token's user (201, new `ETag`);
/// - `POST /api/v1/parcels/ID/events/SEQ/void` `{"reason"}` with `If-Match`: a void.
/// Both writes go through the ledger use cases (``StatusChange``, ``EntryVoid``), which
/// check the rights, the version and the ledger's rules and audit the write in the
/// entry's own transaction, through ``SharedStore/write(_:)``, which brings the kept
/// clearance totals up to date before the answer goes out.
struct ParcelRoutes {
    let store: SharedStore
    let signIn: SignIn

    func register(on router: Router<PlannerRequestContext>) {
        router.get("api/v1/parcels/:id") { _, context in
            let id = try Self.parcelId(context)
            let access = store.access
            let ledger = try await Blocking.run { try ParcelLedgerListing(parcelId: id).run(access) }
            return Response.json(ResultTable.ledger(ledger).jsonDocument(), headers: [.eTag: Self.etag(ledger)])
        }
        router.post("api/v1/parcels/:id/events") { request, context in
            let user = try await signIn.user(request, context)
            let id = try Self.parcelId(context)
            let expected = try Self.ifMatch(request)
            let body = try await Self.decode(StatusChangeBody.self, request, context)
            guard let status = ClearanceStatus(rawValue: body.status) else {
                throw APIError(.badRequest, "unknown status '\(body.status)'; use one of: \(ClearanceStatus.validNames)", parameter: "status")
            }
            let date: LocalDate
            do { date = try LocalDate(iso: body.date) } catch let e as LocalDateError { throw APIError(.badRequest, e.description, parameter: "date") }
            let change = StatusChange(parcelId: id, event: ClearanceEvent(status: status, date: date, by: user.name, note: body.note), reason: body.reason)
            let source = AuditSource(user: user.name, requestId: context.id, remoteAddress: context.remoteText)
            let store = self.store
            let (outcome, ledger) = try await Self.writing {
                try store.write { try change.record(in: $0, by: user, expectedVersion: expected, source: source) }
            }
            let recorded: Bool = if case .record = outcome { true } else { false }
            return Response.json(ResultTable.ledger(ledger).jsonDocument(), status: recorded ? .created : .ok, headers: [.eTag: Self.etag(ledger)])
        }
        router.post("api/v1/parcels/:id/events/:seq/void") { request, context in
            let user = try await signIn.user(request, context)
            let id = try Self.parcelId(context)
            guard let seq = context.parameters.get("seq").flatMap({ Int($0) }), seq >= 1 else {
                throw APIError(.badRequest, "the entry's seq must be a whole number ≥ 1", parameter: "seq")
            }
            let expected = try Self.ifMatch(request)
            let body = try await Self.decode(VoidBody.self, request, context)
            let void = EntryVoid(entryId: "\(id)/\(seq)", reason: body.reason, by: user.name)
            let source = AuditSource(user: user.name, requestId: context.id, remoteAddress: context.remoteText)
            let store = self.store
            let (_, ledger) = try await Self.writing {
                try store.write { try void.record(in: $0, by: user, expectedVersion: expected, source: source) }
            }
            return Response.json(ResultTable.ledger(ledger).jsonDocument(), status: .created, headers: [.eTag: Self.etag(ledger)])
        }
    }

    /// The JSON body of a status change.
    struct StatusChangeBody: Decodable {
        var status: String
        var date: String
        var note: String?
        var reason: String?
    }

    /// The JSON body of a void.
    struct VoidBody: Decodable {
        var reason: String?
    }

    /// A write, with a stale version answered 412 and the parcel's current state.
    static func writing<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        do {
            return try await Blocking.write(body)
        } catch let conflict as LedgerVersionConflict {
            let state = ParcelClearanceState(conflict.current)
            var error = APIError(.preconditionFailed, conflict.description)
            error.headers[.eTag] = etag(conflict.current)
            error.extra = [("parcel", .string(conflict.current.parcelId)), ("version", .number(Double(state.version))),
                           ("status_now", .string(state.status.rawValue)), ("since", state.since.map { .string($0.description) } ?? .null)]
            throw error
        }
    }

    /// The parcel id of the path, percent-decoded.
    static func parcelId(_ context: PlannerRequestContext) throws -> String {
        guard let raw = context.parameters.get("id"), let id = raw.removingPercentEncoding, !id.isEmpty else {
            throw APIError(.badRequest, "the path names no parcel", parameter: "id")
        }
        return id
    }

    /// The entity tag of a ledger's version: `"N"`.
    static func etag(_ ledger: ClearanceLedger) -> String { "\"\(ledger.version)\"" }

    /// The version an `If-Match` header carries (`"N"`, `W/"N"` or `N`).
    /// - Throws: 428 when it is missing, 400 when it is not a version.
    static func ifMatch(_ request: Request) throws -> Int {
        guard let header = request.headers[.ifMatch] else {
            throw APIError(.preconditionRequired, "a write needs `If-Match: ETAG`, the ETag of GET /api/v1/parcels/ID, so that no change is lost")
        }
        var text = header.trimmingCharacters(in: .whitespaces)
        if text.hasPrefix("W/") { text.removeFirst(2) }
        text = text.trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        guard let version = Int(text), version >= 0 else {
            throw APIError(.badRequest, "If-Match \(header) is not a parcel version (an ETag such as \"3\")", parameter: "If-Match")
        }
        return version
    }

    /// The request's JSON body as `T`; 413 past the size limit, 400 when it is not `T`.
    static func decode<T: Decodable>(_ type: T.Type, _ request: Request, _ context: PlannerRequestContext) async throws -> T {
        let buffer = try await request.body.collect(upTo: context.maxUploadSize)
        do {
            return try JSONDecoder().decode(T.self, from: Data(buffer.readableBytesView))
        } catch let DecodingError.keyNotFound(key, _) {
            throw APIError(.badRequest, "the body lacks \"\(key.stringValue)\"", parameter: key.stringValue)
        } catch let DecodingError.typeMismatch(_, context) {
            let key = context.codingPath.last?.stringValue ?? "body"
            throw APIError(.badRequest, "\"\(key)\" has the wrong type: \(context.debugDescription)", parameter: key)
        } catch {
            throw APIError(.badRequest, "the body is not the JSON object expected: \(error)", parameter: "body")
        }
    }
}
