#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Decodes bytes from a named character encoding to a Swift string with the C library's
/// `iconv(3)` (POSIX.1-2008; glibc's on Linux, libiconv on macOS), which knows every encoding a
/// seed declares in practice (`KOI8-R`, `GB18030`, `BIG5-HKSCS`, `EUC-JP`, `CP932`, the ISO-8859
/// and Windows code pages), where Foundation on Linux knows only a few.
///
/// Strict: a byte sequence that is not valid in the encoding, or one cut short at the end of the
/// file, is a failure at its byte offset, never replaced or skipped, so that a wrong declaration
/// is told rather than published as garbled text.
enum IconvDecoder {
    /// Why bytes could not be decoded.
    enum Failure: Error, Equatable {
        /// `iconv` knows no encoding of that name (or the name holds characters no encoding name
        /// has: `iconv`'s `//IGNORE` and `//TRANSLIT` suffixes are never passed through).
        case unknownEncoding
        /// The bytes from this 0-based offset are not valid in the encoding (or end cut short).
        case invalid(offset: Int)
    }

    /// Whether `name` is an encoding `iconv` can decode to UTF-8.
    static func knows(_ name: String) -> Bool {
        guard let descriptor = open(name) else { return false }
        iconv_close(descriptor)
        return true
    }

    /// `bytes` decoded from the encoding `name` (an `iconv` name, matched without regard to case:
    /// `KOI8-R`, `euc-jp`).
    static func decode(_ bytes: [UInt8], from name: String) -> Result<String, Failure> {
        guard let descriptor = open(name) else { return .failure(.unknownEncoding) }
        defer { iconv_close(descriptor) }
        var input = bytes
        let total = input.count
        var decoded: [UInt8] = []
        decoded.reserveCapacity(total * 2)
        var chunk = [UInt8](repeating: 0, count: 16_384)
        return input.withUnsafeMutableBufferPointer { inBuffer -> Result<String, Failure> in
            var inPointer = UnsafeMutableRawPointer(inBuffer.baseAddress)?.assumingMemoryBound(to: CChar.self)
            var inLeft = total
            // Converts while input is left, then once more with no input (which ends a stateful
            // encoding's shift state, ISO-2022-JP's), each time until the output fits.
            var flushing = false
            while true {
                let (status, error, produced) = chunk.withUnsafeMutableBufferPointer { outBuffer in
                    var outPointer = UnsafeMutableRawPointer(outBuffer.baseAddress)?.assumingMemoryBound(to: CChar.self)
                    var outLeft = outBuffer.count
                    errno = 0
                    let status = flushing
                        ? iconv(descriptor, nil, nil, &outPointer, &outLeft)
                        : iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
                    return (Int(truncatingIfNeeded: status), errno, outBuffer.count - outLeft)
                }
                decoded += chunk.prefix(produced)
                if status == -1 {
                    if error == E2BIG { continue }
                    // EILSEQ (an invalid sequence) or EINVAL (one cut short by the end).
                    return .failure(.invalid(offset: total - inLeft))
                }
                if flushing { break }
                if inLeft == 0 { flushing = true }
            }
            guard let text = String(validating: decoded, as: UTF8.self) else { return .failure(.invalid(offset: 0)) }
            return .success(text)
        }
    }

    /// A conversion descriptor from `name` to UTF-8, or nil when `iconv` knows no such encoding
    /// or `name` is not a plain encoding name (letters, digits, `-`, `_`, `.`, `:`; at most 64).
    private static func open(_ name: String) -> iconv_t? {
        guard !name.isEmpty, name.utf8.count <= 64,
            name.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_.:".unicodeScalars.contains($0)) })
        else { return nil }
        let descriptor = iconv_open("UTF-8", name)
        guard let descriptor, descriptor != iconv_t(bitPattern: -1) else { return nil }
        return descriptor
    }
}
