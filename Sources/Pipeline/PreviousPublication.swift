import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Ingest
import Markdown
import Model
import Site
import Write

/// What an earlier run published in the output folder, so that a seed that fails to read now
/// does not take its article offline.
///
/// A seed's pages are found through the previous `data/transcripts.json` (its `seed` and `slug`),
/// and only when the folder's manifest lists them, so that nothing Verbatim did not write is ever
/// taken for a page. The files of that document are every manifest path under
/// `transcripts/<slug>/` (its page, `index.md` and exports), with the bytes they have on disk.
struct PreviousPublication {
    /// One document kept from the earlier run.
    struct KeptDocument {
        /// Seed path relative to the seeds folder.
        var seedPath: String
        /// The slug it was published under.
        var slug: String
        /// Its files (`transcripts/<slug>/…`) as they are on disk.
        var files: [OutputFile]
        /// Its transcript read back from its published `index.md`, so that the site's lists keep
        /// their entries for it; nil when that file is missing or cannot be read.
        var transcript: Transcript?
        /// What reading that `index.md` back found, as for any annotated-Markdown seed (a date
        /// that is no calendar date, a `who=` no speaker has), each naming the seed path as its
        /// file and a line of the `index.md`; empty when it was not read.
        var warnings: [Diagnostic] = []
        /// Why its published `index.md` could not be read back, when ``transcript`` is nil: what
        /// is wrong, and where in the file (a line, and a column for a bad byte) when known.
        var unreadable: (reason: String, line: Int?, column: Int?)?
    }

    /// Verbatim's record, in the output folder, of the documents kept from seeds with errors whose
    /// `index.md` could not be read back: as they are no longer listed in `data/transcripts.json`,
    /// their `seed`, `slug` and `speakers` (`id`, `name`) are held here, in that file's shape, so
    /// that the next run still finds their pages (and keeps them) while the seed exists. Written
    /// only when there are such documents; listed in the manifest like any other file.
    static let keptRecordPath = ".verbatim-kept.json"

    /// Slug of each seed path in the previous `data/transcripts.json`.
    private let slugBySeed: [String: String]
    /// The speakers of each seed path in the previous `data/transcripts.json` (its `speakers`):
    /// for each name, the ids its speakers were published under, in the order written.
    private let speakersBySeed: [String: [String: [String]]]
    /// Paths in the previous manifest.
    private let paths: [String]
    private let folder: URL

    /// Why the previous `data/transcripts.json` could not be read, when the manifest lists it but
    /// it is missing, a folder, not valid JSON, or not the list of `{seed, slug, …}` objects
    /// Verbatim writes: a warning at the file (with line and column for a syntax error), since
    /// slugs and speaker ids held from it (``publishedSlug(of:)``,
    /// ``publishedSpeakerID(seedPath:name:occurrence:)``) are then lost and pages that share a
    /// title or a name may be renumbered; its hint fits the case (nothing to delete when the file
    /// is missing, a folder to remove when one stands in its place). Nil when the file was read,
    /// or there is none to read.
    let problem: Diagnostic?

    /// The entries of the previous `data/transcripts.json` left out: one without `seed` and
    /// `slug` strings, or whose slug is not one path segment (`../x`, `/etc`, `a/b`, one holding a
    /// line break: a hostile file must not lead a page out of the output folder). One warning at
    /// each (`file:line:column`), in file order, at most ``placedLimit`` and then one saying how
    /// many more; the slugs they held are lost, so pages that share a title may be renumbered.
    let entryProblems: [Diagnostic]

    /// The speakers of the previous `data/transcripts.json` left out: an entry's `speakers` that
    /// is not a list, or a speaker without `id` and `name` strings or whose id is not one path
    /// segment. One warning at each, as ``entryProblems``; the ids they held
    /// (``publishedSpeakerID(seedPath:name:occurrence:)``) are lost, so speaker pages that share a
    /// name may be renumbered.
    let speakerProblems: [Diagnostic]

    /// Why the previous ``keptRecordPath`` could not be read, when the manifest lists it: a
    /// warning at the file, since the pages of seeds with errors it held would then be removed.
    let keptRecordProblem: Diagnostic?

    /// Most entries (and, apart, speakers) left out that get a warning each.
    static let placedLimit = 20

