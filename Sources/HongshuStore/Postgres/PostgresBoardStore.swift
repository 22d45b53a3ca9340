import Community
import Foundation
import HongshuCore
import PostgresNIO

struct PostgresBoardStore: BoardStore {
    let database: PostgresDatabase

    private static let columns = "id, owner_id, name, is_private, is_default, created_at, note_count"

    func insert(_ board: Board) async throws {
        do {
            try await database.query(
                """
                INSERT INTO board (id, owner_id, name, is_private, is_default, created_at)
                VALUES (\(board.id.rawValue), \(board.owner.rawValue), \(board.name), \(board.isPrivate),
                        \(board.isDefault), \(board.createdAt.exact))
                """)
        } catch let error as PSQLError where error.isUniqueViolation {
            throw EngagementError.boardNameTaken(board.name)
        }
    }

    func board(_ id: Board.ID) async throws -> Board? {
        try await fetch("SELECT \(unescaped: Self.columns) FROM board WHERE id = \(id.rawValue)").first
    }

    func defaultBoard(of owner: User.ID) async throws -> Board? {
        try await fetch(
            "SELECT \(unescaped: Self.columns) FROM board WHERE owner_id = \(owner.rawValue) AND is_default"
        )
        .first
    }

    func boards(of owner: User.ID) async throws -> [Board] {
        try await fetch(
            """
            SELECT \(unescaped: Self.columns) FROM board WHERE owner_id = \(owner.rawValue)
            ORDER BY is_default DESC, created_at, id
            """)
    }

    func collect(contentsOf collects: [Collect]) async throws -> Int {
        guard !collects.isEmpty else { return 0 }
        let batch = JSONColumn.encode(collects.map(CollectRecord.init))
        let logger = database.logger
        return try await database.transaction { connection in
            let added = try await connection.query(
                """
                INSERT INTO board_note (board_id, note_id, user_id, collected_at)
                SELECT board_id, note_id, user_id, to_timestamp(0) + collected_ms * interval '1 millisecond'
                FROM jsonb_to_recordset(\(batch)::jsonb)
                    AS c(board_id bigint, note_id bigint, user_id bigint, collected_ms bigint)
                ON CONFLICT DO NOTHING RETURNING board_id, note_id, user_id, collected_at
                """, logger: logger)
            var boards: [Int64: Int32] = [:]
            var people: [(note: Int64, user: Int64, at: Date)] = []
            for try await (board, note, user, at) in added.decode((Int64, Int64, Int64, Date).self) {
                boards[board, default: 0] += 1
                people.append((note, user, at))
            }
            guard !people.isEmpty else { return 0 }
            var bindings = PostgresBindings()
            bindings.append(Array(boards.keys))
            bindings.append(Array(boards.values))
            try await connection.query(
                PostgresQuery(
                    unsafeSQL: """
                        UPDATE board SET note_count = note_count + delta.n
                        FROM unnest($1::bigint[], $2::integer[]) AS delta(id, n) WHERE board.id = delta.id
                        """, binds: bindings), logger: logger)
            // The collect count counts people: only a user's first board holding the note counts.
            var firsts = PostgresBindings()
            firsts.append(people.map(\.note))
            firsts.append(people.map(\.user))
            firsts.append(people.map(\.at))
            try await connection.query(
                PostgresQuery(
                    unsafeSQL: """
                        WITH first AS (
                            INSERT INTO note_collect (note_id, user_id, collected_at)
                            SELECT DISTINCT ON (note_id, user_id) note_id, user_id, at
                            FROM unnest($1::bigint[], $2::bigint[], $3::timestamptz[]) AS c(note_id, user_id, at)
                            ON CONFLICT DO NOTHING RETURNING note_id)
                        UPDATE note SET collect_count = collect_count + per_note.n
                        FROM (SELECT note_id, count(*) AS n FROM first GROUP BY note_id) AS per_note
                        WHERE note.id = per_note.note_id
                        """, binds: firsts), logger: logger)
            return people.count
        }
    }

