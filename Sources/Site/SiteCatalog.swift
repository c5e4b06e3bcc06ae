import Foundation
import Model

/// The whole site seen at once: the documents in their orders, the quotations in site order and
/// the speakers merged across transcripts. Every list has a total order, so nothing depends on
/// hash order (HAZARDS.md B14).
public struct SiteCatalog: Sendable {
    /// One quotation with the document it stands in.
    public struct Entry: Sendable {
        /// The document.
        public var document: SiteDocument
        /// A `direct` or `reported` quotation of that document (never a `mention`).
        public var quotation: Quotation
    }

    /// A speaker merged across transcripts by ``Speaker/id``.
    public struct SiteSpeaker: Sendable {
        /// The speaker's id, also their page's folder name.
        public var id: String
        /// The longest name any transcript gives for the id (ties: the smallest in code-point
        /// order); the id itself if no transcript lists the speaker.
        public var name: String
        /// The first role found, in slug order of the transcripts.
        public var role: String?
        /// The documents they speak in or are quoted in, in ``SiteCatalog/byDate`` order: their
        /// direct and reported quotations there in document order (a direct quotation inside
        /// their own reported one is not listed again, see ``SiteCatalog/withinOwnReportedSpeech(_:)``), and
        /// their number of turns (``TurnGroup``s).
        public var groups: [(document: SiteDocument, quotations: [Quotation], turns: Int)]
        /// Number of quotations in all groups.
        public var quotationCount: Int { groups.reduce(0) { $0 + $1.quotations.count } }
        /// Number of turns in all groups.
        public var turnCount: Int { groups.reduce(0) { $0 + $1.turns } }
    }

    /// Documents sorted by slug (the order of `data/transcripts.json`).
    public let bySlug: [SiteDocument]
    /// Documents newest first; the same date by slug; undated last, by slug (home and feed).
    public let byDate: [SiteDocument]
    /// Direct and reported quotations sorted by transcript slug, then position in the
    /// transcript (first span's block, then byte offset), then id (`data/quotes.json`).
    public let quotations: [Entry]
    /// Every speaker with at least one direct or reported quotation or one turn, sorted by name
    /// (case- and accent-insensitive, then exact), then id.
    public let speakers: [SiteSpeaker]
    /// Index of each speaker id in ``speakers``.
    private let speakerPositions: [String: Int]
    /// Per transcript slug, each speaker's direct and reported quotations as their page lists
    /// them (a direct quotation inside their own reported one counted once).
    private let listedCounts: [String: [String: Int]]

    /// Builds the catalog. Slugs are expected unique (``SiteBuilder`` checks).
    public init(documents: [SiteDocument]) {
        bySlug = documents.sorted { $0.slug < $1.slug }
        byDate = bySlug.sorted { lhs, rhs in
            let left = SiteCatalog.date(of: lhs), right = SiteCatalog.date(of: rhs)
            switch (left, right) {
            case let (l?, r?) where l != r: return l > r
            case (.some, nil): return true
            case (nil, .some): return false
            default: return lhs.slug < rhs.slug
            }
        }
        var entries: [Entry] = []
        for document in bySlug {
            let quoted = document.transcript.quotations
                .filter { SiteCatalog.isSpoken($0) }
                .sorted { SiteCatalog.position(of: $0) < SiteCatalog.position(of: $1) }
            entries += quoted.map { Entry(document: document, quotation: $0) }
        }
        quotations = entries

        var names: [String: [String]] = [:]
        var roles: [String: String] = [:]
        for document in bySlug {
            for speaker in document.transcript.speakers {
                names[speaker.id, default: []].append(speaker.name)
                if roles[speaker.id] == nil, let role = speaker.role { roles[speaker.id] = role }
            }
        }
        // Entries of each speaker by document, in position order; turns by document.
        var bySpeaker: [String: [String: [Quotation]]] = [:]
        var counts: [String: [String: Int]] = [:]
        var hiddenByDocument: [String: Set<String>] = [:]
        for document in bySlug { hiddenByDocument[document.slug] = SiteCatalog.withinOwnReportedSpeech(document.transcript) }
        for entry in entries where hiddenByDocument[entry.document.slug]?.contains(entry.quotation.id) != true {
            guard let id = entry.quotation.speakerID else { continue }
            bySpeaker[id, default: [:]][entry.document.slug, default: []].append(entry.quotation)
            counts[entry.document.slug, default: [:]][id, default: 0] += 1
        }
        listedCounts = counts
        var turns: [String: [String: Int]] = [:]
        for document in bySlug {
            for group in TurnGroup.groups(of: document.transcript) {
                if let id = group.turn.speakerID { turns[id, default: [:]][document.slug, default: 0] += 1 }
            }
        }
        // Each speaker's documents in date order, without walking every document per speaker.
        let dated = byDate
        var datePosition: [String: Int] = [:]
        for (position, document) in dated.enumerated() { datePosition[document.slug] = position }
        var speakers: [SiteSpeaker] = []
        for id in Set(bySpeaker.keys).union(turns.keys) {
            let name = (names[id] ?? []).max { lhs, rhs in
                lhs.count != rhs.count ? lhs.count < rhs.count : lhs > rhs
            } ?? id
            var groups: [(document: SiteDocument, quotations: [Quotation], turns: Int)] = []
            let slugs = Set((bySpeaker[id] ?? [:]).keys).union((turns[id] ?? [:]).keys)
            for document in slugs.compactMap({ datePosition[$0] }).sorted().map({ dated[$0] }) {
                let quoted = bySpeaker[id]?[document.slug] ?? []
                let turnCount = turns[id]?[document.slug] ?? 0
                if !quoted.isEmpty || turnCount > 0 { groups.append((document, quoted, turnCount)) }
            }
            speakers.append(SiteSpeaker(id: id, name: name, role: roles[id], groups: groups))
        }
        let sorted = speakers.sorted { lhs, rhs in
            let left = SiteCatalog.sortKey(lhs.name), right = SiteCatalog.sortKey(rhs.name)
            if left != right { return left < right }
            if lhs.name != rhs.name { return lhs.name < rhs.name }
            return lhs.id < rhs.id
        }
        self.speakers = sorted
        var positions: [String: Int] = [:]
        for (index, speaker) in sorted.enumerated() where positions[speaker.id] == nil { positions[speaker.id] = index }
        speakerPositions = positions
    }

