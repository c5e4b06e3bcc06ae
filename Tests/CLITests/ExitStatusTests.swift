import Foundation
import Testing

/// The built `verbatim` binary, beside the test bundle in the build folder.
func verbatimBinary() throws -> URL {
    let candidates = [
        Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent(),
        Bundle.main.executableURL?.deletingLastPathComponent(),
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
    ].compactMap { $0 }
    for folder in candidates {
        for url in [folder.appendingPathComponent("verbatim"), folder.deletingLastPathComponent().appendingPathComponent("verbatim")]
        where FileManager.default.isExecutableFile(atPath: url.path) {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue { return url }
        }
    }
    throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "verbatim beside \(candidates.map(\.path))"])
}

/// Runs `verbatim` with `arguments` (in `folder`, else the temporary folder); its exit status,
/// standard output and standard error.
func run(_ arguments: [String], in folder: URL? = nil) throws -> (status: Int32, output: String, error: String) {
    let process = Process()
    process.executableURL = try verbatimBinary()
    process.arguments = arguments
    process.currentDirectoryURL = folder ?? FileManager.default.temporaryDirectory
    let output = Pipe(), error = Pipe()
    process.standardOutput = output
    process.standardError = error
    try process.run()
    let outData = output.fileHandleForReading.readDataToEndOfFile()
    let errData = error.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
}

/// Every usage error of every subcommand exits with 2 (the project's convention, not the
/// parser's 64), with the parser's usual message and usage line on standard error.
@Test(arguments: [
    ["generate", "--bogus"],
    ["generate", "--seeds"],
    ["annotate"],
    ["annotate", "a.txt", "--format", "yaml"],
    ["evaluate"],
    ["evaluate", "/no/such/gold/folder"],
    ["frobnicate"],
    ["--bogus"],
])
func usageErrorsExitWithTwo(_ arguments: [String]) throws {
    let result = try run(arguments)
    #expect(result.status == 2, "\(arguments): \(result.error)")
    #expect(result.error.hasPrefix("Error: "), "\(arguments): \(result.error)")
    #expect(result.error.contains("Usage: verbatim") || result.error.contains("no such file"), "\(arguments): \(result.error)")
    #expect(result.output.isEmpty)
}

/// Help still exits with 0 and prints to standard output; a command's own failure keeps its status.
@Test func helpExitsWithZeroAndFailuresKeepTheirStatus() throws {
    for arguments in [["--help"], ["generate", "--help"], ["help", "annotate"]] {
        let result = try run(arguments)
        #expect(result.status == 0, "\(arguments)")
        #expect(result.output.contains("USAGE: verbatim"), "\(arguments)")
        #expect(result.error.isEmpty, "\(arguments)")
    }
}

/// A bad `--base-url` is a usage error like the parser's own: `Error: …`, then the usage of
/// `generate`, exit 2, before any seed is read.
@Test func aBadBaseURLIsAUsageErrorWithTheUsageOfGenerate() throws {
    let badURL = try run(["generate", "--base-url", "ftp://x", "--seeds", "/no/such/seeds"])
    #expect(badURL.status == 2)
    #expect(badURL.error.hasPrefix("Error: --base-url 'ftp://x' is not a base URL: "), "\(badURL.error)")
    #expect(badURL.error.contains("\nUsage: verbatim generate "), "\(badURL.error)")
    #expect(badURL.output.isEmpty)
}

/// A path that does not exist is a usage error for every command (2), and the message carries the
/// usage of the command that failed, not the top-level one; `help` with an unknown command and an
/// `evaluate` folder or file with no gold files are usage errors too.
@Test func missingPathsUnknownHelpAndEmptyGoldAreUsageErrorsWithTheirCommandsUsage() throws {
    let empty = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: empty) }
    let seed = empty.appendingPathComponent("alpha.txt")
    try Data("Title\n\nAnn said: \"Hello.\"\n".utf8).write(to: seed)
    let cases: [([String], String, String)] = [
        (["help", "bogus"], "unknown command 'bogus' for help; the commands are generate, annotate, evaluate", "Usage: verbatim <subcommand>"),
        (["annotate", "/no/such/seed.txt"], "/no/such/seed.txt: no such file (`verbatim annotate` takes one seed file)", "Usage: verbatim annotate "),
        (["evaluate", "/no/such/gold"], "/no/such/gold: no such file or folder; give a folder of NAME.txt + NAME.gold.json files, or a .jsonl file", "Usage: verbatim evaluate "),
        // A --seed-dir that is missing, a file, or cannot be read: the texts would all be skipped.
        (["evaluate", "--seed-dir", "/no/such/seeds", empty.path], "--seed-dir /no/such/seeds: no such folder; give the folder that holds the texts the gold files name (e.g. --seed-dir shared/seeds), or leave --seed-dir out", "Usage: verbatim evaluate "),
        (["evaluate", "--seed-dir", seed.path, empty.path], "--seed-dir \(seed.path): is a file, not a folder; give the folder that holds the texts the gold files name (e.g. --seed-dir shared/seeds), or leave --seed-dir out", "Usage: verbatim evaluate "),
        (["evaluate", empty.path, "--format", "bogus"], "unknown --format bogus: use gold, jsonl or <lang>-jsonl", "Usage: verbatim evaluate "),
        (["evaluate", empty.path], "no gold files were found in \(empty.path): give a folder of NAME.txt + NAME.gold.json pairs, or a .jsonl file", "Usage: verbatim evaluate "),
        (["evaluate", seed.path], "no gold files were found in \(seed.path): give a folder of NAME.txt + NAME.gold.json pairs, or a .jsonl file", "Usage: verbatim evaluate "),
    ]
    for (arguments, message, usage) in cases {
        let result = try run(arguments)
        #expect(result.status == 2, "\(arguments)")
        #expect(result.error.hasPrefix("Error: \(message)\n\(usage)"), "\(arguments): \(result.error)")
        #expect(result.output.isEmpty, "\(arguments)")
    }
    let unreadable = try run(["annotate", empty.path])
    #expect(unreadable.status == 1)
    #expect(unreadable.error == "\(empty.path): error: the file cannot be read (check the path; `verbatim annotate` takes one seed file)\n")
}

