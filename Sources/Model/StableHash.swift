/// A hash that is the same on every machine and in every process, unlike `Hasher`, whose seed
/// changes each run. Used for ids derived from content (quotation ids).
///
/// Algorithm: 64-bit FNV-1a over the UTF-8 bytes (Fowler, Noll, Vo;
/// http://www.isthe.com/chongo/tech/comp/fnv/).
public enum StableHash {
    /// FNV-1a of `text`'s UTF-8 bytes.
    public static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// The first `digits` lowercase hex digits of ``fnv1a(_:)`` (1…16).
    public static func hex(_ text: String, digits: Int = 6) -> String {
        let full = String(fnv1a(text), radix: 16)
        let padded = String(repeating: "0", count: 16 - full.count) + full
        return String(padded.prefix(max(1, min(16, digits))))
    }
}
