import Foundation

/// Where a value sits in a JSON text, for a `file:line:column` message about a value that is
/// valid JSON but of the wrong kind (`"speakers": 7` where a list is wanted, a label that is not
/// a string). Foundation's parsers give no places for values, so the text is scanned again: only
/// for a file that already has a problem.
public enum JSONLocation {
    /// One step down into a JSON value: an object's member or an array's element.
    public enum Step: Sendable, Hashable {
        /// The value of an object's member with this key (the last one, when the key is repeated,
        /// as `JSONSerialization` keeps the last).
        case key(String)
        /// The element of an array at this 0-based index.
        case index(Int)
    }

    /// The 1-based line and column (in characters; lines end at LF, CRLF or CR) where the value
    /// at `path` starts in `data` (UTF-8, a BOM skipped); the top-level value for an empty path.
    /// Nil when `data` is not valid JSON along the way or has no value there.
    public static func place(of path: [Step], in data: Data) -> (line: Int, column: Int)? {
        let bytes = Array(data)
        var scanner = Scanner(bytes: bytes, index: bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0)
        scanner.skipSpace()
        for step in path {
            guard let next = scanner.child(step) else { return nil }
            scanner.index = next
        }
        guard scanner.index < bytes.count else { return nil }
        return JSONProblem.place(of: scanner.index, in: bytes)
    }

    /// For each element of the array at `path` in `data` (as ``place(of:in:)``), the 1-based line
    /// where the value of its member `key` starts; nil for an element with no such member (or no
    /// object). Empty when there is no array there. One pass over the text, however long the array
    /// (a word-level transcript has a segment per word).
    public static func lines(ofMember key: String, inElementsOf path: [Step], in data: Data) -> [Int?] {
        let bytes = Array(data)
        var scanner = Scanner(bytes: bytes, index: bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0)
        scanner.skipSpace()
        for step in path {
            guard let next = scanner.child(step) else { return [] }
            scanner.index = next
        }
        guard scanner.index < bytes.count, bytes[scanner.index] == UInt8(ascii: "[") else { return [] }
        var counted = (offset: 0, line: 1)
        func line(at offset: Int) -> Int {
            while counted.offset < offset {
                let byte = bytes[counted.offset]
                if byte == 0x0A || (byte == 0x0D && (counted.offset + 1 >= bytes.count || bytes[counted.offset + 1] != 0x0A)) {
                    counted.line += 1
                }
                counted.offset += 1
            }
            return counted.line
        }
        var lines: [Int?] = []
        scanner.index += 1
        while true {
            scanner.skipSpace()
            guard scanner.index < bytes.count, bytes[scanner.index] != UInt8(ascii: "]") else { return lines }
            lines.append(scanner.objectMembers().last(where: { $0.key == key }).map { line(at: $0.valueStart) })
            guard scanner.skipValue(), scanner.skipComma() else { return lines }
        }
    }

    /// One member of a JSON object as written: its key, where the key and the value start
    /// (1-based line and column, as ``place(of:in:)``), and whether the value is a string.
    public struct Member: Sendable {
        /// The member's key, decoded.
        public var key: String
        /// Where the key starts (its opening quote).
        public var keyPlace: (line: Int, column: Int)
        /// Where the value starts.
        public var valuePlace: (line: Int, column: Int)
        /// Whether the value is a JSON string.
        public var valueIsString: Bool
    }

    /// The members of the top-level object of `data` in file order, repeated keys each time they
    /// are written (`JSONSerialization` keeps only the last); empty when the top level is no
    /// object. The scan stops at the first member that is not valid JSON.
    public static func members(in data: Data) -> [Member] {
        let bytes = Array(data)
        var scanner = Scanner(bytes: bytes, index: bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0)
        scanner.skipSpace()
        return scanner.objectMembers().map { member in
            Member(
                key: member.key, keyPlace: JSONProblem.place(of: member.keyStart, in: bytes),
                valuePlace: JSONProblem.place(of: member.valueStart, in: bytes),
                valueIsString: bytes[member.valueStart] == UInt8(ascii: "\""))
        }
    }