/// A new temporary folder holding a French seed, its `site.yml` and a copy of the repository's
/// `templates/` whose `labels/fr.json` is `labels`; the caller removes it.
private func siteWithFrenchLabels(_ labels: String) throws -> URL {
    let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder.appendingPathComponent("seeds"), withIntermediateDirectories: true)
    try FileManager.default.copyItem(at: repository.appendingPathComponent("templates"), to: folder.appendingPathComponent("templates"))
    try Data("Titre\n\nJEAN : Bonjour.\nMARIE : Salut.\n".utf8).write(to: folder.appendingPathComponent("seeds/a.txt"))
    try Data("lang: fr\n".utf8).write(to: folder.appendingPathComponent("seeds/site.yml"))
    try Data(labels.utf8).write(to: folder.appendingPathComponent("templates/labels/fr.json"))
    return folder
}

/// An error in a file of the templates folder (a labels file that is not valid JSON) names the
/// file relative to the working directory, as seed messages do, not by its absolute path.
@Test func aBrokenLabelsFileIsNamedRelativeToTheWorkingDirectory() throws {
    let folder = try siteWithFrenchLabels("{\"speakers\": }\n")
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try run(["generate", "--seeds", "seeds", "--templates", "templates", "--output", "public"], in: folder)
    #expect(result.status == 2)
    #expect(result.error.hasPrefix("templates/labels/fr.json:1:"), "\(result.error)")
    #expect(result.error.contains(": error: labels file is not valid JSON: "), "\(result.error)")
    #expect(!result.error.contains(folder.path), "\(result.error)")
}

/// Every wrong key and value of a labels file is printed, one line each, in file order, named
/// relative to the working directory.
@Test func everyErrorOfALabelsFileIsPrinted() throws {
    let folder = try siteWithFrenchLabels("{\"speakers\": 7,\n \"speakres\": \"x\"}\n")
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try run(["generate", "--seeds", "seeds", "--templates", "templates", "--output", "public"], in: folder)
    #expect(result.status == 2)
    let lines = result.error.split(separator: "\n").map { String($0.prefix(while: { $0 != "(" })) }
    #expect(lines == [
        "templates/labels/fr.json:1:14: error: label 'speakers' is not a string ",
        "templates/labels/fr.json:2:2: error: unknown label 'speakres' ",
    ], "\(result.error)")
}

/// `annotate` names the seed in its messages by the path as typed (`sub/a.txt`), not by its bare
/// file name.
@Test func annotateNamesTheSeedByThePathAsTyped() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-cli-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
    try Data("Titre\n\nLe maire a dit : « Nous\u{0085} verrons. »\n".utf8).write(to: folder.appendingPathComponent("sub/a.txt"))
    let result = try run(["annotate", "sub/a.txt"], in: folder)
    #expect(result.status == 0, "\(result.error)")
    #expect(result.error.hasPrefix("sub/a.txt:3:"), "\(result.error)")
    #expect(result.error.contains(": warning: a C1 control character"), "\(result.error)")
    #expect(result.output.contains("seed: \"a.txt\""), "\(result.output)")
}

/// A templates folder given as `../tpl` is named as given in messages about its files, not by
/// its absolute path.
@Test func aLabelsFileOfATemplatesFolderGivenAsDotDotIsNamedAsGiven() throws {
    let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-cli-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let work = folder.appendingPathComponent("work")
    try FileManager.default.createDirectory(at: work.appendingPathComponent("seeds"), withIntermediateDirectories: true)
    try FileManager.default.copyItem(at: repository.appendingPathComponent("templates"), to: folder.appendingPathComponent("tpl"))
    try Data("Titre\n\nJEAN : Bonjour.\nMARIE : Salut.\n".utf8).write(to: work.appendingPathComponent("seeds/a.txt"))
    try Data("lang: fr\n".utf8).write(to: work.appendingPathComponent("seeds/site.yml"))
    try Data("{\"speakers\": 7}\n".utf8).write(to: folder.appendingPathComponent("tpl/labels/fr.json"))
    let result = try run(["generate", "--seeds", "seeds", "--templates", "../tpl", "--output", "public"], in: work)
    #expect(result.status == 2)
    #expect(result.error.hasPrefix("../tpl/labels/fr.json:1:14: error: label 'speakers' is not a string"), "\(result.error)")
    #expect(!result.error.contains(folder.path), "\(result.error)")
}