    /// Reads the manifest and `data/transcripts.json` of `folder`; an output folder that has
    /// neither (first run, or a site from another tool) keeps nothing.
    /// - Parameter displayPath: the output folder as messages name it (`public`).
    init(folder: URL, displayPath: String? = nil) {
        self.folder = folder
        paths = SiteWriter.manifest(in: folder) ?? []
        var slugBySeed: [String: String] = [:]
        var speakersBySeed: [String: [String: [String]]] = [:]
        var problem: Diagnostic?
        var entryProblems: [Diagnostic] = []
        var speakerProblems: [Diagnostic] = []
        let special = Self.specialFileKind(at: folder.appendingPathComponent("data/transcripts.json"))
        // A special file is warned about also in a folder with no manifest, where `generate`
        // would replace it (the list is read only from a folder Verbatim wrote).
        if paths.contains("data/transcripts.json") || special != nil {
            let file = (displayPath ?? folder.path) + "/data/transcripts.json"
            let url = folder.appendingPathComponent("data/transcripts.json")
            func warning(_ reason: String, line: Int? = nil, column: Int? = nil,
                         hint: String = "restore the file from version control, or delete it to number afresh") -> Diagnostic {
                Diagnostic(
                    .warning, file: file, line: line, column: column,
                    message: "the previous slugs and speaker ids could not be read (\(reason)); permalinks of "
                        + "pages that share a title or a name may change",
                    hint: hint)
            }
            var isDirectory: ObjCBool = false
            var dataIsFolder: ObjCBool = false
            let dataFolder = folder.appendingPathComponent("data")
            if FileManager.default.fileExists(atPath: dataFolder.path, isDirectory: &dataIsFolder), !dataIsFolder.boolValue {
                // `data` itself is a file: the file cannot be there, but it is not merely missing.
                problem = warning("\(displayPath ?? folder.path)/data is a file, not a folder",
                                  hint: "move that file away, then restore data/transcripts.json from version control to keep the slugs and ids it held")
            } else if SiteWriter.isSymbolicLink(url), !FileManager.default.fileExists(atPath: url.path) {
                // A link that loops or leads nowhere: there is something, it cannot be read.
                problem = warning("the file cannot be read: it is a symbolic link that loops or leads nowhere",
                                  hint: "replace the link by the file, restored from version control")
            } else if !FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) {
                problem = warning("the file is missing",
                                  hint: "restore it from version control to keep the slugs and ids it held; otherwise there is nothing to do, generating writes it anew")
            } else if isDirectory.boolValue {
                problem = warning("it is a folder, not a file",
                                  hint: "remove the folder \(file) (Verbatim writes a file there), then restore the file from version control to keep the slugs and ids it held")
            } else if let kind = special {
                // Opening a named pipe would wait for a writer; it is no file to read.
                problem = warning("it is not a regular file but \(kind)",
                                  hint: "replace it by the file, restored from version control, to keep the slugs and ids it held")
            } else if let start = Self.jsonListStart(of: url), start.byte != UInt8(ascii: "["),
                start.byte != UInt8(ascii: "{") || Self.size(of: url) > Self.largestReparsed
            {
                // Not a list at all (a file of zeros, say): said without reading the whole file,
                // which may be gigabytes. A small object is read below, as before.
                if let byte = start.byte {
                    let found = (0x21...0x7E).contains(byte)
                        ? "`\(Character(Unicode.Scalar(byte)))`" : String(format: "byte 0x%02X", byte)
                    problem = warning(
                        "it is not a list of transcripts: it starts with \(found), not `[`",
                        line: start.line, column: start.column)
                } else {
                    problem = warning(
                        start.line == 1 && start.column == 1 ? "it is empty" : "it is not a list of transcripts: it holds only white space")
                }
            } else if let data = FileManager.default.contents(atPath: url.path) {
                do {
                    // Only `seed`, `slug` and the speakers' `id` and `name` are decoded: a large
                    // site's file read into `JSONSerialization` objects took about 100 times its
                    // size in memory.
                    let listing = try JSONDecoder().decode(PublishedListing.self, from: data)
                    if let entries = listing.entries {
                        var bad: [Int] = []
                        // Each speaker left out: where it is, and whether it is a whole
                        // `speakers` that is not a list.
                        var badSpeakers: [(path: [JSONLocation.Step], notAList: Bool)] = []
                        for (index, entry) in entries.enumerated() {
                            guard let seed = entry.seed, let slug = Self.segment(entry.slug) else {
                                bad.append(index)
                                continue
                            }
                            slugBySeed[seed] = slug
                            switch entry.speakers {
                            case .absent:
                                continue
                            case .notAList:
                                badSpeakers.append(([.index(index), .key("speakers")], true))
                                continue
                            case .list(let speakers):
                                var read: [String: [String]] = [:]
                                for (position, speaker) in speakers.enumerated() {
                                    guard let name = speaker.name, let id = Self.segment(speaker.id) else {
                                        badSpeakers.append(([.index(index), .key("speakers"), .index(position)], false))
                                        continue
                                    }
                                    read[name, default: []].append(id)
                                }
                                speakersBySeed[seed] = read
                            }
                        }
                        // Each placed where it is, as other warnings name a line and column.
                        func leftOut(_ message: String, at path: [JSONLocation.Step], _ what: String) -> Diagnostic {
                            let place = JSONLocation.place(of: path, in: data)
                            return Diagnostic(
                                .warning, file: file, line: place?.line, column: place?.column,
                                message: message + "; permalinks of " + what + " may change",
                                hint: "restore the file from version control, or delete it to number afresh")
                        }
                        let pages = "pages that share a title or a name"
                        for index in bad.prefix(Self.placedLimit) {
                            entryProblems.append(leftOut(
                                "this entry of the previous slugs was left out (it has no `seed` and `slug` strings, or a slug that is not one path segment)",
                                at: [.index(index)], pages))
                        }
                        if bad.count > Self.placedLimit {
                            entryProblems.append(leftOut(
                                "\(bad.count - Self.placedLimit) more entries of the previous slugs like those above were left out",
                                at: [.index(bad[Self.placedLimit])], pages))
                        }
                        let speakerPages = "speaker pages that share a name"
                        for speaker in badSpeakers.prefix(Self.placedLimit) {
                            speakerProblems.append(leftOut(
                                speaker.notAList
                                    ? "these `speakers` of the previous speaker ids are not a list; they were left out"
                                    : "this speaker of the previous speaker ids was left out (it has no `id` and `name` strings, or an id that is not one path segment)",
                                at: speaker.path, speakerPages))
                        }
                        if badSpeakers.count > Self.placedLimit {
                            speakerProblems.append(leftOut(
                                "\(badSpeakers.count - Self.placedLimit) more speakers of the previous speaker ids like those above were left out",
                                at: badSpeakers[Self.placedLimit].path, speakerPages))
                        }
                    } else {
                        problem = warning("it is not a list of transcripts")
                    }
                } catch {
                    // `JSONDecoder` says only that the data is not valid JSON; the place is found
                    // by parsing again, which happens only for a broken file.
                    // A large file is not parsed again (`JSONSerialization` takes several times
                    // its size in memory): it is reported without the place.
                    let json = data.count > Self.largestReparsed
                        ? JSONProblem(summary: "no line and column are given for a file over \(Self.largestReparsed / 1_000_000) MB", line: nil, column: nil)
                        : JSONProblem(parsing: data) ?? JSONProblem(summary: "not valid JSON", line: nil, column: nil)
                    problem = warning("not valid JSON: \(json.summary)", line: json.line, column: json.column)
                }
            } else {
                problem = warning("the file cannot be read", hint: "check its permissions")
            }
        }
        // The documents kept by the previous run but not listed in its `data/transcripts.json`.
        var keptRecordProblem: Diagnostic?
        if paths.contains(Self.keptRecordPath) {
            let url = folder.appendingPathComponent(Self.keptRecordPath)
            let entries = FileManager.default.contents(atPath: url.path)
                .flatMap { try? JSONDecoder().decode(PublishedListing.self, from: $0) }?.entries
            if let entries {
                for entry in entries {
                    guard let seed = entry.seed, let slug = Self.segment(entry.slug), slugBySeed[seed] == nil else { continue }
                    slugBySeed[seed] = slug
                    if case .list(let speakers) = entry.speakers {
                        var read: [String: [String]] = [:]
                        for speaker in speakers {
                            guard let name = speaker.name, let id = Self.segment(speaker.id) else { continue }
                            read[name, default: []].append(id)
                        }
                        speakersBySeed[seed] = read
                    }
                }
            } else {
                keptRecordProblem = Diagnostic(
                    .warning, file: (displayPath ?? folder.path) + "/" + Self.keptRecordPath,
                    message: "Verbatim's record of the pages kept from seeds with errors could not be read (it is missing, or not the list of `{seed, slug}` objects Verbatim writes); pages kept only through it are removed",
                    hint: "restore the file from version control, or fix the seeds with errors and generate again")
            }
        }
        self.keptRecordProblem = keptRecordProblem
        self.slugBySeed = slugBySeed
        self.speakersBySeed = speakersBySeed
        self.problem = problem
        self.entryProblems = entryProblems
        self.speakerProblems = speakerProblems
    }

    /// What the file at `url` (symbolic links followed) is when it exists but is neither a regular
    /// file nor a folder: `a named pipe (FIFO)`, `a socket`, `a device`; nil otherwise.
    static func specialFileKind(at url: URL) -> String? {
        var info = stat()
        guard stat(url.path, &info) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFREG, S_IFDIR: return nil
        case S_IFIFO: return "a named pipe (FIFO)"
        case S_IFSOCK: return "a socket"
        case S_IFCHR, S_IFBLK: return "a device"
        default: return "a special file"
        }
    }

    /// Above this size (bytes), a previous `data/transcripts.json` that is not valid JSON is not
    /// parsed again to find where.
    static let largestReparsed = 16_000_000

    /// The size in bytes of the file at `url`, 0 when unknown.
    static func size(of url: URL) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? NSNumber)?.intValue ?? 0
    }

    /// The first byte of the file at `url` that is not JSON white space (RFC 8259 §2; a UTF-8
    /// BOM is skipped too), with its 1-based line and column; a nil byte when the file holds none
    /// in its first 16 MB. Read by pieces, so a huge file costs no memory. Nil when it cannot be
    /// opened.
    static func jsonListStart(of url: URL) -> (byte: UInt8?, line: Int, column: Int)? {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return nil }
        defer { try? handle.close() }
        var line = 1
        var column = 1
        var offset = 0
        while offset < largestReparsed, let chunk = try? handle.read(upToCount: 65_536), !chunk.isEmpty {
            for (index, byte) in chunk.enumerated() {
                if offset == 0, index < 3, chunk.starts(with: [0xEF, 0xBB, 0xBF]) { continue }
                switch byte {
                case 0x0A:
                    line += 1
                    column = 1
                case 0x20, 0x09, 0x0D:
                    column += 1
                default:
                    return (byte, line, column)
                }
            }
            offset += chunk.count
        }
        return (nil, line, column)
    }

    /// `value` when it is a string that can name one folder of the site (a slug or a speaker id:
    /// ``Site/SitePath/isValidSegment(_:)``); nil for anything else, such as `../x`, `/etc` or
    /// `a/b`, which would lead a page out of its folder.
    private static func segment(_ value: String?) -> String? {
        guard let value, SitePath.isValidSegment(value), !value.unicodeScalars.contains(where: String.isLineBreak) else { return nil }
        return value
    }

    /// The parts of a previous `data/transcripts.json` that are read: nil ``entries`` when the
    /// file is valid JSON but not a list. Decoding never fails on the shape of an entry (an entry
    /// that is not an object, a field of the wrong type, a speaker that is not an object): those
    /// decode as missing fields, for the caller to warn about; every other field is skipped.
    private struct PublishedListing: Decodable {
        var entries: [PublishedEntry]?

        init(from decoder: any Decoder) throws {
            guard var list = try? decoder.unkeyedContainer() else { return }
            var entries: [PublishedEntry] = []
            while !list.isAtEnd { entries.append(try list.decode(PublishedEntry.self)) }
            self.entries = entries
        }
    }

    /// One transcript of the listing: its `seed`, `slug` and `speakers`, each nil when missing or
    /// not of the right type.
    private struct PublishedEntry: Decodable {
        /// An entry's `speakers`: missing, present but not a list (`null` included), or a list.
        enum Speakers {
            case absent, notAList, list([PublishedSpeaker])
        }

        private enum Key: String, CodingKey { case seed, slug, speakers }
        var seed: String?
        var slug: String?
        var speakers = Speakers.absent

        init(from decoder: any Decoder) throws {
            guard let entry = try? decoder.container(keyedBy: Key.self) else { return }
            seed = try? entry.decode(String.self, forKey: .seed)
            slug = try? entry.decode(String.self, forKey: .slug)
            if entry.contains(.speakers) {
                speakers = (try? entry.decode([PublishedSpeaker].self, forKey: .speakers)).map(Speakers.list) ?? .notAList
            }
        }
    }

    /// One speaker of an entry: `id` and `name`, each nil when missing or not a string.
    private struct PublishedSpeaker: Decodable {
        private enum Key: String, CodingKey { case id, name }
        var id: String?
        var name: String?

        init(from decoder: any Decoder) throws {
            guard let speaker = try? decoder.container(keyedBy: Key.self) else { return }
            id = try? speaker.decode(String.self, forKey: .id)
            name = try? speaker.decode(String.self, forKey: .name)
        }
    }

    /// The slug `seedPath` was published under last time, if it was.
    func publishedSlug(of seedPath: String) -> String? {
        slugBySeed[seedPath]
    }

    /// The id the speaker named `name` in the transcript of `seedPath` was published under last
    /// time, if it was: the `occurrence`-th speaker of that name in that transcript's `speakers`
    /// (0 for the first; two speakers of one document may bear one name, `un témoin`).
    func publishedSpeakerID(seedPath: String, name: String, occurrence: Int) -> String? {
        let ids = speakersBySeed[seedPath]?[name] ?? []
        return occurrence < ids.count ? ids[occurrence] : nil
    }

    /// The document published from `seedPath` last time, with its files as they are on disk;
    /// nil when none was, or none of its files is left.
    func kept(seedPath: String) -> KeptDocument? {
        guard let slug = slugBySeed[seedPath] else { return nil }
        let prefix = "transcripts/\(slug)/"
        let files = filesOnDisk { $0.hasPrefix(prefix) }
        guard !files.isEmpty else { return nil }
        let path = SitePath.markdown(slug)
        var document = KeptDocument(seedPath: seedPath, slug: slug, files: files)
        guard let markdown = files.first(where: { $0.path == path }) else {
            let exists = FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path)
                || SiteWriter.isSymbolicLink(folder.appendingPathComponent(path))
            document.unreadable = (exists ? "it is not a regular file" : "the file is missing", nil, nil)
            return document
        }
        guard let text = String(validating: markdown.contents, as: UTF8.self) else {
            let offset = Self.firstInvalidUTF8Offset(in: markdown.contents) ?? 0
            let place = SeedReader.place(ofByte: offset, in: markdown.contents)
            document.unreadable = (
                String(format: "byte 0x%02X here is not valid UTF-8", markdown.contents[offset]), place.line, place.column)
            return document
        }
        do {
            let result = try AnnotatedMarkdownReader.read(text, seedPath: seedPath)
            document.transcript = result.transcript
            document.warnings = result.warnings
            if let page = files.first(where: { $0.path == SitePath.transcript(slug) }) {
                let checked = Self.droppingQuotations(of: result.transcript, missingFrom: page, markdown: text, slug: slug)
                document.transcript = checked.transcript
                document.warnings += checked.warnings
            }
        } catch {
            document.unreadable = (error.message, error.line, error.column)
        }
        return document
    }

    /// `transcript` (read back from a kept `index.md` whose text is `markdown`) without the
    /// quotations (not mentions, which the page gives no id) whose id its kept page `page`
    /// (`transcripts/<slug>/index.html`) has no element for (`id="q-…"`): a hand edit of the `index.md` after the page was generated. The site's
    /// lists (quotes, search, speaker pages) link to each quotation on that page, so one it lacks
    /// is left out of them, with a warning at the line of the `index.md` that writes its id (the
    /// seed path as file, as for the reader's own warnings).
    static func droppingQuotations(
        of transcript: Transcript, missingFrom page: OutputFile, markdown: String, slug: String
    ) -> (transcript: Transcript, warnings: [Diagnostic]) {
        let html = String(decoding: page.contents, as: UTF8.self)
        // (A mention has no element of its own on the page, nor a place in the lists.)
        let missing = transcript.quotations.filter { $0.kind != .mention && !html.contains("id=\"\($0.id)\"") }
        guard !missing.isEmpty else { return (transcript, []) }
        var kept = transcript
        let ids = Set(missing.map(\.id))
        kept.quotations.removeAll { ids.contains($0.id) }
        let warnings = missing.map { quotation in
            let line = markdown.range(of: "#" + quotation.id).map { range in
                markdown[..<range.lowerBound].reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
            }
            return Diagnostic(
                .warning, file: transcript.seedPath, line: line,
                message: "quotation `\(quotation.id)` is written here, but the kept page \(SitePath.transcript(slug)) has no such quotation (this file was edited after it was generated); it is left out of the site's lists (quotes, search, speaker pages), which would link to it there",
                hint: "fix the seed's error and generate again, which writes both files anew; or restore this file from version control")
        }
        return (kept, warnings)
    }

    /// The offset of the first byte of `bytes` that starts (or cuts short) an invalid UTF-8
    /// sequence; nil when all of it is valid UTF-8.
    static func firstInvalidUTF8Offset(in bytes: [UInt8]) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    /// ``keptRecordPath`` for the `documents` kept this run whose `index.md` could not be read
    /// back (they are not in `data/transcripts.json`): one `{seed, slug, speakers}` each, sorted
    /// by seed, the speakers (`{id, name}`) those the previous run held for the seed, by name.
    /// Nil when there are none, so that the file is removed once they are listed again.
    func keptRecord(for documents: [KeptDocument]) -> OutputFile? {
        let unlisted = documents.filter { $0.transcript == nil }.sorted { $0.seedPath < $1.seedPath }
        guard !unlisted.isEmpty else { return nil }
        let list = JSONValue.array(unlisted.map { document in
            let speakers = (speakersBySeed[document.seedPath] ?? [:]).sorted { $0.key < $1.key }
            return .object([
                ("seed", .string(document.seedPath)),
                ("slug", .string(document.slug)),
                ("speakers", .array(speakers.flatMap { name, ids in
                    ids.map { JSONValue.object([("id", .string($0)), ("name", .string(name))]) }
                })),
            ])
        })
        return OutputFile(path: Self.keptRecordPath, text: list.text)
    }

    /// The files of the previous manifest under `speakers/`, with the bytes they have on disk
    /// (regular files only), sorted by path: the speaker pages to keep when `speakers.yml` cannot
    /// be read this run.
    func speakerPages() -> [OutputFile] {
        filesOnDisk { $0.hasPrefix("speakers/") }
    }

    /// The previous manifest's paths that `include` accepts, sorted, with the bytes they have on
    /// disk; a path that is no longer a regular file is left out.
    private func filesOnDisk(where include: (String) -> Bool) -> [OutputFile] {
        paths.sorted().filter(include).compactMap { path in
            let url = folder.appendingPathComponent(path)
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path),
                attributes[.type] as? FileAttributeType == .typeRegular,
                let data = FileManager.default.contents(atPath: url.path)
            else { return nil }
            return OutputFile(path: path, contents: Array(data))
        }
    }

    /// The site folders whose pages Verbatim generates and a kept page links into.
    static let generatedFolders = ["speakers/", "transcripts/"]

    /// Whether `path` (in the site) names a file Verbatim writes in ``generatedFolders``: a page
    /// (`….html`) or a transcript's export (`index.md`, `transcript.vtt`, `transcript.tei.xml`).
    /// A transcript's relative `media:` (`audio/ep1.mp3`) resolves into its folder too, but is
    /// the user's file, never written by a run: no link to it is a link to a page gone.
    static func isGeneratedFile(_ path: String) -> Bool {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return name.hasSuffix(".html") || ["index.md", "transcript.vtt", "transcript.tei.xml"].contains(name)
    }

    /// The pages a kept document's HTML links to (relative `href`s into ``generatedFolders``
    /// naming a file a run writes, ``isGeneratedFile(_:)``,
    /// resolved against each page's folder, `…/` read as `…/index.html`, any `#fragment`
    /// dropped) that are not among `published`, the paths this run writes: pages of speakers that
    /// a `speakers.yml` change renamed or merged since the page was generated, say. Sorted, each
    /// once, e.g. `["speakers/jeanne-roche/index.html"]`.
    static func missingLinkTargets(of document: KeptDocument, published: Set<String>) -> [String] {
        Set(document.files.flatMap { missingLinkTargets(ofFile: $0, published: published) }).sorted()
    }

    /// The pages one kept file links to that are not among `published`, as
    /// ``missingLinkTargets(of:published:)`` finds them (none for a file that is not HTML):
    /// a kept speaker page's link to the transcript of a seed deleted since, say. Sorted, each once.
    static func missingLinkTargets(ofFile file: OutputFile, published: Set<String>) -> [String] {
        linkTargets(ofFile: file).filter { !published.contains($0) }.sorted()
    }

    /// The pages one file links to (relative `href`s into ``generatedFolders`` naming a file a
    /// run writes, resolved as ``missingLinkTargets(of:published:)`` resolves them); none for a
    /// file that is not HTML.
    static func linkTargets(ofFile file: OutputFile) -> Set<String> {
        guard file.path.hasSuffix(".html") else { return [] }
        var targets: Set<String> = []
        let text = String(decoding: file.contents, as: UTF8.self)
        let folder = file.path.split(separator: "/").dropLast().map(String.init)
        for target in hrefs(in: text) {
            guard let path = resolve(target, from: folder), generatedFolders.contains(where: path.hasPrefix), isGeneratedFile(path) else { continue }
            targets.insert(path)
        }
        return targets
    }

    /// How a kept speaker list `list` (`speakers/index.html`) stands against this run's speaker
    /// pages: `unlisted`, the pages among `paths` (every page this run publishes) it does not
    /// link to, those of speakers new since it was written; `rewritten`, the pages among
    /// `written` (the pages this run writes anew) it links to, published before and rewritten
    /// (they linked to a transcript no longer written), whose counts it would give as they were.
    /// Each sorted; the list's links are read once.
    static func speakerPagesOutOfStep(with list: OutputFile, paths: [String], written: [String]) -> (unlisted: [String], rewritten: [String]) {
        let listed = linkTargets(ofFile: list)
        func isSpeakerPage(_ path: String) -> Bool {
            let parts = path.split(separator: "/")
            return parts.count == 3 && parts[0] == "speakers" && parts[2] == "index.html"
        }
        return (paths.filter { isSpeakerPage($0) && !listed.contains($0) }.sorted(),
                written.filter { isSpeakerPage($0) && listed.contains($0) }.sorted())
    }

    /// The values of the `href="…"` attributes in `html`, as written (Verbatim's templates quote
    /// them with `"` and write no `&` in site paths).
    private static func hrefs(in html: String) -> [Substring] {
        var found: [Substring] = []
        var rest = html[...]
        while let start = rest.range(of: #"href=""#) {
            rest = rest[start.upperBound...]
            guard let end = rest.firstIndex(of: "\"") else { break }
            found.append(rest[..<end])
            rest = rest[end...]
        }
        return found
    }

    /// A relative link resolved against `folder` (path segments) to a path in the site, its
    /// segments percent-decoded (`jos%C3%A9` is the folder `josé`); nil for
    /// an absolute or external link (`/x`, `https:`, `mailto:`), a fragment alone, or one that
    /// climbs out of the site.
    private static func resolve(_ link: Substring, from folder: [String]) -> String? {
        let target = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        guard !target.isEmpty, !target.hasPrefix("/"), !target.contains(":") else { return nil }
        var segments = folder
        for segment in target.split(separator: "/", omittingEmptySubsequences: false) {
            switch segment {
            case "..":
                guard !segments.isEmpty else { return nil }
                segments.removeLast()
            case ".", "": continue
            // (A link is percent-encoded, `speakers/jos%C3%A9/`; the site's paths are not.)
            default: segments.append(segment.removingPercentEncoding ?? String(segment))
            }
        }
        var path = segments.joined(separator: "/")
        if target.hasSuffix("/") { path += path.isEmpty ? "index.html" : "/index.html" }
        return path
    }
}
