import Community
import Foundation
import GRDB
import HongshuCore

struct SQLiteBoardStore: BoardStore {
    let database: any DatabaseWriter

    func insert(_ board: Board) async throws {
        do {
            try await database.write { db in
                try db.execute(
                    sql: """
                        INSERT INTO board (id, owner_id, name, is_private, is_default, created_at)
                        VALUES (?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        board.id.rawValue, board.owner.rawValue, board.name, board.isPrivate, board.isDefault,
                        board.createdAt.sqliteMilliseconds,
                    ])
            }
        } catch let error as DatabaseError where error.isUniqueViolation {
            throw EngagementError.boardNameTaken(board.name)
        }
    }

    func board(_ id: Board.ID) async throws -> Board? {
        try await database.read { db in
            try BoardRow.fetchOne(db, sql: "SELECT * FROM board WHERE id = ?", arguments: [id.rawValue])?.board
        }
    }

    func defaultBoard(of owner: User.ID) async throws -> Board? {
        try await database.read { db in
            try BoardRow.fetchOne(
                db, sql: "SELECT * FROM board WHERE owner_id = ? AND is_default = 1", arguments: [owner.rawValue])?
                .board
        }
    }

    func boards(of owner: User.ID) async throws -> [Board] {
        try await database.read { db in
            try BoardRow.fetchAll(
                db, sql: "SELECT * FROM board WHERE owner_id = ? ORDER BY is_default DESC, created_at, id",
                arguments: [owner.rawValue]
            ).map(\.board)
        }
    }

    func collect(contentsOf collects: [Collect]) async throws -> Int {
        guard !collects.isEmpty else { return 0 }
        return try await database.write { db in
            let insert = try db.cachedStatement(
                sql: """
                    INSERT INTO board_note (board_id, note_id, user_id, collected_at) VALUES (?, ?, ?, ?)
                    ON CONFLICT DO NOTHING
                    """)
            let countBoard = try db.cachedStatement(sql: "UPDATE board SET note_count = note_count + 1 WHERE id = ?")
            let person = try db.cachedStatement(
                sql: "INSERT INTO note_collect (note_id, user_id, collected_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"
            )
            let countNote = try db.cachedStatement(
                sql: "UPDATE note SET collect_count = collect_count + 1 WHERE id = ?")
            var added = 0
            for collect in collects {
                let at = collect.at.sqliteMilliseconds
                try insert.execute(arguments: [
                    collect.board.rawValue, collect.note.rawValue, collect.user.rawValue, at,
                ])
                guard db.changesCount == 1 else { continue }
                added += 1
                try countBoard.execute(arguments: [collect.board.rawValue])
                // The collect count counts people: only a user's first board holding the note counts.
                try person.execute(arguments: [collect.note.rawValue, collect.user.rawValue, at])
                if db.changesCount == 1 { try countNote.execute(arguments: [collect.note.rawValue]) }
            }
            return added
        }
    }

    func uncollect(_ note: Note.ID, from board: Board.ID?, by user: User.ID) async throws -> Bool {
        try await database.write { db in
            let boards: [Int64] =
                if let board {
                    try Int64.fetchAll(
                        db, sql: "SELECT board_id FROM board_note WHERE board_id = ? AND note_id = ? AND user_id = ?",
                        arguments: [board.rawValue, note.rawValue, user.rawValue])
                } else {
                    try Int64.fetchAll(
                        db, sql: "SELECT board_id FROM board_note WHERE user_id = ? AND note_id = ?",
                        arguments: [user.rawValue, note.rawValue])
                }
            guard !boards.isEmpty else { return false }
            for id in boards {
                try db.execute(
                    sql: "DELETE FROM board_note WHERE board_id = ? AND note_id = ?", arguments: [id, note.rawValue])
                try db.execute(sql: "UPDATE board SET note_count = note_count - 1 WHERE id = ?", arguments: [id])
            }
            let stillHeld =
                try Bool.fetchOne(
                    db, sql: "SELECT EXISTS (SELECT 1 FROM board_note WHERE user_id = ? AND note_id = ?)",
                    arguments: [user.rawValue, note.rawValue]) ?? false
            if !stillHeld {
                try db.execute(
                    sql: "DELETE FROM note_collect WHERE note_id = ? AND user_id = ?",
                    arguments: [note.rawValue, user.rawValue])
                if db.changesCount == 1 {
                    try db.execute(
                        sql: "UPDATE note SET collect_count = collect_count - 1 WHERE id = ?",
                        arguments: [note.rawValue])
                }
            }
            return true
        }
    }

    func boards(holding note: Note.ID, of user: User.ID) async throws -> [Board.ID] {
        try await database.read { db in
            try Int64.fetchAll(
                db, sql: "SELECT board_id FROM board_note WHERE user_id = ? AND note_id = ? ORDER BY board_id",
                arguments: [user.rawValue, note.rawValue]
            ).map(BoardID.init(rawValue:))
        }
    }

    func collected(_ notes: [Note.ID], by user: User.ID) async throws -> Set<Note.ID> {
        try await database.read { db in
            let request = SQLRequest<Int64>(
                literal: """
                    SELECT note_id FROM note_collect WHERE user_id = \(user.rawValue) AND note_id IN \(notes.map(\.rawValue))
                    """)
            return Set(try request.fetchAll(db).map(NoteID.init(rawValue:)))
        }
    }

    func notes(in board: Board.ID, page: PageRequest) async throws -> Page<Note.ID> {
        let after = try page.cursor.map(TimeKey.init)
        var conditions: [SQL] = ["board_note.board_id = \(board.rawValue)", "note.deleted_at IS NULL"]
        if let after {
            conditions.append(
                "(board_note.collected_at, board_note.note_id) < (\(after.time.sqliteMilliseconds), \(after.id))")
        }
        let request = SQLRequest<Row>(
            literal: """
                SELECT board_note.note_id, board_note.collected_at FROM board_note JOIN note ON note.id = board_note.note_id
                WHERE \(conditions.joined(operator: .and))
                ORDER BY board_note.collected_at DESC, board_note.note_id DESC LIMIT \(page.limit + 1)
                """)
        let rows = try await database.read { db in
            try request.fetchAll(db).map { row in
                TimeKey(time: Date(sqliteMilliseconds: row["collected_at"]), id: row["note_id"])
            }
        }
        return TimeKey.page(rows, limit: page.limit) { $0 }.map { NoteID($0.id) }
    }
}

private struct BoardRow: FetchableRecord {
    let board: Board

    init(row: Row) {
        board = Board(
            id: BoardID(row["id"] as Int64), owner: UserID(row["owner_id"] as Int64), name: row["name"],
            isPrivate: row["is_private"], isDefault: row["is_default"],
            createdAt: Date(sqliteMilliseconds: row["created_at"]), noteCount: row["note_count"])
    }
}
