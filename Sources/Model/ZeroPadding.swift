extension Int {
    /// The number in decimal with zeros before it up to `width` characters (`7` → `"07"` for 2,
    /// `50` → `"050"` for 3), whole when it is longer (`2024` for 2): the fields of a date
    /// (`YYYY-MM-DD`) and of a cue time (`hh:mm:ss.mmm`). The one padding every stage uses.
    public func zeroPadded(to width: Int) -> String {
        let digits = String(self)
        return String(repeating: "0", count: Swift.max(0, width - digits.count)) + digits
    }
}
