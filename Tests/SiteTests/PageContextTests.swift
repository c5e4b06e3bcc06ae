import Foundation
import Model
@testable import Site
import Testing

@Suite struct PageContextTests {
    /// Every key of `value` and of the dictionaries nested in it (but not the label keys under
    /// `label`, which are checked against ``SiteLabels/keys``).
    func keys(_ value: Any) -> Set<String> {
        if let dictionary = value as? [String: Any] {
            return dictionary.reduce(into: Set(dictionary.keys)) { $0.formUnion($1.key == "label" ? [] : keys($1.value)) }
        }
        if let array = value as? [Any] {
            return array.reduce(into: Set<String>()) { $0.formUnion(keys($1)) }
        }
        return []
    }

    @Test func contextsUseOnlyTheDeclaredVariableNames() throws {
        let catalog = SiteCatalog(documents: SiteFixture.documents)
        let site = PageContext.Site(title: "t", language: "en", hasFeed: true)
        let pages = Set(catalog.speakers.map { SitePath.speaker($0.id) })
        var used: Set<String> = ["content"]
        used.formUnion(keys(PageContext.home(catalog, site: site, speakerPages: pages)))
        for document in catalog.bySlug {
            used.formUnion(keys(PageContext.transcript(document, in: catalog, site: site, speakerPages: pages)))
        }
        used.formUnion(keys(PageContext.speakerList(catalog, site: site)))
        for speaker in catalog.speakers { used.formUnion(keys(PageContext.speaker(speaker, site: site))) }
        used.formUnion(keys(PageContext.search(site: site)))
        #expect(used == PageContext.variableNames)
    }

    @Test func variableReferencesAreFoundWithTheirLines() {
        let text = "{{title}}\n{{! a comment {{nothing}} }}\n{{#speakers}}{{{ body }}}{{/speakers}}\n{{> partials/x}}{{ uppercased(name) }} {{.}} {{root.sub}}"
        let found = TemplateSet.variableReferences(in: text)
        #expect(found?.map(\.0) == ["title", "speakers", "body", "speakers", "name", "root"])
        #expect(found?.map(\.1) == [1, 3, 3, 3, 4, 4])
        #expect(TemplateSet.variableReferences(in: "{{=<% %>=}}<% title %>") == nil)
    }
}
