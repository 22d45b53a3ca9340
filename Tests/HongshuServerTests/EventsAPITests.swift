import Community
import Foundation
import HTTPTypes
import HongshuCore
import HongshuServer
import Hummingbird
import HummingbirdTesting
import Insights
import NIOCore
import TestSupport
import Testing

@Suite struct EventsAPITests {
    private func batch(_ events: [String], sentAt: String? = nil) -> ByteBuffer {
        ByteBuffer(
            string: #"{"events":[\#(events.joined(separator: ","))]\#(sentAt.map { #","sentAt":"\#($0)""# } ?? "")}"#)
    }

    private func impression(_ id: String, at: String = "2026-11-25T23:59:00Z", kind: String = "impression") -> String {
        #"{"clientEventId":"\#(id)","kind":"\#(kind)","subject":{"type":"note","id":"12"},"context":{"surface":"feed","position":"2"},"at":"\#(at)","sessionId":"s-1"}"#
    }

    /// Anonymous devices and signed-in people report impressions; a retry counts nothing twice; the client's
    /// clock is corrected by the server's.
    @Test(arguments: Backend.available)
    func reportsAreKeptOnceWithTheClockCorrected(_ backend: Backend) async throws {
        try await backend.withStores { stores in
            let app = TestApp.make(stores: stores)
            let ada = try await app.signUp("ada")
            // The client's clock says 2026-11-26T00:00:00Z when the server's says app.clock.now.
            let skew = app.clock.now.timeIntervalSince(Date(timeIntervalSince1970: 1_795_737_600))
            try await app.application.test(.router) { client in
                let device: HTTPFields = [.deviceID: "phone-1234", .contentType: "application/json"]
                for expected in [(2, 0), (0, 2)] {
                    try await client.execute(
                        uri: "/api/v1/events", method: .post, headers: device,
                        body: batch([impression("e1"), impression("e2")], sentAt: "2026-11-26T00:00:00Z")
                    ) { response in
                        #expect(response.status == .ok)
                        let json = try response.json(JSONValue.self)
                        #expect(json["accepted"]?.int == expected.0 && json["duplicates"]?.int == expected.1)
                    }
                }
                try await client.execute(
                    uri: "/api/v1/events", method: .post, headers: ada.headers,
                    body: batch([impression("e1")], sentAt: "2026-11-26T00:00:00Z")
                ) { response in
                    let json = try response.json(JSONValue.self)
                    #expect(json["accepted"]?.int == 1)
                }
            }
            let events = try await app.features.events.events(by: ada.user.id, page: .first(5)).items
            #expect(events.count == 1)
            // 23:59:00 on the client's clock, a minute before it sent the batch.
            #expect(events.first?.at == app.clock.now.addingTimeInterval(-60).truncatedToMilliseconds)
            #expect(abs(skew) > 0)
        }
    }

    @Test func badReportsAreRefusedWholeWithAClearError() async throws {
        let app = try await TestApp.make()
        let device: HTTPFields = [.deviceID: "phone-1234", .contentType: "application/json"]
        try await app.application.test(.router) { client in
            let cases: [(HTTPFields, ByteBuffer, HTTPResponse.Status, String)] = [
                (
                    [.contentType: "application/json"], batch([impression("a")]), .unprocessableContent,
                    "events.device_required"
                ),
                (
                    [.deviceID: "x", .contentType: "application/json"], batch([impression("a")]), .unprocessableContent,
                    "events.device_invalid"
                ),
                (device, batch([]), .unprocessableContent, "events.empty"),
                (
                    device, batch([impression("a"), impression("b", kind: "purchase")]), .unprocessableContent,
                    "events.kind_not_reported"
                ),
                (device, batch([impression("a b")]), .unprocessableContent, "events.client_id_invalid"),
                (
                    device, batch([impression("a").replacingOccurrences(of: "\"surface\"", with: "\"amount\"")]),
                    .unprocessableContent, "events.context_invalid"
                ),
                (
                    device, batch([impression("a").replacingOccurrences(of: #""id":"12""#, with: #""id":"x""#)]),
                    .unprocessableContent, "events.subject_invalid"
                ),
                (device, ByteBuffer(string: #"{"events":"#), .badRequest, "request.malformed"),
            ]
            for (headers, body, status, code) in cases {
                try await client.execute(uri: "/api/v1/events", method: .post, headers: headers, body: body) {
                    response in
                    #expect(response.status == status, "\(code)")
                    #expect(response.errorCode == code)
                }
            }
            let many = batch((0...EventReport.limit).map { impression("e\($0)") })
            try await client.execute(uri: "/api/v1/events", method: .post, headers: device, body: many) {
                #expect($0.errorCode == "events.too_many")
            }
        }
        // Nothing of a refused batch was written.
        #expect(try await app.features.events.count(.impression, subject: .note(NoteID(12))) == 0)
    }
}
