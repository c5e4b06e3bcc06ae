import Foundation
import Testing
@testable import Render

/// A transcript with more annotation spans than plane 15 has code points (65,534; the first
/// ones get one-code-point markers, later ones three): every quotation still gets its element
/// and its anchor, so that a speaker page's link to the last one leads somewhere, a turn after
/// them is still a turn, and a span inside code is still written back as its source text.
@Test func everySpanGetsItsAnchorBeyondSixtyFiveThousand() {
    let count = 70_000
    func id(_ index: Int) -> String { "q-" + String(index, radix: 16) }
    var markdown = ""
    markdown.reserveCapacity(count * 60)
    for index in 0..<count {
        markdown += "[“\(index)”]{.quote #\(id(index)) who=nursultan-nazarbayev}"
        markdown += index % 10 == 9 ? "\n\n" : " "
    }
    markdown += "`[x]{.quote #q-incode}`\n\n::: {.turn who=sayed-ali-khamenei}\nFin [“dernier”]{.quote #q-last who=sayed-ali-khamenei}.\n:::\n"
    let fragment = CmarkRenderer().render(markdown, context: RenderContext(speakers: testSpeakers, lang: "fr", idPrefix: "doc-"))
    #expect(fragment.warnings.isEmpty, "\(fragment.warnings.prefix(3))")
    // Searched in the tail of the page (the last spans' markup) and the head, to stay fast.
    let html = fragment.html
    let tail = String(decoding: html.utf8.suffix(2_000_000), as: UTF8.self), head = String(decoding: html.utf8.prefix(2_000), as: UTF8.self)
    #expect(head.contains("id=\"\(id(0))\"") && head.contains("href=\"#\(id(0))\""))
    for index in [65_533, 65_534, 65_535, count - 1] {
        #expect(tail.contains("id=\"\(id(index))\"") && tail.contains("href=\"#\(id(index))\""), "\(id(index))")
    }
    #expect(tail.contains("<code>[x]{.quote #q-incode}</code>"))
    #expect(tail.contains("<section class=\"turn"))
    #expect(tail.contains("id=\"q-last\""))
    #expect(!tail.replacingOccurrences(of: "<code>[x]{.quote #q-incode}</code>", with: "").contains("]{"))
    // No marker code point (planes 15 and 16, UTF-8 lead bytes F3 B0–BF and F4) is left anywhere.
    let leftover = html.utf8.withContiguousStorageIfAvailable { bytes in
        memchr(bytes.baseAddress!, 0xF4, bytes.count) != nil || memchr(bytes.baseAddress!, 0xF3, bytes.count) != nil
    }
    #expect(leftover == false)
}

/// The markers themselves, for span numbers on both sides of the one-code-point range and far
/// beyond it: each reads back as the span it was made for, whole, in any text around it.
@Test func spanMarkersReadBackForLargeNumbers() {
    for index in [0, 1, 65_533, 65_534, 65_535, 70_000, 131_068, 1_000_000, SpanMarker.maximumIndex] {
        for opening in [true, false] {
            let scalars = SpanMarker.scalars(opening: opening, index: index)
            #expect(scalars.count == (index < 65_534 ? 1 : 3))
            var text = String.UnicodeScalarView("a".unicodeScalars)
            text.append(contentsOf: scalars)
            text.append(contentsOf: "b".unicodeScalars)
            let expected: [SpanMarker.Piece] = [
                .scalar("a"), .marker(SpanMarker.Found(opening: opening, index: index, scalars: scalars)), .scalar("b"),
            ]
            #expect(SpanMarker.pieces(of: text) == expected, "\(index)")
            #expect(SpanMarker.single(String.UnicodeScalarView(scalars))?.index == index)
            #expect(String(decoding: SpanMarker.bytes(opening: opening, index: index), as: UTF8.self).unicodeScalars.elementsEqual(scalars))
        }
    }
}
