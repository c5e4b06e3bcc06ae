import Foundation
import Model
import Testing

private let portSeed = "Visite du port\n\n« Nous verrons », a déclaré Jeanne Roche, maire de Lyon, le 4 mai 2024.\n"

/// `speakers.yml` values of the wrong shape are warned at their line instead of being lost or
/// misread without a word: an unquoted number for a name, a mapping for aliases, an alias or a
/// role that is not one value. A quoted number and a well-formed entry get none.
@Test func speakersFileValuesOfTheWrongShapeAreWarnedAtTheirLine() throws {
    let site = try SiteFixture(seeds: ["b.txt": portSeed])
    defer { site.remove() }
    let yaml = """
        jroche:
          name: Jeanne Roche
          aliases: {maire: Lyon}
          role: [maire, Lyon]
        x42:
          name: 42
          aliases: [X, {a: b}]
        y7:
          name: "7"

        """
    try Data(yaml.utf8).write(to: site.seeds.appendingPathComponent("speakers.yml"))
    let report = try site.generate()
    let messages = report.diagnostics.map(\.description).filter { $0.contains("speakers.yml") }
    let file = "seeds/speakers.yml"
    #expect(messages.map { String($0[$0.range(of: file)!.lowerBound...]) } == [
        "\(file):3: warning: the `aliases` of speaker `jroche` are a mapping, not a list of names; they were ignored (write `aliases: [A. Name, Another Name]`)",
        "\(file):4: warning: the `role` of speaker `jroche` is not a single value; it was ignored (write `role: …` on one line)",
        "\(file):6: warning: the `name` of speaker `x42` is a number, 42; it was read as the name '42' (write the speaker's name, or quote it if the number is the name: `name: \"42\"`)",
        "\(file):7: warning: an alias of speaker `x42` is not a single name; it was ignored (write each alias as one name)",
    ], "\(messages)")
}