    /// Each speaker's quotations in `document` as their page lists them: speaker id → count.
    public func listedQuotationCounts(in document: SiteDocument) -> [String: Int] {
        listedCounts[document.slug] ?? [:]
    }

    /// The site-wide speaker with this id, if any (constant time).
    public func speaker(id: String) -> SiteSpeaker? {
        speakerPositions[id].map { speakers[$0] }
    }

    /// Whether a quotation belongs on the site's indexes: `direct` or `reported`, not `mention`.
    public static func isSpoken(_ quotation: Quotation) -> Bool {
        quotation.kind == .direct || quotation.kind == .reported
    }

    /// Ids of the direct quotations of `transcript` that lie wholly inside a reported quotation
    /// of the same speaker (`Le maire a déclaré que la piscine « fermera en juin »`: the reported
    /// sentence already shows the quoted words). A speaker's page and their quotation counts list
    /// such a quotation once, as part of the reported one; `data/quotes.json` keeps both, each
    /// with its kind.
    public static func withinOwnReportedSpeech(_ transcript: Transcript) -> Set<String> {
        var reported: [String: [Int: [Range<Int>]]] = [:]
        for quotation in transcript.quotations where quotation.kind == .reported {
            guard let speaker = quotation.speakerID else { continue }
            for span in quotation.spans { reported[speaker, default: [:]][span.block, default: []].append(span.range) }
        }
        guard !reported.isEmpty else { return [] }
        var hidden: Set<String> = []
        for quotation in transcript.quotations where quotation.kind == .direct {
            guard let speaker = quotation.speakerID, let blocks = reported[speaker], !quotation.spans.isEmpty else { continue }
            let inside = quotation.spans.allSatisfy { span in
                blocks[span.block]?.contains { $0.lowerBound <= span.range.lowerBound && span.range.upperBound <= $0.upperBound } == true
            }
            if inside { hidden.insert(quotation.id) }
        }
        return hidden
    }

    /// The document's date, if it is a valid `YYYY-MM-DD`.
    public static func date(of document: SiteDocument) -> CalendarDate? {
        document.transcript.metadata.date.flatMap(CalendarDate.init(iso:))
    }

    /// Sort position of a quotation in its transcript: first span's block and start offset,
    /// then id; quotations without spans last.
    static func position(of quotation: Quotation) -> PositionKey {
        let first = quotation.spans.min { ($0.block, $0.range.lowerBound) < ($1.block, $1.range.lowerBound) }
        return PositionKey(
            block: first?.block ?? Int.max, offset: first?.range.lowerBound ?? Int.max, id: quotation.id)
    }

    /// Quotation order inside one transcript.
    struct PositionKey: Comparable {
        var block: Int
        var offset: Int
        var id: String
        static func < (lhs: PositionKey, rhs: PositionKey) -> Bool {
            (lhs.block, lhs.offset, lhs.id) < (rhs.block, rhs.offset, rhs.id)
        }
    }

    /// A name folded for sorting without a locale: Unicode NFKD, combining marks removed,
    /// lowercased, so `Élise` sorts with `Elise` in every process.
    static func sortKey(_ name: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in name.lowercased().decomposedStringWithCompatibilityMapping.unicodeScalars
        where scalar.properties.generalCategory != .nonspacingMark {
            scalars.append(scalar)
        }
        return String(scalars)
    }
}
