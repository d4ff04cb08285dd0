/// One unit of the analysed text: a paragraph, a heading, a menu entry, a caption.
///
/// Offsets are Unicode-scalar positions in `AnalyzedArticle.text`, end exclusive.
struct TextBlock: Sendable {
    var start: Int
    var end: Int
    /// The block's words on one line, whitespace collapsed, a leading bullet removed.
    var text: String
    /// The block opened with a list or menu marker (•, □, ☆ …) or is an HTML list item.
    var isBullet = false
    /// Columns of leading whitespace on its first line (plain text only).
    var indent = 0
    var lineCount = 1
    /// One line of short capitalised links set apart by wide gaps ("World  Business  Markets"): a menu (plain text).
    var isSpacedMenu = false
    /// Where the block came from in the HTML page; nil for plain text.
    var page: PageContext?
}

/// What the HTML around a rendered block says about it.
struct PageContext: Sendable {
    enum Kind: Sendable { case paragraph, heading(Int), listItem, quote, caption, preformatted, cell, other }
    var kind: Kind = .other
    /// Share of the block's letters inside links.
    var linkDensity = 0.0
    /// +1 inside an element whose class/id says content, -1 navigation/comments/share…, 0 neither.
    var hint = 0
    /// Inside <article>, <main> or an articleBody element.
    var inArticle = false
    /// Inside <nav>, <footer>, <aside>, <form>, <header> (outside an article), or a hidden element.
    var inFurniture = false
    /// The innermost enclosing story container (<article>, <main>, an articleBody element or one whose class/id
    /// says content, such as "story-body"), numbered by the order elements open in; 0 outside any.
    var container = 0
}

extension TextBlock {
    var isHeading: Bool {
        if case .heading = page?.kind { return true }
        return false
    }
}
