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

    func collect(_ note: Note.ID, into board: Board.ID, by user: User.ID, at date: Date) async throws -> Bool {
        let logger = database.logger
        return try await database.transaction { connection in
            let added = try await connection.query(
                """
                INSERT INTO board_note (board_id, note_id, user_id, collected_at)
                VALUES (\(board.rawValue), \(note.rawValue), \(user.rawValue), \(date.exact))
                ON CONFLICT DO NOTHING RETURNING 1
                """, logger: logger)
            guard try await added.collect().count == 1 else { return false }
            try await connection.query(
                "UPDATE board SET note_count = note_count + 1 WHERE id = \(board.rawValue)", logger: logger)
            // The collect count counts people: only a user's first board holding the note counts.
            let first = try await connection.query(
                """
                INSERT INTO note_collect (note_id, user_id, collected_at)
                VALUES (\(note.rawValue), \(user.rawValue), \(date.exact)) ON CONFLICT DO NOTHING RETURNING 1
                """, logger: logger)
            if try await first.collect().count == 1 {
                try await connection.query(
                    "UPDATE note SET collect_count = collect_count + 1 WHERE id = \(note.rawValue)", logger: logger)
            }
            return true
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