    func uncollect(_ note: Note.ID, from board: Board.ID?, by user: User.ID) async throws -> Bool {
        let logger = database.logger
        return try await database.transaction { connection in
            let removed = try await connection.query(
                """
                DELETE FROM board_note
                WHERE note_id = \(note.rawValue) AND user_id = \(user.rawValue)
                  AND (\(board?.rawValue)::bigint IS NULL OR board_id = \(board?.rawValue))
                RETURNING board_id
                """, logger: logger)
            var boards: [Int64] = []
            for try await id in removed.decode(Int64.self) { boards.append(id) }
            guard !boards.isEmpty else { return false }
            try await connection.query(
                "UPDATE board SET note_count = note_count - 1 WHERE id = ANY(\(boards))", logger: logger)
            let gone = try await connection.query(
                """
                DELETE FROM note_collect WHERE note_id = \(note.rawValue) AND user_id = \(user.rawValue)
                  AND NOT EXISTS (SELECT 1 FROM board_note WHERE user_id = \(user.rawValue) AND note_id = \(note.rawValue))
                RETURNING 1
                """, logger: logger)
            if try await gone.collect().count == 1 {
                try await connection.query(
                    "UPDATE note SET collect_count = collect_count - 1 WHERE id = \(note.rawValue)", logger: logger)
            }
            return true
        }
    }

    func boards(holding note: Note.ID, of user: User.ID) async throws -> [Board.ID] {
        var ids: [Board.ID] = []
        let rows = try await database.query(
            """
            SELECT board_id FROM board_note WHERE user_id = \(user.rawValue) AND note_id = \(note.rawValue)
            ORDER BY board_id
            """)
        for try await id in rows.decode(Int64.self) { ids.append(BoardID(id)) }
        return ids
    }

    func collected(_ notes: [Note.ID], by user: User.ID) async throws -> Set<Note.ID> {
        var collected = Set<Note.ID>()
        let rows = try await database.query(
            "SELECT note_id FROM note_collect WHERE user_id = \(user.rawValue) AND note_id = ANY(\(notes.map(\.rawValue)))"
        )
        for try await id in rows.decode(Int64.self) { collected.insert(NoteID(id)) }
        return collected
    }

    func notes(in board: Board.ID, page: PageRequest) async throws -> Page<Note.ID> {
        var query = PostgresKeysetQuery(
            select:
                "board_note.note_id, board_note.collected_at FROM board_note JOIN note ON note.id = board_note.note_id")
        query.filter("board_note.board_id", equals: board.rawValue)
        query.filter("note.deleted_at IS NULL")
        var keys: [TimeKey] = []
        let rows = try await database.query(
            query.page(page, time: "board_note.collected_at", id: "board_note.note_id"))
        for try await (id, at) in rows.decode((Int64, Date).self) {
            keys.append(TimeKey(time: at.fromPostgres, id: id))
        }
        return TimeKey.page(keys, limit: page.limit) { $0 }.map { NoteID($0.id) }
    }

    private func fetch(_ query: PostgresQuery) async throws -> [Board] {
        var boards: [Board] = []
        let rows = try await database.query(query)
        for try await (id, owner, name, isPrivate, isDefault, created, count) in rows.decode(
            (Int64, Int64, String, Bool, Bool, Date, Int32).self)
        {
            boards.append(
                Board(
                    id: BoardID(id), owner: UserID(owner), name: name, isPrivate: isPrivate, isDefault: isDefault,
                    createdAt: created.fromPostgres, noteCount: Int(count)))
        }
        return boards
    }
}

/// One collect as a row of the JSON batch `collect(contentsOf:)` sends (keys are the column names).
private struct CollectRecord: Encodable {
    let boardID: Int64, noteID: Int64, userID: Int64, collectedMs: Int64

    enum CodingKeys: String, CodingKey {
        case boardID = "board_id", noteID = "note_id", userID = "user_id", collectedMs = "collected_ms"
    }

    init(_ collect: Collect) {
        boardID = collect.board.rawValue
        noteID = collect.note.rawValue
        userID = collect.user.rawValue
        collectedMs = Int64((collect.at.timeIntervalSince1970 * 1000).rounded())
    }
}
