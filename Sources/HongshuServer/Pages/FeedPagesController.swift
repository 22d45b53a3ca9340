import Community
import Discovery
import Foundation
import HongshuCore
import Hummingbird
import Insights

/// The home page's feeds (discover, following, nearby), "why am I seeing this?", "not interested", what was on
/// screen, and onboarding: the same domain calls as `/api/v1/feed`.
struct FeedPagesController {
    let features: Features
    let directory: NoteDirectory
    let feedDirectory: FeedDirectory

    func addRoutes(public open: RouterGroup<AppRequestContext>, members: RouterGroup<AppRequestContext>) {
        open.get("/", use: home)
        open.get("feed/why/:id", use: why)
        open.post("feed/impressions", use: impressions)
        members.post("feed/not-interested", use: notInterested)
        members.get("onboarding", use: onboardingForm)
        members.post("onboarding", use: onboarding)
    }

    /// `/?tab=discover|following|nearby[&after=][&city= | &lat=&lon=&radius=]`; `&fragment=1` answers only the
    /// cards and the next link (what scrolling appends).
    func home(request: Request, context: AppRequestContext) async throws -> Response {
        let query = request.uri.queryParameters
        let tab = query.get("tab").flatMap { FeedTab(rawValue: String($0)) } ?? .discover
        let viewer = context.user?.id
        let cursor = query.get("after").flatMap { $0.isEmpty ? nil : Cursor(rawValue: String($0)) }
        let page = PageRequest(limit: 20, after: cursor)
        var ids: [NoteID] = []
        var next: Link?
        var distances: [NoteID: Double] = [:]
        var place: NearbyPlace?
        var problem: HTML?
        switch tab {
        case .discover:
            let result = try await features.feeds.discover(for: viewer, page: page)
            ids = result.items
            next = result.next.map { Link.home(after: $0) }
        case .following:
            if let viewer {
                let result = try await features.feeds.following(for: viewer, page: page)
                ids = result.items
                next = result.next.map { Link.following(after: $0) }
            }
        case .nearby:
            do {
                if query.get("city").map({ !$0.isEmpty }) == true
                    || (query.get("lat").map({ !$0.isEmpty }) == true && query.get("lon").map({ !$0.isEmpty }) == true)
                {
                    place = try request.nearbyPlace()
                }
                if let place {
                    let result = try await features.feeds.nearby(place, page: page)
                    ids = result.items.map(\.note)
                    for item in result.items { if let meters = item.meters { distances[item.note] = meters } }
                    next = result.next.map { Link.nearby(place, after: $0) }
                }
            } catch let error as DiscoveryError {
                problem = HTML(text: error.message)
            } catch let error as RequestError {
                problem = HTML(text: error.message)
            }
        }
        let cards = try await directory.cards(try await feedDirectory.notes(ids))
        let view = Viewer(context)
        if query.get("fragment") == "1" {
            return .html(
                FeedPage.waterfall(
                    cards, viewer: view, tab: tab, distances: distances, next: next, empty: .empty,
                    offset: Int(query.get("offset") ?? "") ?? 0))
        }
        var feed = FeedPage(tab: tab, cards: cards, distances: distances, next: next, place: place)
        feed.error = problem
        if let viewer, tab == .discover, cursor == nil {
            feed.needsInterests = try await features.feeds.profiles.profile(of: viewer).top("tag", 1).isEmpty
            if let latest = try await features.notes.notes(by: viewer, page: .first(1)).items.first,
                features.now().timeIntervalSince(latest.publishedAt) < 86_400
            {
                feed.yours = try await directory.cards([latest]).first
            }
        }
        if query.get("hidden") != nil {
            feed.notice = "好的，会少推荐这类内容。Got it: you will see less of this."
        }
        return .html(feed.render(view), status: problem == nil ? .ok : .unprocessableContent)
    }

    func why(request: Request, context: AppRequestContext) async throws -> Response {
        let id = try context.parameters.id(as: NoteID.self)
        let explanation = try await features.feeds.explain(id, for: context.user?.id)
        guard let card = try await directory.cards(try await feedDirectory.notes([id])).first else {
            throw DiscoveryError.noteNotFound(id)
        }
        let reasons = try await feedDirectory.reasons(explanation)
        return .html(FeedWhyPage(card: card, reasons: reasons, explanation: explanation).render(Viewer(context)))
    }

    func notInterested(request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await request.form(context: context)
        guard let note = NoteID(form["note"]) else { throw RequestError.badID("note") }
        guard let reason = NotInterestedReason(rawValue: form["reason"]) else {
            throw RequestError.badParameter("reason", "must be note, tag or author")
        }
        try await features.feeds.profiles.notInterested(in: note, because: reason, by: try context.requireUser().id)
        let tab = FeedTab(rawValue: form["tab"]) ?? .discover
        let back: Link = tab == .following ? .following() : .home()
        return .redirect(to: back.path + (back.path.contains("?") ? "&" : "?") + "hidden=1", type: .normal)
    }

    /// What was on screen, sent by the page's script: `notes=ID:POSITION,…` (at most 50) and the `tab`.
    func impressions(request: Request, context: AppRequestContext) async throws -> HTTPResponse.Status {
        let form = try await request.form(context: context)
        let tab = FeedTab(rawValue: form["tab"]) ?? .discover
        let pairs = form["notes"].split(separator: ",").prefix(50)
        var seen: [(NoteID, Int)] = []
        for pair in pairs {
            let parts = pair.split(separator: ":")
            guard parts.count == 2, let note = NoteID(String(parts[0])), let position = Int(parts[1]),
                (1...10_000).contains(position)
            else { throw RequestError.badParameter("notes", "must be NOTE:POSITION pairs separated by commas") }
            seen.append((note, position))
        }
        let live = Set(try await features.notes.notes(seen.map(\.0)).map(\.id))
        for (note, position) in seen where live.contains(note) {
            try await features.events.record(
                .impression, by: context.user?.id, on: .note(note),
                context: ["surface": tab == .discover ? "feed" : tab.rawValue, "position": String(position)])
        }
        return .noContent
    }

    func onboardingForm(request: Request, context: AppRequestContext) async throws -> Response {
        let profile = try await features.feeds.profiles.profile(of: try context.requireUser().id)
        let picked = Set(profile.top("tag", 10).compactMap { if case .tag(let id) = $0.key { id } else { nil } })
        return .html(
            OnboardingPage(categories: try await features.taxonomy.categories(), picked: picked).render(Viewer(context))
        )
    }

    func onboarding(request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await request.form(context: context)
        let user = try context.requireUser().id
        let tags = form.all("tag").compactMap { TagID($0) }
        do {
            _ = try await features.feeds.profiles.pick(tags, by: user)
            return .redirect(to: Link.home().path, type: .normal)
        } catch let error as DiscoveryError {
            let page = OnboardingPage(
                categories: try await features.taxonomy.categories(), picked: Set(tags),
                error: HTML(text: error.message))
            return .html(page.render(Viewer(context)), status: .unprocessableContent)
        } catch let error as TagError {
            let page = OnboardingPage(
                categories: try await features.taxonomy.categories(), picked: [], error: HTML(text: error.message))
            return .html(page.render(Viewer(context)), status: .unprocessableContent)
        }
    }
}