    /// A cursor over JSON bytes (RFC 8259).
    private struct Scanner {
        let bytes: [UInt8]
        var index: Int

        mutating func skipSpace() {
            while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
        }

        /// The start of the value `step` names inside the value at ``index``; nil when there is none.
        func child(_ step: Step) -> Int? {
            var cursor = self
            guard cursor.index < bytes.count else { return nil }
            switch step {
            case .index(let wanted):
                guard bytes[cursor.index] == UInt8(ascii: "[") else { return nil }
                cursor.index += 1
                var position = 0
                while true {
                    cursor.skipSpace()
                    guard cursor.index < bytes.count, bytes[cursor.index] != UInt8(ascii: "]") else { return nil }
                    if position == wanted { return cursor.index }
                    guard cursor.skipValue(), cursor.skipComma() else { return nil }
                    position += 1
                }
            case .key(let wanted):
                return cursor.objectMembers().last(where: { $0.key == wanted })?.valueStart
            }
        }

        /// The members of the object at ``index`` in file order (each key decoded, with where
        /// its opening quote and its value start), repeated keys each time; empty when no object
        /// starts there. The walk stops at the first member that is not valid JSON.
        func objectMembers() -> [(key: String, keyStart: Int, valueStart: Int)] {
            var cursor = self
            guard cursor.index < bytes.count, bytes[cursor.index] == UInt8(ascii: "{") else { return [] }
            cursor.index += 1
            var members: [(key: String, keyStart: Int, valueStart: Int)] = []
            while true {
                cursor.skipSpace()
                guard cursor.index < bytes.count, bytes[cursor.index] == UInt8(ascii: "\"") else { return members }
                let keyStart = cursor.index
                guard cursor.skipValue() else { return members }
                let key = (try? JSONSerialization.jsonObject(
                    with: Data(bytes[keyStart..<cursor.index]), options: [.fragmentsAllowed])) as? String
                cursor.skipSpace()
                guard let key, cursor.index < bytes.count, bytes[cursor.index] == UInt8(ascii: ":") else { return members }
                cursor.index += 1
                cursor.skipSpace()
                guard cursor.index < bytes.count else { return members }
                members.append((key, keyStart, cursor.index))
                guard cursor.skipValue(), cursor.skipComma() else { return members }
            }
        }

        /// Moves past white space and a `,` (true); false when no comma follows (the list ends).
        mutating func skipComma() -> Bool {
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ",") else { return false }
            index += 1
            return true
        }

        /// Moves past the value at ``index``; false when the text ends first.
        mutating func skipValue() -> Bool {
            guard index < bytes.count else { return false }
            switch bytes[index] {
            case UInt8(ascii: "\""):
                index += 1
                while index < bytes.count {
                    switch bytes[index] {
                    case UInt8(ascii: "\\"): index += 2
                    case UInt8(ascii: "\""):
                        index += 1
                        return true
                    default: index += 1
                    }
                }
                return false
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                var depth = 0
                while index < bytes.count {
                    switch bytes[index] {
                    case UInt8(ascii: "\""):
                        guard skipValue() else { return false }
                        continue
                    case UInt8(ascii: "["), UInt8(ascii: "{"): depth += 1
                    case UInt8(ascii: "]"), UInt8(ascii: "}"):
                        depth -= 1
                        if depth == 0 {
                            index += 1
                            return true
                        }
                    default: break
                    }
                    index += 1
                }
                return false
            default:
                // A number, `true`, `false` or `null`: up to the next delimiter.
                let start = index
                while index < bytes.count, ![0x20, 0x09, 0x0A, 0x0D, 0x2C, 0x5D, 0x7D].contains(bytes[index]) { index += 1 }
                return index > start
            }
        }
    }
}
