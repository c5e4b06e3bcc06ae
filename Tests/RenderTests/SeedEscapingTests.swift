import Testing

/// The test helper itself: every ASCII punctuation character, nothing else.
@Test func seedEscapingEscapesAllASCIIPunctuation() {
    #expect(seedEscaped("a*b_c[d](e)<f>|g|\\h é «i»") == #"a\*b\_c\[d\]\(e\)\<f\>\|g\|\\h é «i»"#)
    #expect(seedEscaped("!\"#$%&'+,-./:;=?@^`{}~") == ##"\!\"\#\$\%\&\'\+\,\-\.\/\:\;\=\?\@\^\`\{\}\~"##)
}
