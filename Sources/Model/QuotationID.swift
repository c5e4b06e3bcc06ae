/// Gives the quotations of one transcript their ids (DESIGN.md: "The id is derived from the
/// quote's content, so it survives edits elsewhere in the document").
///
/// The id of a text is `q-` + the first 6 hex digits of its ``StableHash``. When two different
/// texts of the same transcript share those digits, the later one (in document order) takes 8,
/// then 10 … up to 16 digits until its id is free; a text that occurs again gets `-2`, `-3` …
/// after its first id. Ids are therefore unique within a transcript, and a quotation keeps its
/// id unless a new quotation with a colliding hash is inserted before it (rare: about one pair
/// in 17 million per 6-digit id).
public enum QuotationID {
    /// One id per text, in the order given.
    /// - Parameter texts: the quotations' texts in document order.
    public static func assign(_ texts: [String]) -> [String] {
        var idOfText: [String: String] = [:]
        var occurrences: [String: Int] = [:]
        var taken: Set<String> = []
        var ids: [String] = []
        ids.reserveCapacity(texts.count)
        for text in texts {
            let occurrence = occurrences[text, default: 0] + 1
            occurrences[text] = occurrence
            let base: String
            if let known = idOfText[text] {
                base = known
            } else {
                var digits = 6
                var candidate = "q-" + StableHash.hex(text, digits: digits)
                while taken.contains(candidate), digits < 16 {
                    digits += 2
                    candidate = "q-" + StableHash.hex(text, digits: digits)
                }
                var suffix = 2
                let stem = candidate
                while taken.contains(candidate) {
                    candidate = "\(stem)-x\(suffix)"
                    suffix += 1
                }
                idOfText[text] = candidate
                base = candidate
            }
            var id = occurrence == 1 ? base : "\(base)-\(occurrence)"
            while taken.contains(id) { id += "-"; id += String(occurrence) }
            taken.insert(id)
            ids.append(id)
        }
        return ids
    }
}
