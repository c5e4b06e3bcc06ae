import Foundation
import Testing

/// Issue 3: one person is one speaker page across documents, whatever the spelling; two people
/// who share a surname stay apart; `seeds/speakers.yml` declares canonical speakers and aliases.
@Test func speakersAreOneEntityAcrossTheSite() throws {
    let site = try SiteFixture(seeds: [
        "a.txt": "Réunion à Astana\n\nNursultan Nazarbayev, Président du Kazakhstan, a déclaré : « Nous voulons la paix et la coopération. »\n",
        "b.txt": "Visite à Téhéran\n\nM. Nazarbaïev a affirmé : « Le commerce entre nos pays doit croître. »\n",
        "c.txt": "Conseil municipal\n\nJean Roche a dit : « Le budget sera voté en juin. »\n",
        "d.txt": "Conseil régional\n\nMarie Roche a dit : « La région investira dans les transports. »\n",
        "e.txt": "Point presse\n\n« Nous verrons bien en septembre », a déclaré le maire de Lyon.\n",
        "speakers.yml": "jr:\n  name: Jean Roche\n  aliases: [le maire de Lyon]\n",
    ])
    defer { site.remove() }
    try site.generate()
    let quotes = try #require(try site.json("data/quotes.json") as? [[String: Any]])
    var speakerOfText: [String: String] = [:]
    for quote in quotes where quote["kind"] as? String == "direct" {
        speakerOfText[quote["text"] as? String ?? ""] = quote["speaker"] as? String ?? "none"
    }
    let nazarbayev = speakerOfText["Nous voulons la paix et la coopération."]
    #expect(nazarbayev != nil && nazarbayev != "none")
    #expect(speakerOfText["Le commerce entre nos pays doit croître."] == nazarbayev)
    let jean = speakerOfText["Le budget sera voté en juin."]
    let marie = speakerOfText["La région investira dans les transports."]
    #expect(jean == "jr")
    #expect(marie != nil && marie != jean)
    #expect(speakerOfText["Nous verrons bien en septembre"] == "jr")
    // One id, one name in the data, whatever each document called him.
    let names = Set(quotes.filter { $0["speaker"] as? String == nazarbayev }.compactMap { $0["speaker_name"] as? String })
    #expect(names == ["Nursultan Nazarbayev"])
    let page = try site.file("speakers/\(nazarbayev ?? "")/index.html")
    #expect(count("index.html#q-", in: page) == 2)
}
