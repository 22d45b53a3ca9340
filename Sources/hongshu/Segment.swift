import ArgumentParser
import Foundation
import Search

extension SegmentationMode: ExpressibleByArgument {}

/// `hongshu segment`: Chinese word segmentation of standard input, a line at a time, as
/// `python -m jieba -d ' '` prints it (tokens separated by single spaces, every other character kept).
struct Segment: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Segment the lines of standard input into words (as `python -m jieba -d ' '` does).")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        /// Pieces joined by single spaces.
        case line
        /// Pieces joined by U+001F (for tools comparing segmentations: spaces are pieces too).
        case pieces
        /// The normalised search tokens with their UTF-16 offsets: `text@start..<end`.
        case tokens
    }

    @Option(help: "default, or search (also the dictionary words inside long words, as jieba's cut_for_search).")
    var mode: SegmentationMode = .default

    @Option(help: "line (as jieba's command line), pieces (joined by U+001F) or tokens (normalised, with offsets).")
    var format: Format = .line

    func run() throws {
        let segmenter = Segmenter.shared
        let input = FileHandle.standardInput.readDataToEndOfFile()
        var lines = input.split(separator: 0x0A, omittingEmptySubsequences: false).map {
            String(decoding: $0, as: UTF8.self)
        }
        if lines.last == "" { lines.removeLast() }
        var output = ""
        for line in lines {
            switch format {
            case .line: output += segmenter.segmentLine(line, mode: mode)
            case .pieces:
                output += segmenter.cut(line.hasSuffix("\r") ? String(line.dropLast()) : line, mode: mode)
                    .joined(separator: "\u{1F}")
            case .tokens: output += segmenter.tokens(line, mode: mode).map(\.description).joined(separator: " ")
            }
            output += "\n"
            if output.utf8.count > 1 << 16 {
                FileHandle.standardOutput.write(Data(output.utf8))
                output = ""
            }
        }
        FileHandle.standardOutput.write(Data(output.utf8))
    }
}

/// `hongshu bench segment FILE`: how fast the dictionary loads and text is segmented, on one core.
struct SegmentBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment", abstract: "Dictionary load time and segmentation throughput over the lines of a file.")

    @Argument(help: "A UTF-8 text file, one sentence or paragraph a line.") var file: String
    @Option(help: "Seconds to run each measurement.") var seconds: Double = 3

    func run() throws {
        let clock = ContinuousClock()
        let started = clock.now
        let dictionary = SegmentationDictionary.bundled
        let loaded = clock.now
        _ = Segmenter.shared.cut("他来到了网易杭研大厦")
        let ready = clock.now
        print(
            "dictionary: \(dictionary.wordCount) words, loaded in \(Self.milliseconds(loaded - started)) ms; "
                + "ready (with the HMM) in \(Self.milliseconds(ready - started)) ms")
        guard let data = FileManager.default.contents(atPath: file) else {
            throw ValidationError("Cannot read \(file)")
        }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
        let characters = lines.reduce(0) { $0 + $1.unicodeScalars.count }
        print("\(lines.count) lines, \(characters) characters")
        let segmenter = Segmenter.shared
        let runs: [(String, () -> Int)] = [
            ("cut (default)", { lines.reduce(0) { $0 &+ segmenter.cut($1).count } }),
            ("cut (search)", { lines.reduce(0) { $0 &+ segmenter.cut($1, mode: .search).count } }),
            ("tokens (default)", { lines.reduce(0) { $0 &+ segmenter.tokens($1).count } }),
            ("tokens (search)", { lines.reduce(0) { $0 &+ segmenter.tokens($1, mode: .search).count } }),
        ]
        for (label, body) in runs {
            var sink = body()
            var rounds = 0
            let start = clock.now
            var elapsed = Duration.zero
            repeat {
                sink &+= body()
                rounds += 1
                elapsed = clock.now - start
            } while elapsed < .seconds(seconds)
            let rate = Double(characters * rounds) / Self.seconds(elapsed)
            print(
                String(
                    format: "%@: %.2f million characters a second (%d rounds; %d)", label, rate / 1e6, rounds, sink % 10
                ))
        }
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    static func milliseconds(_ duration: Duration) -> String { String(format: "%.1f", seconds(duration) * 1000) }
}
